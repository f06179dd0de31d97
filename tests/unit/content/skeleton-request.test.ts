// The content script's zod-free check of the popup's page-skeleton request agrees with the zod schema
// in lib/messages.ts, and its reply passes the schema the popup validates it with.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PageSkeletonReplySchema, PageSkeletonRequestSchema } from '../../../lib/messages';
import { isPageSkeletonRequest, pageSkeletonReply } from '../../../lib/content/skeleton-request';

describe('page-skeleton request', () => {
  it('is recognised exactly when the zod schema accepts it', () => {
    const cases: unknown[] = [
      { type: 'page-skeleton' }, { type: 'page-skeleton', maxNodes: 50 }, { type: 'page-skeleton', maxNodes: 5000 },
      { type: 'page-skeleton', maxNodes: 49 }, { type: 'page-skeleton', maxNodes: 5001 }, { type: 'page-skeleton', maxNodes: 100.5 },
      { type: 'page-skeleton', maxNodes: '100' }, { type: 'page-skeleton', maxNodes: undefined }, { type: 'page-skeleton', extra: 1 },
      { type: 'analyze' }, { type: 'PAGE-SKELETON' }, null, undefined, 'page-skeleton', [], [{ type: 'page-skeleton' }], 42,
      { type: 'page-skeleton', maxNodes: Number.NaN }, { type: 'page-skeleton', maxNodes: Infinity },
    ];
    for (const c of cases) expect(isPageSkeletonRequest(c), JSON.stringify(c)).toBe(PageSkeletonRequestSchema.safeParse(c).success);
    fc.assert(fc.property(
      fc.record({ type: fc.constantFrom('page-skeleton', 'x'), maxNodes: fc.oneof(fc.integer({ min: -10, max: 6000 }), fc.double(), fc.string()) },
        { requiredKeys: ['type'] }),
      (m) => isPageSkeletonRequest(m) === PageSkeletonRequestSchema.safeParse(m).success,
    ));
  });

  it('is answered with a skeleton the popup\'s schema accepts, within its bounds', () => {
    document.body.replaceChildren();
    const main = document.createElement('main');
    for (let i = 0; i < 4000; i++) {
      const d = document.createElement('div');
      d.setAttribute('aria-label', 'a long label to make the skeleton big '.repeat(3));
      d.className = 'some-class another-class third-class';
      main.append(d);
    }
    document.body.append(main);
    const reply = pageSkeletonReply(document, { type: 'page-skeleton', maxNodes: 5000 });
    expect(reply.ok).toBe(true);
    expect(PageSkeletonReplySchema.safeParse(reply).success).toBe(true);
    if (reply.ok) {
      expect(reply.data.truncated).toBe(true);
      expect(reply.data.text.length).toBeLessThanOrEqual(121_000);
    }
    const small = pageSkeletonReply(document, { type: 'page-skeleton' });
    expect(small.ok && small.data.nodes).toBe(1500); // the default cap when the request names none
    document.body.replaceChildren();
  });
});
