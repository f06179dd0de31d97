// Reading LinkedIn's answers to a send (lib/linkedin/send-signals.ts) on the
// markup of our send fixtures (tests/fixtures/site: My Network, people search,
// the upsell dialog), in English and Italian.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cardPerson, connectControlIn, connectState, findPremiumUpsell, invitePending, inviteRoots, isDirectConnect, isShown, memberKeyOf,
} from '../../../lib/linkedin/send-signals';

const SITE = join(__dirname, '../../fixtures/site');
/** The body of a fixture page, without its scripts (we play LinkedIn's answers by hand). */
function load(path: string): void {
  const html = readFileSync(join(SITE, path, 'index.html'), 'utf8');
  document.documentElement.lang = /<html lang="(\w+)"/.exec(html)?.[1] ?? 'en';
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>/g, '');
  const doc = new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
}

afterEach(() => { document.body.replaceChildren(); });

describe('send signals', () => {
  it('My Network (EN, IT): the card\'s Connect button sends at once; its person comes from the card; it flips by componentkey', () => {
    for (const [path, label] of [['mynetwork/grow', 'Invite Ada Brook to connect'], ['mynetwork/grow/it', 'Invita Ada Brook a collegarsi']] as const) {
      load(path);
      const button = document.querySelector(`button[aria-label="${label}"]`)!;
      expect(connectControlIn([button.firstChild ?? button, button, button.parentElement!])).toBe(button);
      expect(isDirectConnect(button)).toBe(true);
      expect(memberKeyOf(button)).toBe('urn:li:member:701');
      expect(cardPerson(button)).toMatchObject({ name: 'Ada Brook', profileId: 'ada-brook', profileUrl: 'https://www.linkedin.com/in/ada-brook/' });
      expect(connectState(button)).toBe('connect');
      expect(invitePending([document], button, 'urn:li:member:701')).toBe(false);
      // LinkedIn re-renders the card: a new control with the same member, now pending.
      const fresh = button.cloneNode(true) as Element;
      fresh.setAttribute('componentkey', 'ConnectButtonstate:invitation:urn:li:member:701_pending');
      button.replaceWith(fresh);
      expect(invitePending([document], button, 'urn:li:member:701')).toBe(true);
      expect(connectState(fresh)).toBe('pending');
    }
  });

  it('people search and the top card: Connect is a link that opens the dialog, not a direct send', () => {
    load('search/results/people');
    const link = document.querySelector('a[href*="search-custom-invite/?vanityName=tom-baker"]')!;
    expect(connectControlIn([link])).toBe(link);
    expect(isDirectConnect(link)).toBe(false);
    expect(cardPerson(link)).toMatchObject({ name: 'Tom Baker', profileId: 'tom-baker' });
    load('in/marta-gallo');
    const item = document.querySelector('a[role=menuitem]')!;
    expect(connectControlIn([item])).toBe(item);
    expect(isDirectConnect(item)).toBe(false);
    expect(isDirectConnect(document.querySelector('button[aria-haspopup=menu]')!)).toBe(false);
  });

  it('the pending label is a fallback when the componentkey is gone (EN, IT)', () => {
    const b = document.createElement('button');
    b.textContent = 'In sospeso';
    expect(connectState(b)).toBe('pending');
    b.textContent = 'Pending';
    expect(connectState(b)).toBe('pending');
    b.textContent = 'Connect';
    expect(connectState(b)).toBeUndefined();
  });

  it('finds the Premium upsell in a shown dialog in the page or the interop shadow root, and only there', () => {
    load('in/owen-reed');
    const outlet = document.getElementById('interop-outlet')!;
    const root = outlet.attachShadow({ mode: 'open' });
    expect(inviteRoots(document)).toEqual([document, root]);
    expect(findPremiumUpsell(inviteRoots(document))).toBeNull();
    // A Premium link outside any dialog (a nav item) is no upsell.
    const nav = document.createElement('a');
    nav.setAttribute('href', '/premium/products/');
    document.body.append(nav);
    expect(findPremiumUpsell(inviteRoots(document))).toBeNull();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const a = document.createElement('a');
    a.setAttribute('href', '/premium/products/?upsellOrderOrigin=premium_custom_invite');
    dialog.append(a);
    root.append(dialog);
    expect(findPremiumUpsell(inviteRoots(document))).toBe(dialog);
    dialog.setAttribute('hidden', '');
    expect(isShown(dialog)).toBe(false);
    expect(findPremiumUpsell(inviteRoots(document))).toBeNull();
  });
});
