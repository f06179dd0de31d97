// Issue 14: two popup views over the user's own history, answered by the
// background in one request ('history-insights'):
// - "What works for you": acceptance and reply rates by score band, verdict,
//   kind, language and rule passed vs failed, with the sample sizes always
//   written out and a plain warning when a group is small. The bars are
//   hand-made CSS (no chart library) and decorative: every figure is in the text.
// - "Follow up": accepted invites with no message yet (a plain link to the
//   person's profile, where LinkedIn's Message button is) and invites pending
//   longer than the chosen weeks (a plain link to LinkedIn's sent-invitations
//   page, with the facts about withdrawing).
import type { ComponentChildren } from 'preact';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Group, Lists, Rate, WhatWorks } from '../../lib/history/insights';
import { profileLink, SENT_INVITATIONS_URL, SMALL_SAMPLE } from '../../lib/history/insights-links';
import type { Lang } from '../../lib/types';
import type { Api } from '../common/api';
import { errorText, formatDate } from './bits';

export interface InsightsData { works: WhatWorks; lists: Lists }

const early = new Map<string, Promise<unknown>>();
/**
 * Ask for a part of the insights before the popup has rendered (the entrypoint
 * calls this when the popup opens on that tab); the view's first request takes it.
 */
export function prefetchInsights(api: Api, only: keyof InsightsData): void {
  const p = api.request({ type: 'history-insights', only });
  p.catch(() => { /* the view asks again and shows the error */ });
  early.set(only, p);
}

/** Load one part of the insights once per mount (the background keeps "what works" until the next write). */
function useInsights<K extends keyof InsightsData>(api: Api, only: K, mark: string) {
  const data = useSignal<Pick<InsightsData, K> | null>(null);
  const error = useSignal<string | null>(null);
  useEffect(() => {
    const pre = early.get(only) as Promise<Pick<InsightsData, K>> | undefined;
    early.delete(only);
    (pre ?? api.request<Pick<InsightsData, K>>({ type: 'history-insights', only })).then((d) => {
      data.value = d;
      requestAnimationFrame(() => performance.mark(mark));
    }, (err: unknown) => { error.value = err instanceof Error ? err.message : String(err); });
  }, []);
  return { data: data.value, error: error.value };
}

const pct = (r: Rate) => (r.of ? Math.round((r.n / r.of) * 100) : 0);

/** "18 of 23 (78%)", or a dash with no cases. */
export function rateText(lang: Lang, r: Rate): string {
  return r.of ? t(lang, 'works_rate', r.n, r.of, pct(r)) : t(lang, 'works_no_cases');
}

function Bar({ rate, kind }: { rate: Rate; kind: 'accepted' | 'replied' }) {
  return (
    <span class={`wbar ${kind}`} aria-hidden="true">
      <span class="wfill" style={{ width: `${pct(rate)}%` }} />
    </span>
  );
}

function Small({ lang, rate }: { lang: Lang; rate: Rate }) {
  if (!rate.of || rate.of >= SMALL_SAMPLE) return null;
  return <span class="chip warn" data-testid="small-sample">{t(lang, 'works_small')}</span>;
}

/** One group: its name, then acceptance and replies, each with its bar and its counts in words. */
function GroupRow({ lang, label, g, accept = true }: { lang: Lang; label: string; g: Group; accept?: boolean }) {
  return (
    <li class="wrow" data-testid="works-row" data-key={g.key}>
      <span class="wlabel">{label}</span>
      {accept && (
        <span class="wline" data-testid="works-accepted">
          <Bar rate={g.accepted} kind="accepted" />
          <span>{t(lang, 'works_accepted', rateText(lang, g.accepted))}</span> <Small lang={lang} rate={g.accepted} />
        </span>
      )}
      <span class="wline" data-testid="works-replied">
        <Bar rate={g.replied} kind="replied" />
        <span>{t(lang, 'works_replied', rateText(lang, g.replied))}</span> {!accept || g.replied.of !== g.accepted.of ? <Small lang={lang} rate={g.replied} /> : null}
      </span>
    </li>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <details class="wsection" open data-testid={`works-${id}`}>
      <summary><h3 id={`works-h-${id}`}>{title}</h3></summary>
      <ul class="wlist" aria-labelledby={`works-h-${id}`}>{children}</ul>
    </details>
  );
}

export function WhatWorksView({ api, lang: L }: { api: Api; lang: Lang }) {
  const { data, error } = useInsights(api, 'works', 'garbo:works-ready');
  if (error) return <div role="alert" class="state error">{errorText(L, error)}</div>;
  if (!data) return <p class="state muted" role="status">{t(L, 'popup_loading')}</p>;
  const w = data.works;
  const bandLabel = (k: string) => t(L, 'works_band', k.replace('-', '–'));
  return (
    <div class="works" data-testid="works">
      <p class="wintro">{t(L, 'works_intro')}</p>
      {w.invites < SMALL_SAMPLE && <p class="wwarn" role="note" data-testid="works-few">{t(L, 'works_few', w.invites, SMALL_SAMPLE)}</p>}
      <ul class="wlist wtotal"><GroupRow lang={L} label={t(L, 'works_all')} g={w.overall} /></ul>
      <Section id="rules" title={t(L, 'works_by_rule')}>
        {w.byRule.map((r) => (
          <li class="wrow wrule" data-testid="works-rule" data-rule={r.rule}>
            <span class="wlabel">{t(L, `works_rule_${r.rule.replace(/-/g, '_')}`)}</span>
            <span class="wline" data-testid="works-rule-with">
              <Bar rate={r.passed.accepted} kind="accepted" />
              <span>{r.passed.accepted.of ? t(L, 'works_with', rateText(L, r.passed.accepted)) : t(L, 'works_with_none')}</span> <Small lang={L} rate={r.passed.accepted} />
            </span>
            <span class="wline" data-testid="works-rule-without">
              <Bar rate={r.failed.accepted} kind="accepted" />
              <span>{r.failed.accepted.of ? t(L, 'works_without', rateText(L, r.failed.accepted)) : t(L, 'works_without_none')}</span> <Small lang={L} rate={r.failed.accepted} />
            </span>
            <span class="wline wsub">{t(L, 'works_rule_replies', rateText(L, r.passed.replied), rateText(L, r.failed.replied))}</span>
          </li>
        ))}
      </Section>
      <Section id="kind" title={t(L, 'works_by_kind')}>
        {w.byKind.map((g) => <GroupRow lang={L} label={t(L, `works_kind_${g.key}`)} g={g} accept={g.key !== 'message'} />)}
      </Section>
      <Section id="band" title={t(L, 'works_by_band')}>
        {w.byBand.map((g) => <GroupRow lang={L} label={bandLabel(g.key)} g={g} />)}
      </Section>
      <Section id="verdict" title={t(L, 'works_by_verdict')}>
        {w.byVerdict.map((g) => <GroupRow lang={L} label={t(L, `report_verdict_${g.key}`)} g={g} />)}
      </Section>
      <Section id="lang" title={t(L, 'works_by_lang')}>
        {w.byLang.map((g) => <GroupRow lang={L} label={t(L, `works_lang_${g.key}`)} g={g} />)}
      </Section>
      <p class="wnote muted">{t(L, 'works_method', SMALL_SAMPLE)}</p>
    </div>
  );
}

export function FollowUpView({ api, lang: L }: { api: Api; lang: Lang }) {
  const { data, error } = useInsights(api, 'lists', 'garbo:lists-ready');
  /** Invites the user has just decided (accepted / withdrawn), shown as done until the next visit. */
  const decided = useSignal<Record<string, 'accepted' | 'withdrawn' | { error: string }>>({});
  const decide = async (id: string, status: 'accepted' | 'withdrawn') => {
    try {
      await api.request({ type: 'history-update', id, patch: { status } });
      decided.value = { ...decided.value, [id]: status };
    } catch (err) {
      decided.value = { ...decided.value, [id]: { error: err instanceof Error ? err.message : String(err) } };
    }
  };
  if (error) return <div role="alert" class="state error">{errorText(L, error)}</div>;
  if (!data) return <p class="state muted" role="status">{t(L, 'popup_loading')}</p>;
  const l = data.lists;
  return (
    <div class="lists" data-testid="lists">
      <section aria-labelledby="lists-thank">
        <h3 id="lists-thank">{t(L, 'lists_thank_title', l.thankTotal)}</h3>
        {l.thankTotal === 0 ? <p class="muted" data-testid="thank-none">{t(L, 'lists_thank_none')}</p> : (
          <>
            <p class="muted">{t(L, 'lists_thank_why')}</p>
            <ul class="llist" data-testid="thank-list">
              {l.thank.map((i) => {
                const href = profileLink(i);
                return (
                  <li data-testid="thank-item">
                    <span class="who">{i.name || t(L, 'popup_unknown_recipient')}</span>
                    <span class="muted"> · {t(L, 'lists_accepted_on', formatDate(L, i.at ?? i.sentAt))}</span>
                    {href && <> · <a href={href} target="_blank" rel="noreferrer noopener">{t(L, 'lists_write')}</a></>}
                  </li>
                );
              })}
            </ul>
            {l.thankTotal > l.thank.length && <p class="muted">{t(L, 'lists_more', l.thankTotal - l.thank.length)}</p>}
          </>
        )}
      </section>
      {l.undecidedTotal > 0 && (
        <section aria-labelledby="lists-undecided">
          <h3 id="lists-undecided">{t(L, 'lists_undecided_title', l.undecidedTotal)}</h3>
          <p class="muted">{t(L, 'lists_undecided_why')}</p>
          <ul class="llist" data-testid="undecided-list">
            {l.undecided.map((i) => {
              const d = decided.value[i.id];
              return (
                <li data-testid="undecided-item">
                  <span class="who">{i.name || t(L, 'popup_unknown_recipient')}</span>
                  <span class="muted"> · {t(L, 'lists_sent_on', formatDate(L, i.sentAt))}</span>{' '}
                  {d === 'accepted' || d === 'withdrawn' ? <span class="chip" role="status">{t(L, `hist_status_${d}`)}</span> : (
                    <span class="row-buttons inline">
                      <button type="button" data-testid="decide-accepted" onClick={() => decide(i.id, 'accepted')}>{t(L, 'hist_status_accepted')}</button>
                      <button type="button" data-testid="decide-withdrawn" onClick={() => decide(i.id, 'withdrawn')}>{t(L, 'hist_status_withdrawn')}</button>
                      {d && <span class="state error" role="alert">{errorText(L, d.error)}</span>}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby="lists-stale">
        <h3 id="lists-stale">{t(L, 'lists_stale_title', l.pendingWeeks, l.staleTotal)}</h3>
        <p class="muted" data-testid="pending-total">{t(L, 'lists_pending_total', l.pendingTotal)}</p>
        {l.staleTotal > 0 && (
          <>
            <ul class="llist" data-testid="stale-list">
              {l.stale.map((i) => {
                const href = profileLink(i);
                return (
                  <li data-testid="stale-item">
                    {href ? <a href={href} target="_blank" rel="noreferrer noopener">{i.name || i.profileId}</a> : <span>{i.name || t(L, 'popup_unknown_recipient')}</span>}
                    <span class="muted"> · {t(L, 'lists_sent_on', formatDate(L, i.sentAt))}</span>
                  </li>
                );
              })}
            </ul>
            {l.staleTotal > l.stale.length && <p class="muted">{t(L, 'lists_more', l.staleTotal - l.stale.length)}</p>}
          </>
        )}
        <p class="lfacts" data-testid="stale-facts">{t(L, 'lists_stale_facts')}</p>
        <p><a href={SENT_INVITATIONS_URL} target="_blank" rel="noreferrer noopener" data-testid="sent-page-link">{t(L, 'lists_open_sent')}</a></p>
      </section>
    </div>
  );
}
