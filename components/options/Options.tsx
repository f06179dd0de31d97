// Garbo's options: every change is validated (SettingsSchema) and saved at
// once to browser.storage.local `settings`, with a visible "saved" mark.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { resolveUiLang, t } from '../../lib/i18n';
import { MAX_DICTIONARY_FILE_BYTES, MAX_DICTIONARY_WORDS, mergeDictionary, OPTIONAL_RULE_IDS, SettingsSchema, type Settings } from '../../lib/settings';
import type { Lang, RuleId } from '../../lib/types';
import { historyApi, type Api } from '../common/api';
import { readFile, saveFile } from '../common/files';
import { megabytes, Transfer } from '../common/Transfer';

/** Words from a text file: one per line (or separated by spaces/commas), trimmed, de-duplicated. */
export function parseWordList(text: string): string[] {
  const out = new Set<string>();
  for (const w of text.split(/[\s,;]+/)) {
    const word = w.trim();
    if (word && word.length <= 100) out.add(word);
  }
  return [...out];
}

/** Words drawn at once in the list; the filter box finds the others. */
export const SHOWN_WORDS = 200;

export function Options({ api }: { api: Api }) {
  const settings = useSignal<Settings | null>(null);
  const state = useSignal<'idle' | 'saved' | { error: string }>('idle');
  const newWord = useSignal('');
  const confirming = useSignal(false);
  const wiped = useSignal(false);
  const wordFilter = useSignal('');
  const dictMsg = useSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    api.loadSettings().then((s) => { settings.value = s; });
    // A word added from the checker or a change in another tab shows up here too.
    return api.watchSettings?.((s) => { settings.value = s; });
  }, []);
  const s = settings.value;
  const L: Lang = resolveUiLang(s?.uiLang ?? 'auto', api.browserLang());
  useEffect(() => { document.documentElement.lang = L; }, [L]);
  if (!s) return <main class="options"><p role="status">{t(L, 'popup_loading')}</p></main>;

  /** Validate and store; true when saved (callers report success only then). */
  const save = async (patch: Partial<Settings>): Promise<boolean> => {
    const parsed = SettingsSchema.safeParse({ ...settings.value, ...patch });
    if (!parsed.success) { state.value = { error: parsed.error.issues.map((i) => i.message).join('; ') }; return false; }
    try {
      await api.saveSettings(parsed.data);
      settings.value = parsed.data;
      wiped.value = false;
      state.value = 'saved';
      return true;
    } catch (err) {
      state.value = { error: err instanceof Error ? err.message : String(err) };
      return false;
    }
  };
  const addWords = async (words: string[]) => {
    const merged = mergeDictionary(s.dictionary, words);
    if (!merged.ok) { state.value = { error: t(L, 'opt_dictionary_too_many', merged.total, MAX_DICTIONARY_WORDS) }; return; }
    if (merged.added) await save({ dictionary: merged.dictionary });
  };
  /** One message that says what happened: refused (nothing added) or how many words were added. */
  const importWords = async (file: File) => {
    dictMsg.value = null;
    if (file.size > MAX_DICTIONARY_FILE_BYTES) {
      dictMsg.value = { kind: 'error', text: t(L, 'opt_dictionary_file_too_big', megabytes(file.size), megabytes(MAX_DICTIONARY_FILE_BYTES)) };
      return;
    }
    const merged = mergeDictionary(s.dictionary, parseWordList(await readFile(file)));
    if (!merged.ok) {
      dictMsg.value = { kind: 'error', text: t(L, 'opt_dictionary_too_many', merged.total, MAX_DICTIONARY_WORDS) };
      return;
    }
    if (merged.added && !(await save({ dictionary: merged.dictionary }))) {
      dictMsg.value = { kind: 'error', text: t(L, 'opt_dictionary_import_failed') };
      return;
    }
    dictMsg.value = { kind: 'ok', text: t(L, 'opt_dictionary_imported', merged.added, merged.already) };
  };
  const wipe = async () => {
    try {
      await historyApi(api).clear();
      await api.clearSettings();
      settings.value = await api.loadSettings();
      confirming.value = false;
      wiped.value = true;
      state.value = 'idle';
    } catch (err) {
      state.value = { error: err instanceof Error ? err.message : String(err) };
    }
  };
  const st = state.value;
  // At most SHOWN_WORDS chips (a 5,000-word list would take a second to draw); a filter finds the rest.
  const needle = wordFilter.value.trim().toLocaleLowerCase();
  const matching = needle ? s.dictionary.filter((w) => w.toLocaleLowerCase().includes(needle)) : s.dictionary;
  const shown = { words: matching.slice(0, SHOWN_WORDS), total: matching.length };

  return (
    <main class="options" data-testid="options">
      <header class="opt-head">
        <h1>{t(L, 'opt_title')}</h1>
        <span class="saved" role="status" data-testid="opt-state">
          {st === 'saved' ? t(L, 'popup_saved') : typeof st === 'object' ? t(L, 'popup_error', st.error) : ''}
        </span>
      </header>

      <section>
        <h2>{t(L, 'opt_section_writing')}</h2>
        <fieldset>
          <legend>{t(L, 'opt_note_limit')}</legend>
          {([200, 300, 'detect'] as const).map((v) => (
            <label class="opt">
              <input type="radio" name="noteLimit" value={String(v)} checked={s.noteLimit === v} data-testid={`opt-limit-${v}`}
                onChange={() => save({ noteLimit: v })} />
              {t(L, `opt_note_limit_${v}`)}
            </label>
          ))}
        </fieldset>
        <label class="opt">
          <input type="checkbox" checked={s.sendGate} data-testid="opt-gate" onChange={(e) => save({ sendGate: (e.currentTarget as HTMLInputElement).checked })} />
          {t(L, 'opt_send_gate')}
        </label>
        <p class="hint">{t(L, 'opt_send_gate_hint')}</p>
        <label class="field">
          {t(L, 'opt_sender_name')}
          <input type="text" maxLength={200} value={s.senderName} data-testid="opt-name" onChange={(e) => save({ senderName: (e.currentTarget as HTMLInputElement).value.trim() })} />
        </label>
        <label class="field">
          {t(L, 'opt_ui_lang')}
          <select value={s.uiLang} data-testid="opt-lang" onChange={(e) => save({ uiLang: (e.currentTarget as HTMLSelectElement).value as Settings['uiLang'] })}>
            <option value="auto">{t(L, 'opt_ui_lang_auto')}</option>
            <option value="it">Italiano</option>
            <option value="en">English</option>
          </select>
        </label>
      </section>

      <section>
        <h2>{t(L, 'opt_rules')}</h2>
        <p class="hint">{t(L, 'opt_rules_hint')}</p>
        {OPTIONAL_RULE_IDS.map((id) => (
          <label class="opt">
            <input type="checkbox" checked={!s.disabledRules.includes(id)} data-testid={`opt-rule-${id}`}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                const off = new Set<RuleId>(s.disabledRules);
                if (on) off.delete(id); else off.add(id);
                void save({ disabledRules: [...off] });
              }} />
            {t(L, `opt_rule_${id.replace(/-/g, '_')}`)}
          </label>
        ))}
      </section>

      <section>
        <h2>{t(L, 'opt_followups')}</h2>
        <label class="field">
          {t(L, 'opt_followup_days')}
          <input type="number" min={1} max={365} value={s.followUpDays} data-testid="opt-days"
            onChange={(e) => {
              const n = Number((e.currentTarget as HTMLInputElement).value);
              if (Number.isInteger(n) && n >= 1 && n <= 365) void save({ followUpDays: n });
              else state.value = { error: t(L, 'opt_followup_days_bad') };
            }} />
        </label>
        <label class="field">
          {t(L, 'opt_pending_weeks')}
          <input type="number" min={1} max={52} value={s.pendingWeeks} data-testid="opt-pending-weeks"
            onChange={(e) => {
              const n = Number((e.currentTarget as HTMLInputElement).value);
              if (Number.isInteger(n) && n >= 1 && n <= 52) void save({ pendingWeeks: n });
              else state.value = { error: t(L, 'opt_pending_weeks_bad') };
            }} />
        </label>
        <label class="opt">
          <input type="checkbox" checked={s.badgeCount} data-testid="opt-badge" onChange={(e) => save({ badgeCount: (e.currentTarget as HTMLInputElement).checked })} />
          {t(L, 'opt_badge')}
        </label>
      </section>

      <section>
        <h2>{t(L, 'opt_dictionary')}</h2>
        <p class="hint">{t(L, 'opt_dictionary_hint')}</p>
        <form class="row-buttons" onSubmit={(e) => {
          e.preventDefault();
          const words = parseWordList(newWord.value);
          if (words.length) { void addWords(words); newWord.value = ''; }
        }}>
          <input type="text" maxLength={100} value={newWord.value} aria-label={t(L, 'opt_dictionary_new')} placeholder={t(L, 'opt_dictionary_new')}
            data-testid="opt-word" onInput={(e) => { newWord.value = (e.currentTarget as HTMLInputElement).value; }} />
          <button type="submit" data-testid="opt-word-add">{t(L, 'opt_dictionary_add')}</button>
        </form>
        {s.dictionary.length > SHOWN_WORDS && (
          <input type="search" value={wordFilter.value} aria-label={t(L, 'opt_dictionary_filter')} placeholder={t(L, 'opt_dictionary_filter')}
            data-testid="opt-word-filter" onInput={(e) => { wordFilter.value = (e.currentTarget as HTMLInputElement).value; }} />
        )}
        {shown.total > shown.words.length && <p class="hint" role="status" data-testid="opt-words-shown">{t(L, 'opt_dictionary_shown', shown.words.length, shown.total)}</p>}
        {s.dictionary.length === 0 ? <p class="muted" data-testid="opt-dict-empty">{t(L, 'opt_dictionary_empty')}</p> : (
          <ul class="words" data-testid="opt-words" aria-label={t(L, 'opt_dictionary')}>
            {shown.words.map((w) => (
              <li key={w}>
                <span>{w}</span>
                <button type="button" class="link" aria-label={t(L, 'opt_dictionary_remove', w)}
                  onClick={() => save({ dictionary: s.dictionary.filter((x) => x !== w) })}>✕</button>
              </li>
            ))}
          </ul>
        )}
        <div class="row-buttons">
          <button type="button" data-testid="opt-dict-export" onClick={() => saveFile('garbo-dictionary.txt', s.dictionary.join('\n') + '\n', 'text/plain;charset=utf-8')}>
            {t(L, 'opt_dictionary_export')}
          </button>
          <label class="button">
            {t(L, 'opt_dictionary_import')}
            <input type="file" accept="text/plain,.txt" class="visually-hidden" data-testid="opt-dict-import" onChange={async (e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) await importWords(file);
            }} />
          </label>
          {dictMsg.value && (
            <span role={dictMsg.value.kind === 'error' ? 'alert' : 'status'} class={`msg ${dictMsg.value.kind}`} data-testid="opt-dict-message">{dictMsg.value.text}</span>
          )}
        </div>
      </section>

      <section>
        <h2>{t(L, 'opt_history')}</h2>
        <p class="hint">{t(L, 'opt_history_hint')}</p>
        <Transfer api={api} lang={L} />
      </section>

      <section class="danger-zone">
        <h2>{t(L, 'opt_delete_all')}</h2>
        <p class="hint">{t(L, 'opt_delete_all_hint')}</p>
        {wiped.value && <p role="status" class="msg ok" data-testid="opt-wiped">{t(L, 'opt_deleted_all')}</p>}
        {!confirming.value ? (
          <button type="button" class="danger" data-testid="opt-delete-all" onClick={() => { confirming.value = true; }}>{t(L, 'opt_delete_all')}…</button>
        ) : (
          <div role="alertdialog" aria-labelledby="confirm-text" class="confirm">
            <p id="confirm-text"><b>{t(L, 'opt_delete_confirm')}</b></p>
            <div class="row-buttons">
              <button type="button" class="danger" data-testid="opt-delete-confirm" onClick={wipe}>{t(L, 'opt_delete_yes')}</button>
              <button type="button" data-testid="opt-delete-cancel" ref={(el) => el?.focus()} onClick={() => { confirming.value = false; }}>{t(L, 'opt_delete_no')}</button>
            </div>
          </div>
        )}
      </section>
    </main>
  );
}
