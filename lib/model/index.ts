// The learned reading as the rules use it (mechanism learned-model). A logistic regression per core label, trained on
// every labelled blind batch (scripts/train-model.ts, lib/model/weights.json), second-guesses the hand-made reading:
// when it is sure of the other answer (LEARNED_FLIP), the rule takes its answer and points at the words that weighed
// most. Only for the languages it was trained on, and drafts of LEARNED_MIN_WORDS words or more.
import { draftFeatures, wordCount } from './features';
import { compileModel, type CompiledModel, type ModelReading } from './predict';
import type { ModelLabel, ModelWeights } from './train';
import weights from './weights.json';

/**
 * How sure the learned reading must be to overrule the hand-made answer, per label: to say yes where it said no (`yes`, p ≥),
 * and to say no where it said yes (`no`, p ≤ 1 - this). Dropping a meeting or an ask the hand-made reading found (words it
 * can point at) needs more; so does adding an ask, an error on first contact that stops the send for a confirmation.
 */
export const LEARNED_FLIP: Readonly<Record<ModelLabel, { yes: number; no: number }>> = {
  personalized: { yes: 0.8, no: 0.8 },
  howMet: { yes: 0.8, no: 0.95 },
  earlyAsk: { yes: 0.9, no: 0.95 },
};
/** A draft of fewer words than this is too little for the learned reading: the hand-made one stands. */
export const LEARNED_MIN_WORDS = 12;

let compiled: CompiledModel | undefined;

/** The learned reading of a draft, or null for a language the model has not learned or a draft too short to read. */
export function learnedReading(text: string, lang: string, recipientName?: string, senderName?: string): ModelReading | null {
  compiled ??= compileModel(weights as ModelWeights);
  if (!compiled.langs.has(lang)) return null;
  const hits = draftFeatures(text, recipientName, senderName);
  return wordCount(hits) < LEARNED_MIN_WORDS ? null : compiled.read(hits);
}

/** The learned reading's answer on `label` where it overrules the hand-made answer `hand`; null where the hand-made one stands. */
export function overruled(reading: ModelReading | null, label: ModelLabel, hand: boolean): boolean | null {
  if (reading === null) return null;
  const p = reading.p[label];
  if (hand) return p <= 1 - LEARNED_FLIP[label].no ? false : null;
  return p >= LEARNED_FLIP[label].yes ? true : null;
}
