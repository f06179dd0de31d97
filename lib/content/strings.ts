// UI strings of the panel, the gate, the report and the checker, picked from
// the _locales catalogs by name. Why not lib/i18n's t(): it imports both whole
// catalogs (every popup, options and rule string), which would push the
// content script past its 40 KB gzipped budget; Vite exports each top-level
// JSON key by name, so only the keys named here reach the bundle.
// tests/unit/content/strings.test.ts keeps KEYS equal to the catalogs' keys
// with these prefixes and tc() equal to t() on every one of them.
import * as en from '../../public/_locales/en/messages.json';
import * as it from '../../public/_locales/it/messages.json';
import type { Lang } from '../types';

type Entry = { message: string };
type Catalog = typeof en;

const pick = (c: Catalog): Record<string, Entry> => ({
  checker_error: c.checker_error,
  checker_first_contact: c.checker_first_contact,
  checker_kind: c.checker_kind,
  checker_kind_invite: c.checker_kind_invite,
  checker_kind_message: c.checker_kind_message,
  checker_limit: c.checker_limit,
  checker_limit_200: c.checker_limit_200,
  checker_limit_300: c.checker_limit_300,
  checker_placeholder: c.checker_placeholder,
  checker_recipient: c.checker_recipient,
  checker_text: c.checker_text,
  checker_title: c.checker_title,
  gate_edit: c.gate_edit,
  gate_intro: c.gate_intro,
  gate_send_anyway: c.gate_send_anyway,
  gate_title: c.gate_title,
  panel_added_word: c.panel_added_word,
  panel_badge_label: c.panel_badge_label,
  panel_budget_notes_better: c.panel_budget_notes_better,
  panel_budget_notes_not_better: c.panel_budget_notes_not_better,
  panel_budget_weak: c.panel_budget_weak,
  panel_chars: c.panel_chars,
  panel_chars_free: c.panel_chars_free,
  panel_close: c.panel_close,
  panel_collapse: c.panel_collapse,
  panel_expand: c.panel_expand,
  panel_first_contact: c.panel_first_contact,
  panel_first_contact_history: c.panel_first_contact_history,
  panel_first_contact_thread: c.panel_first_contact_thread,
  panel_last_invite: c.panel_last_invite,
  panel_last_invite_again: c.panel_last_invite_again,
  panel_last_message: c.panel_last_message,
  panel_live_score: c.panel_live_score,
  panel_over_limit: c.panel_over_limit,
  panel_not_sent: c.panel_not_sent,
  panel_not_sent_premium: c.panel_not_sent_premium,
  panel_notes_used_up: c.panel_notes_used_up,
  panel_press_send: c.panel_press_send,
  panel_popover_label: c.panel_popover_label,
  panel_quota_advice: c.panel_quota_advice,
  panel_quota_counted: c.panel_quota_counted,
  panel_quota_left: c.panel_quota_left,
  panel_quota_of: c.panel_quota_of,
  panel_report_copied: c.panel_report_copied,
  panel_report_copy: c.panel_report_copy,
  panel_report_copy_failed: c.panel_report_copy_failed,
  panel_report_dismiss: c.panel_report_dismiss,
  panel_report_failed: c.panel_report_failed,
  panel_report_preview: c.panel_report_preview,
  panel_recipient: c.panel_recipient,
  panel_recipient_hint: c.panel_recipient_hint,
  panel_recipient_unknown: c.panel_recipient_unknown,
  panel_region: c.panel_region,
  panel_shortcut_hint: c.panel_shortcut_hint,
  panel_storage_dismiss: c.panel_storage_dismiss,
  panel_storage_full: c.panel_storage_full,
  panel_title: c.panel_title,
  panel_unavailable: c.panel_unavailable,
  report_add_word: c.report_add_word,
  report_all_good: c.report_all_good,
  report_checking: c.report_checking,
  report_empty: c.report_empty,
  report_fix: c.report_fix,
  report_foreign: c.report_foreign,
  report_foreign_title: c.report_foreign_title,
  report_lang_de: c.report_lang_de,
  report_lang_es: c.report_lang_es,
  report_lang_fr: c.report_lang_fr,
  report_lang_pt: c.report_lang_pt,
  report_no_suggestions: c.report_no_suggestions,
  report_reason_dictionary: c.report_reason_dictionary,
  report_reason_slip: c.report_reason_slip,
  report_replace_with: c.report_replace_with,
  report_score_of: c.report_score_of,
  report_severity_error: c.report_severity_error,
  report_severity_tip: c.report_severity_tip,
  report_severity_warning: c.report_severity_warning,
  report_show_in_text: c.report_show_in_text,
  report_spelling_title: c.report_spelling_title,
  report_suggestions_for: c.report_suggestions_for,
  report_verdict_improve: c.report_verdict_improve,
  report_verdict_ready: c.report_verdict_ready,
  report_verdict_stop: c.report_verdict_stop,
});

export const PREFIXES = ['panel_', 'gate_', 'report_', 'checker_'] as const;
const CATALOGS: Record<Lang, Record<string, Entry>> = { en: pick(en), it: pick(it as unknown as Catalog) };
export const KEYS: readonly string[] = Object.keys(CATALOGS.en);

/** Same contract as lib/i18n t(): $1..$9 substitutions, English fallback, the key itself when missing. */
export function tc(lang: Lang, key: string, ...subs: Array<string | number>): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$(\d)/g, (m, d: string) => {
    const v = subs[Number(d) - 1];
    return v === undefined ? m : String(v);
  }).replace(/\$\$/g, '$');
}
