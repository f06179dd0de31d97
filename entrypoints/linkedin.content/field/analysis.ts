// Analysis scheduling for one field: a short pause after typing, then one
// request to the background; replies older than the latest are dropped. The
// report lands in the panel's state; `latest()` says which text it is for.
// A draft of up to EAGER_MAX characters is also checked ahead at each key
// (one request in flight at a time, the newest text next), kept aside and not
// shown until the pause: a Send or Enter right after typing then finds the
// report of its very text (`current()`) instead of being held for a check.
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
/** Drafts up to this long are checked ahead at each key (the background answers in a few ms); longer ones only after the pause. */
export const EAGER_MAX = 2000;

export interface Analysis {
  /** The context changed (recipient, settings): analyse after the pause, forgetting any report checked ahead. */
  soon(): void;
  /** The user typed; `length` is the draft's length now (the keystroke path knows it without reading the editor). */
  typed(length: number): void;
  /** Analyse the current text now (resolves once the report is in, or the background failed). */
  now(): Promise<void>;
  /** The latest report and the text it was computed for. */
  latest(): { text: string | undefined; report: Report | undefined };
  /** As latest(), after showing a report checked ahead for the field's text now, if there is one. */
  current(): { text: string | undefined; report: Report | undefined };
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

  const request = (text: string) => {
    const s = app.settings.value;
    const r = field.recipient();
    const context = {
      ...sendContext(),
      senderName: s.senderName.trim() || undefined,
      // The background adds the texts sent to others from the history (they never come to the page).
      recipient: { name: recipientName(model) || r.name, profileId: r.profileId },
    };
    return app.request({ type: 'analyze', draft: draftFor(text), context }).catch(() => undefined);
  };

  /** The report checked ahead for `text`, not shown yet. */
  let ahead: { text: string; report: Report } | undefined;
  const aheadSeq = createSequencer();
  /** The check ahead on its way (one at a time), and whether a newer text waits for it. */
  let flight: { text: string; done: Promise<void> } | undefined, again = false;
  const checkAhead = () => {
    if (flight) { again = true; return; }
    const text = field.getText();
    if (!text.trim() || text.length > EAGER_MAX || ahead?.text === text || text === reportedText) return;
    const n = aheadSeq.next();
    flight = {
      text,
      done: request(text).then((reply) => {
        flight = undefined;
        if (signal.aborted) return;
        if (aheadSeq.isLatest(n) && reply?.ok) ahead = { text, report: reply.data };
        if (again) { again = false; checkAhead(); }
      }),
    };
  };
  /** Forget what was checked ahead (and drop the answers on their way): the context it was checked in changed. */
  const forgetAhead = () => { ahead = undefined; aheadSeq.next(); };

  const now = async () => {
    shown.cancel(); soon.cancel();
    const n = seq.next();
    const text = field.getText();
    if (!text.trim()) { set(undefined, text); return; }
    model.busy.value = true;
    const reply = await request(text);
    if (!seq.isLatest(n) || signal.aborted) return;
    if (reply?.ok) show(reply.data, text);
    else { model.busy.value = false; model.unavailable.value = true; }
  };
  /** A report of the background's, shown for `text`. */
  const show = (r: Report, text: string) => {
    model.busy.value = false;
    model.unavailable.value = false;
    timed('report', () => set(r, text));
  };
  /** Show the report checked ahead if it is for the text now; true if it was. */
  const showAhead = () => {
    const a = ahead;
    if (!a || field.getText() !== a.text) return false;
    ahead = undefined;
    shown.cancel(); soon.cancel();
    seq.next(); // a request still on its way is for an older text
    show(a.report, a.text);
    return true;
  };
  const soon = debounce(() => { void now(); }, app.debounceMs);
  /** After the pause: the report checked ahead for this text, or the one on its way, else a request. */
  const shown = debounce(() => {
    if (showAhead()) return;
    const f = flight;
    if (f && f.text === field.getText()) void f.done.then(() => { if (!signal.aborted && !showAhead() && field.getText() !== reportedText) void now(); });
    else void now();
  }, app.debounceMs);
  onAbort(signal, () => { soon.cancel(); shown.cancel(); });

  return {
    soon() { forgetAhead(); shown.cancel(); soon(); },
    typed(length) {
      if (length > 0 && length <= EAGER_MAX) checkAhead();
      soon.cancel();
      shown();
    },
    now() { forgetAhead(); return now(); },
    latest: () => ({ text: reportedText, report }),
    current() { showAhead(); return { text: reportedText, report }; },
    sendContext,
    onReport: (fn) => { listeners.push(fn); },
  };
}
