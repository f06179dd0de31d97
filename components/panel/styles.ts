// Everything inside the panel's shadow root. Pixel units only (rem would follow
// LinkedIn's <html> font size). `:host { all: initial }` stops page styles
// inheriting in; the shadow boundary stops ours leaking out.
import { REPORT_CSS } from '../report/styles';

export const PANEL_CSS = `
:host{all:initial !important;position:fixed !important;left:0 !important;top:0 !important;width:0 !important;height:0 !important;z-index:2147483646 !important;display:block !important}
*{box-sizing:border-box}
.g-root{--bg:#ffffff;--fg:#1d2226;--muted:#5e6369;--line:#d9d9d6;--accent:#0a66c2;--shadow:0 6px 24px rgba(0,0,0,.18);font:13px/1.4 -apple-system,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg)}
.g-root[data-theme=dark]{--bg:#1b1f23;--fg:#e9e9e9;--muted:#b0b7bf;--line:#38434f;--accent:#71b7fb;--shadow:0 6px 24px rgba(0,0,0,.6)}
.g-root[data-theme=dark] .g-report{--g-ok:#57c785;--g-warn:#f2b14c;--g-err:#ff8a80;--g-tip:#8ab4f8}
.g-root[data-theme=dark] .g-score{color:#111}
button,input{font:inherit;color:inherit}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.g-panel{position:fixed;width:300px;max-height:min(82vh,640px);overflow:auto;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:10px;box-shadow:var(--shadow);padding:10px 12px;display:flex;flex-direction:column;gap:8px}
.g-bar{display:flex;align-items:center;justify-content:space-between;gap:8px}
.g-title{font-weight:700;font-size:14px}
.g-icon{border:1px solid var(--line);background:transparent;border-radius:6px;width:26px;height:26px;cursor:pointer;line-height:1}
.g-badge{position:fixed;display:inline-flex;align-items:center;gap:6px;border:1px solid var(--line);background:var(--bg);color:var(--fg);border-radius:18px;padding:3px 10px 3px 3px;box-shadow:var(--shadow);cursor:pointer}
.g-badge .g-score{min-width:28px;height:28px;font-size:13px}
.g-badge .g-pending{display:inline-block;min-width:28px;height:28px;border-radius:14px;background:var(--line)}
.g-meta{display:flex;flex-direction:column;gap:4px;border-top:1px solid var(--line);padding-top:8px}
.g-limits{display:flex;flex-direction:column;gap:2px;font-size:12px}
.g-counter{font-variant-numeric:tabular-nums}
.g-counter.g-over{color:#d93025;font-weight:700}
.g-quota{margin:0}.g-advice{margin:0;color:var(--muted);font-size:12px}
.g-field label{display:block;font-size:12px;color:var(--muted)}
.g-field input[type=text]{width:100%;border:1px solid var(--line);border-radius:6px;padding:4px 6px;background:transparent}
.g-check-row{display:flex;align-items:center;gap:6px}
.g-hint{font-size:11px;color:var(--muted);margin:0}
.g-sr{position:absolute !important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.g-mirror{position:fixed;pointer-events:none;overflow:hidden;margin:0;background:transparent;color:transparent}
.g-mirror-inner{position:absolute;left:0;top:0;margin:0}
.g-mirror-mark.g-active{outline:2px solid var(--accent);outline-offset:1px;border-radius:2px}
.g-popover{position:fixed;width:260px;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:8px;box-shadow:var(--shadow);padding:8px 10px;display:flex;flex-direction:column;gap:6px}
.g-popover ul{list-style:none;margin:0;padding:0}
.g-scrim{position:fixed;left:0;top:0;width:100vw;height:100vh;background:rgba(0,0,0,.35)}
.g-gate{position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);width:min(420px,92vw);background:var(--bg);color:var(--fg);border-radius:12px;box-shadow:var(--shadow);padding:16px 18px;display:flex;flex-direction:column;gap:10px}
.g-gate h2{margin:0;font-size:17px}
.g-gate ul{margin:0;padding-left:18px}
.g-gate li{margin:4px 0}
.g-actions{display:flex;justify-content:flex-end;gap:8px}
.g-btn{border:1px solid var(--accent);color:var(--accent);background:transparent;border-radius:16px;padding:5px 14px;font-weight:600;cursor:pointer}
.g-btn.g-primary{background:var(--accent);color:var(--bg)}
.g-panel>.g-alert-slot:empty{margin-top:-8px}
.g-alert{display:flex;align-items:flex-start;gap:8px;border:1px solid #d93025;border-left-width:4px;border-radius:8px;padding:6px 8px;background:var(--bg);color:var(--fg)}
.g-alert p{margin:0;flex:1}
.g-root[data-theme=dark] .g-alert{border-color:#ff8a80}
.g-toast{position:fixed;right:16px;bottom:16px;width:min(340px,calc(100vw - 32px));box-shadow:var(--shadow);border-radius:8px}
${REPORT_CSS}
`;
