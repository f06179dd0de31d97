import { describe, expect, it } from 'vitest';
import {
  all, cleanText, closestDeep, first, isShadowRoot, nameFromTitle, plausibleName, profileIdFromInviteLink,
  profileIdFromPath, selfOrFirst, topDocument,
} from '../../../lib/linkedin/dom';
import { COMPOSER_CONTAINER, INVITE_DIALOG } from '../../../lib/linkedin/selectors';
import { elementOf, outletRoot } from './helpers';

describe('LinkedIn DOM helpers', () => {
  it('first() honours the fallback order, not document order; all() keeps document order once', () => {
    const root = document.createElement('div');
    const a = document.createElement('span');
    a.className = 'old';
    const b = document.createElement('span');
    b.className = 'new old';
    root.append(a, b);
    expect(first(root, ['.new', '.old'])).toBe(b);
    expect(first(root, ['.missing', '.old'])).toBe(a);
    expect(first(root, ['.missing'])).toBeNull();
    expect(all(root, ['.new', '.old'])).toEqual([a, b]);
    expect(selfOrFirst(b, ['.new'])).toBe(b);
  });

  it('closestDeep() climbs out of shadow roots through their hosts', () => {
    const bubble = document.createElement('div');
    bubble.className = 'msg-overlay-conversation-bubble';
    const host = document.createElement('div');
    bubble.append(host);
    document.body.append(bubble);
    const inner = document.createElement('p');
    const sr = host.attachShadow({ mode: 'open' });
    sr.append(inner);
    expect(inner.closest('.msg-overlay-conversation-bubble')).toBeNull();
    expect(closestDeep(inner, COMPOSER_CONTAINER)).toBe(bubble);
    expect(isShadowRoot(sr)).toBe(true);
    expect(isShadowRoot(document)).toBe(false);
    expect(isShadowRoot(document.createDocumentFragment())).toBe(false);
    bubble.remove();

    const dialog = elementOf('dom/invite-stage2-en.html');
    outletRoot().append(dialog);
    expect(closestDeep(dialog.querySelector('textarea')!, INVITE_DIALOG)).toBe(dialog);
    dialog.remove();
  });

  it('reads names from titles and text, never from empty or numeric text', () => {
    expect(nameFromTitle('Jane Doe | LinkedIn')).toBe('Jane Doe');
    expect(nameFromTitle('(3) Giulia Ferri | LinkedIn')).toBe('Giulia Ferri');
    expect(nameFromTitle('LinkedIn')).toBeUndefined();
    expect(nameFromTitle(' | LinkedIn')).toBeUndefined();
    expect(plausibleName('  Niccolò   D\'Amico ')).toBe('Niccolò D\'Amico');
    expect(plausibleName('3')).toBeUndefined();
    expect(plausibleName('')).toBeUndefined();
    const p = document.createElement('p');
    p.append('Jane\n', document.createElement('br'), '  Doe');
    expect(cleanText(p)).toBe('Jane Doe');
    expect(cleanText(null)).toBe('');
  });

  it('reads profile ids from /in/ paths and vanityName=, lower-cased and decoded', () => {
    expect(profileIdFromPath('https://www.linkedin.com/in/Jane-Doe/')).toBe('jane-doe');
    expect(profileIdFromPath('/in/niccol%C3%B2-rossi')).toBe('niccolò-rossi');
    expect(profileIdFromPath('/in/jane-doe/overlay/contact-info/')).toBe('jane-doe');
    expect(profileIdFromPath('/messaging/thread/2-jane/')).toBeUndefined();
    expect(profileIdFromPath(null)).toBeUndefined();
    expect(profileIdFromInviteLink('/preload/custom-invite/?vanityName=Giulia-Ferri')).toBe('giulia-ferri');
    expect(profileIdFromInviteLink('/preload/search-custom-invite/?x=1&vanityName=a%25b')).toBe('a%b');
    expect(profileIdFromInviteLink('/in/jane-doe/')).toBeUndefined();
  });

  it('topDocument() is the document itself in a top window', () => {
    expect(topDocument(document)).toBe(document);
    const detached = document.implementation.createHTMLDocument('x');
    expect(topDocument(detached)).toBe(detached); // no window of its own: stays itself
  });
});
