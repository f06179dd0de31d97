// The content script's side of "Report a page Garbo missed": recognise the
// popup's request without zod (the content script's size budget; the same
// rules as PageSkeletonRequestSchema in lib/messages.ts, kept equal by a
// test) and answer it with the page's sanitized skeleton. Pure: the document
// is passed in.
import { buildSkeleton, type PageSkeleton } from '../linkedin/skeleton';
import type { Reply } from '../messages';

export interface PageSkeletonAsk {
  type: 'page-skeleton';
  maxNodes?: number;
}

/** Same rules as PageSkeletonRequestSchema: type 'page-skeleton', optional integer maxNodes in 50..5000, no other key. */
export function isPageSkeletonRequest(msg: unknown): msg is PageSkeletonAsk {
  const o = msg as Record<string, unknown> | null;
  const n = o?.maxNodes;
  return !!o && typeof o === 'object' && o.type === 'page-skeleton' && Object.keys(o).every((k) => k === 'type' || k === 'maxNodes')
    && (n === undefined || (Number.isInteger(n) && (n as number) >= 50 && (n as number) <= 5000));
}

/** The reply to a page-skeleton request: never throws (a failure is { ok: false }). */
export function pageSkeletonReply(doc: Document, req: PageSkeletonAsk): Reply<PageSkeleton> {
  try {
    return { ok: true, data: buildSkeleton(doc, { maxNodes: req.maxNodes, maxChars: 120_000 }) };
  } catch (err) {
    return { ok: false, error: `skeleton: ${err instanceof Error ? err.message : String(err)}`.slice(0, 500) };
  }
}
