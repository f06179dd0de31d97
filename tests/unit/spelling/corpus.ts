// Shared test data readers: the dev corpus and the seed texts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftKind, Lang } from '../../../lib/types';

export const SHARED = process.env.GARBO_SHARED_DIR ?? join(import.meta.dirname, '../../../../shared');

export interface CorpusLine {
  id: string;
  lang: Lang;
  kind: DraftKind;
  recipient: string;
  sender?: string;
  text: string;
  expect: { misspelled: string[] };
  hunspellExtra: string[];
}

export function readCorpus(): CorpusLine[] {
  return readFileSync(join(SHARED, 'corpus/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusLine);
}

export function readSeeds(): string[] {
  const dir = join(SHARED, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}
