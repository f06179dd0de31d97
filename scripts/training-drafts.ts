// The drafts the learned reading is trained on: every labelled blind batch (two labellers each, ambiguous labels left out),
// and the two older labelled sets (paraphrases of the dev corpus, the families), whose conventions it must keep too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_LABELS, type TrainingDraft } from '../lib/model/train';

export const TRAINING_DIR = 'tests/fixtures/blind';
export const TRAINING_SETS = ['tests/unit/analyzer/paraphrases.jsonl', 'tests/unit/analyzer/families.jsonl'];

/** Every training draft: the blind batches in `root`/TRAINING_DIR (those `accept` keeps), then TRAINING_SETS. */
export function loadTrainingDrafts(root: string, accept: (file: string) => boolean = () => true): TrainingDraft[] {
  const dir = join(root, TRAINING_DIR);
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && accept(f)).sort().map((f) => join(dir, f));
  return [...files, ...TRAINING_SETS.map((f) => join(root, f))].flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => {
    const r = JSON.parse(l) as { text: string; recipient?: string; sender?: string; lang?: string; ambiguous?: string[]; expect: Record<string, boolean> };
    const labels: TrainingDraft['labels'] = {};
    for (const k of MODEL_LABELS) if (!(r.ambiguous ?? []).includes(k) && typeof r.expect[k] === 'boolean') labels[k] = r.expect[k];
    return { text: r.text, recipient: r.recipient, sender: r.sender, lang: r.lang, labels };
  }));
}
