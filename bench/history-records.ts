// The 50,000-record history the popup benches seed (one import), with outcomes as a real history has them.
// Shared by bench/popup.bench.ts and the diagnostic bench/diag-ab.ts.
export function benchRecords(n: number, now: number): unknown[] {
  const names = ['Giulia Ferri', 'Jane Doe', 'Marco Bianchi', 'Niccolò Rossi', 'Sara Colombo', 'Paul Smith'];
  const statuses = ['sent', 'accepted', 'replied', 'no-answer'];
  return Array.from({ length: n }, (_, i) => ({
    id: `bench-${String(i).padStart(6, '0')}`, kind: i % 3 ? 'invite' : 'message',
    recipient: { name: `${names[i % names.length]} ${i}`, profileId: `p-${i}` },
    text: `Ciao, ci siamo conosciuti al meetup numero ${i} e mi è piaciuto il tuo intervento sulla logistica.`,
    sentAt: now - i * 3_600_000, lang: 'it', score: i % 100, verdict: ['ready', 'improve', 'stop'][i % 3], failedChecks: [[], ['how-met'], ['personalized', 'spelling']][i % 3],
    page: '/in/x/', gateOverridden: false, status: statuses[i % 4], metWhere: '', followUpDue: null,
    notes: '', updatedAt: now, recipientKey: `id:p-${i}`, statusBy: 'page',
    outcomes: i % 4 ? [{ at: now - i * 3_600_000 + 86_400_000, status: statuses[i % 4], by: 'page', source: 'profile' }] : [],
  }));
}
