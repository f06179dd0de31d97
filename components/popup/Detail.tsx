// One record: the full text (as text), the checks as they were at send time,
// and the user's notes, saved on change with a visible "saved" mark.
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { HistoryRecord } from '../../lib/history/schema';
import { RULE_IDS, type Lang } from '../../lib/types';
import { historyApi, type Api } from '../common/api';
import { errorText, formatDate, fromDateInput, ScoreBadge, toDateInput } from './bits';
import { STATUSES } from '../../lib/history/status';

export function Detail({ api, lang: L, id, followUpDays = 7, onClose, onDeleted, onSaved, onDraftFollowUp }: {
  api: Api; lang: Lang; id: string; followUpDays?: number; onClose(): void; onDeleted(r: HistoryRecord): void; onSaved(): void;
  /** Open the checker on a message to this person. */
  onDraftFollowUp?(recipientName: string): void;
}) {
  const h = historyApi(api);
  const rec = useSignal<HistoryRecord | null | undefined>(undefined);
  const save = useSignal<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const heading = useRef<HTMLHeadingElement>(null);

  // The text fields keep what the user types; saved copies coming back never overwrite it.
  const met = useSignal('');
  const notes = useSignal('');
  /** Text typed but not saved yet, per field, with its timer. */
  const pendingEdits = useRef<Partial<Record<'metWhere' | 'notes', { timer: ReturnType<typeof setTimeout>; value: string }>>>({});
  useEffect(() => {
    h.get(id).then((r) => {
      rec.value = r;
      met.value = r?.metWhere ?? '';
      notes.value = r?.notes ?? '';
    }, (err: unknown) => { save.value = { error: String(err instanceof Error ? err.message : err) }; rec.value = null; });
    // Leaving the detail (Escape, Back, Delete) or closing the popup saves what was typed.
    const flush = () => {
      const patch: Record<string, string> = {};
      for (const [field, p] of Object.entries(pendingEdits.current)) { clearTimeout(p!.timer); patch[field] = p!.value; }
      pendingEdits.current = {};
      if (Object.keys(patch).length) void h.update(id, patch).then(onSaved, () => { /* shown on the next open */ });
    };
    addEventListener('pagehide', flush);
    return () => { removeEventListener('pagehide', flush); flush(); };
  }, [id]);
  /** Save a text field shortly after typing stops (and at once on change/blur). */
  const later = (field: 'metWhere' | 'notes', value: string) => {
    clearTimeout(pendingEdits.current[field]?.timer);
    pendingEdits.current[field] = { value, timer: setTimeout(() => { delete pendingEdits.current[field]; void persist({ [field]: value }); }, 500) };
  };
  const now = (field: 'metWhere' | 'notes', value: string) => {
    clearTimeout(pendingEdits.current[field]?.timer);
    delete pendingEdits.current[field];
    void persist({ [field]: value });
  };
  const persist = async (patch: Partial<Pick<HistoryRecord, 'status' | 'metWhere' | 'notes' | 'followUpDue'>> | { attention: [] }) => {
    const cur = rec.value;
    if (!cur) return;
    if (!('attention' in patch) && Object.entries(patch).every(([k, v]) => cur[k as keyof HistoryRecord] === v)) return;
    save.value = 'saving';
    try {
      rec.value = await h.update(id, patch);
      save.value = 'saved';
      onSaved();
    } catch (err) {
      save.value = { error: err instanceof Error ? err.message : String(err) };
    }
  };

  const r = rec.value;
  if (r === undefined) return <p class="state muted" role="status">{t(L, 'popup_loading')}</p>;
  if (r === null) {
    return (
      <div class="state error" role="alert">
        <p>{t(L, 'popup_gone')}</p>
        <button type="button" onClick={onClose}>{t(L, 'popup_back')}</button>
      </div>
    );
  }
  const failed = new Set(r.failedChecks);
  const s = save.value;
  return (
    <article class="detail" data-testid="detail" aria-labelledby="detail-title">
      <div class="detail-head">
        <button type="button" onClick={onClose} data-testid="detail-back" aria-label={t(L, 'popup_back_label')}>← {t(L, 'popup_back')}</button>
        <span class="saved" role="status" data-testid="save-state">
          {s === 'saving' ? t(L, 'popup_saving') : s === 'saved' ? t(L, 'popup_saved') : typeof s === 'object' ? errorText(L, s.error) : ''}
        </span>
      </div>
      <h2 id="detail-title" tabIndex={-1} ref={heading}>
        {r.recipient.name || t(L, 'popup_unknown_recipient')}
      </h2>
      <p class="meta">
        {t(L, r.kind === 'invite' ? 'popup_kind_invite' : 'popup_kind_message')} · {formatDate(L, r.sentAt, true)} · <ScoreBadge lang={L} score={r.score} verdict={r.verdict} />
        {r.gateOverridden && <> · <span class="chip warn">{t(L, 'popup_sent_anyway')}</span></>}
      </p>
      {r.attention && r.attention.length > 0 && (
        <div class="attention" role="note" data-testid="detail-attention">
          <p><b>{t(L, 'popup_attention')}</b> · {t(L, 'popup_attention_hint')}</p>
          <ul>{r.attention.map((a) => <li>{t(L, 'popup_attention_item', a.field, a.was)}</li>)}</ul>
          <button type="button" data-testid="attention-done" onClick={() => persist({ attention: [] })}>{t(L, 'popup_attention_done')}</button>
        </div>
      )}
      {r.subject && <p class="subject"><b>{r.subject}</b></p>}
      <div class="fulltext" data-testid="detail-text">{r.text || t(L, 'popup_no_note')}</div>
      <h3>{t(L, 'popup_checks_title')}</h3>
      <ul class="checks" data-testid="detail-checks">
        {RULE_IDS.filter((c) => failed.has(c)).map((c) => <li class="fail">✗ {t(L, `hist_rule_${c.replace(/-/g, '_')}`)}</li>)}
        {failed.size === 0 && <li class="pass">✓ {t(L, 'popup_checks_all_passed')}</li>}
      </ul>
      <div class="fields">
        <label>
          {t(L, 'popup_status')}
          <select value={r.status} data-testid="edit-status" onChange={(e) => persist({ status: (e.currentTarget as HTMLSelectElement).value as HistoryRecord['status'] })}>
            {STATUSES.map((v) => <option value={v}>{t(L, `hist_status_${v.replace('-', '_')}`)}</option>)}
          </select>
        </label>
        <label>
          {t(L, 'popup_followup')}
          <input type="date" value={toDateInput(r.followUpDue)} data-testid="edit-followup" min="2003-01-01" max={toDateInput(Date.now() + 4 * 365 * 86_400_000)}
            onChange={(e) => persist({ followUpDue: fromDateInput((e.currentTarget as HTMLInputElement).value) })} />
        </label>
        <label class="wide">
          {t(L, 'popup_met_where')}
          <textarea rows={2} maxLength={2000} value={met.value} placeholder={t(L, 'popup_met_where_hint')} data-testid="edit-met"
            onInput={(e) => { met.value = (e.currentTarget as HTMLTextAreaElement).value; later('metWhere', met.value); }}
            onChange={(e) => now('metWhere', (e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <label class="wide">
          {t(L, 'popup_notes')}
          <textarea rows={3} maxLength={20000} value={notes.value} data-testid="edit-notes"
            onInput={(e) => { notes.value = (e.currentTarget as HTMLTextAreaElement).value; later('notes', notes.value); }}
            onChange={(e) => now('notes', (e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
      </div>
      <OutcomeHistory lang={L} record={r} />
      {r.kind === 'invite' && r.status !== 'replied' && (
        <div class="row-buttons followup-actions">
          {onDraftFollowUp && (
            <button type="button" class="primary" data-testid="draft-followup" onClick={() => onDraftFollowUp(r.recipient.name ?? '')}>
              {t(L, 'popup_draft_followup')}
            </button>
          )}
          <button type="button" data-testid="snooze" onClick={() => {
            const d = new Date();
            d.setDate(d.getDate() + followUpDays);
            d.setHours(9, 0, 0, 0);
            void persist({ followUpDue: d.getTime() });
          }}>
            {t(L, 'popup_snooze', followUpDays)}
          </button>
        </div>
      )}
      <div class="detail-foot">
        {r.recipient.profileUrl?.startsWith('https://www.linkedin.com/') && (
          <a href={r.recipient.profileUrl} target="_blank" rel="noreferrer noopener">{t(L, 'popup_open_profile')}</a>
        )}
        <button type="button" class="danger" data-testid="delete"
          onClick={async () => {
            try {
              const gone = await h.remove(id);
              if (gone) onDeleted(gone);
            } catch (err) {
              save.value = { error: err instanceof Error ? err.message : String(err) };
            }
          }}>
          {t(L, 'popup_delete')}
        </button>
      </div>
    </article>
  );
}

/** Issue 14: every status change with its date and who made it (the user, or a page they opened). */
function OutcomeHistory({ lang: L, record: r }: { lang: Lang; record: HistoryRecord }) {
  const events = r.outcomes ?? [];
  if (!events.length) return null;
  return (
    <div class="outcomes" data-testid="outcome-history">
      <h3>{t(L, 'out_history')}</h3>
      <ol class="outcome-list">
        {[...events].reverse().map((e) => (
          <li data-by={e.by}>
            {formatDate(L, e.at)} · {t(L, `hist_status_${e.status.replace('-', '_')}`)} · <span class="muted">
              {e.by === 'user' ? t(L, 'out_by_user') : t(L, `out_by_${e.source ?? 'page'}`.replace('-', '_'))}</span>
          </li>
        ))}
      </ol>
      {r.statusBy === 'page' && <p class="muted">{t(L, 'out_page_hint')}</p>}
    </div>
  );
}
