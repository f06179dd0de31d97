// Export (JSON, CSV) and import (JSON) of the history, shared by the popup and
// the options page. Import is all or nothing: the page splits and checks the
// file in slices (lib/history/importer.ts), the background checks every batch
// again and writes only on commit; an error names the record and the field.
import { useSignal } from '@preact/signals';
import { t } from '../../lib/i18n';
import type { Lang } from '../../lib/types';
import { historyApi, type Api } from './api';
import { blobOf, datedName, readFile, saveFile } from './files';
import { MAX_IMPORT_BYTES } from '../../lib/history/limits';
import type { Requester } from '../../lib/history/importer';

/** "12.3" (MB, one decimal) for messages about file sizes. */
export const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function Transfer({ api, lang, onImported }: { api: Api; lang: Lang; onImported?: () => void }) {
  const h = historyApi(api);
  const message = useSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const busy = useSignal(false);
  const progress = useSignal<{ text: string; done?: number; total?: number } | null>(null);

  const run = async (f: () => Promise<string>) => {
    busy.value = true;
    message.value = null;
    try {
      message.value = { kind: 'ok', text: await f() };
    } catch (err) {
      message.value = { kind: 'error', text: err instanceof Error ? err.message : String(err) };
    } finally {
      busy.value = false;
    }
  };

  const exportAs = (format: 'json' | 'csv') => run(async () => {
    // Loaded on demand: keeps the popup's first screen light. Fetched a page at a
    // time and built a slice at a time: a big history never makes one huge message or task.
    const [{ toCsvParts, toExportParts }, { fetchExport, Slicer }] = await Promise.all([import('../../lib/history/transfer'), import('../../lib/history/importer')]);
    try {
      const records = await fetchExport(api.request.bind(api) as Requester, (done, total) => {
        progress.value = { text: t(lang, 'hist_exporting', done, total), done, total };
      });
      const slicer = new Slicer();
      const breathe = () => slicer.breathe();
      const mime = format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
      const parts = format === 'json' ? await toExportParts(records, Date.now(), breathe) : await toCsvParts(records, breathe);
      saveFile(`${datedName('garbo-history')}.${format}`, await blobOf(parts, mime, breathe), mime);
      return t(lang, 'hist_exported', records.length);
    } finally {
      progress.value = null;
    }
  });

  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      try {
        // Refused before reading: a file over the limit is never loaded into memory.
        if (file.size > MAX_IMPORT_BYTES) throw new Error(t(lang, 'hist_import_too_big', megabytes(file.size), megabytes(MAX_IMPORT_BYTES)));
        progress.value = { text: t(lang, 'hist_import_reading') };
        const [{ parseExportSliced, sendImport }, text] = await Promise.all([import('../../lib/history/importer'), readFile(file)]);
        // Split and checked in slices (the page stays responsive), then sent in batches; the background writes on commit.
        const parsed = await parseExportSliced(text, {
          progress: (done, total) => { progress.value = { text: t(lang, 'hist_import_checking', done, total), done, total }; },
        });
        const res = await sendImport(parsed, api.request.bind(api) as Requester, (done, total) => {
          progress.value = { text: t(lang, 'hist_import_saving', done, total), done, total };
        });
        onImported?.();
        return t(lang, 'hist_imported', res.added, res.updated, res.kept);
      } catch (err) {
        throw new Error(t(lang, 'hist_import_failed', err instanceof Error ? err.message : String(err)));
      } finally {
        progress.value = null;
      }
    });
  };

  return (
    <section class="transfer" aria-label={t(lang, 'hist_transfer')}>
      <div class="row-buttons">
        <button type="button" disabled={busy.value} onClick={() => exportAs('json')} data-testid="export-json">{t(lang, 'hist_export_json')}</button>
        <button type="button" disabled={busy.value} onClick={() => exportAs('csv')} data-testid="export-csv">{t(lang, 'hist_export_csv')}</button>
        <label class="button">
          {t(lang, 'hist_import')}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={onFile} disabled={busy.value} data-testid="import-file" />
        </label>
      </div>
      {progress.value && (
        <div role="status" data-testid="transfer-progress">
          <span>{progress.value.text}</span>
          <progress max={progress.value.total || 1} value={progress.value.total ? progress.value.done : undefined} />
        </div>
      )}
      {message.value && (
        <p role={message.value.kind === 'error' ? 'alert' : 'status'} class={`msg ${message.value.kind}`} data-testid="transfer-message">{message.value.text}</p>
      )}
    </section>
  );
}
