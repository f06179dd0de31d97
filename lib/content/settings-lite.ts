// The content script's reading of the stored settings, without zod: zod alone
// would more than double the content-script bundle (target ≤ 40 KB gzipped).
// Same rules as lib/settings.ts parseSettings (field by field, defaults on bad
// data); tests/unit/content/settings-lite.test.ts checks the two agree on
// arbitrary input.
import type { Settings } from '../settings';
import { RULE_IDS, type RuleId } from '../types';

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isStr = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;

/** Same values as lib/settings DEFAULT_SETTINGS (a test keeps them equal). */
export function defaultSettings(): Settings {
  return { noteLimit: 'detect', uiLang: 'auto', sendGate: true, disabledRules: [], followUpDays: 7, pendingWeeks: 3, badgeCount: true, senderName: '', dictionary: [] };
}

export function readSettings(raw: unknown): Settings {
  const out = defaultSettings();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const r = raw as Record<string, unknown>;
  if (r.noteLimit === 200 || r.noteLimit === 300 || r.noteLimit === 'detect') out.noteLimit = r.noteLimit;
  if (r.uiLang === 'auto' || r.uiLang === 'it' || r.uiLang === 'en') out.uiLang = r.uiLang;
  if (typeof r.sendGate === 'boolean') out.sendGate = r.sendGate;
  if (Array.isArray(r.disabledRules) && r.disabledRules.every((x) => (RULE_IDS as readonly unknown[]).includes(x))) out.disabledRules = [...r.disabledRules] as RuleId[];
  if (isInt(r.followUpDays) && r.followUpDays >= 1 && r.followUpDays <= 365) out.followUpDays = r.followUpDays;
  if (isInt(r.pendingWeeks) && r.pendingWeeks >= 1 && r.pendingWeeks <= 52) out.pendingWeeks = r.pendingWeeks;
  if (typeof r.badgeCount === 'boolean') out.badgeCount = r.badgeCount;
  if (isStr(r.senderName, 0, 200)) out.senderName = r.senderName;
  if (Array.isArray(r.dictionary) && r.dictionary.length <= 5000 && r.dictionary.every((w) => isStr(w, 1, 100))) out.dictionary = [...r.dictionary] as string[];
  return out;
}
