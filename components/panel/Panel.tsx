// The coaching panel on LinkedIn (one per field), its collapsed badge, the
// popover for a highlighted word, the gate dialog before Send and the mirror
// overlay for textareas. All rendered into Garbo's own shadow root.
import { Component, createRef, type ComponentChildren } from 'preact';
import { tc as t } from '../../lib/content/strings';
import type { Lang, Misspelling } from '../../lib/types';
import { CheckBody, MisspellingItem, ReportView, scoreText, verdictText } from '../report/ReportView';
import { formatDate } from '../common/dates';
import { MirrorText } from '../highlight/Mirror';
import { firstContact, recipientName, type PanelModel } from './model';
import { FREE_NOTES_PER_MONTH } from '../../lib/linkedin/types';
import { NoteBudget } from './NoteBudget';
import './track-signals';

export interface PanelActions {
  toggle(): void;
  setRecipient(name: string): void;
  setFirstContact(value: boolean): void;
  suggestion(m: Misspelling, suggestion: string): void;
  addWord(word: string): void;
  show(span: { start: number; end: number }): void;
  closePopover(): void;
  gateEdit(): void;
  gateSendAnyway(): void;
  /** Hide the "storage full" message. */
  dismissStorageFull?(): void;
}

/**
 * "Garbo could not save this send: storage full", with a dismiss button. The
 * role=status region is always rendered (empty when there is nothing to say),
 * so screen readers announce the message when it appears.
 */
export function StorageFull({ lang, show, onDismiss }: { lang: Lang; show: boolean; onDismiss?: () => void }) {
  return (
    <div class="g-alert-slot" role="status">
      {show ? (
        <div class="g-alert" data-garbo="storage-full">
          <p>{t(lang, 'panel_storage_full')}</p>
          {onDismiss ? (
            <button type="button" class="g-icon" aria-label={t(lang, 'panel_storage_dismiss')} title={t(lang, 'panel_storage_dismiss')}
              onClick={onDismiss}>×</button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function Counter({ model }: { model: PanelModel }) {
  const lang = model.lang.value;
  const chars = model.chars.value;
  const limit = model.limit.value;
  if (limit === undefined) return <div class="g-counter">{t(lang, 'panel_chars_free', chars)}</div>;
  const over = chars - limit;
  return (
    <div class={`g-counter${over > 0 ? ' g-over' : ''}`}>
      {t(lang, 'panel_chars', chars, limit)}
      {over > 0 ? <> · {t(lang, 'panel_over_limit', over)}</> : null}
    </div>
  );
}

function Quota({ model }: { model: PanelModel }) {
  if (model.kind !== 'invite') return null;
  const lang = model.lang.value;
  const q = model.quota.value;
  // LinkedIn's own line first; on a free account (200-character notes) without
  // it, Garbo's count of the notes it saw go out this month.
  const used = model.notesThisMonth.value;
  const line = q
    ? (q.total !== undefined ? t(lang, 'panel_quota_of', q.left, q.total) : t(lang, 'panel_quota_left', q.left))
    : model.limit.value === 200 && used !== undefined
      ? t(lang, 'panel_quota_counted', Math.min(used, FREE_NOTES_PER_MONTH), FREE_NOTES_PER_MONTH)
      : undefined;
  if (!line) return null;
  return (
    <div class="g-quota-box">
      <p class="g-quota" data-testid="garbo-quota">{line}</p>
      <p class="g-advice">{t(lang, 'panel_quota_advice')}</p>
    </div>
  );
}

/** "You already invited this person on 12 Nov 2026": the latest send to them in the history. */
function LastContact({ model }: { model: PanelModel }) {
  const last = model.lastContact.value;
  if (!last) return null;
  const lang = model.lang.value;
  const key = last.kind === 'invite' ? (model.kind === 'invite' ? 'panel_last_invite_again' : 'panel_last_invite') : 'panel_last_message';
  return <p class="g-hint g-last" data-testid="garbo-last-contact">{t(lang, key, formatDate(lang, last.sentAt))}</p>;
}

function Recipient({ model, actions, idBase }: { model: PanelModel; actions: PanelActions; idBase: string }) {
  const lang = model.lang.value;
  const found = model.recipientFound.value;
  const auto = model.firstContactOverride.value === undefined;
  const fromPage = auto && !!model.conversationHasMessages.value;
  const fromHistory = auto && !fromPage && model.firstContactHistory.value !== undefined;
  return (
    <div class="g-field">
      <label for={`${idBase}-rcpt`}>{t(lang, 'panel_recipient')}</label>
      <input id={`${idBase}-rcpt`} type="text" value={recipientName(model)} autocomplete="off" spellcheck={false}
        aria-describedby={`${idBase}-rcpt-hint`}
        onInput={(e) => actions.setRecipient((e.currentTarget as HTMLInputElement).value)} />
      <p class="g-hint" id={`${idBase}-rcpt-hint`}>{t(lang, found ? 'panel_recipient_hint' : 'panel_recipient_unknown')}</p>
      <label class="g-check-row">
        <input type="checkbox" checked={firstContact(model)}
          onChange={(e) => actions.setFirstContact((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t(lang, 'panel_first_contact')}</span>
      </label>
      {fromPage ? <p class="g-hint">{t(lang, 'panel_first_contact_thread')}</p> : null}
      {fromHistory ? <p class="g-hint">{t(lang, 'panel_first_contact_history')}</p> : null}
      <LastContact model={model} />
    </div>
  );
}

export function PanelView({ model, actions, idBase }: { model: PanelModel; actions: PanelActions; idBase: string }) {
  const lang = model.lang.value;
  const report = model.report.value;
  const pos = model.position.value;
  const style = pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { right: '16px', bottom: '16px' };
  const live = report ? t(lang, 'panel_live_score', scoreText(report), verdictText(lang, report)) : '';
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !model.collapsed.value) { e.stopPropagation(); actions.toggle(); }
  };
  const liveRegion = <div class="g-sr" aria-live="polite" aria-atomic="true">{live}</div>;
  if (model.collapsed.value) {
    return (
      <>
        <button type="button" class="g-badge" style={style} aria-expanded="false" aria-controls={`${idBase}-panel`}
          aria-label={report ? t(lang, 'panel_badge_label', scoreText(report), verdictText(lang, report)) : t(lang, 'panel_expand')}
          onClick={actions.toggle}>
          {report ? <span class={`g-score g-${report.verdict}`}>{scoreText(report)}</span> : <span class="g-pending" />}
          <span>{t(lang, 'panel_title')}</span>
        </button>
        {liveRegion}
      </>
    );
  }
  return (
    <section class="g-panel" id={`${idBase}-panel`} role="region" aria-label={t(lang, 'panel_region')} style={style} onKeyDown={onKey}>
      <div class="g-bar">
        <span class="g-title">{t(lang, 'panel_title')}</span>
        <button type="button" class="g-icon" aria-expanded="true" aria-controls={`${idBase}-panel`}
          aria-label={t(lang, 'panel_collapse')} title={t(lang, 'panel_collapse')} onClick={actions.toggle}>–</button>
      </div>
      {liveRegion}
      <div class="g-limits">
        <Counter model={model} />
        <Quota model={model} />
        <NoteBudget lang={lang} kind={model.kind} quota={model.quota} limit={model.limit} used={model.notesThisMonth} report={model.report} rates={model.noteRates.value} />
      </div>
      {model.unavailable.value && !report
        ? <p class="g-error-text" role="status">{t(lang, 'panel_unavailable')}</p>
        : <ReportView report={report} lang={lang} busy={model.busy.value}
            onSuggestion={actions.suggestion} onAddWord={actions.addWord} onShow={actions.show} />}
      {model.notice.value ? <p class="g-hint" role="status">{model.notice.value}</p> : null}
      <StorageFull lang={lang} show={model.storageFull.value} onDismiss={actions.dismissStorageFull} />
      <div class="g-meta">
        <Recipient model={model} actions={actions} idBase={idBase} />
        <p class="g-hint">{t(lang, 'panel_shortcut_hint')}</p>
      </div>
    </section>
  );
}

type Props = { model: PanelModel; actions: PanelActions; idBase: string };

/**
 * Layout work after a render, when `key` changed since the last one (what
 * useLayoutEffect with dependencies does: a class component, so that the
 * content script carries no preact/hooks).
 */
abstract class AfterRender extends Component<Props> {
  ref = createRef<HTMLDivElement>();
  private done: unknown = {};
  protected abstract key(): unknown;
  protected abstract after(el: HTMLDivElement | null): void;
  override componentDidMount() { this.componentDidUpdate(); }
  override componentDidUpdate() {
    const key = this.key();
    if (key === this.done) return;
    this.done = key;
    this.after(this.ref.current);
  }
}

export class WordPopover extends AfterRender {
  private p: PanelModel['popover']['value'];
  protected key() { const p = this.p; return p && `${p.index} ${p.mark.start} ${p.focus} ${p.anchor.top}`; }
  protected after(el: HTMLDivElement | null) {
    const p = this.p;
    if (!el || !p) return;
    // Below the word when it fits, else above it (composers sit at the bottom of the viewport).
    const h = el.offsetHeight, vh = window.innerHeight;
    if (p.anchor.top + p.anchor.height + 6 + h > vh && p.anchor.top - 6 - h >= 0) el.style.top = `${p.anchor.top - 6 - h}px`;
    if (p.focus) el.querySelector<HTMLElement>('button')?.focus();
  }
  override render({ model, actions, idBase }: Props) {
    const p = this.p = model.popover.value;
    if (!p) return null;
    const lang = model.lang.value;
    const width = 260;
    const vw = typeof window !== 'undefined' ? window.innerWidth : 1024;
    const left = Math.max(8, Math.min(p.anchor.left, vw - width - 8));
    const top = p.anchor.top + p.anchor.height + 6;
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); actions.closePopover(); } };
    return (
      <div class="g-popover" ref={this.ref} role="dialog" aria-label={t(lang, 'panel_popover_label')} id={`${idBase}-popover`}
        style={{ left: `${left}px`, top: `${top}px` }} onKeyDown={onKey}>
        {p.mark.misspelling ? (
          <ul><MisspellingItem m={p.mark.misspelling} lang={lang} onSuggestion={actions.suggestion} onAddWord={actions.addWord} /></ul>
        ) : p.mark.check ? (
          <div class={`g-check g-${p.mark.check.severity}`}><CheckBody check={p.mark.check} lang={lang} /></div>
        ) : null}
        <div class="g-actions"><button type="button" class="g-btn" onClick={actions.closePopover}>{t(lang, 'panel_close')}</button></div>
      </div>
    );
  }
}

export class GateDialog extends AfterRender {
  private g: PanelModel['gate']['value'];
  protected key() { return this.g; }
  protected after(el: HTMLDivElement | null) { if (this.g) el?.querySelector<HTMLElement>('[data-gate=edit]')?.focus(); }
  override render({ model, actions, idBase }: Props) {
    const g = this.g = model.gate.value;
    if (!g) return null;
    const lang = model.lang.value;
    const onKey = (e: KeyboardEvent) => {
      e.stopPropagation();
      if (e.key === 'Escape') { e.preventDefault(); actions.gateEdit(); return; }
      if (e.key !== 'Tab') return;
      // Focus stays inside the dialog.
      const items = [...(this.ref.current?.querySelectorAll<HTMLElement>('button') ?? [])];
      if (!items.length) return;
      const root = this.ref.current!.getRootNode() as ShadowRoot | Document;
      const idx = items.indexOf(root.activeElement as HTMLElement);
      const next = e.shiftKey ? (idx <= 0 ? items.length - 1 : idx - 1) : (idx === items.length - 1 ? 0 : idx + 1);
      e.preventDefault();
      items[next]!.focus();
    };
    return (
      <>
        <div class="g-scrim" onClick={actions.gateEdit} />
        <div class="g-gate" ref={this.ref} role="alertdialog" aria-modal="true" aria-labelledby={`${idBase}-gate-title`}
          aria-describedby={`${idBase}-gate-body`} onKeyDown={onKey}>
          <h2 id={`${idBase}-gate-title`}>{t(lang, 'gate_title')}</h2>
          <div id={`${idBase}-gate-body`}>
            <p>{t(lang, 'gate_intro')}</p>
            <ul>{g.problems.map((c) => <li key={c.id} data-check={c.id}><strong>{c.message}</strong>{c.fix ? <> {c.fix}</> : null}</li>)}</ul>
          </div>
          <div class="g-actions">
            <button type="button" class="g-btn" data-gate="send" onClick={actions.gateSendAnyway}>{t(lang, 'gate_send_anyway')}</button>
            <button type="button" class="g-btn g-primary" data-gate="edit" onClick={actions.gateEdit}>{t(lang, 'gate_edit')}</button>
          </div>
        </div>
      </>
    );
  }
}

export function MirrorOverlay({ model }: { model: PanelModel }) {
  const m = model.mirror.value;
  if (!m || m.marks.length === 0) return null;
  const p = model.popover.value;
  const box = { left: `${m.box.left}px`, top: `${m.box.top}px`, width: `${m.box.width}px`, height: `${m.box.height}px` };
  const { height: _h, overflowX: _x, overflowY: _y, ...text } = m.style;
  return (
    <div class="g-mirror" aria-hidden="true" style={box}>
      <div class="g-mirror-inner" style={{ ...text, height: 'auto', minHeight: '100%', transform: `translate(${-m.scrollLeft}px, ${-m.scrollTop}px)` }}>
        <MirrorText text={m.text} marks={m.marks} active={p?.index} />
      </div>
    </div>
  );
}

/** A rendering error hides Garbo's UI instead of reaching LinkedIn's console as an uncaught error. */
export class Guard extends Component<{ children?: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  override componentDidCatch(err: unknown) {
    console.debug('Garbo:', err);
    this.setState({ failed: true });
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

export function PanelApp({ model, actions, idBase }: { model: PanelModel; actions: PanelActions; idBase: string }) {
  return (
    <div class="g-root" data-theme={model.theme.value} lang={model.lang.value}>
      <MirrorOverlay model={model} />
      <PanelView model={model} actions={actions} idBase={idBase} />
      <WordPopover model={model} actions={actions} idBase={idBase} />
      <GateDialog model={model} actions={actions} idBase={idBase} />
    </div>
  );
}
