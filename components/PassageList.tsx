import { diffWords } from 'diff';
import type { Passage, SourceMatch } from '../core/types';
import { passageMarkId } from '../messaging/marks';
import { groupPassages } from '../core/passages/group';
import { t } from '../ui-text/i18n';
import { byScore, MAX_COUNTERPARTS } from '../messaging/shown-limits';
import { tCount } from './plural';


export { groupPassages };

/** The words of `side` that the other text does not have are marked. */
function Diffed({ page, source, side }: { page: string; source: string; side: 'page' | 'source' }) {
  const parts = diffWords(page, source);
  return (
    <>
      {parts.map((part, i) => {
        if (side === 'page' && part.added) return null;
        if (side === 'source' && part.removed) return null;
        const changed = side === 'page' ? part.removed : part.added;
        return changed ? <mark key={i} class="diff">{part.value}</mark> : <span key={i}>{part.value}</span>;
      })}
    </>
  );
}

export function PassageList({ passages, sources, onSelect }: { passages: Passage[]; sources: SourceMatch[]; onSelect: (markId: string) => void }) {
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  const groups = groupPassages(passages);
  return (
    <ol class="passages">
      {groups.map((g) => {
        const id = passageMarkId(g.page.start, g.page.end);
        return (
          <li class="passage" key={id} data-mark-id={id}>
            <button type="button" class="passage-page" onClick={() => onSelect(id)} title={t('searchOnPage')}>
              <span class="label">
                <span class="visually-hidden">{t('searchOnPage')} · </span>
                {t('onThisPage')}
              </span>
              <q>{g.matches.length === 1 && !g.matches[0].translated ? <Diffed page={g.page.text} source={g.matches[0].source.text} side="page" /> : g.page.text}</q>
            </button>
            <ul class="counterparts">
              {[...g.matches].sort(byScore).slice(0, MAX_COUNTERPARTS).map((m) => (
                <li class="counterpart" key={`${m.source.id}:${m.source.start}`}>
                  <span class={`kind kind-${m.kind}`}>{t(`kind_${m.kind}`)}</span>{' '}
                  {m.translated && <><span class="kind kind-translated">{t('kind_translated')}</span>{' '}</>}
                  <span class="label">{titles.get(m.source.id) ?? m.source.id}</span>
                  {/* A translation shares no words with the page: no word-level differences to mark. */}
                  <q>{m.translated ? m.source.text : <Diffed page={g.page.text} source={m.source.text} side="source" />}</q>
                </li>
              ))}
              {g.matches.length > MAX_COUNTERPARTS && <li class="counterpart more">{tCount(g.matches.length - MAX_COUNTERPARTS, 'moreCounterpartsOne', 'moreCounterparts')}</li>}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
