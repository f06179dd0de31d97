// Drafts in a language Garbo does not read are recognised as such, and no
// Italian or English draft we have (dev corpus, our 600+ own drafts, typo-heavy
// and jargon-heavy notes) is ever taken for one.
import { beforeAll, describe, expect, it } from 'vitest';
import { detectForeign, type ForeignLang } from '../../../lib/lang/foreign';
import { fold, tokenize } from '../../../lib/lang/text';
import { loadSpellerSync } from '../../../lib/spelling/node';
import type { Speller } from '../../../lib/types';
import { CORPUS, loadRows } from '../analyzer/corpus-eval';

const tokens = (text: string) => tokenize(text, fold(text));
let speller: Speller;
beforeAll(() => { speller = loadSpellerSync(); });

const FOREIGN: Array<[ForeignLang, string]> = [
  ['fr', "Bonjour Claire, nous nous sommes rencontrés au salon VivaTech la semaine dernière. J'ai beaucoup aimé votre présentation sur la logistique urbaine."],
  ['fr', 'Merci pour votre message ! Je serais ravi de rester en contact avec vous et de suivre vos projets.'],
  ['es', 'Hola Lucía, nos conocimos en el congreso de Valencia la semana pasada. Me gustó mucho tu charla sobre logística y me encantaría seguir en contacto.'],
  ['es', 'Gracias por aceptar la invitación. Estoy preparando un informe sobre energía solar y pensé que te podría interesar.'],
  ['de', 'Hallo Jonas, wir haben uns letzte Woche auf der Messe in Hamburg kennengelernt. Dein Vortrag über Lagerlogistik hat mir sehr gefallen.'],
  ['de', 'Vielen Dank für die Vernetzung! Ich arbeite auch im Bereich erneuerbare Energien und freue mich auf den Austausch.'],
  ['pt', 'Olá Beatriz, nos conhecemos na conferência de Lisboa na semana passada. Gostei muito da sua palestra sobre logística e gostaria de manter contato.'],
];

const OWN_IT_EN = [
  // typo-heavy, names, brands and jargon: still Italian or English
  'Ciao Giulia, ci siamo conosciuti al Web Marketing Festival: il tuo speech sul growth hacking e sul funnel B2B mi ha colpito, posso girarti il report di Semrush?',
  'Hi Priya, grate to meet you at KubeCon in Amsterdam! Your talk on eBPF observabilty was definately the hightlight of my week.',
  'Ciao Marco, ho letto il tuo post su LinkedIn sullo smart working e sul mindset dei team full-remote: molto interessante, complimenti!',
  'Hey Jürgen, we met at the Hannover Messe booth of Siemens — thanks for the demo of the Xcelerator suite.',
  'Ciao Ursula, ho seguito il panel con Ursula von der Leyen e Olaf Scholz a Bruxelles: il tuo intervento sulla PAC era chiarissimo.',
  'Bonjour is how I greeted you at VivaTech, Claire: I am the Milan founder who asked about your logistics talk.',
];

describe('detectForeign', () => {
  it('recognises French, Spanish, German and Portuguese drafts, naming the language', () => {
    for (const [lang, text] of FOREIGN) expect(detectForeign(tokens(text), speller).lang, text).toBe(lang);
  });

  it('never takes an Italian or English draft for another language: our own labelled drafts, typo- and jargon-heavy notes', () => {
    const texts = [...loadRows(CORPUS).map((r) => r.text), ...OWN_IT_EN];
    expect(texts.length).toBeGreaterThan(600);
    const wrong = texts.filter((t) => detectForeign(tokens(t), speller).lang !== undefined);
    expect(wrong).toEqual([]);
  });

  it('without dictionaries, decides on function words alone, more strictly', () => {
    expect(detectForeign(tokens(FOREIGN[0]![1])).lang).toBe('fr');
    expect(detectForeign(tokens(FOREIGN[4]![1])).lang).toBe('de');
    for (const t of OWN_IT_EN) expect(detectForeign(tokens(t)).lang, t).toBeUndefined();
    expect(detectForeign(tokens('')).lang).toBeUndefined();
    expect(detectForeign(tokens('Hola!')).lang).toBeUndefined();
  });
});
