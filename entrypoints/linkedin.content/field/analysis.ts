// Analysis scheduling for one field: a short pause after typing, then one
// request to the background; replies older than the latest are dropped. The
// report lands in the panel's state; `latest()` says which text it is for.
import type { Report } from '../../../lib/types';
import type { SendContextSchema } from '../../../lib/domain';
import type { z } from 'zod';
import { createSequencer, debounce } from '../../../lib/content/schedule';
import { firstContact, recipientName } from '../../../components/panel/model';
import { timed } from '../../../lib/content/perf';
import { onAbort } from '../app/listen';
import type { FieldCtx } from './context';
import type { FieldFacts } from './facts';

/** The panel lists at most this many misspelled words (all are underlined; the spelling check's message counts them). */
export const PANEL_WORDS = 50;

export interface Analysis {
  soon(): void;
  /** Analyse the current text now (resolves once the report is in, or the background failed). */
  now(): Promise<void>;
  /** The latest report and the text it was computed for. */
  latest(): { text: string | undefined; report: Report | undefined };
  /** What the draft is judged against, as the background will score the send. */
  sendContext(): z.infer<typeof SendContextSchema>;
  /** Called with each new report (or undefined for an empty draft) and its text. */
  onReport(fn: (report: Report | undefined, text: string) => void): void;
}

export function startAnalysis(ctx: FieldCtx, facts: FieldFacts): Analysis {
  const { field, app, model, signal } = ctx;
  const seq = createSequencer();
  const listeners: Array<(r: Report | undefined, text: string) => void> = [];
  let report: Report | undefined;
  let reportedText: string | undefined;

  const sendContext = () => {
    facts.readConversation();
    return {
      recipientName: recipientName(model) || undefined,
      firstContact: firstContact(model),
      justAccepted: facts.contact()?.justAccepted ?? false,
      noteLimit: field.kind === 'invite' ? model.limit.value : undefined,
      uiLang: app.lang.value,
    };
  };
  const draftFor = (text: string) => {
    const subject = field.subject();
    return subject ? { text, kind: field.kind, subject } : { text, kind: field.kind };
  };
  const set = (r: Report | undefined, text: string) => {
    report = r;
    reportedText = r ? text : undefined;
    // A long draft full of typos must not render thousands of list items in the panel at each report.
    model.report.value = r && r.misspelled.length > PANEL_WORDS ? { ...r, misspelled: r.misspelled.slice(0, PANEL_WORDS) } : r;
    for (const fn of listeners) fn(r, text);
  };

  const now = async () => {
    soon.cancel();
    const n = seq.next();
    const text = field.getText();
    if (!text.trim()) { set(undefined, text); return; }
    model.busy.value = true;
    const s = app.settings.value;
    const r = field.recipient();
    const context = {
      ...sendContext(),
      senderName: s.senderName.trim() || undefined,
      // The background adds the texts sent to others from the history (they never come to the page).
      recipient: { name: recipientName(model) || r.name, profileId: r.profileId },
    };
    let reply;
    try { reply = await app.request({ type: 'analyze', draft: draftFor(text), context }); } catch { reply = undefined; }
    if (!seq.isLatest(n) || signal.aborted) return;
    model.busy.value = false;
    if (reply?.ok) {
      model.unavailable.value = false;
      const data = reply.data;
      timed('report', () => set(data, text));
    } else {
      model.unavailable.value = true;
    }
  };
  const soon = debounce(() => { void now(); }, app.debounceMs);
  onAbort(signal, () => soon.cancel());

  return {
    soon, now,
    latest: () => ({ text: reportedText, report }),
    sendContext,
    onReport: (fn) => { listeners.push(fn); },
  };
}
