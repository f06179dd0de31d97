/**
 * Key prefixes of the _locales strings the content script shows (panel, gate,
 * report). The popup's draft checker (checker_) uses lib/i18n's whole catalogs.
 */
export const PREFIXES = ['panel_', 'gate_', 'report_'] as const;
