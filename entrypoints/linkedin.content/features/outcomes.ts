// Feature: outcomes (issue 14). Reads what the page the user opened shows about
// people already in the history (now connected, replied, no longer pending) and
// tells the background; never clicks, fetches or navigates (lib/content/outcomes-feature.ts).
import type { App } from '../app/types';
import type { Reply, Request } from '../../../lib/messages';
import { startOutcomes } from '../../../lib/content/outcomes-feature';

export function outcomesFeature(app: App, signal: AbortSignal): void {
  if (!app.topFrame) return;
  const request = app.request as unknown as (req: Request) => Promise<Reply>;
  startOutcomes({ doc: app.doc, request, signal });
}
