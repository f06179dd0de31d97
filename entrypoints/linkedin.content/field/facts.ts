// What the page and the history say around a field, into the panel's state:
// the note limit and monthly quota, the recipient's name, whether the
// conversation already shows messages, and the history's latest send to them.
import { effect } from '../../../lib/content/signals';
import type { Recipient } from '../../../lib/linkedin/types';
import type { ContactInfo } from '../../../lib/domain';
import { recipientName } from '../../../components/panel/model';
import { onAbort } from '../app/listen';
import type { FieldCtx } from './context';

export interface FieldFacts {
  /** Read the page again (limit, quota, name, conversation). */
  read(): void;
  /** The conversation on the page, read now (LinkedIn may load it after the composer). */
  readConversation(): void;
  /** The recipient as the panel shows it (the user's correction wins). */
  recipient(): Recipient;
  contact(): ContactInfo | undefined;
}

export function startFacts(ctx: FieldCtx, onChange: () => void): FieldFacts {
  const { field, app, model, signal } = ctx;
  let contact: ContactInfo | undefined;
  const readConversation = () => {
    const n = field.priorMessages();
    model.conversationHasMessages.value = n === undefined ? undefined : n > 0;
  };
  const read = () => {
    const s = app.settings.value;
    let limit: number | undefined;
    if (field.kind === 'invite') {
      limit = field.limit() ?? (s.noteLimit === 'detect' ? undefined : s.noteLimit);
      model.quota.value = field.quota();
    }
    model.limit.value = limit;
    model.recipientFound.value = field.recipient().name?.trim() || undefined;
    readConversation();
  };
  read();
  // Settings or UI language changed: limits and messages follow.
  let first = true;
  onAbort(signal, effect(() => {
    void app.settings.value; void app.lang.value;
    if (first) { first = false; return; }
    read();
    onChange();
  }));
  const r = field.recipient();
  if (r.name || r.profileId) {
    void app.contacts.get(r).then((info) => {
      if (signal.aborted || !info) return;
      contact = info;
      model.firstContactHistory.value = info.firstContact;
      model.lastContact.value = info.last ?? undefined;
      model.notesThisMonth.value = info.notesThisMonth;
      model.noteRates.value = info.noteRates;
      onChange();
    });
  }
  return {
    read, readConversation,
    recipient: () => ({ ...field.recipient(), name: recipientName(model) || undefined }),
    contact: () => contact,
  };
}
