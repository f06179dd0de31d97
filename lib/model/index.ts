// The learned reading as the rules use it (mechanism learned-model). A logistic regression per core label, trained on
// every labelled blind batch (scripts/train-model.ts, lib/model/weights.json), second-guesses the hand-made reading:
// when it is sure of the other answer (the thresholds below), the rule takes its answer and points at the words that
// weighed most. Only for the languages it was trained on, and drafts of LEARNED_MIN_WORDS words or more.
import { wordCount } from './features';
import { compileModel, type CompiledModel, type ModelReading } from './predict';
import type { ModelWeights } from './train';
import weights from './weights.json';

/** How sure the learned reading must be to overrule the hand-made one: p ≥ this for yes, p ≤ 1 - this for no. */
export const LEARNED_FLIP = 0.8;
/** To drop a meeting or an ask the hand-made reading found (words it can point at), the learned reading must be surer still. */
export const LEARNED_FLIP_FOUND = 0.95;
/** To add an ask (an error on first contact, which stops the send for a confirmation), surer than for the rest. */
export const LEARNED_FLIP_ASK = 0.9;
/** A draft of fewer words than this is too little for the learned reading: the hand-made one stands. */
export const LEARNED_MIN_WORDS = 12;

let compiled: CompiledModel | undefined;

/** The learned reading of a draft, or null for a language the model has not learned or a draft too short to read. */
export function learnedReading(text: string, lang: string, recipientName?: string, senderName?: string): ModelReading | null {
  compiled ??= compileModel(weights as ModelWeights);
  if (!compiled.langs.has(lang) || wordCount(text) < LEARNED_MIN_WORDS) return null;
  return compiled.read(text, recipientName, senderName);
}

