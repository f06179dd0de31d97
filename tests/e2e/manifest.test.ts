// The built manifest must not grow beyond what Garbo needs: LinkedIn probes
// for web-accessible resources, and users must be able to trust the permissions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

/** The content script loads on every LinkedIn page: 40 KB gzipped at most (gzip level 9, as bench/run.ts measures it). */
export const CONTENT_SCRIPT_BUDGET = 40 * 1024;

const manifest = () => JSON.parse(readFileSync(join(inject('garboExt'), 'manifest.json'), 'utf8'));
/** Every permission must be justified here. */
const ALLOWED_PERMISSIONS = new Set([
  'storage', // settings and personal dictionary (browser.storage.local)
]);

describe('built Chrome manifest', () => {
  it('asks for www.linkedin.com only', () => {
    const m = manifest();
    expect(m.host_permissions).toEqual(['https://www.linkedin.com/*']);
    for (const cs of m.content_scripts) expect(cs.matches).toEqual(['https://www.linkedin.com/*']);
    expect(m.optional_host_permissions ?? []).toEqual([]);
  });

  it('asks for no permission beyond the justified list', () => {
    const m = manifest();
    for (const p of m.permissions ?? []) expect(ALLOWED_PERMISSIONS, `unexpected permission ${p}`).toContain(p);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('exposes no web-accessible resource and no externally_connectable', () => {
    const m = manifest();
    expect(m).not.toHaveProperty('web_accessible_resources');
    expect(m).not.toHaveProperty('externally_connectable');
  });

  it('allows no remote or evaluated code in extension pages', () => {
    const csp: string = manifest().content_security_policy?.extension_pages ?? '';
    // Absent means Chrome's default (script-src 'self'), which is what we want.
    expect(csp).not.toMatch(/unsafe-eval(?!-)|unsafe-inline|https?:|\*|data:|blob:/);
  });

  it('is localized in Italian and English', () => {
    const m = manifest();
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
    for (const lang of ['en', 'it']) {
      const msgs = JSON.parse(readFileSync(join(inject('garboExt'), `_locales/${lang}/messages.json`), 'utf8'));
      expect(msgs.extName.message.length).toBeGreaterThan(3);
      expect(msgs.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('built content script', () => {
  it(`stays within its budget of ${CONTENT_SCRIPT_BUDGET} bytes gzipped`, () => {
    const scripts: string[] = manifest().content_scripts.flatMap((cs: { js?: string[] }) => cs.js ?? []);
    expect(scripts).toEqual(['content-scripts/linkedin.js']);
    const gz = gzipSync(readFileSync(join(inject('garboExt'), scripts[0]!)), { level: 9 }).length;
    expect(gz, `content script is ${gz} bytes gzipped`).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });
});
