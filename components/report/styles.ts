// Styles of ReportView and the checker's mirror marks, as a string: the panel
// puts it in its own shadow root (no CSS file, so nothing needs to be web
// accessible); the popup can add it in a <style>. Colours come from custom
// properties so a host can switch light/dark.
export const REPORT_CSS = `
.g-report{--g-ok:#0a7a3f;--g-warn:#9a5b00;--g-err:#b3261e;--g-tip:#3b5bab}
.g-report{display:flex;flex-direction:column;gap:8px}
.g-head{display:flex;align-items:center;gap:10px}
.g-score{display:inline-flex;align-items:center;justify-content:center;min-width:40px;height:40px;border-radius:20px;font-weight:700;font-size:16px;color:#fff;background:var(--g-tip)}
.g-score.g-ready{background:var(--g-ok)}.g-score.g-improve{background:var(--g-warn)}.g-score.g-stop{background:var(--g-err)}
.g-verdict{font-weight:600}
.g-muted{opacity:.75}.g-small{font-size:12px}
.g-checks,.g-spelling ul{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
.g-check{border-left:3px solid var(--g-tip);padding:2px 0 2px 8px}
.g-check.g-error{border-color:var(--g-err)}.g-check.g-warning{border-color:var(--g-warn)}
.g-sev{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.03em}
.g-error .g-sev{color:var(--g-err)}.g-warning .g-sev{color:var(--g-warn)}.g-tip .g-sev{color:var(--g-tip)}
.g-fix{margin:2px 0 0}.g-fix-label{font-weight:600}
.g-spelling h3{font-size:13px;margin:4px 0}
.g-word{font-weight:600;text-decoration:underline wavy var(--g-err)}
.g-reason{font-size:12px;opacity:.8}
.g-suggestions{display:flex;flex-wrap:wrap;gap:4px;margin-top:3px}
.g-sugg,.g-add,.g-link{font:inherit;font-size:12px;border:1px solid currentColor;border-radius:12px;padding:1px 8px;background:transparent;color:inherit;cursor:pointer}
.g-link{border:none;text-decoration:underline;padding:0}
.g-add{border-style:dashed}
.g-ok{color:var(--g-ok);margin:0}
.g-error-text{color:var(--g-err);margin:0}
.g-mirror-mark{text-decoration:underline wavy;text-decoration-skip-ink:none;color:transparent}
.g-mirror-mark.g-spelling{text-decoration-color:#d93025}
.g-mirror-mark.g-issue{text-decoration-color:#e8a317;background:rgba(232,163,23,.18)}
`;
