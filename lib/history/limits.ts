// Size limits of a history import, shared by the pages, the messages and the
// background (no imports: lib/messages.ts reads it too).

/** The largest export file accepted, checked on File.size before reading. A 10,000-record export is about 8 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Records in one export. */
export const MAX_IMPORT_RECORDS = 200_000;
/** Records per message to the background. */
export const BATCH_MAX_RECORDS = 500;
/**
 * Characters of JSON per message to the background: far under Chrome's 64 MiB
 * message limit, and small enough that serialising one message (done on the
 * sending page's main thread) stays a short task.
 */
export const BATCH_MAX_CHARS = 1_000_000;
