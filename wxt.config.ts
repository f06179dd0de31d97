import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { contentCatalogs } from './scripts/content-catalogs';

// The _locales catalogs are imported as modules (lib/i18n.ts, lib/content/strings.ts)
// for their `message`s only: the translators' `description`s stay in the copies the
// browser reads (public/_locales) and out of the scripts, the content script above all.
// `messages.json?content-keys` / `?content-strings` (lib/content/strings.ts) are the
// content script's cut, made by scripts/content-catalogs.ts: its keys listed once,
// then each catalog's bare messages for them.
const catalogsWithoutNotes = {
  name: 'garbo-catalogs-without-notes',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!/[\\/]_locales[\\/][\w-]+[\\/]messages\.json$/.test(id)) return null;
    const catalog = JSON.parse(code) as Record<string, { description?: string }>;
    for (const entry of Object.values(catalog)) delete entry.description;
    return { code: JSON.stringify(catalog), map: null };
  },
};

// Garbo's manifest posture: one host permission, no web-accessible resources
// (LinkedIn probes for them), localized name/description, a Firefox add-on id.
export default defineConfig({
  // The e2e harness builds into a private folder so parallel runs do not collide.
  outDir: process.env.GARBO_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact(), catalogsWithoutNotes, contentCatalogs],
    // terser packs the content script about 1.5 KB (gzipped) tighter than esbuild's
    // minifier: that script has a 40 KB gzipped budget (bench/run.ts, tests/e2e/manifest.test.ts).
    build: { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 2 } } },
    // WXT's content-script context broadcasts the extension id to the page and
    // lets any page script invalidate it: Garbo's content script gets a quiet one
    // (see entrypoints/linkedin.content/quiet-context.ts).
    resolve: {
      alias: [{
        find: /^wxt\/utils\/content-script-context$/,
        replacement: fileURLToPath(new URL('./entrypoints/linkedin.content/quiet-context.ts', import.meta.url)),
      }],
    },
  }),
  hooks: {
    // Compile the spelling dictionaries into public/dict/ (skipped when up to date).
    'build:before': (wxt) => {
      execFileSync(process.execPath, ['scripts/build-dicts.mjs', '--quiet'], { cwd: wxt.config.root, stdio: 'inherit' });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: ['https://www.linkedin.com/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
          gecko: {
            id: 'garbo@garbo-coach.org',
            strict_min_version: '140.0',
            // Garbo collects and transmits nothing (Firefox's data-consent field).
            data_collection_permissions: { required: ['none'] },
          },
          gecko_android: { strict_min_version: '142.0' },
        } }
      : {}),
  }),
});
