/**
 * Stress pages, generated on request so the repository keeps no multi-megabyte fixtures:
 *   /stress/big-text         5 MB of article-like text in paragraphs (the "too long" case)
 *   /stress/many-nodes       50,000 elements of short text (a huge list page)
 *   /stress/deep             a chain of 400 nested elements built by script (the parser caps depth at 512;
 *                            chains of 800+ crash this headless Chromium's renderer with or without us)
 *   /stress/rewrite          an article on the story whose page rewrites its DOM every second
 *   /stress/iframes          an article on the story with two frames holding other articles
 *   /stress/frame-only       a page with almost no text whose only article is in a frame
 *   /stress/big-article      an article on the story (highlighted) followed by 1.5 MB of reader comments:
 *                            the highlighter anchors its marks in the whole page's text
 * The small static ones live in test/fixtures/pages/stress/ (empty.html, no-text.html).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_PAGES } from './server';

export const BIG_TEXT_CHARS = 5_000_000;
export const MANY_NODES = 50_000;
export const DEEP_LEVELS = 400;
/** Under the content script's 2 M-character "too long" cut, so the page is analysed and marked. */
export const BIG_ARTICLE_COMMENT_CHARS = 1_500_000;

const WORDS = (
  'le la les un une des du de et à en pour sur dans par avec sans sous entre vers chez ' +
  'jardin rivière montagne village marché boulangerie musique concert théâtre saison récolte ' +
  'printemps automne hiver été recette fromage vignoble cathédrale bibliothèque école ' +
  'habitants maire conseil projet travaux route pont gare vélo promenade festival photographie ' +
  'ancien nouveau grand petit vieux calme paisible lumineux célèbre populaire traditionnel ' +
  'ouvre accueille prépare présente raconte découvre organise restaure célèbre explique'
).split(' ');

/** Deterministic text: a small LCG so every run serves the same bytes. */
function sentences(count: number, seed = 1): string[] {
  let s = seed >>> 0;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 8 + Math.floor(rnd() * 14);
    const w: string[] = [];
    for (let j = 0; j < n; j++) w.push(WORDS[Math.floor(rnd() * WORDS.length)]);
    const t = w.join(' ');
    out.push(t[0].toUpperCase() + t.slice(1) + '.');
  }
  return out;
}

const page = (title: string, body: string, lang = 'fr') =>
  `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font-family:serif;max-width:760px;margin:20px auto;padding:0 12px}</style></head><body>${body}</body></html>`;

function bigText(): string {
  const parts: string[] = ['<main><article><h1>La chronique sans fin du village</h1>'];
  let chars = 0;
  let seed = 1;
  while (chars < BIG_TEXT_CHARS) {
    const p = sentences(6, seed++).join(' ');
    parts.push('<p>', p, '</p>\n');
    chars += p.length;
  }
  parts.push('</article></main>');
  return page('La chronique sans fin du village', parts.join(''));
}

function manyNodes(): string {
  // 12,500 items x 4 elements (li, a, span, b) = 50,000 elements, plus their text nodes.
  const words = sentences(MANY_NODES / 4, 3);
  const items: string[] = [];
  for (let i = 0; i < MANY_NODES / 4; i++) items.push(`<li><a href="#i${i}"><span><b>${i}</b> ${words[i]}</span></a></li>`);
  return page('Annuaire des associations', `<h1>Annuaire des associations</h1><ul>${items.join('\n')}</ul>`);
}

function deep(): string {
  const text = sentences(40, 5).join(' ');
  return page(
    'Profondeur',
    `<h1>Une page très profonde</h1><p>${text}</p><div id="root"></div><script>
      let el = document.getElementById('root');
      for (let i = 0; i < ${DEEP_LEVELS}; i++) { const d = document.createElement(i % 2 ? 'div' : 'span'); el.appendChild(d); el = d; }
      const p = document.createElement('p'); p.textContent = ${JSON.stringify(text)}; el.appendChild(p);
      document.documentElement.dataset.built = '1';
    </script>`,
  );
}

/** fr-003-article.html (on the story, gets highlights) plus a script that rewrites the page every second. */
function rewrite(): string {
  const html = readFileSync(join(FIXTURE_PAGES, 'fr-003-article.html'), 'utf8');
  const script = `<div id="ticker" aria-live="polite">0</div><script>
    window.__ticks = 0;
    setInterval(() => {
      window.__ticks++;
      document.getElementById('ticker').innerHTML = '<b>' + window.__ticks + '</b> mises à jour';
      // Re-create the article's last paragraphs from their own markup: any node we hold is dropped.
      const ps = document.querySelectorAll('article p');
      for (const p of [...ps].slice(-2)) p.innerHTML = p.innerHTML;
      document.body.classList.toggle('tick');
      const extra = document.getElementById('extra') || document.body.appendChild(Object.assign(document.createElement('p'), { id: 'extra' }));
      extra.textContent = 'Dernière mise à jour : ' + window.__ticks;
    }, 1000);
  </script>`;
  return html.replace('</body>', `${script}</body>`);
}

function iframes(): string {
  const html = readFileSync(join(FIXTURE_PAGES, 'fr-koursk-article.html'), 'utf8');
  const frames =
    `<iframe id="f1" src="/pages/fr-kharkiv-suite.html" width="600" height="200"></iframe>` +
    `<iframe id="f2" width="600" height="200" srcdoc="${page('Cadre', `<article><h1>Un autre article</h1><p>${sentences(30, 9).join(' ')}</p></article>`).replace(/"/g, '&quot;')}"></iframe>`;
  return html.replace('</body>', `${frames}</body>`);
}

function bigArticle(): string {
  const html = readFileSync(join(FIXTURE_PAGES, 'fr-koursk-article.html'), 'utf8');
  const parts: string[] = ['<section class="comments"><h2>Commentaires</h2>'];
  let chars = 0;
  let seed = 11;
  while (chars < BIG_ARTICLE_COMMENT_CHARS) {
    const p = sentences(4, seed++).join(' ');
    parts.push('<div class="comment"><p class="author">Lecteur ', String(seed), '</p><p>', p, '</p></div>\n');
    chars += p.length;
  }
  parts.push('</section>');
  return html.replace('</body>', `${parts.join('')}</body>`);
}

function frameOnly(): string {
  return page('Portail', '<nav><a href="/">Accueil</a></nav><iframe id="f1" src="/pages/fr-koursk-article.html" width="700" height="500"></iframe>');
}

const ROUTES: Record<string, () => string> = {
  '/stress/big-text': bigText,
  '/stress/many-nodes': manyNodes,
  '/stress/deep': deep,
  '/stress/rewrite': rewrite,
  '/stress/iframes': iframes,
  '/stress/frame-only': frameOnly,
  '/stress/big-article': bigArticle,
};
const cache = new Map<string, string>();

/** The generated page for a /stress/ path, or null. */
export function stressRoute(pathname: string): string | null {
  const gen = ROUTES[pathname.replace(/\/$/, '')];
  if (!gen) return null;
  if (!cache.has(pathname)) cache.set(pathname, gen());
  return cache.get(pathname)!;
}
