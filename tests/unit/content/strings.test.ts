import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import itCat from '../../../public/_locales/it/messages.json';
import { t } from '../../../lib/i18n';
import { KEYS, PREFIXES, tc } from '../../../lib/content/strings';
import { contentCut } from '../../../scripts/content-catalogs';

describe('content-script strings', () => {
  const wanted = (cat: object) => Object.keys(cat).filter((k) => PREFIXES.some((p) => k.startsWith(p))).sort();
  it('pick exactly the catalog keys with the panel/gate/report prefixes', () => {
    expect([...KEYS].sort()).toEqual(wanted(en));
    expect([...KEYS].sort()).toEqual(wanted(itCat));
  });
  it('translate every key exactly like lib/i18n t(), with substitutions', () => {
    for (const lang of ['en', 'it'] as const) {
      for (const key of KEYS) expect(tc(lang, key, 'A', 7, 'B')).toBe(t(lang, key, 'A', 7, 'B'));
    }
    expect(tc('it', 'panel_quota_of', 3, 5)).toBe('Ti restano 3 note su 5 questo mese');
    expect(tc('en', 'no_such_key')).toBe('no_such_key');
  });
  it('are cut at build time to the English keys once, then each catalog\'s messages in that order (null where one lacks a key)', () => {
    const english = { panel_a: { message: 'A' }, popup_x: { message: 'X' }, gate_b: { message: 'B' }, report_c: { message: 'C' } };
    expect(contentCut('keys', english, english)).toEqual(['panel_a', 'gate_b', 'report_c']);
    expect(contentCut('strings', english, english)).toEqual(['A', 'B', 'C']);
    expect(contentCut('strings', { report_c: { message: 'c' }, gate_b: { message: 'b' }, panel_z: { message: 'z' } }, english)).toEqual([null, 'b', 'c']);
  });
});
