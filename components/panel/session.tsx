// One attached field = one session: its panel (in Garbo's own shadow host),
// the highlights on its words, analysis as the user types, the gate before
// Send and the record of each send. Browser APIs come in through `env`, so the
// whole session runs in happy-dom with a fake field in the unit tests.
import { render } from 'preact';
import { effect, type Signal } from '@preact/signals';
import type { FieldHandle, Recipient } from '../../lib/linkedin/types';
import type { Lang, Misspelling, Report } from '../../lib/types';
import type { Request, Reply, SendReport } from '../../lib/messages';
import type { LastContact } from '../../lib/history/repository';
import type { Settings } from '../../lib/settings';
import { tc as t } from '../../lib/content/strings';
import { createSequencer, debounce } from '../../lib/content/schedule';
import { decideGate } from '../../lib/content/gate';
import { markAt, marksFor, shiftMarks, type Mark } from '../../lib/content/marks';
import { placePanel } from '../../lib/content/layout';
import { buildSendReport, createAttemptTracker } from '../../lib/content/record';
import { timed } from '../../lib/content/perf';
import { clearFieldHighlights, ensureHighlightStyle, highlightsSupported, setFieldHighlights } from '../highlight/css-highlights';
import { mirrorStyleFrom } from '../highlight/Mirror';
import { createModel, firstContact, recipientName, type PanelModel } from './model';
import { Guard, PanelApp, type PanelActions } from './Panel';
import { PANEL_CSS } from './styles';

export interface ContactInfo {
  firstContact: boolean;
  justAccepted: boolean;
  previousTexts: string[];
  /** The latest send to this person in the history. */
  last?: LastContact | null;
  /** Invites with a note sent this calendar month (all recipients). */
  notesThisMonth?: number;
}

export interface ContentEnv {
  doc: Document;
  win: Window & typeof globalThis;
  /** A request to the background; rejects when the worker cannot be reached. */
  request(req: Request): Promise<Reply>;
  settings: Signal<Settings>;
  lang: Signal<Lang>;
  theme: Signal<'light' | 'dark'>;
  /**
   * Queue + deliver a send record (never throws). `from`: the session whose
   * send it is, told when the record could not be saved for lack of storage.
   */
  record(report: SendReport, from?: FieldSession): void;
  contactInfo(recipient: Recipient): Promise<ContactInfo | undefined>;
  newId(): string;
  now(): number;
  debounceMs?: number;
  /** Was this event made by the user (not a page script)? `event.isTrusted` in the browser. */
  trusted(e: Event): boolean;
}

/** Tag of the host element Garbo appends to <body> for each attached field. */
export const HOST_TAG = 'garbo-panel';

let counter = 0;
const NAV_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export class FieldSession {
  readonly model: PanelModel;
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly mount: HTMLElement;
  private readonly idBase = `garbo${++counter}`;
  private readonly seq = createSequencer();
  private readonly attempts;
  private readonly analyzeSoon;
  private readonly cleanups: Array<() => void> = [];
  private report: Report | undefined;
  private reportedText: string | undefined;
  private marks: Mark[] = [];
  private marksText = '';
  private lastText = '';
  private contact: ContactInfo | undefined;
  private frame = 0;
  private passNext: { overridden: boolean } | undefined;
  private pendingResend: (() => void) | undefined;
  private mirrorStyle: Record<string, string> | undefined;
  private stopped = false;
  /** Window of the editor's document (an interop iframe's, or the page's). */
  private readonly fieldWin: Window & typeof globalThis;

  constructor(readonly field: FieldHandle, private readonly env: ContentEnv) {
    this.attempts = createAttemptTracker(() => env.newId());
    this.analyzeSoon = debounce(() => { void this.analyzeNow(); }, env.debounceMs ?? 180);
    this.fieldWin = (field.editor.ownerDocument.defaultView ?? env.win) as Window & typeof globalThis;
    this.model = createModel(field.kind, env.lang.value, env.theme.value);
    this.model.lang = env.lang;
    this.model.theme = env.theme;
    const doc = env.doc;
    this.host = doc.createElement(HOST_TAG);
    // Open shadow root: LinkedIn's page could reach a closed one anyway (it can
    // patch attachShadow before we run), so "closed" would protect nothing,
    // while the e2e tests and assistive tools need to see inside.
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;
    this.mount = doc.createElement('div');
    this.shadow.append(style, this.mount);
  }

  start(): void {
    const { field, env, model } = this;
    const text = field.getText();
    this.lastText = text;
    this.marksText = text;
    model.chars.value = text.length;
    this.readPageFacts();
    env.doc.body.append(this.host);
    render(<Guard><PanelApp model={model} actions={this.actions} idBase={this.idBase} /></Guard>, this.mount);

    const on = <K extends string>(target: EventTarget, type: K, fn: (e: any) => void, opts?: AddEventListenerOptions) => {
      const wrapped = (e: Event) => { try { fn(e); } catch (err) { this.fail(err); } };
      target.addEventListener(type, wrapped, opts);
      this.cleanups.push(() => target.removeEventListener(type, wrapped, opts));
    };
    on(field.editor, 'input', () => timed('input', () => this.onInput()));
    on(field.editor, 'click', () => this.caretChanged(false));
    // Moving the caret onto a flagged word shows its popover; typing does not pop it up.
    on(field.editor, 'keyup', (e: KeyboardEvent) => {
      if (e.altKey || e.key === 'Escape') return;
      if (NAV_KEYS.has(e.key)) this.caretChanged(false);
      else if (this.model.popover.value && !this.model.popover.value.focus) this.model.popover.value = undefined;
    });
    on(field.editor, 'scroll', () => this.scheduleFrame());
    // Window capture runs before any listener of LinkedIn's (React/Ember attach
    // theirs on the document or the app root); composedPath() sees through the
    // open #interop-outlet shadow root where the invite dialog lives.
    on(this.fieldWin, 'click', (e: MouseEvent) => this.onClick(e), { capture: true });
    on(this.fieldWin, 'keydown', (e: KeyboardEvent) => this.onKeyDown(e), { capture: true });
    on(this.fieldWin, 'scroll', () => this.scheduleFrame(), { capture: true, passive: true });
    if (this.fieldWin !== env.win) on(env.win, 'scroll', () => this.scheduleFrame(), { capture: true, passive: true });
    on(env.win, 'resize', () => { this.mirrorStyle = undefined; this.scheduleFrame(); });
    const RO = (env.win as unknown as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (RO) {
      const ro = new RO(() => { this.mirrorStyle = undefined; this.scheduleFrame(); });
      ro.observe(field.container);
      ro.observe(field.editor);
      this.cleanups.push(() => ro.disconnect());
    }
    if (!this.isTextarea()) {
      // LinkedIn re-creates the editor's nodes (on focus, on paste): the ranges die with them, so redraw.
      const MO = (this.fieldWin as unknown as { MutationObserver?: typeof MutationObserver }).MutationObserver;
      if (MO) {
        const mo = new MO(() => { if (this.marks.length) this.scheduleFrame(); });
        mo.observe(field.editor, { childList: true, subtree: true, characterData: true });
        this.cleanups.push(() => mo.disconnect());
      }
    }
    this.cleanups.push(effect(() => {
      // Settings or UI language changed: limits and messages follow.
      void env.settings.value; void env.lang.value;
      this.readPageFacts();
      if (this.field.getText().trim()) this.analyzeSoon();
    }));
    // Collapsing changes the panel's size: place it again.
    this.cleanups.push(effect(() => { void model.collapsed.value; this.scheduleFrame(); }));
    void this.loadContact();
    if (text.trim()) void this.analyzeNow();
    this.scheduleFrame();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.analyzeSoon.cancel();
    if (this.frame) this.env.win.cancelAnimationFrame(this.frame);
    for (const c of this.cleanups.splice(0)) { try { c(); } catch { /* already gone */ } }
    clearFieldHighlights(this, this.fieldWin);
    render(null, this.mount);
    this.host.remove();
  }

  // ---- reading the page -------------------------------------------------

  private isTextarea(): boolean {
    return this.field.editor.tagName === 'TEXTAREA';
  }

  private readPageFacts(): void {
    const { field, env, model } = this;
    const s = env.settings.value;
    let limit: number | undefined;
    if (field.kind === 'invite') {
      limit = field.limit() ?? (s.noteLimit === 'detect' ? undefined : s.noteLimit);
      model.quota.value = field.quota();
    }
    model.limit.value = limit;
    const r = field.recipient();
    model.recipientFound.value = r.name?.trim() || undefined;
    this.readConversation();
  }

  /** A conversation that already shows messages is not a first contact (LinkedIn may load them after the composer). */
  private readConversation(): void {
    const n = this.field.priorMessages();
    this.model.conversationHasMessages.value = n === undefined ? undefined : n > 0;
  }

  private recipient(): Recipient {
    const r = this.field.recipient();
    const name = recipientName(this.model);
    return { ...r, name: name || undefined };
  }

  private async loadContact(): Promise<void> {
    const r = this.field.recipient();
    if (!r.name && !r.profileId) return;
    const info = await this.env.contactInfo(r);
    if (this.stopped || !info) return;
    this.contact = info;
    this.model.firstContactHistory.value = info.firstContact;
    this.model.lastContact.value = info.last ?? undefined;
    this.model.notesThisMonth.value = info.notesThisMonth;
    if (this.field.getText().trim()) this.analyzeSoon();
  }

  // ---- analysis ---------------------------------------------------------

  private context() {
    const s = this.env.settings.value;
    this.readConversation();
    return {
      recipientName: recipientName(this.model) || undefined,
      senderName: s.senderName.trim() || undefined,
      firstContact: firstContact(this.model),
      justAccepted: this.contact?.justAccepted ?? false,
      noteLimit: this.field.kind === 'invite' ? this.model.limit.value : undefined,
      previousTexts: this.contact?.previousTexts.slice(0, 50),
      uiLang: this.env.lang.value,
    };
  }

  private draftFor(text: string) {
    const subject = this.field.subject();
    return subject ? { text, kind: this.field.kind, subject } : { text, kind: this.field.kind };
  }

  /** Analyse the current text now; older replies still in flight are dropped. */
  async analyzeNow(): Promise<void> {
    this.analyzeSoon.cancel();
    const seq = this.seq.next();
    const text = this.field.getText();
    if (!text.trim()) {
      this.setReport(undefined, text);
      return;
    }
    this.model.busy.value = true;
    let reply: Reply | undefined;
    try { reply = await this.env.request({ type: 'analyze', draft: this.draftFor(text), context: this.context() }); }
    catch { reply = undefined; }
    if (!this.seq.isLatest(seq) || this.stopped) return;
    this.model.busy.value = false;
    if (reply?.ok) {
      this.model.unavailable.value = false;
      timed('report', () => this.setReport(reply!.data as Report, text));
    } else {
      this.model.unavailable.value = true;
    }
  }

  private setReport(report: Report | undefined, text: string): void {
    this.report = report;
    this.reportedText = report ? text : undefined;
    this.model.report.value = report;
    const live = this.field.getText();
    this.marks = shiftMarks(marksFor(report, text.length), text, live);
    this.marksText = live;
    const p = this.model.popover.value;
    if (p) this.model.popover.value = undefined;
    this.scheduleFrame();
  }

  private onInput(): void {
    // The keystroke path: read the text, move the marks, update the counter,
    // schedule the analysis and one frame. Nothing else.
    const text = this.field.getText();
    if (text === this.lastText) return;
    this.marks = shiftMarks(this.marks, this.marksText, text);
    this.marksText = text;
    this.lastText = text;
    this.model.chars.value = text.length;
    this.analyzeSoon();
    this.scheduleFrame();
  }

  // ---- drawing (one animation frame per burst of events) -------------------

  private scheduleFrame(): void {
    if (this.frame || this.stopped) return;
    this.frame = this.env.win.requestAnimationFrame(() => {
      this.frame = 0;
      try { timed('frame', () => this.draw()); } catch (err) { this.fail(err); }
    });
  }

  private draw(): void {
    if (!this.field.isConnected()) return;
    this.drawMarks();
    this.place();
  }

  private drawMarks(): void {
    const { field, model } = this;
    if (this.isTextarea()) {
      const ta = field.editor as HTMLTextAreaElement;
      if (this.marks.length === 0) { model.mirror.value = undefined; return; }
      const r = this.pageRect(ta)!;
      if (!this.mirrorStyle) {
        const cs = this.fieldWin.getComputedStyle(ta);
        const style = mirrorStyleFrom(cs);
        // The text wraps inside the client box (without the scrollbar).
        const bl = parseFloat(cs.borderLeftWidth) || 0, br = parseFloat(cs.borderRightWidth) || 0;
        style.width = `${ta.clientWidth + bl + br}px`;
        style.boxSizing = 'border-box';
        this.mirrorStyle = style;
      }
      model.mirror.value = {
        text: ta.value, marks: this.marks, style: this.mirrorStyle,
        box: { left: r.left, top: r.top, width: r.width, height: r.height },
        scrollTop: ta.scrollTop, scrollLeft: ta.scrollLeft,
      };
      return;
    }
    if (!highlightsSupported(this.fieldWin)) return;
    ensureHighlightStyle(field.root);
    const spelling: Range[] = [], issue: Range[] = [];
    for (const m of this.marks) {
      const range = field.rangeFor(m.start, m.end);
      if (range) (m.kind === 'spelling' ? spelling : issue).push(range);
    }
    setFieldHighlights(this, spelling, issue, this.fieldWin);
  }

  /** Rect in the top page's viewport (fields in an interop iframe are offset by the frame). */
  private pageRect(el: Element | Range | undefined | null): { left: number; top: number; width: number; height: number } | undefined {
    if (!el) return undefined;
    const r = el.getBoundingClientRect();
    let dx = 0, dy = 0;
    if (this.fieldWin !== this.env.win) {
      try {
        const f = this.fieldWin.frameElement?.getBoundingClientRect();
        if (f) { dx = f.left; dy = f.top; }
      } catch { /* cross-origin: leave as is */ }
    }
    return { left: r.left + dx, top: r.top + dy, width: r.width, height: r.height };
  }

  private place(): void {
    const { model } = this;
    const c = this.pageRect(this.field.container)!;
    const el = this.shadow.querySelector<HTMLElement>(model.collapsed.value ? '.g-badge' : '.g-panel');
    const size = { width: el?.offsetWidth || (model.collapsed.value ? 110 : 300), height: el?.offsetHeight || (model.collapsed.value ? 36 : 360) };
    const view = { width: this.env.doc.documentElement.clientWidth || this.env.win.innerWidth, height: this.env.win.innerHeight };
    const p = placePanel({ left: c.left, top: c.top, width: c.width, height: c.height }, size, view);
    const cur = model.position.value;
    if (!cur || cur.left !== p.left || cur.top !== p.top) model.position.value = { left: p.left, top: p.top };
  }

  // ---- the word popover -------------------------------------------------

  private markIndexAtCaret(): number {
    const { field } = this;
    if (this.isTextarea()) {
      const ta = field.editor as HTMLTextAreaElement;
      if (ta.selectionStart !== ta.selectionEnd) return -1;
      const m = markAt(this.marks, ta.selectionStart);
      return m ? this.marks.indexOf(m) : -1;
    }
    const root = field.root as (Document | ShadowRoot) & { getSelection?: () => Selection | null };
    const sel = (typeof root.getSelection === 'function' ? root.getSelection() : null) ?? this.field.editor.ownerDocument.getSelection();
    if (!sel || !sel.anchorNode || !sel.isCollapsed) return -1;
    const order = [...this.marks.keys()].sort((a, b) => (this.marks[a]!.kind === 'spelling' ? 0 : 1) - (this.marks[b]!.kind === 'spelling' ? 0 : 1));
    for (const i of order) {
      const m = this.marks[i]!;
      const range = field.rangeFor(m.start, m.end);
      try { if (range && range.isPointInRange(sel.anchorNode, sel.anchorOffset)) return i; } catch { /* other tree */ }
    }
    return -1;
  }

  private anchorFor(index: number): { left: number; top: number; width: number; height: number } {
    const m = this.marks[index]!;
    const rect = this.isTextarea()
      ? this.shadow.querySelector(`[data-mark="${index}"]`)?.getBoundingClientRect()
      : this.pageRect(this.field.rangeFor(m.start, m.end));
    const r = rect ?? this.pageRect(this.field.editor)!;
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  }

  /** Show (or hide) the popover for the mark under the caret; `keyboard` also moves focus into it. */
  openPopoverAtCaret(keyboard: boolean): boolean {
    let index = this.markIndexAtCaret();
    if (index < 0 && keyboard && this.marks.length) index = 0;
    if (index < 0) { this.model.popover.value = undefined; return false; }
    const mark = this.marks[index]!;
    const cur = this.model.popover.value;
    if (!keyboard && cur && cur.index === index) return true;
    // Open now (for the mirror span to exist the overlay is already drawn).
    this.model.popover.value = { mark, index, anchor: this.anchorFor(index), focus: keyboard };
    return true;
  }

  /** Keyboard way into the panel (LinkedIn's modal traps Tab inside its dialog). */
  focusPanel(): void {
    if (this.model.collapsed.value) this.model.collapsed.value = false;
    queueMicrotask(() => this.shadow.querySelector<HTMLElement>('.g-panel .g-icon')?.focus());
  }

  private caretChanged(keyboard: boolean): void {
    if (this.marks.length === 0) { this.model.popover.value = undefined; return; }
    this.openPopoverAtCaret(keyboard);
  }

  // ---- the gate before Send, and recording ------------------------------

  private onClick(e: MouseEvent): void {
    if (!this.env.trusted(e)) return; // a page script's click is neither gated nor recorded
    const buttons = this.field.sendButtons();
    if (!buttons.length) return;
    const path = e.composedPath();
    const button = buttons.find((b) => path.includes(b));
    if (!button || (button as HTMLButtonElement).disabled) return;
    this.sendAttempt(e, () => button.click());
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!this.env.trusted(e)) return;
    const path = e.composedPath();
    if (!path.includes(this.field.editor)) return;
    if (e.altKey && e.shiftKey && (e.code === 'KeyG' || e.key.toLowerCase() === 'g')) {
      e.preventDefault();
      // The word at the caret (or the first flagged one); with nothing flagged, the panel itself.
      if (!this.openPopoverAtCaret(true)) this.focusPanel();
      return;
    }
    if (e.key === 'Escape' && this.model.popover.value) { this.model.popover.value = undefined; return; }
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    if (this.isTextarea() || !this.field.enterToSend()) return;
    this.sendAttempt(e, () => this.resendEnter());
  }

  /** LinkedIn's own send again: its Send button when it has one, else the Enter it listens for. */
  private resendEnter(): void {
    const button = this.field.sendButtons().find((b) => !(b as HTMLButtonElement).disabled);
    if (button) { button.click(); return; }
    const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
    this.field.editor.dispatchEvent(new KeyboardEvent('keydown', init as KeyboardEventInit));
  }

  private sendAttempt(e: Event, resend: () => void): void {
    if (this.passNext) {
      const { overridden } = this.passNext;
      this.passNext = undefined;
      this.recordSend(this.field.getText(), overridden);
      return;
    }
    const text = this.field.getText();
    if (!text.trim()) return; // LinkedIn sends nothing either
    const input = {
      enabled: this.env.settings.value.sendGate, bypass: false, text,
      reportedText: this.reportedText, report: this.report,
    };
    const first = decideGate(input);
    if (first.action === 'allow') { this.recordSend(text, false); return; }
    e.preventDefault();
    e.stopImmediatePropagation();
    if (first.action === 'ask') { this.openGate(first.problems, resend); return; }
    void (async () => {
      await this.analyzeNow();
      if (this.stopped) return;
      const now = this.field.getText();
      const next = decideGate({ ...input, text: now, reportedText: this.reportedText, report: this.report, refreshed: true });
      if (next.action === 'ask') this.openGate(next.problems, resend);
      else this.pass(false, resend);
    })().catch((err) => this.fail(err));
  }

  private pass(overridden: boolean, resend: () => void): void {
    this.passNext = { overridden };
    try { resend(); } finally { this.passNext = undefined; }
  }

  private openGate(problems: NonNullable<PanelModel['gate']['value']>['problems'], resend: () => void): void {
    this.pendingResend = resend;
    this.model.popover.value = undefined;
    this.model.gate.value = { problems };
  }

  private recordSend(text: string, overridden: boolean): void {
    const { id, repeat } = this.attempts.idFor(`${this.field.kind}\u0000${text}`, this.env.now());
    if (repeat) return; // a double click: the first one is already on its way
    const report = this.reportedText === text ? this.report : undefined;
    const facts = {
      kind: this.field.kind, recipient: this.recipient(), text, subject: this.field.subject(),
      page: this.env.win.location.pathname, gateOverridden: overridden, fallbackLang: this.env.lang.value,
      now: this.env.now(), sendId: id,
    };
    if (report) { this.env.record(buildSendReport({ ...facts, report }), this); return; }
    // No report for exactly this text yet (gate off, or typed in the last instant): score it first, briefly.
    const context = this.context();
    const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), 1500));
    const scored = this.env.request({ type: 'analyze', draft: this.draftFor(text), context })
      .then((r) => (r.ok ? (r.data as Report) : undefined), () => undefined);
    void Promise.race([scored, timeout]).then((rep) => this.env.record(buildSendReport({ ...facts, report: rep }), this));
  }

  /**
   * The background could not save a send of this field: its storage is full.
   * Shown in the panel when the panel is on screen (returns true); false when
   * the session is gone or collapsed, so the caller shows a notice instead.
   */
  showStorageFull(): boolean {
    if (this.stopped || this.model.collapsed.value || !this.host.isConnected) return false;
    this.model.storageFull.value = true;
    return true;
  }

  /** A later send of this field was saved: the storage-full message no longer holds. */
  storageSaved(): void {
    if (!this.stopped) this.model.storageFull.value = false;
  }

  // ---- panel actions ----------------------------------------------------

  readonly actions: PanelActions = {
    toggle: () => {
      this.model.collapsed.value = !this.model.collapsed.value;
      queueMicrotask(() => this.shadow.querySelector<HTMLElement>(this.model.collapsed.value ? '.g-badge' : '.g-icon')?.focus());
    },
    setRecipient: (name) => {
      this.model.recipientOverride.value = name;
      this.analyzeSoon();
    },
    setFirstContact: (value) => {
      this.model.firstContactOverride.value = value;
      this.analyzeSoon();
    },
    suggestion: (m: Misspelling, s: string) => this.replaceWord(m, s),
    addWord: (word) => { void this.addWord(word); },
    show: (span) => {
      const index = this.marks.findIndex((m) => m.start <= span.start && m.end >= span.end) ;
      const editor = this.field.editor as HTMLElement;
      editor.focus();
      if (this.isTextarea()) (editor as HTMLTextAreaElement).setSelectionRange(span.start, span.end);
      else {
        const r = this.field.rangeFor(span.start, span.end);
        const sel = this.field.editor.ownerDocument.getSelection();
        if (r && sel) { sel.removeAllRanges(); sel.addRange(r); }
      }
      if (index >= 0) this.model.popover.value = { mark: this.marks[index]!, index, anchor: this.anchorFor(index), focus: true };
    },
    closePopover: () => {
      this.model.popover.value = undefined;
      (this.field.editor as HTMLElement).focus();
    },
    gateEdit: () => {
      this.model.gate.value = undefined;
      this.pendingResend = undefined;
      (this.field.editor as HTMLElement).focus();
    },
    dismissStorageFull: () => {
      this.model.storageFull.value = false;
    },
    gateSendAnyway: () => {
      const resend = this.pendingResend;
      this.model.gate.value = undefined;
      this.pendingResend = undefined;
      if (resend) this.pass(true, resend);
    },
  };

  private replaceWord(m: Misspelling, s: string): void {
    const text = this.field.getText();
    const mark = this.marks.find((k) => k.misspelling === m);
    let start = mark?.start ?? m.start, end = mark?.end ?? m.end;
    if (text.slice(start, end) !== m.word) {
      // The text moved since the report: take the occurrence nearest to where it was.
      let best = -1;
      for (let i = text.indexOf(m.word); i >= 0; i = text.indexOf(m.word, i + 1)) {
        if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
      }
      if (best < 0) return;
      start = best; end = best + m.word.length;
    }
    this.model.popover.value = undefined;
    (this.field.editor as HTMLElement).focus();
    this.field.replaceRange(start, end, s);
    this.onInput();
  }

  private async addWord(word: string): Promise<void> {
    let ok = false;
    try { ok = (await this.env.request({ type: 'dictionary-add', word })).ok; } catch { ok = false; }
    if (this.stopped) return;
    this.model.popover.value = undefined;
    if (ok) {
      this.model.notice.value = t(this.env.lang.value, 'panel_added_word', word);
      await this.analyzeNow();
    } else {
      this.model.notice.value = t(this.env.lang.value, 'panel_unavailable');
    }
  }

  private fail(err: unknown): void {
    // Never let an error reach LinkedIn's page; keep a trace for the developer console.
    console.debug('Garbo:', err);
  }
}
