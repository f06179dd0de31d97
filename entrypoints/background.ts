import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '../lib/background/handler';
import { openHistory, type HistoryConn } from '../lib/history/db';
import type { AttachStatus } from '../lib/messages';

export default defineBackground(() => {
  // The worker may be stopped at any time: nothing here must outlive it but
  // the database, which is opened lazily on the first request after a wake-up.
  let conn: Promise<HistoryConn> | undefined;
  const db = () => (conn ??= openHistory().catch((e) => { conn = undefined; throw e; }));
  const statuses = new Map<number, AttachStatus>();
  browser.tabs?.onRemoved?.addListener((tabId) => statuses.delete(tabId));
  browser.runtime.onMessage.addListener((msg, sender) =>
    handleRequest(msg, { tabId: sender.tab?.id }, { db, statuses }));
});
