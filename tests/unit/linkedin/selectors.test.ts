// Every selector in lib/linkedin/selectors.ts must match our fixture HTML (the
// newest variant on the 2026-shaped pages, older variants on the legacy
// snippet), and none may depend on label text, which LinkedIn localizes.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as S from '../../../lib/linkedin/selectors';
import { nodesOf } from './helpers';

const FIX = resolve(__dirname, '../../fixtures');
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [relative(FIX, p)] : [];
  });
}
const FILES = [...htmlFiles(join(FIX, 'site')), ...htmlFiles(join(FIX, 'dom'))];

/** Each fixture in a container of its own; snippets for the shadow root are plain HTML. */
function corpus(): Array<{ file: string; root: HTMLElement }> {
  return FILES.map((file) => {
    const root = document.createElement('div');
    root.append(...nodesOf(file));
    return { file, root };
  });
}

const lists = Object.entries(S).filter(([, v]) => Array.isArray(v)) as Array<[string, readonly string[]]>;

describe('LinkedIn selectors', () => {
  it('are all lists of valid selectors', () => {
    expect(lists.length).toBeGreaterThan(20);
    for (const [, list] of lists) for (const sel of list) expect(() => document.querySelector(sel)).not.toThrow();
  });

  it('never use label text (aria-label, placeholder, title, text)', () => {
    for (const [name, list] of lists) {
      for (const sel of list) {
        expect(sel, `${name}: ${sel}`).not.toMatch(/aria-label(?!ledby)|placeholder|title=|:contains|:has-text|alt=/i);
      }
    }
  });

  it('each match at least one of our fixture pages (newest first, older variants on the legacy snippet)', () => {
    const docs = corpus();
    const unmatched: string[] = [];
    for (const [name, list] of lists) {
      for (const sel of list) {
        if (!docs.some(({ root }) => root.querySelector(sel))) unmatched.push(`${name}: ${sel}`);
      }
    }
    expect(unmatched).toEqual([]);
  });

  it('find the 2026 shapes with their first (newest) entry', () => {
    const docs = Object.fromEntries(corpus().map((d) => [d.file, d.root]));
    const hit = (file: string, list: readonly string[]) => docs[file]!.querySelector(list[0]!);
    expect(hit('site/in/jane-doe/index.html', S.INTEROP_OUTLET)).not.toBeNull();
    expect(hit('dom/invite-stage2-en.html', S.INVITE_DIALOG)).not.toBeNull();
    expect(hit('dom/invite-stage2-it.html', S.INVITE_NOTE)).not.toBeNull();
    expect(hit('site/in/giulia-ferri/index.html', S.PROFILE_TOP_CARD)?.querySelector(S.TOP_CARD_NAME_H1[0]!)?.textContent).toBe('Giulia Ferri');
    expect(hit('site/in/variant-topcard-id/index.html', S.PROFILE_TOP_CARD)).toBeNull(); // keyed by id: the second entry
    expect(docs['site/in/variant-topcard-id/index.html']!.querySelector(S.PROFILE_TOP_CARD[1]!)?.id).toMatch(/Topcard$/);
    expect(hit('dom/invite-native-dialog-en.html', S.INVITE_DIALOG)).toBeNull(); // role=dialog first; the native entry next
    expect(docs['dom/invite-native-dialog-en.html']!.querySelector(S.any(S.INVITE_DIALOG))?.tagName).toBe('DIALOG');
    expect(hit('site/messaging/thread/variant-jump/index.html', S.THREAD_RECIPIENT_NAME)?.textContent).toBe('Jane Doe');
    expect(hit('site/messaging/compose/index.html', S.RECIPIENT_PILL)?.getAttribute('aria-label')).toBe('Remove Marco Bianchi');
    expect(hit('site/in/giulia-ferri/index.html', S.INVITE_LINK)?.getAttribute('href')).toContain('vanityName=giulia-ferri');
    expect(hit('site/feed/index.html', S.COMPOSER_EDITOR)).not.toBeNull();
    expect(hit('site/feed/index.html', S.COMPOSER_CONTAINER)?.className).toBe('msg-overlay-conversation-bubble');
    expect(hit('site/messaging/thread/2-jane/index.html', S.THREAD_RECIPIENT_NAME)?.textContent).toBe('Jane Doe');
    expect(hit('site/messaging/thread/2-jane/index.html', S.COMPOSER_SEND)).not.toBeNull();
    expect(hit('site/feed/index.html', S.COMPOSER_SEND)).toBeNull(); // Enter-to-send: no button
    expect(hit('dom/composer-new-message-it.html', S.SUBJECT)).not.toBeNull();
    // the watcher's cheap check finds nothing on a page without a field
    expect(docs['site/jobs/index.html']!.querySelector(S.any(S.CANDIDATES))).toBeNull();
  });

  it('parse ids and counters by digits and paths only', () => {
    expect(S.PROFILE_PATH.exec('https://www.linkedin.com/in/jane-doe/details/')?.[1]).toBe('jane-doe');
    expect(S.VANITY_PARAM.exec('/preload/custom-invite/?vanityName=giulia-ferri&x=1')?.[1]).toBe('giulia-ferri');
    expect(S.COUNTER_TEXT.exec(' 12 / 200 ')?.slice(1)).toEqual(['12', '200']);
    expect(S.COUNTER_TEXT.test('3 su 5 inviti')).toBe(false);
    expect(S.PILL_REMOVE_LABEL.exec('Remove Marco Bianchi')?.[1]).toBe('Marco Bianchi');
    expect(S.PILL_REMOVE_LABEL.exec(' Rimuovi  Niccolò D\'Amico ')?.[1]).toBe('Niccolò D\'Amico');
    expect(S.PILL_REMOVE_LABEL.test('Marco Bianchi')).toBe(false);
    expect(S.DRAFT_TITLE.test('New message')).toBe(true);
    expect(S.DRAFT_TITLE.test(' Nuovo messaggio ')).toBe(true);
    expect(S.DRAFT_TITLE.test('Nuovo Messaggeri Srl')).toBe(false);
  });
});
