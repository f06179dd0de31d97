// What the history says about a person, asked once per person and page (the
// cache is cleared after each recorded send: the person is no longer a first
// contact and the month's note count changed).
import type { ContactInfo } from '../../../lib/domain';
import type { Recipient } from '../../../lib/linkedin/types';
import type { Requester } from '../../../lib/messages';

export interface Contacts {
  get(r: Recipient): Promise<ContactInfo | undefined>;
  clear(): void;
}

export function createContacts(request: Requester): Contacts {
  const cache = new Map<string, Promise<ContactInfo | undefined>>();
  return {
    get(r) {
      const key = (r.profileId || r.name || '').toLowerCase();
      if (!key) return Promise.resolve(undefined);
      let p = cache.get(key);
      if (!p) {
        p = request({ type: 'contact-info', recipient: { name: r.name, profileId: r.profileId } })
          .then((reply) => (reply.ok ? reply.data : undefined), () => undefined);
        cache.set(key, p);
      }
      return p;
    },
    clear: () => cache.clear(),
  };
}
