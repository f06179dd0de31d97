// The DOM layer alone (lib/linkedin/watch.ts), bundled for injection into a
// fixture page: the watcher's callbacks log into `window.__g`, so a test can
// read what it found without the rest of the extension.
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';

export const DOM_LAYER_BUNDLE = buildSync({
  stdin: {
    contents: `
      import { watchFields } from './lib/linkedin/watch';
      const g = (window.__g = { log: [], fields: [], stage1: [], failures: [] });
      g.stop = watchFields(document, {
        attach: (f) => { g.fields.push(f); g.log.push('attach ' + f.surface); },
        detach: (f) => { g.log.push('detach ' + f.surface); },
        inviteStage1: (d) => { g.stage1.push(d); g.log.push('stage1'); },
        failed: (r, e) => { g.failures.push(r + ': ' + e); },
      });
      g.field = () => g.fields[g.fields.length - 1];`,
    resolveDir: resolve(__dirname, '../..'),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
}).outputFiles[0]!.text;
