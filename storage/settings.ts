/**
 * The reader's settings: their shape, defaults and sanitising. They are kept in storage.local under
 * `settings` (never synced, never sent anywhere) as one WXT storage item, versioned with migrations
 * (settings-item.ts, for the background and the extension pages); the content script only reads
 * them (settings-read.ts). Every context follows changes live, so a setting applies without a reload.
 */

import { SAME_STORY_THRESHOLD } from '../core/story/threshold';

export type Caution = 'relaxed' | 'normal' | 'strict';

export interface Settings {
  /** Mark passages and figures in the page. */
  highlights: boolean;
  /**
   * How the page is marked: 'auto' uses the CSS Custom Highlight API where ::highlight() is styled,
   * 'wrap' always wraps the text in elements (a compatibility mode, also used by the tests).
   */
  highlightMode: 'auto' | 'wrap';
  /** How sure Recoupe must be that a page covers the same story before it says so. */
  caution: Caution;
  /** Host names where Recoupe stays silent (no reading, no badge, no marks). */
  silentSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { highlights: true, highlightMode: 'auto', caution: 'normal', silentSites: [] };

/**
 * Same-story thresholds per caution level, around the default 0.35 (SAME_STORY_THRESHOLD, measured by
 * scripts/eval/story.ts on the bundled story and the development set). Relaxed finds a few more
 * pages that speak of the story in general words, and lets a few more same-topic pages of another
 * event through (development-set negatives reach 0.44). Strict keeps only clear matches: the
 * weakest leave-one-out pair of the bundled corpus scores 0.40.
 */
export const CAUTION_THRESHOLD: Record<Caution, number> = { relaxed: 0.3, normal: SAME_STORY_THRESHOLD, strict: 0.42 };

/** The storage.local key (`local:settings` as a WXT item). */
export const SETTINGS_KEY = 'settings';

/** Whatever storage holds (an older build's value, a hand edit) as valid settings. */
export function sanitize(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  return {
    highlights: typeof r.highlights === 'boolean' ? r.highlights : DEFAULT_SETTINGS.highlights,
    highlightMode: r.highlightMode === 'wrap' ? 'wrap' : 'auto',
    caution: r.caution === 'relaxed' || r.caution === 'strict' ? r.caution : 'normal',
    silentSites: Array.isArray(r.silentSites) ? r.silentSites.filter((s): s is string => typeof s === 'string').map(normalizeHost).filter(Boolean) : [],
  };
}

/** "https://www.Example.org/path" or "example.org" -> "example.org". */
export function normalizeHost(input: string): string {
  const s = input.trim().toLowerCase();
  if (!s) return '';
  try {
    const host = new URL(s.includes('://') ? s : `https://${s}`).hostname;
    return host.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Silent on a host and its subdomains. */
export function isSilent(settings: Settings, hostname: string): boolean {
  const h = normalizeHost(hostname);
  return settings.silentSites.some((s) => h === s || h.endsWith('.' + s));
}
