// History store in Node with fake-indexeddb: insert cost per record and the
// popup's queries over 10,000 records. Prints JSON lines {name, value, unit}.
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { openHistory } from '../lib/history/db';
import { contactInfo, listRecent, recordSend, search } from '../lib/history/repository';
import { HistoryView } from '../lib/history/view';
import type { SendReport } from '../lib/messages';

const N = 10_000;
const names = ['Giulia Ferri', 'Jane Doe', 'Marco Bianchi', 'Niccolò Rossi', 'Sara Colombo', 'Paul Smith'];
const report = (i: number): SendReport => ({
  sendId: `bench-${String(i).padStart(6, '0')}`, kind: i % 3 ? 'invite' : 'message',
  recipient: { name: `${names[i % names.length]} ${i}`, profileId: `p-${i}` },
  text: `Ciao, ci siamo conosciuti al meetup numero ${i} e mi è piaciuto il tuo intervento sulla logistica.`,
  sentAt: 1_700_000_000_000 + i * 60_000, lang: 'it', score: i % 100, verdict: 'improve', failedChecks: [], page: '/in/x/', gateOverridden: false,
});
const out = (name: string, value: number, unit: string) => console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit }));
const time = async (f: () => Promise<unknown>) => { const t = performance.now(); await f(); return performance.now() - t; };

const db = await openHistory('bench', new IDBFactory());
const t0 = performance.now();
for (let i = 0; i < N; i++) await recordSend(db, report(i));
out('store.insert_per_record', (performance.now() - t0) / N, 'ms');
const median = async (f: () => Promise<unknown>, runs = 7) => {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) xs.push(await time(f));
  return xs.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
};
out('store.first_page_10k', await median(() => listRecent(db, 50)), 'ms');
// The popup's path: the background's in-memory view (loaded once per worker life).
const view = new HistoryView(db);
out('store.view_load_10k', await time(() => view.all()), 'ms');
// The first search a second after a load (time to open the popup and type; the view folds texts for search meanwhile).
await new Promise((r) => setTimeout(r, 1000));
out('store.first_search_10k', await time(() => view.query({ text: 'marco 12', limit: 50 })), 'ms');
out('store.search_10k', await median(() => view.query({ text: 'niccolo 99', limit: 50 })), 'ms');
out('store.query_first_page_10k', await median(() => view.query({ limit: 50 })), 'ms');
out('store.stats_10k', await median(() => view.stats({ noteLimit: 200 })), 'ms');
{
  const t = performance.now();
  for (let i = N; i < N + 200; i++) await view.recordSend(report(i));
  out('store.insert_via_view_10k', (performance.now() - t) / 200, 'ms');
}
out('store.search_full_scan_10k', await median(() => search(db, 'niccolo 99')), 'ms');
out('store.contact_info_10k', await median(() => contactInfo(db, { profileId: 'p-42' })), 'ms');
