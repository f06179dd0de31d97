// One attached field = one session, made of small units that each do one job
// and stop with the field's AbortSignal: the panel (panel.ts), what the page
// and the history say (facts.ts), analysis scheduling (analysis.ts), the
// flagged words (highlights.ts), the gate (gate.ts) and the field's sends
// (send.ts). This file only wires them and the panel's actions.
import { createModel, type PanelModel } from '../../../components/panel/model';
import type { PanelActions } from '../../../components/panel/Panel';
import type { FieldHandle } from '../../../lib/linkedin/types';
import type { Misspelling } from '../../../lib/types';
import { tc as t } from '../../../lib/content/strings';
import type { App } from '../app/types';
import { createFieldCtx } from './context';
import { mountPanel, type PanelHost } from './panel';
import { startFacts } from './facts';
import { startAnalysis, type Analysis } from './analysis';
import { startHighlights, type Highlights } from './highlights';
import { startGate } from './gate';
import { startFieldSend, type FieldSend } from './send';

export interface FieldSession {
  readonly field: FieldHandle;
  readonly model: PanelModel;
  readonly panel: PanelHost;
  readonly analysis: Analysis;
  readonly highlights: Highlights;
  readonly send: FieldSend;
  readonly actions: PanelActions;
}

export function startFieldSession(field: FieldHandle, app: App, signal: AbortSignal): FieldSession {
  const model = createModel(field.kind, app.lang.value, app.theme.value);
  model.lang = app.lang;
  model.theme = app.theme;
  const ctx = createFieldCtx(field, app, model, signal);
  // The actions reach units made below; the panel renders before they exist.
  const late: { highlights?: Highlights; analysis?: Analysis; gate?: ReturnType<typeof startGate> } = {};
  const actions: PanelActions = {
    toggle: () => {
      model.collapsed.value = !model.collapsed.value;
      queueMicrotask(() => panel.shadow.querySelector<HTMLElement>(model.collapsed.value ? '.g-badge' : '.g-icon')?.focus());
    },
    setRecipient: (name) => { model.recipientOverride.value = name; late.analysis?.soon(); },
    setFirstContact: (value) => { model.firstContactOverride.value = value; late.analysis?.soon(); },
    suggestion: (m: Misspelling, s: string) => late.highlights?.replaceWord(m, s),
    addWord: (word) => { void addWord(word); },
    show: (span) => late.highlights?.show(span),
    closePopover: () => { model.popover.value = undefined; (field.editor as HTMLElement).focus(); },
    gateEdit: () => late.gate?.edit(),
    gateSendAnyway: () => late.gate?.sendAnyway(),
    dismissStorageFull: () => { model.storageFull.value = false; },
  };
  // The page's facts first, so the panel's first render already shows them.
  const reanalyse = () => { if (field.getText().trim()) late.analysis?.soon(); };
  const facts = startFacts(ctx, reanalyse);
  const panel = mountPanel(ctx, actions);
  const analysis = late.analysis = startAnalysis(ctx, facts);
  const highlights = late.highlights = startHighlights(ctx, analysis, panel, () => analysis.typed(model.chars.value));
  const send = startFieldSend(ctx, analysis, facts, panel);
  late.gate = startGate(ctx, analysis, highlights, panel, send);

  async function addWord(word: string): Promise<void> {
    let ok = false;
    try { ok = (await app.request({ type: 'dictionary-add', word })).ok; } catch { ok = false; }
    if (signal.aborted) return;
    model.popover.value = undefined;
    model.notice.value = t(app.lang.value, ok ? 'panel_added_word' : 'panel_unavailable', word);
    if (ok) await analysis.now();
  }

  if (field.getText().trim()) void analysis.now();
  ctx.redraw();
  return { field, model, panel, analysis, highlights, send, actions };
}
