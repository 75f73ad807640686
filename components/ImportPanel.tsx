/**
 * Import in the options page: article files (.txt, .html, .md) and corpus files (.json), many at
 * once, chosen with the button or dropped on the zone. Files are read here (one error line per bad
 * file), then the good ones go to the background in one import that shows its progress and can be
 * cancelled until its single write begins.
 *
 * Some files bad, others good: the good ones are imported and each bad one stays listed with why,
 * so no file is dropped silently; a failed or cancelled import writes nothing at all.
 */
import { useRef, useState } from 'preact/hooks';
import { Notice, type NoticeState } from './Notice';
import { dedupeArticles, ACCEPTED_EXTENSIONS, type FileFailureCode } from '../storage/file-article';
import type { CorpusOutcomeCode, ImportProgress } from '../messaging/protocol';
import { corpusErrorText } from './corpusErrors';
import { readFiles, startImport } from './importFiles';
import { formatInteger, t } from '../ui-text/i18n';
import { tCount } from './plural';

/** The import's outcome in words: what was added, then what was skipped, said only when something was. */
function importDoneText(added: number, skipped: number): string {
  const done = tCount(added, 'importDoneOne', 'importDone');
  return skipped > 0 ? `${done} ${t('importSkipped', formatInteger(skipped))}` : done;
}

type Step = { kind: 'reading'; done: number; total: number } | ({ kind: 'importing' } & ImportProgress);

/** Message keys of the per-file problems that are not corpus-file errors. */
const FILE_HEADS: Partial<Record<FileFailureCode, string>> = {
  empty: 'fileError_empty',
  'not-article': 'fileError_not_article',
  'too-long': 'fileError_too_long',
  encoding: 'fileError_encoding',
  extension: 'fileError_extension',
};

export function fileErrorText(code: FileFailureCode, message: string): string {
  const head = FILE_HEADS[code];
  return head ? `${t(head)} (${message})` : corpusErrorText(code as CorpusOutcomeCode, message);
}

export interface ImportPanelProps {
  /** Called after an import that may have changed the corpus. */
  onImported: () => void;
}

export function ImportPanel({ onImported }: ImportPanelProps) {
  const input = useRef<HTMLInputElement>(null);
  const cancelled = useRef(false);
  const cancelRun = useRef<(() => void) | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [fileErrors, setFileErrors] = useState<Array<{ name: string; text: string }>>([]);
  const [dragging, setDragging] = useState(false);

  const run = async (list: File[]) => {
    if (list.length === 0 || step) return;
    setNotice(null);
    setFileErrors([]);
    cancelled.current = false;
    const results = await readFiles(list, { onFile: (done, total) => setStep({ kind: 'reading', done, total }), cancelled: () => cancelled.current });
    if (results === null) {
      setStep(null);
      setNotice({ kind: 'error', text: t('importCancelled') });
      return;
    }
    const bad = results.flatMap((r) => (r.ok ? [] : [{ name: r.name, text: fileErrorText(r.code, r.message) }]));
    setFileErrors(bad);
    const { articles, skipped } = dedupeArticles(results);
    if (articles.length === 0) {
      setStep(null);
      // One file: its own error is the notice, as it always was for a single corpus file.
      setNotice({ kind: 'error', text: bad.length === 1 && list.length === 1 ? bad[0].text : t('importNothing') });
      if (bad.length === 1 && list.length === 1) setFileErrors([]);
      return;
    }
    setStep({ kind: 'importing', phase: 'indexing', done: 0, total: articles.length });
    const job = startImport(articles, (p) => setStep({ kind: 'importing', ...p }));
    cancelRun.current = job.cancel;
    const r = await job.done;
    cancelRun.current = null;
    setStep(null);
    if (r.ok) setNotice({ kind: 'ok', text: importDoneText(r.added, r.skipped + skipped) });
    else if (r.code === 'cancelled') setNotice({ kind: 'error', text: t('importCancelled') });
    else setNotice({ kind: 'error', text: corpusErrorText(r.code, r.message) });
    onImported();
  };

  const cancel = () => {
    cancelled.current = true;
    cancelRun.current?.();
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void run([...(e.dataTransfer?.files ?? [])]);
  };

  const busy = step !== null;
  const saving = step?.kind === 'importing' && step.phase === 'saving';
  return (
    <div class="import">
      <div
        class={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          if (!busy) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p class="drop-hint">{t('importDropZone')}</p>
        <button type="button" class="button" disabled={busy} onClick={() => input.current?.click()}>
          {t('importButton')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED_EXTENSIONS.join(',')}
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          disabled={busy}
          data-testid="import-input"
          onChange={(e) => {
            const el = e.target as HTMLInputElement;
            const files = [...(el.files ?? [])];
            el.value = ''; // the same files may be chosen again
            void run(files);
          }}
        />
      </div>
      {step && (
        <div class="import-progress" role="status" aria-live="polite">
          <label>
            <span class="progress-text">
              {step.kind === 'reading'
                ? t('importReading', formatInteger(step.done), formatInteger(step.total))
                : saving
                  ? tCount(step.total, 'importSavingOne', 'importSaving')
                  : t('importIndexing', formatInteger(step.done), formatInteger(step.total))}
            </span>
            <progress max={step.total || 1} value={saving ? undefined : step.done} />
          </label>
          <button type="button" class="button" onClick={cancel} disabled={saving} data-testid="import-cancel">
            {t('importCancel')}
          </button>
        </div>
      )}
      <Notice notice={notice} />
      {fileErrors.length > 0 && (
        <div class="file-errors" role="alert">
          <p>{t('importFileErrors', formatInteger(fileErrors.length))}</p>
          <ul>
            {fileErrors.map((f, i) => (
              <li key={i}>
                <span class="file-name">{f.name}</span>: {f.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
