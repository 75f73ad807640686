import { useEffect, useState } from 'preact/hooks';
import { normalizeHost, type Caution, type Settings } from '../storage/settings';
import { getSettings, onSettingsChanged, setSettings } from '../storage/settings-item';
import { t } from '../ui-text/i18n';

const CAUTIONS: Caution[] = ['relaxed', 'normal', 'strict'];
const MODES: Array<Settings['highlightMode']> = ['auto', 'wrap'];

/**
 * The reader's settings, saved as they change (storage/settings: storage.local, followed live by
 * the background and the content scripts, so nothing needs a reload).
 */
export function SettingsForm() {
  const [s, setLocal] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void getSettings().then(setLocal);
    return onSettingsChanged(setLocal);
  }, []);
  if (!s) return <p class="state state-busy" role="status">{t('loading')}</p>;
  const save = async (patch: Partial<Settings>) => {
    setLocal(await setSettings(patch));
    setSaved(true);
  };
  const addSite = () => {
    const host = normalizeHost(site);
    if (!host || !host.includes('.')) return setError(t('silentInvalid', site.trim()));
    setError(null);
    setSite('');
    if (!s.silentSites.includes(host)) void save({ silentSites: [...s.silentSites, host] });
  };
  return (
    <div class="settings">
      <label class="switch setting-row">
        <input type="checkbox" role="switch" checked={s.highlights} onChange={(e) => void save({ highlights: (e.target as HTMLInputElement).checked })} data-testid="setting-highlights" />
        <span class="switch-track" aria-hidden="true" />
        {t('settingHighlights')}
      </label>
      <fieldset class="setting-group">
        <legend>{t('settingCaution')}</legend>
        {CAUTIONS.map((c) => (
          <label class="radio" key={c}>
            <input type="radio" name="caution" value={c} checked={s.caution === c} onChange={() => void save({ caution: c })} />
            {t(`caution_${c}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="setting-group">
        <legend>{t('settingMode')}</legend>
        {MODES.map((m) => (
          <label class="radio" key={m}>
            <input type="radio" name="mode" value={m} checked={s.highlightMode === m} onChange={() => void save({ highlightMode: m })} />
            {t(`mode_${m}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="setting-group">
        <legend>{t('silentHeading')}</legend>
        {s.silentSites.length === 0 ? (
          <p class="state">{t('silentNone')}</p>
        ) : (
          <ul class="sites">
            {s.silentSites.map((h) => (
              <li key={h}>
                <span class="site">{h}</span>
                <button type="button" class="link-button danger" aria-label={t('silentRemoveNamed', h)} onClick={() => void save({ silentSites: s.silentSites.filter((x) => x !== h) })}>
                  {t('corpusRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          class="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            addSite();
          }}
        >
          <label class="search">
            <span class="visually-hidden">{t('silentInput')}</span>
            <input type="text" inputMode="url" placeholder={t('silentInput')} value={site} onInput={(e) => {
                setSite((e.target as HTMLInputElement).value);
                setError(null);
              }} aria-invalid={error ? true : undefined} aria-describedby={error ? 'site-error' : undefined} data-testid="silent-input" />
          </label>
          <button type="submit" class="button">
            {t('silentAdd')}
          </button>
        </form>
        {error && (
          <p id="site-error" class="notice notice-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <p class="saved" role="status">
        {saved ? t('settingsSaved') : ''}
      </p>
    </div>
  );
}
