import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Garbo's manifest posture: one host permission, no web-accessible resources
// (LinkedIn probes for them), localized name/description, a Firefox add-on id.
export default defineConfig({
  // The e2e harness builds into a private folder so parallel runs do not collide.
  outDir: process.env.GARBO_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
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
