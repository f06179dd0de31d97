/** Key prefixes of the _locales strings the content script shows (panel, gate, report, checker). */
export const PREFIXES = ['panel_', 'gate_', 'report_', 'checker_'] as const;
