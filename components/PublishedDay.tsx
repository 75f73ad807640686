import { formatDay, t } from '../ui-text/i18n';

/** A publication day as the reader's language writes it ("28 oct. 2024"), or "date unknown". */
export function PublishedDay({ day }: { day?: string }) {
  if (!day) return <span class="published-day unknown">{t('dateUnknown')}</span>;
  return (
    <time class="published-day" dateTime={day} title={t('sourcePublished', formatDay(day))}>
      {formatDay(day)}
    </time>
  );
}
