// Which UI language to show: the user's setting, else the browser's. No
// catalog import here, so the content script can use it without pulling in
// every popup and options string (see lib/content/strings.ts).
import type { Lang } from './types';

export function resolveUiLang(setting: 'auto' | Lang | undefined, browserLang: string | undefined): Lang {
  if (setting === 'it' || setting === 'en') return setting;
  return (browserLang ?? '').toLowerCase().startsWith('it') ? 'it' : 'en';
}
