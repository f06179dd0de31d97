import { describe, expect, it } from 'vitest';
import { missingKeys, resolveUiLang, t } from '../../../lib/i18n';

describe('i18n catalogs', () => {
  it('have the same keys in Italian and English', () => {
    expect(missingKeys()).toEqual({ en: [], it: [] });
  });
  it('localizes the extension name', () => {
    expect(t('it', 'extName')).toContain('coach per i contatti');
    expect(t('en', 'extName')).toContain('outreach coach');
  });
  it('returns the key for an unknown string so gaps are visible', () => {
    expect(t('en', 'no_such_key')).toBe('no_such_key');
  });
  it('follows the browser language on auto and the option otherwise', () => {
    expect(resolveUiLang('auto', 'it-IT')).toBe('it');
    expect(resolveUiLang('auto', 'en-GB')).toBe('en');
    expect(resolveUiLang('auto', undefined)).toBe('en');
    expect(resolveUiLang('it', 'en-US')).toBe('it');
  });
});
