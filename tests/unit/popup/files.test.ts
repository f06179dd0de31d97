// Reading a chosen file piece by piece gives the same text as reading it at once,
// whatever character a piece boundary falls in.
import { describe, expect, it } from 'vitest';
import { readFile } from '../../../components/common/files';

describe('readFile', () => {
  it('decodes UTF-8 split across pieces (accents, emoji, a BOM)', async () => {
    const text = '\uFEFF{"a":"Niccolò è già qui 🙂 — ok"}\r\n'.repeat(7);
    const blob = new Blob([text]);
    const noBom = (s: string) => s.replace(/^\uFEFF/, '');
    for (const piece of [1, 2, 3, 5, 7, 64]) {
      expect(noBom(await readFile(blob, piece)), String(piece)).toBe(noBom(text));
    }
    expect(noBom(await readFile(blob))).toBe(noBom(text));
  });
});
