// The draft checker: type or paste a draft, pick invite/message and the
// recipient's name, and see the same report and highlights as on LinkedIn.
// It needs no LinkedIn tab: the caller passes `analyze` (the popup sends the
// background's 'analyze' request). The highlights are the textarea mirror.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
// lib/i18n's t(): the checker lives in the popup, whose catalogs are whole; its checker_ strings stay out of the content script.
import { t } from '../lib/i18n';
import type { AnalysisContext, Draft, DraftKind, Lang, Misspelling, Report } from '../lib/types';
import { marksFor, shiftMarks } from '../lib/content/marks';
import { createSequencer } from '../lib/content/schedule';
import { ReportView } from './report/ReportView';
import { MirrorText, mirrorStyleFrom } from './highlight/Mirror';

export interface CheckerProps {
  lang: Lang;
  analyze(draft: Draft, context: AnalysisContext): Promise<Report>;
  /** Add a flagged word to the personal dictionary (the checker re-analyses after it). */
  onAddWord?(word: string): Promise<void> | void;
  initialKind?: DraftKind;
  initialText?: string;
  initialRecipient?: string;
  senderName?: string;
  /**
   * Invite-note limit from the settings (200 / 300). Without one (the option
   * says "read it from LinkedIn", and there is no LinkedIn here) the user picks
   * it next to the counter, 200 first: most accounts are free.
   */
  noteLimit?: number;
  /** Debounce before analysing, in ms. */
  debounceMs?: number;
}

export function Checker(props: CheckerProps) {
  const { lang, analyze, debounceMs = 200 } = props;
  const [pickedLimit, setPickedLimit] = useState(200);
  const noteLimit = props.noteLimit ?? pickedLimit;
  const [text, setText] = useState(props.initialText ?? '');
  const [kind, setKind] = useState<DraftKind>(props.initialKind ?? 'invite');
  const [recipient, setRecipient] = useState(props.initialRecipient ?? '');
  const [firstContact, setFirstContact] = useState(true);
  const [result, setResult] = useState<{ report: Report; text: string } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);
  const seq = useMemo(() => createSequencer(), []);
  const ta = useRef<HTMLTextAreaElement>(null);
  const [mirror, setMirror] = useState<{ style: Record<string, string>; scrollTop: number; scrollLeft: number }>();

  useEffect(() => {
    if (!text.trim()) { seq.next(); setResult(undefined); setError(undefined); setBusy(false); return; }
    const my = seq.next();
    setBusy(true);
    const handle = setTimeout(() => {
      const context: AnalysisContext = { recipientName: recipient.trim() || undefined, firstContact, uiLang: lang, noteLimit };
      if (props.senderName) context.senderName = props.senderName;
      analyze({ text, kind }, context).then(
        (report) => { if (seq.isLatest(my)) { setResult({ report, text }); setError(undefined); setBusy(false); } },
        (err) => { if (seq.isLatest(my)) { setError(t(lang, 'checker_error', err instanceof Error ? err.message : String(err))); setBusy(false); } },
      );
    }, debounceMs);
    return () => clearTimeout(handle);
  }, [text, kind, recipient, firstContact, lang, round, noteLimit]);

  // The mirror copies the textarea's layout; re-read it when the textarea resizes.
  useLayoutEffect(() => {
    const el = ta.current;
    if (!el || typeof getComputedStyle !== 'function') return;
    const read = () => {
      const cs = getComputedStyle(el);
      const style = mirrorStyleFrom(cs);
      const bl = parseFloat(cs.borderLeftWidth) || 0, br = parseFloat(cs.borderRightWidth) || 0;
      if (el.clientWidth) style.width = `${el.clientWidth + bl + br}px`;
      style.boxSizing = 'border-box';
      setMirror({ style, scrollTop: el.scrollTop, scrollLeft: el.scrollLeft });
    };
    read();
    const RO = (globalThis as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (!RO) return;
    const ro = new RO(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const marks = result ? shiftMarks(marksFor(result.report, result.text.length), result.text, text) : [];

  const replace = (m: Misspelling, s: string) => {
    if (!result) return;
    const mark = marks.find((k) => k.misspelling === m);
    if (!mark || text.slice(mark.start, mark.end) !== m.word) return;
    const next = text.slice(0, mark.start) + s + text.slice(mark.end);
    setText(next);
    queueMicrotask(() => { ta.current?.focus(); ta.current?.setSelectionRange(mark.start + s.length, mark.start + s.length); });
  };
  const addWord = props.onAddWord
    ? async (word: string) => { await props.onAddWord!(word); setRound((r) => r + 1); }
    : undefined;
  const onScroll = () => {
    const el = ta.current;
    if (el && mirror) setMirror({ ...mirror, scrollTop: el.scrollTop, scrollLeft: el.scrollLeft });
  };
  const { height: _h, overflowX: _x, overflowY: _y, ...mirrorText } = mirror?.style ?? {};

  return (
    <div class="g-checker">
      <div class="g-checker-row">
        <fieldset class="g-checker-kind">
          <legend>{t(lang, 'checker_kind')}</legend>
          {(['invite', 'message'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name="g-checker-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {' '}{t(lang, k === 'invite' ? 'checker_kind_invite' : 'checker_kind_message')}
            </label>
          ))}
        </fieldset>
        <label class="g-checker-recipient">
          {t(lang, 'checker_recipient')}
          <input type="text" value={recipient} autocomplete="off" onInput={(e) => setRecipient((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          <input type="checkbox" checked={firstContact} onChange={(e) => setFirstContact((e.currentTarget as HTMLInputElement).checked)} />
          {' '}{t(lang, 'checker_first_contact')}
        </label>
      </div>
      <label class="g-checker-label" for="g-checker-text">{t(lang, 'checker_text')}</label>
      <div class="g-checker-field" style={{ position: 'relative' }}>
        <textarea id="g-checker-text" ref={ta} rows={6} value={text} placeholder={t(lang, 'checker_placeholder')}
          spellcheck={false} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} onScroll={onScroll}
          style={{ display: 'block', width: '100%', boxSizing: 'border-box', background: 'transparent', position: 'relative', zIndex: 1 }} />
        {mirror && marks.length ? (
          <div class="g-mirror" aria-hidden="true"
            style={{ position: 'absolute', left: 0, top: 0, right: 0, bottom: 0, overflow: 'hidden', pointerEvents: 'none', zIndex: 2, color: 'transparent' }}>
            <div style={{ ...mirrorText, position: 'absolute', left: 0, top: 0, margin: 0, transform: `translate(${-mirror.scrollLeft}px, ${-mirror.scrollTop}px)` }}>
              <MirrorText text={text} marks={marks} />
            </div>
          </div>
        ) : null}
      </div>
      <div class="g-checker-count">
        {kind === 'invite' ? t(lang, 'panel_chars', text.length, noteLimit) : t(lang, 'panel_chars_free', text.length)}
        {kind === 'invite' && props.noteLimit === undefined ? (
          <label class="g-checker-limit">
            {' · '}{t(lang, 'checker_limit')}{' '}
            <select value={String(pickedLimit)} onChange={(e) => setPickedLimit(Number((e.currentTarget as HTMLSelectElement).value))}>
              <option value="200">{t(lang, 'checker_limit_200')}</option>
              <option value="300">{t(lang, 'checker_limit_300')}</option>
            </select>
          </label>
        ) : null}
      </div>
      <div aria-live="polite">
        <ReportView report={result?.report} lang={lang} busy={busy} error={error} onSuggestion={replace} onAddWord={addWord} />
      </div>
    </div>
  );
}
