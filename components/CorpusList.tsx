import type { CorpusEntry } from '../messaging/protocol';
import { t } from './i18n';

export function CorpusList({ entries }: { entries: CorpusEntry[] }) {
  if (entries.length === 0) return <p class="state">{t('corpusEmpty')}</p>;
  return (
    <ul class="sources corpus">
      {entries.map((e) => (
        <li class="source" key={e.id} data-source-id={e.id}>
          <div class="source-title" lang={e.lang}>{e.title}</div>
          <div class="source-strength">
            {e.bundled ? t('corpusBundled') : t('corpusMine')} · {e.lang.toUpperCase()} · {e.id}
          </div>
        </li>
      ))}
    </ul>
  );
}
