// Issue 14: reading what a page the user opened shows, on our fixture pages
// (English and Italian UI): a profile's connection state, a conversation's
// partner and whether they wrote, the sent-invitations list and whether it is
// complete. Pure reading: the page is not changed.
import { afterEach, describe, expect, it } from 'vitest';
import { readConversations, readOutcomes, readProfile, readSentInvitations } from '../../../lib/linkedin/outcomes';
import { loadPage } from './helpers';

const at = (rel: string, url: string) => { loadPage(rel, url); return new URL(url).pathname; };

describe('page outcomes', () => {
  afterEach(() => loadPage(null, 'https://www.linkedin.com/feed/'));

  it('a profile now connected (EN "1st", IT "1°" with the name in an h2 and an id$=Topcard card)', () => {
    let path = at('site/in/emma-clark/index.html', 'https://www.linkedin.com/in/emma-clark/');
    expect(readProfile(document, path)).toEqual({ page: 'profile', person: { profileId: 'emma-clark', name: 'Emma Clark' }, state: 'connected' });
    path = at('site/in/luca-moretti/index.html', 'https://www.linkedin.com/in/luca-moretti/');
    expect(readProfile(document, path)).toEqual({ page: 'profile', person: { profileId: 'luca-moretti', name: 'Luca Moretti' }, state: 'connected' });
  });

  it('the same person still pending: the hidden "1st" copy is not read, the Pending control wins', () => {
    for (const [rel, id, name] of [['site/in/emma-clark-pending/index.html', 'emma-clark', 'Emma Clark'], ['site/in/luca-moretti-pending/index.html', 'luca-moretti', 'Luca Moretti']]) {
      const path = at(rel!, `https://www.linkedin.com/in/${id}/`);
      expect(readProfile(document, path)).toEqual({ page: 'profile', person: { profileId: id, name }, state: 'pending' });
    }
  });

  it('a profile with Connect is not connected; a profile with Message but no visible 1st badge says nothing', () => {
    let path = at('site/in/giulia-ferri/index.html', 'https://www.linkedin.com/in/giulia-ferri/');
    expect(readProfile(document, path)?.state).toBe('not-connected');
    path = at('site/in/emma-clark/index.html', 'https://www.linkedin.com/in/emma-clark/');
    document.querySelector('.badge')!.setAttribute('hidden', '');
    expect(readProfile(document, path)).toBeUndefined(); // InMail / open profile: Message alone proves nothing
    // Not a profile path: nothing.
    loadPage('site/in/emma-clark/index.html', 'https://www.linkedin.com/feed/');
    expect(readProfile(document, '/feed/')).toBeUndefined();
  });

  it('a conversation where they replied; one where our message is the last', () => {
    at('site/messaging/thread/3-emma/index.html', 'https://www.linkedin.com/messaging/thread/3-emma/');
    expect(readConversations(document)).toEqual([{ page: 'conversation', person: { profileId: 'emma-clark', name: 'Emma Clark' }, theyWrote: true, lastFromMe: false }]);
    at('site/messaging/thread/3-luca/index.html', 'https://www.linkedin.com/messaging/thread/3-luca/');
    expect(readConversations(document)).toEqual([{ page: 'conversation', person: { profileId: 'luca-moretti', name: 'Luca Moretti' }, theyWrote: true, lastFromMe: true }]);
  });

  it('a conversation with only our messages says they did not write; an empty one says nothing', () => {
    at('site/messaging/thread/2-jane/index.html', 'https://www.linkedin.com/messaging/thread/2-jane/');
    expect(readConversations(document)).toEqual([]);
    const li = document.createElement('li');
    li.className = 'msg-s-message-list__event msg-s-event-listitem';
    li.textContent = 'Hi Jane';
    document.querySelector('.msg-s-message-list')!.append(li);
    expect(readConversations(document)).toEqual([{ page: 'conversation', person: { profileId: 'jane-doe', name: 'Jane Doe' }, theyWrote: false, lastFromMe: true }]);
  });

  it('the sent-invitations page: the pending people, complete without pagination (EN), incomplete with it (IT)', () => {
    let path = at('site/mynetwork/invitation-manager/sent/index.html', 'https://www.linkedin.com/mynetwork/invitation-manager/sent/');
    expect(readSentInvitations(document, path)).toEqual({
      page: 'sent-invitations', complete: true,
      pending: [{ profileId: 'olivia-brown', name: 'Olivia Brown' }, { profileId: 'paul-smith', name: 'Paul Smith' }],
    });
    path = at('site/mynetwork/invitation-manager/sent-it/index.html', 'https://www.linkedin.com/mynetwork/invitation-manager/sent/');
    const it = readSentInvitations(document, path)!;
    expect(it.complete).toBe(false);
    expect(it.pending.map((p) => p.profileId)).toEqual(['luca-moretti', 'giulia-ferri', 'sara-colombo']);
    // Another tab of the page (events, pages) or another page: nothing.
    expect(readSentInvitations(document, path, '?invitationType=EVENT')).toBeUndefined();
    expect(readSentInvitations(document, '/mynetwork/invitation-manager/')).toBeUndefined();
  });

  it('readOutcomes reads only what the page at that path shows', () => {
    const path = at('site/in/emma-clark/index.html', 'https://www.linkedin.com/in/emma-clark/');
    expect(readOutcomes(document, path).map((o) => o.page)).toEqual(['profile']);
    at('site/search/results/people/outcomes/index.html', 'https://www.linkedin.com/search/results/people/outcomes/');
    expect(readOutcomes(document, '/search/results/people/')).toEqual([]);
  });
});
