import { useEffect, useState } from 'preact/hooks';
import { isSilent, normalizeHost, type Settings } from '../storage/settings';
import { getSettings, onSettingsChanged, setSettings } from '../storage/settings-item';
import { t } from '../ui-text/i18n';

/**
 * The popup's two quick switches: highlights on/off, and stay silent on this site. The popup has no
 * `tabs` permission, so the site comes from the background's tab state (`url`, set once read).
 */
export function QuickSettings({ url }: { url?: string }) {
  const [settings, setLocal] = useState<Settings | null>(null);
  useEffect(() => {
    void getSettings().then(setLocal);
    return onSettingsChanged(setLocal);
  }, []);
  if (!settings) return null;
  const host = url && /^https?:/.test(url) ? normalizeHost(url) : '';
  const silent = host ? isSilent(settings, host) : false;
  return (
    <div class="quick">
      <label class="switch">
        <input type="checkbox" role="switch" checked={settings.highlights} onChange={(e) => void setSettings({ highlights: (e.target as HTMLInputElement).checked })} />
        <span class="switch-track" aria-hidden="true" />
        {t('quickHighlights')}
      </label>
      {host && (
        <button
          type="button"
          class="link-button"
          onClick={() => void setSettings({ silentSites: silent ? settings.silentSites.filter((s) => s !== host && !host.endsWith('.' + s)) : [...settings.silentSites, host] })}
        >
          {silent ? t('quickUnsilence', host) : t('quickSilence', host)}
        </button>
      )}
    </div>
  );
}
