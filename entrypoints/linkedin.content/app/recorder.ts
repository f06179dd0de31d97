// Delivering confirmed sends to the background: each claim waits in the
// pending queue (browser.storage.local, one key per send) until the background
// stored it, with retries while the worker sleeps or restarts; "storage full"
// is said in the field's panel when it is on screen, else in a page notice.
import type { SendClaim } from '../../../lib/domain';
import type { Requester } from '../../../lib/messages';
import { backoffDelays } from '../../../lib/content/schedule';
import { flushPending, isStorageFullError, recordWithRetry, type Delivery, type KeyValueStore } from '../../../lib/content/record';
import type { PageNotice } from './notice';

/** The field a send came from, told about storage problems while its panel is shown. */
export interface SendOwner {
  /** Show "storage full" in the panel; false when the panel is gone or collapsed. */
  showStorageFull(): boolean;
  storageSaved(): void;
}

export interface Recorder {
  /** Queue and deliver a confirmed send (never throws). */
  record(claim: SendClaim, from?: SendOwner): void;
  /** Deliver what earlier pages left in the queue. */
  flush(): Promise<void>;
}

export function createRecorder(opts: {
  storage: KeyValueStore;
  request: Requester;
  notice: PageNotice;
  retryDelays?: number[];
  /** After every delivered send (the history changed). */
  onRecorded(): void;
}): Recorder {
  // "Storage full" only when the background was reached and its write was
  // refused for lack of quota; a sleeping or restarting worker rejects, and is retried.
  const deliver = async (claim: SendClaim): Promise<Delivery> => {
    const reply = await opts.request({ type: 'send-confirmed', send: claim });
    if (reply.ok) return true;
    return isStorageFullError(reply.error) ? 'storage-full' : false;
  };
  /** A send of this page was kept back for lack of storage (it waits in the queue). */
  let unsaved = false;
  let noticeShown = false;
  const flush = () => flushPending(opts.storage, deliver).then(() => undefined, () => undefined);
  return {
    flush,
    record(claim, from) {
      opts.onRecorded();
      void recordWithRetry(claim, opts.storage, deliver, opts.retryDelays ?? backoffDelays(7))
        .then((outcome) => {
          if (outcome === 'storage-full') {
            unsaved = true;
            if (!from?.showStorageFull()) { noticeShown = true; opts.notice.storageFull(); }
            return;
          }
          if (outcome !== 'saved') return;
          opts.onRecorded();
          from?.storageSaved();
          if (noticeShown) { noticeShown = false; opts.notice.hide(); }
          // There is room again: the sends kept back go in now, not at the next page load.
          if (unsaved) { unsaved = false; void flush(); }
        })
        .catch((err) => console.debug('Garbo:', err));
    },
  };
}
