import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SendClaimSchema, type SendClaim } from '../../../lib/domain';
import { parseSettings, DEFAULT_SETTINGS } from '../../../lib/settings';
import { buildClaim, flushPending, isClaim, isStorageFullError, pendingKey, recordWithRetry, PENDING_PREFIX, type KeyValueStore } from '../../../lib/content/record';
import { defaultSettings, readSettings } from '../../../lib/content/settings-lite';

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      if (keys === null) return Object.fromEntries(data);
      return data.has(keys) ? { [keys]: data.get(keys) } : {};
    },
    async set(items) { for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v)); },
    async remove(keys) { for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k); },
  };
}

const facts = {
  kind: 'invite' as const, recipient: { name: ' Jane Doe ', profileId: 'jane-doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/' },
  text: 'Hi Jane', page: '/in/jane-doe/', gateOverridden: true, fallbackLang: 'it' as const, now: 1_700_000_000_000, sendId: 'abcd-1234-efgh',
  context: { recipientName: 'Jane Doe', firstContact: true, noteLimit: 200, uiLang: 'en' as const },
};

describe('send claims', () => {
  it('builds a claim the background schema accepts: the facts of the send and what it was judged against, no score', () => {
    const rec = buildClaim({ ...facts, subject: '  ' });
    expect(SendClaimSchema.parse(rec)).toEqual(rec);
    expect(rec).toMatchObject({ gateOverridden: true, recipient: { name: 'Jane Doe', profileId: 'jane-doe' }, fallbackLang: 'it', context: { firstContact: true, noteLimit: 200 } });
    expect(rec).not.toHaveProperty('score');
    expect(rec).not.toHaveProperty('verdict');
    expect(rec).not.toHaveProperty('failedChecks');
    expect(rec.subject).toBeUndefined();
  });
  it('keeps only an https profile link, and trims names', () => {
    const rec = buildClaim({ ...facts, text: '', recipient: { name: '  ', profileUrl: 'javascript:alert(1)' } });
    expect(SendClaimSchema.parse(rec)).toEqual(rec);
    expect(rec.recipient).toEqual({});
  });
  it('a claim carrying a score is still only a claim: the schema strips what the background computes itself', () => {
    const withScore = { ...buildClaim(facts), score: 100, verdict: 'ready', failedChecks: [] };
    expect(SendClaimSchema.parse(withScore)).not.toHaveProperty('score');
    expect(isClaim({ ...buildClaim(facts), sendId: 'short' })).toBe(false);
  });
});

describe('pending queue', () => {
  const rec = buildClaim(facts);
  it('keeps the record until the background accepts it, retrying with backoff', async () => {
    const store = memoryStore();
    const slept: number[] = [];
    let calls = 0;
    const seenQueued: boolean[] = [];
    const ok = await recordWithRetry(rec, store, async () => {
      seenQueued.push(store.data.has(pendingKey(rec.sendId)));
      calls++;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return true;
    }, [10, 20, 40], async (ms) => { slept.push(ms); });
    expect(ok).toBe('saved');
    expect(calls).toBe(3);
    expect(slept).toEqual([10, 20]);
    expect(seenQueued).toEqual([true, true, true]);
    expect(store.data.size).toBe(0);
  });
  it('leaves it queued when every attempt fails, and a later flush delivers it once', async () => {
    const store = memoryStore();
    const ok = await recordWithRetry(rec, store, async () => false, [1, 1], async () => undefined);
    expect(ok).toBe('queued');
    expect([...store.data.keys()]).toEqual([PENDING_PREFIX + rec.sendId]);
    store.data.set('settings', { sendGate: false });
    store.data.set(PENDING_PREFIX + 'garbage', { nope: 1 });
    const delivered: SendClaim[] = [];
    const isReport = isClaim;
    expect(await flushPending(store, async (r) => { delivered.push(r); return true; }, isReport)).toBe(1);
    expect(delivered).toEqual([rec]);
    expect([...store.data.keys()]).toEqual(['settings']);
  });
});

describe('storage full', () => {
  const rec = buildClaim(facts);
  const older = buildClaim({ ...facts, sendId: 'older-send-0001', text: 'An older note' });
  const isReport = isClaim;

  it('tells the background\'s storage-full error from every other failure', () => {
    expect(isStorageFullError('storage full: free some space or export and delete old records')).toBe(true);
    expect(isStorageFullError('Storage full')).toBe(true);
    for (const other of ['invalid request: report.text', 'Could not establish connection. Receiving end does not exist.', 'storage fullness', undefined, null, 42, { error: 'storage full' }]) {
      expect(isStorageFullError(other)).toBe(false);
    }
  });

  it('stops retrying at once, keeps the record queued next to older ones, and a later flush saves each once', async () => {
    const store = memoryStore();
    await store.set({ [pendingKey(older.sendId)]: older });
    let calls = 0;
    const slept: number[] = [];
    const outcome = await recordWithRetry(rec, store, async () => { calls++; return 'storage-full'; }, [10, 20, 40], async (ms) => { slept.push(ms); });
    expect(outcome).toBe('storage-full');
    expect(calls).toBe(1);
    expect(slept).toEqual([]);
    expect(store.data.get(pendingKey(rec.sendId))).toEqual(rec);
    expect(store.data.get(pendingKey(older.sendId))).toEqual(older);

    // Still full at the next page load: nothing leaves the queue.
    expect(await flushPending(store, async () => 'storage-full', isReport)).toBe(0);
    expect(store.data.size).toBe(2);

    // Room again: both are delivered, once each, and the queue empties.
    const saved = new Map<string, number>();
    const delivered = await flushPending(store, async (r) => { saved.set(r.sendId, (saved.get(r.sendId) ?? 0) + 1); return true; }, isReport);
    expect(delivered).toBe(2);
    expect(Object.fromEntries(saved)).toEqual({ [rec.sendId]: 1, [older.sendId]: 1 });
    expect(store.data.size).toBe(0);
  });

  it('a transient failure before the storage-full reply is still retried first', async () => {
    const store = memoryStore();
    const replies: Array<boolean | 'storage-full' | Error> = [new Error('worker asleep'), false, 'storage-full', true];
    let calls = 0;
    const outcome = await recordWithRetry(rec, store, async () => {
      const r = replies[calls++]!;
      if (r instanceof Error) throw r;
      return r;
    }, [1, 1, 1, 1], async () => undefined);
    expect(outcome).toBe('storage-full');
    expect(calls).toBe(3);
    expect([...store.data.keys()]).toEqual([pendingKey(rec.sendId)]);
  });
});

describe('settings without zod', () => {
  it('has the same defaults as lib/settings', () => {
    expect(defaultSettings()).toEqual(DEFAULT_SETTINGS);
  });
  it('reads anything exactly as parseSettings does (property)', () => {
    const field = fc.oneof(fc.constant(200), fc.constant(300), fc.constant('detect'), fc.constant('it'), fc.constant('en'), fc.constant('auto'),
      fc.boolean(), fc.integer({ min: -5, max: 400 }), fc.double(), fc.string({ maxLength: 5 }), fc.constant(null),
      fc.array(fc.oneof(fc.constant('how-met'), fc.constant('gives-first'), fc.constant('nope'), fc.string({ maxLength: 3 })), { maxLength: 3 }));
    const raw = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.dictionary(
      fc.constantFrom('noteLimit', 'uiLang', 'sendGate', 'disabledRules', 'followUpDays', 'badgeCount', 'senderName', 'dictionary', 'other'), field));
    fc.assert(fc.property(raw, (r) => { expect(readSettings(r)).toEqual(parseSettings(r)); }), { numRuns: 500 });
  });
});
