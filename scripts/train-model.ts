// Trains the learned reading (mechanism learned-model) on the labelled drafts of scripts/training-drafts.ts and writes
// lib/model/weights.json. Run it after adding a batch: `npm run train:model`. Deterministic: the same batches give the
// same file (tests/unit/model/weights.test.ts checks the shipped file is what these batches give).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTrainingDrafts } from './training-drafts';
import { trainModel } from '../lib/model/train';

const root = resolve(import.meta.dirname, '..');
const drafts = loadTrainingDrafts(root);
const started = Date.now();
const model = trainModel(drafts);
writeFileSync(resolve(root, 'lib/model/weights.json'), JSON.stringify(model) + '\n');
console.log(`trained on ${drafts.length} drafts in ${((Date.now() - started) / 1000).toFixed(1)} s: ${model.vocab.length} features`);
