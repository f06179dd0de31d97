// Trains the learned reading (mechanism learned-model): one logistic regression per core label over the features of
// lib/model/features.ts. Pure and deterministic (no randomness, a fixed order), so the same drafts give the same weights
// on any machine. scripts/train-model.ts runs it over the labelled blind batches and writes lib/model/weights.json.
import { draftFeatures, featureValues } from './features';

export const MODEL_LABELS = ['personalized', 'howMet', 'earlyAsk'] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];

export interface TrainingDraft {
  text: string;
  recipient?: string;
  sender?: string;
  /** Unset for the older sets that do not say; the model reads the languages of the drafts that do. */
  lang?: string;
  /** The labels given; a label left out (ambiguous) is not learned from. */
  labels: Partial<Record<ModelLabel, boolean>>;
}

export interface ModelWeights {
  /** The languages it was trained on: no other language is read. */
  langs: string[];
  /** How many drafts it learned from. */
  drafts: number;
  vocab: string[];
  idf: number[];
  /** One row per label (MODEL_LABELS order), one weight per vocabulary entry. */
  weights: number[][];
  bias: number[];
}

export interface TrainOptions {
  /** A feature must occur in this many drafts to be learned. */
  minDf?: number;
  /** Inverse regularization strength (as scikit-learn's C). */
  c?: number;
  /** Full-batch optimizer steps. */
  steps?: number;
  /** Features whose largest weight is smaller than this are dropped from the file. */
  prune?: number;
}

const round = (x: number, d: number) => { const f = 10 ** d; const r = Math.round(x * f) / f; return r === 0 ? 0 : r; };

export function trainModel(drafts: readonly TrainingDraft[], options: TrainOptions = {}): ModelWeights {
  const { minDf = 3, c = 30, steps = 400, prune = 0.3 } = options;
  const hits = drafts.map((d) => draftFeatures(d.text, d.recipient, d.sender));
  const df = new Map<string, number>();
  for (const h of hits) for (const f of h) df.set(f.key, (df.get(f.key) ?? 0) + 1);
  const vocab = [...df.entries()].filter(([, n]) => n >= minDf).map(([k]) => k).sort();
  const index = new Map(vocab.map((k, i) => [k, i]));
  const n = drafts.length;
  const idf = vocab.map((k) => Math.log((1 + n) / (1 + df.get(k)!)) + 1);
  const rows = hits.map((h) => featureValues(h, (k) => index.get(k), idf).map(({ index: i, value }) => [i, value] as const));
  const weights: number[][] = [];
  const bias: number[] = [];
  for (const label of MODEL_LABELS) {
    const docs: number[] = [];
    const ys: number[] = [];
    drafts.forEach((d, i) => { const y = d.labels[label]; if (typeof y === 'boolean') { docs.push(i); ys.push(y ? 1 : 0); } });
    const { w, b } = fitLogistic(docs.map((i) => rows[i]!), ys, vocab.length, c, steps);
    weights.push(w);
    bias.push(b);
  }
  // Drop what barely counts, round the rest: the file stays small and the answers do not move.
  const keep = vocab.map((_, j) => weights.some((w) => Math.abs(w[j]!) >= prune));
  return {
    langs: [...new Set(drafts.flatMap((d) => (d.lang === undefined ? [] : [d.lang])))].sort(),
    drafts: n,
    vocab: vocab.filter((_, j) => keep[j]),
    idf: idf.filter((_, j) => keep[j]).map((x) => round(x, 3)),
    weights: weights.map((w) => w.filter((_, j) => keep[j]).map((x) => round(x, 3))),
    bias: bias.map((x) => round(x, 3)),
  };
}

/**
 * L2-regularized logistic regression (C·Σ log-loss + ½‖w‖², the bias not regularized), minimized by full-batch Adam
 * on the mean objective. Rows are sparse: [feature index, value] pairs.
 */
export function fitLogistic(rows: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, ys: readonly number[], dim: number, c: number, steps: number): { w: number[]; b: number } {
  const n = rows.length;
  const w = new Float64Array(dim);
  const m = new Float64Array(dim + 1);
  const v = new Float64Array(dim + 1);
  const g = new Float64Array(dim + 1);
  const lambda = 1 / (c * Math.max(1, n));
  const lr = 0.1, b1 = 0.9, b2 = 0.999, eps = 1e-8;
  let b = 0;
  for (let t = 1; t <= steps; t++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      let z = b;
      for (const [j, x] of rows[i]!) z += w[j]! * x;
      const r = (1 / (1 + Math.exp(-z)) - ys[i]!) / n;
      for (const [j, x] of rows[i]!) g[j] += r * x;
      g[dim] += r;
    }
    for (let j = 0; j < dim; j++) g[j] += lambda * w[j]!;
    const step = lr * Math.sqrt(1 - b2 ** t) / (1 - b1 ** t);
    for (let j = 0; j <= dim; j++) {
      m[j] = b1 * m[j]! + (1 - b1) * g[j]!;
      v[j] = b2 * v[j]! + (1 - b2) * g[j]! * g[j]!;
      const d = step * m[j]! / (Math.sqrt(v[j]!) + eps);
      if (j === dim) b -= d; else w[j] -= d;
    }
  }
  return { w: [...w], b };
}
