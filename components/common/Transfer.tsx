// Export (JSON, CSV) and import (JSON) of the history, shared by the popup and
// the options page. Import is all or nothing: the background validates every
// record first and the error names the record and the field.
import { useSignal } from '@preact/signals';
import { t } from '../../lib/i18n';
import type { Lang } from '../../lib/types';
import { historyApi, type Api } from './api';
import { datedName, readFile, saveFile } from './files';

export function Transfer({ api, lang, onImported }: { api: Api; lang: Lang; onImported?: () => void }) {
  const h = historyApi(api);
  const message = useSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const busy = useSignal(false);

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
    // Loaded on demand: keeps the popup's first screen light.
    const [{ toCsv, toExportJson }, records] = await Promise.all([import('../../lib/history/transfer'), h.exportAll()]);
    if (format === 'json') saveFile(`${datedName('garbo-history')}.json`, toExportJson(records), 'application/json');
    else saveFile(`${datedName('garbo-history')}.csv`, toCsv(records), 'text/csv;charset=utf-8');
    return t(lang, 'hist_exported', records.length);
  });

  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      try {
        const res = await h.importText(await readFile(file));
        onImported?.();
        return t(lang, 'hist_imported', res.added, res.updated, res.kept);
      } catch (err) {
        throw new Error(t(lang, 'hist_import_failed', err instanceof Error ? err.message : String(err)));
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
      {message.value && (
        <p role={message.value.kind === 'error' ? 'alert' : 'status'} class={`msg ${message.value.kind}`} data-testid="transfer-message">{message.value.text}</p>
      )}
    </section>
  );
}
