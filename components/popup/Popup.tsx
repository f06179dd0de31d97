// Garbo's popup: the history of sent invites and messages (figures, follow-ups
// due first, search, filters, a windowed list, a detail view to annotate) and
// the draft checker. Everything is read and written through the background.
import type { ComponentChildren } from 'preact';
import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { resolveUiLang, t } from '../../lib/i18n';
import type { HistoryStats } from '../../lib/history/query';
import { readSnapshot } from '../../lib/history/snapshot';
import type { HistoryRecord } from '../../lib/history/schema';
import type { Settings } from '../../lib/settings';
import { defaultSettings } from '../../lib/content/settings-lite';
import type { Lang } from '../../lib/types';
import { historyApi, type Api, type Row, type TabStatus } from '../common/api';
import { Transfer } from '../common/Transfer';
import { Detail } from './Detail';
import { errorText, formatDate, NO_DATE, ScoreBadge } from './bits';
import { VirtualList } from './VirtualList';
import { FollowUpView, WhatWorksView } from './Insights';
import { STATUSES } from '../../lib/history/status';
import { ReportPage } from './ReportPage';

export const PAGE = 50;
export const ROW_HEIGHT = 60;
const LIST_HEIGHT = 270;
const UNDO_MS = 8000;

/** What the checker starts with when opened from a record ("draft a follow-up"). */
export interface CheckerSeed { kind: 'invite' | 'message'; recipient: string; n: number }

type Filters = { text: string; kind: '' | 'invite' | 'message'; band: '' | 'ready' | 'improve' | 'stop'; status: '' | HistoryRecord['status']; due: boolean };
const NO_FILTERS: Filters = { text: '', kind: '', band: '', status: '', due: false };

/** The popup's tabs, in order (issue 14 added the follow-up lists and "what works"). */
const TABS = ['history', 'follow', 'works', 'checker'] as const;
export type Tab = (typeof TABS)[number];

export interface PopupProps {
  api: Api;
  initialTab?: Tab;
  /** The draft checker (mounted by the entrypoint). */
  renderChecker?: (lang: Lang, settings: Settings, seed: CheckerSeed | null) => ComponentChildren;
}

export function Popup({ api, initialTab = 'history', renderChecker }: PopupProps) {
  const h = useMemo(() => historyApi(api), [api]);
  const settings = useSignal<Settings | null>(null);
  const lang = useComputed<Lang>(() => resolveUiLang(settings.value?.uiLang ?? 'auto', api.browserLang()));
  const tab = useSignal<Tab>(initialTab);
  const checkerSeed = useSignal<CheckerSeed | null>(null);
  const stats = useSignal<HistoryStats | null>(null);
  const tabStatus = useSignal<TabStatus | null>(null);
  const filters = useSignal<Filters>(NO_FILTERS);
  const searchText = useSignal('');
  const total = useSignal<number | null>(null);
  const pages = useSignal(new Map<number, Row[]>());
  const error = useSignal<string | null>(null);
  const active = useSignal(-1);
  const openId = useSignal<string | null>(null);
  const toast = useSignal<{ text: string; undo?: () => void } | null>(null);
  const generation = useRef(0);
  const pending = useRef(new Set<number>());
  const listRef = useRef<HTMLDivElement>(null);
  const firstShown = useRef(false);

  // The first screen comes from the snapshot the background keeps (storage,
  // no worker needed) when there is one; only then are the live list, figures
  // and tab status asked for, so a stopped worker waking up does not compete
  // with the first paint. Without a snapshot the live list is asked at once.
  const started = useSignal(false);
  const fromSnapshot = useRef(false);
  const startLive = () => {
    if (started.peek()) return;
    started.value = true;
    api.tabStatus().then((s) => { tabStatus.value = s; });
  };
  useEffect(() => {
    const snapshot = api.loadSnapshot ? api.loadSnapshot().catch(() => null) : Promise.resolve(null);
    const giveUp = new Promise<null>((r) => setTimeout(() => r(null), 80));
    void Promise.race([snapshot, giveUp]).then((raw) => {
      const snap = readSnapshot(raw);
      if (snap && filters.peek() === NO_FILTERS) {
        pages.value = new Map([[0, snap.items]]);
        total.value = snap.total;
        stats.value = snap.stats;
        fromSnapshot.current = true;
        // Shown from the snapshot: the live requests (which may wake the worker and have it read
        // every record) start once the first screen is on screen (see the marks below), at the latest in a second.
        setTimeout(startLive, 1000);
        return;
      }
      startLive();
    });
    api.loadSettings().then((s) => { settings.value = s; }, () => { settings.value = defaultSettings(); });
  }, []);
  useSignalEffect(() => { document.documentElement.lang = lang.value; });

  // The background applies the stored follow-up days and note limit, so the
  // list and figures load in parallel with the settings (language).
  const refreshStats = () => {
    h.stats().then((x) => { stats.value = x; }, () => { /* header stays empty */ });
  };

  const loadPage = (p: number, gen = generation.current) => {
    if (pending.current.has(p)) return;
    pending.current.add(p);
    const f = filters.peek();
    h.query({
      text: f.text, kind: f.kind || undefined, band: f.band || undefined, status: f.status || undefined, due: f.due,
      offset: p * PAGE, limit: PAGE,
    }).then((res) => {
      if (gen !== generation.current) return;
      pending.current.delete(p);
      if (p === 0) performance.mark('garbo:live-page');
      const next = new Map(pages.peek());
      next.set(p, res.items);
      pages.value = next;
      total.value = res.total;
      error.value = null;
    }, (err: unknown) => {
      if (gen !== generation.current) return;
      pending.current.delete(p);
      error.value = err instanceof Error ? err.message : String(err);
    });
  };

  /** Start over: filters changed or the history was changed elsewhere. */
  const reload = (keepTotal = false, keepPages = false) => {
    performance.mark('garbo:query-start');
    generation.current++;
    pending.current.clear();
    if (!keepPages) pages.value = new Map();
    if (!keepTotal) total.value = null;
    loadPage(0);
    refreshStats();
  };

  // The history is asked for once its tab is first shown: a popup opened on
  // "What works" or "Follow up" does not make the background list 50,000 records first.
  const historyShown = useSignal(initialTab === 'history');
  useSignalEffect(() => { if (tab.value === 'history') historyShown.value = true; });

  // Filters changed (or first run): fetch the first page again.
  useSignalEffect(() => {
    if (!started.value || !historyShown.value) return;
    void filters.value;
    active.value = -1;
    // The snapshot stays on screen until the live page replaces it.
    const keep = fromSnapshot.current;
    fromSnapshot.current = false;
    reload(keep, keep);
  });

  // Debounced search box.
  useEffect(() => {
    const id = setTimeout(() => {
      if (searchText.value !== filters.peek().text) filters.value = { ...filters.peek(), text: searchText.value };
    }, 150);
    return () => clearTimeout(id);
  }, [searchText.value]);

  // Marks for the benchmark: first rows on screen, and each search answered.
  useEffect(() => {
    if (settings.value && pages.value.has(0) && total.value !== null) {
      if (!firstShown.current) {
        firstShown.current = true;
        performance.mark('garbo:first-screen');
        if (fromSnapshot.current) requestAnimationFrame(() => setTimeout(startLive, 0));
      }
      performance.mark('garbo:list-ready');
    }
  }, [pages.value, total.value, settings.value]);

  const rowAt = (i: number): Row | undefined => pages.value.get(Math.floor(i / PAGE))?.[i % PAGE];
  const onRange = (a: number, b: number) => {
    for (let p = Math.floor(a / PAGE); p <= Math.floor(b / PAGE); p++) if (!pages.peek().has(p)) loadPage(p);
  };

  const showToast = (text: string, undo?: () => void) => {
    toast.value = { text, undo };
  };
  useEffect(() => {
    if (!toast.value) return;
    const id = setTimeout(() => { toast.value = null; }, UNDO_MS);
    return () => clearTimeout(id);
  }, [toast.value]);

  const closeDetail = () => {
    openId.value = null;
    setTimeout(() => listRef.current?.querySelector<HTMLElement>('[role=listbox]')?.focus(), 0);
  };
  const onDeleted = (rec: HistoryRecord) => {
    openId.value = null;
    reload(true);
    // Focus goes to Undo, so a keyboard user can take the delete back at once.
    setTimeout(() => document.querySelector<HTMLElement>('[data-testid=undo]')?.focus(), 0);
    showToast(t(lang.value, 'popup_deleted'), async () => {
      toast.value = null;
      try {
        await h.restore(rec);
        reload(true);
        showToast(t(lang.value, 'popup_restored'));
      } catch (err) {
        showToast(errorText(lang.value, err instanceof Error ? err.message : String(err)));
      }
    });
  };

  // Nothing is shown until the language is known (no flash of the other language).
  if (!settings.value) return <main class="popup" data-testid="popup" aria-busy="true" />;
  const L = lang.value;
  const f = filters.value;
  const setFilter = (patch: Partial<Filters>) => { filters.value = { ...filters.value, ...patch }; };
  const anyFilter = f.text || f.kind || f.band || f.status || f.due;

  return (
    <main class="popup" data-testid="popup" onKeyDown={(e) => { if (e.key === 'Escape' && openId.value) { e.preventDefault(); closeDetail(); } }}>
      <header class="top">
        <h1>Garbo</h1>
        <nav class="tabs" role="tablist" aria-label={t(L, 'popup_tabs')}>
          {TABS.map((id) => (
            <button
              type="button" role="tab" id={`tab-${id}`} aria-selected={tab.value === id} aria-controls={`panel-${id}`}
              tabIndex={tab.value === id ? 0 : -1} class="tab" data-testid={`tab-${id}`}
              onClick={() => { tab.value = id; }}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  e.preventDefault();
                  tab.value = TABS[(TABS.indexOf(tab.value) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
                  (e.currentTarget.parentElement?.querySelector(`#tab-${tab.value}`) as HTMLElement | null)?.focus();
                }
              }}
            >
              {t(L, `popup_tab_${id}`)}
            </button>
          ))}
          <button type="button" class="link" onClick={() => api.openOptions()} data-testid="open-options">{t(L, 'popup_options')}</button>
        </nav>
      </header>
      <TabStatusLine lang={L} status={tabStatus.value} />
      <ReportPage api={api} lang={L} status={tabStatus.value} />

      {tab.value === 'works' || tab.value === 'follow' ? (
        <section id={`panel-${tab.value}`} role="tabpanel" aria-labelledby={`tab-${tab.value}`} class="panel">
          {tab.value === 'works' ? <WhatWorksView api={api} lang={L} /> : <FollowUpView api={api} lang={L} />}
        </section>
      ) : tab.value === 'checker' ? (
        <section id="panel-checker" role="tabpanel" aria-labelledby="tab-checker" class="panel">
          {settings.value && renderChecker ? renderChecker(L, settings.value, checkerSeed.value) : <p class="muted">{t(L, 'popup_loading')}</p>}
        </section>
      ) : (
        <section id="panel-history" role="tabpanel" aria-labelledby="tab-history" class="panel" ref={listRef}>
          <StatsHeader lang={L} stats={stats.value} onDue={() => setFilter({ due: true })} />
          {openId.value ? (
            <Detail api={api} lang={L} id={openId.value} onClose={closeDetail} onDeleted={onDeleted} followUpDays={settings.value.followUpDays}
              onDraftFollowUp={(recipient) => {
                checkerSeed.value = { kind: 'message', recipient, n: (checkerSeed.peek()?.n ?? 0) + 1 };
                openId.value = null;
                tab.value = 'checker';
              }}
              onSaved={() => { refreshStats(); reload(true); }} />
          ) : (
            <>
              <div class="filters" role="search">
                <input
                  type="search" class="search" data-testid="search" value={searchText.value}
                  placeholder={t(L, 'popup_search_placeholder')} aria-label={t(L, 'popup_search')}
                  onInput={(e) => { searchText.value = (e.currentTarget as HTMLInputElement).value; }}
                />
                <select aria-label={t(L, 'popup_filter_kind')} data-testid="filter-kind" value={f.kind}
                  onChange={(e) => setFilter({ kind: (e.currentTarget as HTMLSelectElement).value as Filters['kind'] })}>
                  <option value="">{t(L, 'popup_all_kinds')}</option>
                  <option value="invite">{t(L, 'popup_kind_invite')}</option>
                  <option value="message">{t(L, 'popup_kind_message')}</option>
                </select>
                <select aria-label={t(L, 'popup_filter_band')} data-testid="filter-band" value={f.band}
                  onChange={(e) => setFilter({ band: (e.currentTarget as HTMLSelectElement).value as Filters['band'] })}>
                  <option value="">{t(L, 'popup_all_scores')}</option>
                  {(['ready', 'improve', 'stop'] as const).map((v) => <option value={v}>{t(L, `report_verdict_${v}`)}</option>)}
                </select>
                <select aria-label={t(L, 'popup_filter_status')} data-testid="filter-status" value={f.status}
                  onChange={(e) => setFilter({ status: (e.currentTarget as HTMLSelectElement).value as Filters['status'] })}>
                  <option value="">{t(L, 'popup_all_statuses')}</option>
                  {STATUSES.map((v) => <option value={v}>{t(L, `hist_status_${v.replace('-', '_')}`)}</option>)}
                </select>
                <label class="check">
                  <input type="checkbox" checked={f.due} data-testid="filter-due" onChange={(e) => setFilter({ due: (e.currentTarget as HTMLInputElement).checked })} />
                  {t(L, 'popup_filter_due')}
                </label>
              </div>
              {error.value ? (
                <div role="alert" class="state error" data-testid="list-error">
                  <p>{errorText(L, error.value)}</p>
                  <button type="button" onClick={() => reload()}>{t(L, 'popup_retry')}</button>
                </div>
              ) : total.value === null ? (
                <p class="state muted" role="status" data-testid="list-loading">{t(L, 'popup_loading')}</p>
              ) : total.value === 0 ? (
                anyFilter ? (
                  <div class="state muted" role="status" data-testid="list-none">
                    <p>{t(L, 'popup_no_match')}</p>
                    <button type="button" data-testid="clear-filters" onClick={() => { searchText.value = ''; filters.value = NO_FILTERS; }}>{t(L, 'popup_clear_filters')}</button>
                  </div>
                ) : (
                  <div class="state empty" data-testid="list-empty">
                    <h2>{t(L, 'popup_empty_title')}</h2>
                    <p>{t(L, 'popup_empty_body')}</p>
                    <button type="button" class="primary" onClick={() => { tab.value = 'checker'; }}>{t(L, 'popup_empty_try')}</button>
                  </div>
                )
              ) : (
                <>
                  <p class="count muted" role="status" data-testid="list-count">{t(L, 'popup_count', total.value)}</p>
                  <VirtualList
                    total={total.value} rowHeight={ROW_HEIGHT} height={Math.min(LIST_HEIGHT, total.value * ROW_HEIGHT)}
                    label={t(L, 'popup_list_label')} idPrefix="rec" active={active.value}
                    onActive={(i) => { active.value = i; }}
                    onOpen={(i) => { const r = rowAt(i); if (r) openId.value = r.id; }}
                    onRange={onRange}
                    renderRow={(i) => <HistoryRow row={rowAt(i)} lang={L} />}
                  />
                </>
              )}
              <details class="more">
                <summary>{t(L, 'hist_transfer')}</summary>
                <Transfer api={api} lang={L} onImported={() => reload()} />
              </details>
            </>
          )}
        </section>
      )}
      <footer class="foot muted">{t(L, 'common_tagline')}</footer>
      {toast.value && (
        <div class="toast" role="status" data-testid="toast">
          <span>{toast.value.text}</span>
          {toast.value.undo && <button type="button" onClick={toast.value.undo} data-testid="undo">{t(L, 'popup_undo')}</button>}
        </div>
      )}
    </main>
  );
}

function HistoryRow({ row, lang }: { row: Row | undefined; lang: Lang }) {
  if (!row) return <div class="row-skeleton" aria-hidden="true" />;
  // Defensive: a stored value this version does not expect shows the row as
  // "needs attention" instead of throwing (which would blank the whole list).
  let date: string, words: string, who: string, status: string | null, kind: string;
  try {
    date = formatDate(lang, row.sentAt);
    words = typeof row.text === 'string' ? row.text.trim().split(/\s+/).slice(0, 14).join(' ') : '';
    who = (typeof row.recipient?.name === 'string' && row.recipient.name) || t(lang, 'popup_unknown_recipient');
    status = typeof row.status === 'string' && row.status !== 'sent' ? t(lang, `hist_status_${row.status.replace('-', '_')}`) : null;
    kind = t(lang, row.kind === 'invite' ? 'popup_kind_invite' : 'popup_kind_message');
  } catch {
    date = NO_DATE; words = ''; who = t(lang, 'popup_unknown_recipient'); status = null; kind = '';
  }
  const attention = (Array.isArray(row.attention) && row.attention.length > 0) || date === NO_DATE;
  return (
    <div class="hrow" data-testid="history-row" data-id={typeof row.id === 'string' ? row.id : ''}>
      <div class="line1">
        <span class="who">{who}</span>
        <ScoreBadge lang={lang} score={row.score} verdict={row.verdict} />
      </div>
      <div class="line2">
        {attention && <span class="chip warn" data-testid="attention-chip">{t(lang, 'popup_attention')}</span>}
        {row.due && <span class="chip due">{t(lang, 'popup_due_chip')}</span>}
        {status && <span class="chip" data-testid="status-chip">{status}</span>}
        <span class="kind">{kind}</span>
        <span class="date">{date}</span>
        <span class="snippet">{words || t(lang, 'popup_no_note')}</span>
      </div>
    </div>
  );
}

function StatsHeader({ lang, stats, onDue }: { lang: Lang; stats: HistoryStats | null; onDue(): void }) {
  if (!stats) return <div class="stats placeholder" aria-hidden="true" />;
  const notes = stats.noteQuota !== null ? t(lang, 'popup_of', stats.notesThisMonth, stats.noteQuota) : String(stats.notesThisMonth);
  const items: Array<[string, string, string]> = [
    ['invites', String(stats.invitesThisMonth), t(lang, 'popup_stat_invites')],
    ['notes', notes, t(lang, 'popup_stat_notes')],
    ['avg', stats.averageScore === null ? '–' : String(stats.averageScore), t(lang, 'popup_stat_avg')],
    ['ready', stats.readyShare === null ? '–' : `${stats.readyShare}%`, t(lang, 'popup_stat_ready')],
  ];
  return (
    <dl class="stats" data-testid="stats">
      {items.map(([k, v, label]) => (
        <div class="stat" data-stat={k}><dt>{label}</dt><dd>{v}</dd></div>
      ))}
      <div class={`stat${stats.followUpsDue ? ' warn' : ''}`} data-stat="due">
        <dt>{t(lang, 'popup_stat_due')}</dt>
        <dd>{stats.followUpsDue ? <button type="button" class="link" onClick={onDue} data-testid="show-due">{stats.followUpsDue}</button> : '0'}</dd>
      </div>
    </dl>
  );
}

function TabStatusLine({ lang, status }: { lang: Lang; status: TabStatus | null }) {
  if (!status || status.kind === 'unknown') return null;
  let key = 'popup_status_other';
  let cls = 'muted';
  if (status.kind === 'linkedin') {
    if (status.status?.state === 'attached') { key = 'popup_status_active'; cls = 'ok'; }
    else if (status.status?.state === 'failed') { key = 'popup_status_failed'; cls = 'warn'; }
    else { key = 'popup_status_idle'; }
  }
  return <p class={`tabstatus ${cls}`} data-testid="tab-status" role="status">{t(lang, key)}</p>;
}
