// Node-only loader of the compiled dictionaries (tests, CLI, bench). The
// extension never imports this file: its background fetches /dict/<lang>.bin
// from its own package and calls loadDictionary (lib/spelling/dawg.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, Speller } from '../types';
import { loadDictionary, type Dictionary } from './dawg';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where scripts/build-dicts.mjs writes the compiled files (WXT ships public/ as the package root). */
export const DICT_DIR = join(REPO_ROOT, 'public/dict');

export function dictionaryPath(lang: Lang, dir = DICT_DIR): string {
  return join(dir, `${lang}.bin`);
}

/**
 * Builds the compiled dictionaries when they are missing or stale (the build
 * script compares a hash of its inputs and exits at once when up to date).
 */
export function ensureDictionaries(dir = DICT_DIR): void {
  const script = join(REPO_ROOT, 'scripts/build-dicts.mjs');
  const args = [script, '--quiet'];
  if (dir !== DICT_DIR) args.push('--out', dir);
  execFileSync(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

export function loadDictionarySync(lang: Lang, dir = DICT_DIR): Dictionary {
  const file = dictionaryPath(lang, dir);
  if (!existsSync(file)) ensureDictionaries(dir);
  return loadDictionary(readFileSync(file), lang);
}

/** Both dictionaries, built first if needed. */
export function loadSpellerSync(dir = DICT_DIR): Required<Speller> & { it: Dictionary; en: Dictionary } {
  if (!existsSync(dictionaryPath('it', dir)) || !existsSync(dictionaryPath('en', dir))) ensureDictionaries(dir);
  return { it: loadDictionarySync('it', dir), en: loadDictionarySync('en', dir) };
}
