// Reads a draft with the learned weights (mechanism learned-model): for each core label, how likely the labellers of the
// blind batches would have said yes, and which words pushed it that way. Pure: no I/O, the weights are passed in.
import { mergeSpans } from '../lang/text';
import { featureValues, type FeatureHits } from './features';
import { MODEL_LABELS, type ModelLabel, type ModelWeights } from './train';

export interface ModelReading {
  /** Probability of "yes" per label. */
  p: Record<ModelLabel, number>;
  /** The words that pushed a label towards yes (want = true) or no, strongest first, at most `top` features. */
  because(label: ModelLabel, want: boolean, top?: number): Array<{ start: number; end: number }>;
}

export interface CompiledModel {
  langs: ReadonlySet<string>;
  /** Reads the features of one draft (lib/model/features.ts, draftFeatures). */
  read(hits: readonly FeatureHits[]): ModelReading;
}

export function compileModel(m: ModelWeights): CompiledModel {
  const vocab = new Map(m.vocab.map((k, i) => [k, i]));
  return {
    langs: new Set(m.langs),
    read(hits) {
      const values = featureValues(hits, (k) => vocab.get(k), m.idf);
      const p = {} as Record<ModelLabel, number>;
      MODEL_LABELS.forEach((label, li) => {
        const w = m.weights[li]!;
        let z = m.bias[li]!;
        for (const { index, value } of values) z += value * w[index]!;
        p[label] = 1 / (1 + Math.exp(-z));
      });
      return {
        p,
        because(label, want, top = 3) {
          const w = m.weights[MODEL_LABELS.indexOf(label)]!;
          const scored = values.map(({ hit, index, value }) => ({ hit, c: value * w[index]! * (want ? 1 : -1) }))
            .filter((x) => x.c > 0).sort((a, b) => b.c - a.c || a.hit.spans[0]!.start - b.hit.spans[0]!.start).slice(0, top);
          return mergeSpans(scored.flatMap((x) => x.hit.spans));
        },
      };
    },
  };
}
