import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const ARTIFACTS = resolve(REPO, 'tests/.artifacts');
export const SITE = resolve(REPO, 'tests/fixtures/site');
export const CHROMIUM = process.env.GARBO_CHROMIUM || '/usr/bin/chromium';
export const FIREFOX = process.env.GARBO_FIREFOX || '/usr/bin/firefox-esr';
