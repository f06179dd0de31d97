// Every rule the analyzer reports can be read in the history, and every rule
// that is not core can be switched off in the options, in both UI languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_TABLE } from '../../../lib/rules/table';
import { OPTIONAL_RULE_IDS } from '../../../lib/settings';

const messages = (lang: string) => JSON.parse(readFileSync(join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const ids = Object.keys(RULE_TABLE);

describe('rule ids in the UI', () => {
  it('lists every non-core rule as an option, and no core rule (length stays on: the note limit is LinkedIn\'s)', () => {
    const optional = ids.filter((id) => !RULE_TABLE[id as keyof typeof RULE_TABLE].core && id !== 'length');
    expect([...OPTIONAL_RULE_IDS].sort()).toEqual(optional.sort());
  });
  for (const lang of ['en', 'it']) {
    it(`names every rule in the history and every option (${lang})`, () => {
      const m = messages(lang);
      for (const id of ids) expect(m[`hist_rule_${id.replace(/-/g, '_')}`]?.message, id).toBeTruthy();
      for (const id of OPTIONAL_RULE_IDS) expect(m[`opt_rule_${id.replace(/-/g, '_')}`]?.message, id).toBeTruthy();
    });
  }
});
