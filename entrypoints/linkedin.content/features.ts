// The content app's features, each started once per page as `(app, signal)`
// and stopped when `signal` aborts. To add an independent feature (e.g. a
// passive observer of outcomes on the page), write it as its own file under
// ./features/ with that signature and list it in FEATURES: it gets the shared
// services (settings, language, theme, requests to the background, the
// recorder, the pending-send tracker) and nothing else to wire.
import type { Feature } from './app/types';
import { outcomesFeature } from './features/outcomes';

export const FEATURES: Feature[] = [
  outcomesFeature,
];
