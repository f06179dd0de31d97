import { z } from 'zod';
import { RULE_IDS } from './types';

/** Words the personal dictionary holds at most. */
export const MAX_DICTIONARY_WORDS = 5000;
/** The largest word-list file the options page reads (5,000 words of up to 100 characters fit in 0.5 MB). */
export const MAX_DICTIONARY_FILE_BYTES = 1024 * 1024;

/** Sorts words for the options page (a collator: far quicker than localeCompare on thousands of words). */
export const compareWords = new Intl.Collator().compare;

/** User options (browser.storage.local key `settings`). Core rules cannot be switched off. */
export const OPTIONAL_RULE_IDS = ['gives-first', 'about-them', 'no-pitch', 'follow-up', 'honest', 'register'] as const;

export const SettingsSchema = z.object({
  /** Invite-note limit: 200 (free), 300 (Premium) or read from LinkedIn's counter. */
  noteLimit: z.union([z.literal(200), z.literal(300), z.literal('detect')]).default('detect'),
  uiLang: z.enum(['auto', 'it', 'en']).default('auto'),
  /** Ask before sending a draft with an error-level problem. */
  sendGate: z.boolean().default(true),
  /** Further (non-core) rules the user switched off. */
  disabledRules: z.array(z.enum(RULE_IDS)).default([]),
  /** Invites older than this many days with no follow-up are listed first. */
  followUpDays: z.number().int().min(1).max(365).default(7),
  /** Invites pending longer than this many weeks are listed for clean-up (issue 14). */
  pendingWeeks: z.number().int().min(1).max(52).default(3),
  /** Show the follow-ups-due count on the toolbar icon. */
  badgeCount: z.boolean().default(true),
  /** The user's own name, to avoid flagging it and to spot self-greetings. */
  senderName: z.string().max(200).default(''),
  /** Personal dictionary: words never flagged. */
  dictionary: z.array(z.string().min(1).max(100)).max(MAX_DICTIONARY_WORDS).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Parse stored settings, falling back to defaults field by field on bad data. */
export function parseSettings(raw: unknown): Settings {
  const full = SettingsSchema.safeParse(raw ?? {});
  if (full.success) return full.data;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) {
      const field = (SettingsSchema.shape as Record<string, z.ZodType>)[key];
      if (field && field.safeParse(value).success) out[key] = value;
    }
  }
  return SettingsSchema.parse(out);
}

/**
 * The personal dictionary with `word` added: trimmed, kept once whatever its
 * case, sorted for the options page. A word that is not a word is refused.
 */
export function withDictionaryWord(dictionary: readonly string[], word: string): string[] {
  const w = word.normalize('NFC').trim();
  if (!w || w.length > 100 || /[\s<>{}[\]]/u.test(w)) throw new Error(`not a word: ${JSON.stringify(word.slice(0, 40))}`);
  const has = dictionary.some((d) => d.toLocaleLowerCase() === w.toLocaleLowerCase());
  const next = has ? [...dictionary] : [...dictionary, w];
  if (next.length > MAX_DICTIONARY_WORDS) throw new Error('the personal dictionary is full (5,000 words)');
  return next.sort(compareWords);
}

/** True for a token the personal dictionary accepts as a word (what withDictionaryWord refuses is not). */
export const isDictionaryWord = (w: string) => w.length > 0 && w.length <= 100 && !/[\s<>{}[\]]/u.test(w);

export type WordImport =
  | { ok: true; dictionary: string[]; added: number; already: number }
  | { ok: false; total: number };

/**
 * The dictionary with a list of words added, all or nothing: words already
 * there (whatever their case) are counted, not repeated; when the result would
 * hold more than MAX_DICTIONARY_WORDS, nothing is added and `total` says how
 * many it would have been.
 */
export function mergeDictionary(dictionary: readonly string[], words: Iterable<string>): WordImport {
  const known = new Set(dictionary.map((d) => d.toLocaleLowerCase()));
  const next = [...dictionary];
  let added = 0, already = 0;
  for (const raw of words) {
    const w = raw.normalize('NFC').trim();
    if (!isDictionaryWord(w)) continue;
    const k = w.toLocaleLowerCase();
    if (known.has(k)) { already++; continue; }
    known.add(k);
    next.push(w);
    added++;
  }
  if (next.length > MAX_DICTIONARY_WORDS) return { ok: false, total: next.length };
  return { ok: true, dictionary: next.sort(compareWords), added, already };
}
