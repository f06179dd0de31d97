// Reads a draft with the learned weights (mechanism learned-model): for each core label, how likely the labellers of the
// blind batches would have said yes, and which words pushed it that way. Pure: no I/O, the weights are passed in.
import { mergeSpans } from '../lang/text';
import { draftFeatures, featureValues } from './features';
import { MODEL_LABELS, type ModelLabel, type ModelWeights } from './train';

export interface ModelReading {
  /** Probability of "yes" per label. */
  p: Record<ModelLabel, number>;
  /** The words that pushed a label towards yes (want = true) or no, strongest first, at most `top` features. */
  because(label: ModelLabel, want: boolean, top?: number): Array<{ start: number; end: number }>;
}

export interface CompiledModel { langs: ReadonlySet<string>; read(text: string, recipientName?: string, senderName?: string): ModelReading }

export function compileModel(m: ModelWeights): CompiledModel {
  const index = new Map(m.vocab.map((k, i) => [k, i]));
  const idf = (k: string) => { const i = index.get(k); return i === undefined ? undefined : m.idf[i]; };
  return {
    langs: new Set(m.langs),
    read(text, recipientName, senderName) {
      const values = featureValues(draftFeatures(text, recipientName, senderName), idf);
      const p = {} as Record<ModelLabel, number>;
      MODEL_LABELS.forEach((label, li) => {
        let z = m.bias[li]!;
        for (const { hit, value } of values) z += value * m.weights[li]![index.get(hit.key)!]!;
        p[label] = 1 / (1 + Math.exp(-z));
      });
      return {
        p,
        because(label, want, top = 3) {
          const li = MODEL_LABELS.indexOf(label);
          const scored = values.map(({ hit, value }) => ({ hit, c: value * m.weights[li]![index.get(hit.key)!]! * (want ? 1 : -1) }))
            .filter((x) => x.c > 0).sort((a, b) => b.c - a.c || a.hit.spans[0]!.start - b.hit.spans[0]!.start).slice(0, top);
          return mergeSpans(scored.flatMap((x) => x.hit.spans));
        },
      };
    },
  };
}
