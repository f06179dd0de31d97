// Trains what Garbo learns from the labelled drafts of scripts/training-drafts.ts, and writes it into lib/:
// - the learned reading (mechanism learned-model): lib/model/weights.json;
// - the written-word list (mechanism written-words, lib/spelling/written.ts): lib/spelling/written-words.json.
// Run it after adding a batch: `npm run train:model`. Deterministic: the same batches give the same files
// (tests/unit/model/model.test.ts and tests/unit/spelling/written.test.ts check the shipped files are what these batches give).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTrainingDrafts } from './training-drafts';
import { trainModel } from '../lib/model/train';
import { buildWrittenList, WRITTEN_MIN_COUNT } from '../lib/spelling/written';
import { loadSpellerSync } from '../lib/spelling/node';

const root = resolve(import.meta.dirname, '..');
const drafts = loadTrainingDrafts(root);
const started = Date.now();
const model = trainModel(drafts);
writeFileSync(resolve(root, 'lib/model/weights.json'), JSON.stringify(model) + '\n');
console.log(`trained on ${drafts.length} drafts in ${((Date.now() - started) / 1000).toFixed(1)} s: ${model.vocab.length} features`);

const { langs, words } = buildWrittenList(drafts, loadSpellerSync());
const about = `Dictionary words seen at least ${WRITTEN_MIN_COUNT} times in the labelled drafts; written by npm run train:model.`;
writeFileSync(resolve(root, 'lib/spelling/written-words.json'), JSON.stringify({ about, langs, words }) + '\n');
console.log(`written words: ${words.length} (${langs.join(', ')})`);
