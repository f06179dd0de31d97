// follow-up: after acceptance, thank + recall how you met + one next step.
import { describe, expect, it } from 'vitest';
import { check, type Case } from './helpers';

const accepted = { justAccepted: true, firstContact: false };
describe('follow-up', () => {
  const good: Case[] = [
    { to: 'Lia Poli', kind: 'message', ctx: accepted, why: 'complete (IT)', text: 'Ciao Lia, grazie per il collegamento! Come ti dicevo al meetup di Padova, ti giro il contatto della scuola di design.' },
    { to: 'Ned Gray', kind: 'message', ctx: accepted, why: 'complete (EN)', text: "Hi Ned, thanks for connecting after the Berlin summit. Here's the deck I mentioned; happy to walk you through it." },
  ];
  const bad: Case[] = [
    { to: 'Lia Poli', kind: 'message', ctx: accepted, why: 'no next step (IT)', text: 'Ciao Lia, grazie per aver accettato il collegamento dopo il meetup di Padova.' },
    { to: 'Ned Gray', kind: 'message', ctx: accepted, why: 'no thanks, no context (EN)', text: 'Hi Ned, here is our brochure: happy to send more.' },
  ];
  it.each(good)('passes: $why', (c) => { expect(check(c, 'follow-up').pass).toBe(true); });
  it.each(bad)('warns: $why', (c) => {
    const r = check(c, 'follow-up');
    expect(r.pass).toBe(false);
    expect(r.severity).toBe('warning');
    expect(r.message.length).toBeGreaterThan(10);
  });
  it('does not apply to invites or to messages that are not the first after acceptance', () => {
    expect(check({ to: 'Ned Gray', why: '', text: 'Hi Ned, thanks!' }, 'follow-up').applies).toBe(false);
    expect(check({ to: 'Ned Gray', why: '', kind: 'message', text: 'Hi Ned, thanks!' }, 'follow-up').applies).toBe(false);
  });
});
