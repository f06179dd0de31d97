// "Report a page Garbo missed": the skeleton keeps the structure a maintainer needs and nothing a
// person typed or was shown. A page is seeded with unique markers everywhere text can hide (text
// nodes, typed values, value/title/alt/placeholder/name attributes, aria-labels, hrefs and the page
// URL, componentkeys and ids carrying URNs and slugs, a shadow root, script and comment, the title);
// none may survive.
import { afterEach, describe, expect, it } from 'vitest';
import { buildSkeleton, hrefPattern, lengthClass } from '../../../lib/linkedin/skeleton';
import { elementOf, loadPage, outletRoot } from './helpers';

const MARKERS = [
  'zqktextnode', 'zqktypedvalue', 'zqkvalueattr', 'zqktextareatyped', 'zqktextareainit', 'zqkeditable', 'zqkarialabel',
  'zqktitle', 'zqkalt', 'zqkplaceholder', 'zqkname', 'zqkdata', 'zqkariadesc', 'zqk-slug-one', 'zqk-slug-two', 'zqkthread',
  'zqkexternal', 'zqkhash', 'zqkquery', 'zqkparam', '98765', 'zqkcardid', 'zqkprofileid', 'zqkurnid', 'zqkshadowtext',
  'zqkshadowlabel', 'zqkscript', 'zqkstyle', 'zqkcomment', 'zqkoption', 'zqkoptvalue', 'zqkdoctitle', 'zqk-page-slug',
  'zqkpagequery', 'zqkimg', 'zqkbutton', 'zqklabel', 'zqkpill', 'zqk-slug-three', 'zqkmemberid', 'zqkdialogtext',
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...kids: Array<Node | string>) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...kids);
  return e;
}

/** A LinkedIn-like page with a marker in every place a text can be. */
function seedPage(): { note: HTMLTextAreaElement } {
  loadPage(null, 'https://www.linkedin.com/in/zqk-page-slug/?zqkparam=zqkpagequery#zqkhash');
  document.title = 'Zqkdoctitle Person | LinkedIn';
  const input = el('input', { type: 'text', value: 'zqkvalueattr', name: 'zqkname', placeholder: 'zqkplaceholder', title: 'zqktitle' });
  const select = el('select', {}, el('option', { value: 'zqkoptvalue' }, 'zqkoption'));
  const card = el('section', { componentkey: 'com.linkedin.sdui.profile.card.refACoAAzqkcardidTopcard', class: 'a7f3c1e9 card-zqk-slug-one' },
    el('h2', { 'aria-describedby': 'urn:li:fsd_profile:zqkurnid' }, 'Zqktextnode Person'),
    el('a', { href: '/in/zqk-slug-one/', 'data-foo': 'zqkdata', 'aria-description': 'zqkariadesc' }, 'profile'),
    el('a', { href: '/preload/custom-invite/?vanityName=zqk-slug-two', componentkey: 'ConnectButtonstate:invitation:urn:li:member:98765_connect',
      'aria-label': 'Invite Zqkarialabel Person to connect' }, 'Connect'),
    el('a', { href: 'https://zqkexternal.example.com/zqkquery?zqkparam=1#zqkhash' }, 'site'),
    el('a', { href: '/messaging/thread/2-zqkthread/' }, 'thread'),
    el('img', { src: 'https://media.example.com/zqkimg.jpg', alt: 'zqkalt' }),
    el('span', { id: 'urn:li:fsd_profile:zqkurnid', componentkey: 'urn:li:fsd_profile:ACoAAzqkprofileid' }, '3 / 5'),
    el('div', { componentkey: 'profile-zqk-slug-one-card', 'data-view-name': 'profile-card' }),
    el('div', { 'data-member-id': 'zqkmemberid', 'data-view-name': 'urn:li:member:zqkmemberid' }),
    el('a', { href: '/in/zqk-slug-three/' }, el('span', { componentkey: 'ProfileVerificationTriggerRef-zqk-slug-three' }, 'x')),
    el('label', { for: 'x' }, 'zqklabel'), input, select,
    el('button', { class: 'artdeco-pill artdeco-pill--dismiss', 'aria-label': 'Remove Zqkpill Person' }, 'zqkbutton'),
    el('script', {}, 'var zqkscript = 1;'), el('style', {}, '.zqkstyle{}'));
  card.append(document.createComment('zqkcomment'));
  const editable = el('div', { contenteditable: 'true', role: 'textbox', class: 'msg-form__contenteditable' }, el('p', {}, 'zqkeditable'));
  const main = el('main', {}, card, el('form', { class: 'msg-form' }, editable));
  document.body.append(main);
  (input as HTMLInputElement).value = 'zqktypedvalue';
  // shadow root with text and a label
  const host = el('div', { class: 'widget' });
  main.append(host);
  host.attachShadow({ mode: 'open' }).append(el('p', {}, 'zqkshadowtext'), el('input', { 'aria-label': 'zqkshadowlabel' }));
  // the invite dialog in #interop-outlet's shadow root, with the note typed into
  const dialog = elementOf('dom/invite-stage2-en.html');
  dialog.querySelector('p')!.textContent = 'zqkdialogtext';
  outletRoot().append(dialog);
  const note = dialog.querySelector('textarea')!;
  note.append('zqktextareainit');
  note.value = 'zqktextareatyped';
  return { note };
}

const leaks = (text: string) => MARKERS.filter((m) => text.toLowerCase().includes(m));

describe('page skeleton', () => {
  afterEach(() => loadPage(null, 'https://www.linkedin.com/feed/'));

  it('no text typed or shown on the page survives, around the field', () => {
    const { note } = seedPage();
    note.focus();
    const s = buildSkeleton(document);
    expect(s.scope).toBe('field');
    expect(leaks(s.text)).toEqual([]);
    // …and the structure is there: the dialog around the note, its place, the field marked
    expect(s.text).toContain('<textarea id="custom-message" name=[text 1-9] maxlength="300" minlength="1" value=[text 10-29]>   <- field');
    expect(s.text).toContain('role="dialog" aria-labelledby="send-invite-modal"');
    expect(s.text).toContain('--- html > body > div#interop-outlet\n<div id="interop-outlet">\n  #shadow-root (open)\n    <div role="dialog"');
    expect(s.text).toContain('#text[shape "9/999"]');
    expect(s.text).toContain('selectors matching: INTEROP_OUTLET, INVITE_DIALOG, INVITE_DIALOG_FALLBACK, INVITE_NOTE');
  });

  it('no text survives in the whole-page skeleton either (no field found: main and the modal roots)', () => {
    seedPage();
    document.querySelector('[contenteditable]')!.remove();
    document.getElementById('interop-outlet')!.shadowRoot!.querySelector('textarea')!.remove();
    document.querySelector('main input')!.remove();
    document.querySelector('main')!.querySelector('.widget')!.shadowRoot!.querySelector('input')!.remove();
    const s = buildSkeleton(document);
    expect(s.scope).toBe('main');
    expect(leaks(s.text)).toEqual([]);
    expect(s.text).toContain('componentkey="com.linkedin.sdui.profile.card.refACoA*Topcard"');
    expect(s.text).toContain('componentkey="ConnectButtonstate:invitation:urn:li:member:*_connect"');
    expect(s.text).toContain('href="/preload/custom-invite/?vanityName=*"');
    expect(s.text).toContain('href="/in/*/"');
    expect(s.text).toContain('href="/messaging/thread/*/"');
    expect(s.text).toContain('href="https://[external]/*?[1 other]#*"');
    expect(s.text).toContain('aria-label=[text 30-99]');
    expect(s.text).toContain('#shadow-root (open)');
    expect(s.text).toContain('--- html > body > div#interop-outlet');
    expect(s.text).toContain('page: /in/*/?[1 other]#*');
    expect(s.text).toMatch(/<script>( {3}\(not visible\))?\n +<style>/); // the tags, never their content
  });

  it('is bounded: node cap, depth cap and character cap, each said in the header', () => {
    loadPage(null, 'https://www.linkedin.com/feed/');
    const main = el('main');
    for (let i = 0; i < 3000; i++) main.append(el('div', { class: 'row' }, 'zqktextnode'));
    let deep: HTMLElement = main;
    for (let i = 0; i < 100; i++) { const d = el('div'); deep.append(d); deep = d; }
    document.body.append(main);
    const byNodes = buildSkeleton(document, { maxNodes: 500 });
    expect(byNodes.truncated).toBe(true);
    expect(byNodes.nodes).toBe(500);
    expect(byNodes.text).toContain('cut short: node cap (500)');
    main.replaceChildren();
    deep = main;
    for (let i = 0; i < 100; i++) { const d = el('div'); deep.append(d); deep = d; }
    const byDepth = buildSkeleton(document, { maxDepth: 10 });
    expect(byDepth.truncated).toBe(true);
    expect(byDepth.text).toContain('below the depth cap');
    expect(byDepth.text).toContain('cut short: depth cap (10)');
    for (let i = 0; i < 3000; i++) main.append(el('div', { class: 'row' }, 'x'));
    const byChars = buildSkeleton(document, { maxChars: 5000 });
    expect(byChars.truncated).toBe(true);
    expect(byChars.text.length).toBeLessThan(5000 + 1000); // the body is capped; the header is a few lines
    expect(byChars.text).toMatch(/cut short: .*character cap \(5000\)/);
    expect(buildSkeleton(document).text.length).toBeLessThanOrEqual(120_000 + 1000);
  });

  it('reduces hrefs to their route pattern and texts to a length class', () => {
    expect(hrefPattern('https://www.linkedin.com/in/jane-doe/')).toBe('/in/*/');
    expect(hrefPattern('/in/jane-doe/overlay/contact-info/')).toBe('/in/*/overlay/contact-info/');
    expect(hrefPattern('/preload/search-custom-invite/?vanityName=a&trk=x&secret=1')).toBe('/preload/search-custom-invite/?vanityName=*&trk=*&[1 other]');
    expect(hrefPattern('/messaging/thread/2-abc==/')).toBe('/messaging/thread/*/');
    expect(hrefPattern('mailto:jane@example.com')).toBe('mailto:*');
    expect(hrefPattern('javascript:alert(1)')).toBe('javascript:*');
    expect(hrefPattern('https://example.com/jane')).toBe('https://[external]/*');
    expect([0, 5, 12, 50, 200, 1000].map(lengthClass)).toEqual(['0', '1-9', '10-29', '30-99', '100-299', '300+']);
  });

  it('leaves Garbo\'s own elements out and never changes the page', () => {
    seedPage();
    const panel = document.createElement('garbo-panel');
    panel.attachShadow({ mode: 'open' }).append(el('textarea', {}, 'zqkgarbo'));
    document.body.append(panel);
    const before = document.body.innerHTML.length;
    const s = buildSkeleton(document);
    expect(s.text).not.toContain('garbo-panel');
    expect(s.text).not.toContain('zqkgarbo');
    expect(document.body.innerHTML.length).toBe(before);
  });
});
