// @vitest-environment happy-dom
import { describe, expect, it, beforeEach } from 'vitest';
import fc from 'fast-check';
import { anchorAll } from './anchor';
import { buildTextIndex, normalizeSpace } from './text-index';
import { matchQuote } from './match-quote';
import { quoteSelector } from './selector';

const norm = (s: string) => normalizeSpace(s).trim();
const sel = (exact: string, prefix = '', suffix = '', start?: number) => ({ exact, prefix, suffix, start });

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('text index', () => {
  it('collapses white space and separates blocks', () => {
    document.body.innerHTML = '<h1>Title</h1><p>One  <em>two</em>\n three</p><script>var x = 1;</script><p>Four</p>';
    expect(buildTextIndex(document.body).text).toBe('Title One two three Four');
  });

  it('skips our own UI but not our wrappers', () => {
    document.body.innerHTML = '<p>Keep <recoupe-mark>this</recoupe-mark></p><recoupe-card-host>card text</recoupe-card-host>';
    expect(buildTextIndex(document.body).text).toBe('Keep this');
  });
});

describe('anchoring', () => {
  it('finds an exact quote across links, <em> and several text nodes', () => {
    document.body.innerHTML =
      '<article><p>Environ 8 000 soldats nord-coréens se trouvent dans la région russe de <a href="/k">Kou<em>rsk</em></a>, où certains ont commencé à combattre.</p></article>';
    const p = document.querySelector('p')!;
    p.appendChild(document.createTextNode(' Plus'));
    p.appendChild(document.createTextNode(' de texte.'));
    const [r1, r2] = anchorAll(document, [
      sel('la région russe de Koursk, où certains'),
      sel('combattre. Plus de texte'),
    ]);
    expect(r1!.toString()).toBe('la région russe de Koursk, où certains');
    expect(r2!.toString()).toBe('combattre. Plus de texte');
  });

  it('matches when the page has different white space from the extracted text', () => {
    document.body.innerHTML = '<h2>Le   contexte</h2>\n\n<p>La Corée\u00a0du   Nord\n   a envoyé <b>10\u202f000</b> hommes.</p>';
    // The extractor gives blocks as lines and collapsed spaces.
    const [r] = anchorAll(document, [sel('contexte\nLa Corée du Nord a envoyé 10 000 hommes')]);
    expect(r).not.toBeNull();
    expect(norm(r!.toString())).toBe('contexte La Corée du Nord a envoyé 10 000 hommes');
  });

  it('finds a quote with a few changed words approximately', () => {
    document.body.innerHTML =
      '<p>Le secrétaire général de l\'Otan, Mark Rutte, avait confirmé lundi que des troupes nord-coréennes avaient été déployées dans la région de Koursk.</p>';
    const [r] = anchorAll(document, [sel("Le secrétaire général de l'Alliance, Mark Rutte, a confirmé lundi que des troupes nord-coréennes ont été déployées")]);
    expect(r).not.toBeNull();
    const got = r!.toString();
    expect(got.startsWith('Le secrétaire général')).toBe(true);
    expect(got).toContain('déployées');
  });

  it('uses prefix and suffix to pick one of several identical quotes', () => {
    document.body.innerHTML =
      '<p>Selon Séoul, 10 000 soldats ont été envoyés.</p><p>Selon Kiev, 10 000 soldats combattent déjà.</p><p>Selon Moscou, 10 000 soldats sont un mensonge.</p>';
    const [r] = anchorAll(document, [sel('10 000 soldats', 'Selon Kiev, ', ' combattent déjà')]);
    expect(r!.startContainer.parentElement!.textContent).toContain('Kiev');
    const [r2] = anchorAll(document, [sel('10 000 soldats', 'Selon Moscou, ', '')]);
    expect(r2!.startContainer.parentElement!.textContent).toContain('Moscou');
  });

  it('uses the position hint when context is missing', () => {
    document.body.innerHTML = '<p>alpha beta gamma.</p><p>alpha beta gamma.</p>';
    const text = buildTextIndex(document.body).text;
    const [r] = anchorAll(document, [sel('alpha beta', '', '', text.lastIndexOf('alpha'))]);
    expect(r!.startContainer).toBe(document.querySelectorAll('p')[1]!.firstChild);
  });

  it('reports a quote that is not on the page as missed', () => {
    document.body.innerHTML =
      '<p>Ni Pyongyang ni Moscou n\'ont officiellement confirmé la présence de ces troupes. La Corée du Nord a seulement affirmé que tout déploiement serait conforme au droit international.</p>';
    const rs = anchorAll(document, [
      sel('Les marchés européens ont clôturé en hausse vendredi soir'),
      sel('Quarterly earnings beat analyst expectations', 'Shares rose ', ' on Friday'),
      sel('xyz'),
      // Other sentences sharing a few words with the page: no half-right guess.
      sel('la présence de troupes russes en Corée'),
      sel('des soldats nord-coréens'),
    ]);
    expect(rs).toEqual([null, null, null, null, null]);
  });

  it('anchors a long quote that differs in the middle by its two ends', () => {
    const words = Array.from({ length: 120 }, (_, i) => `mot${i}`);
    document.body.innerHTML = `<p>Avant le texte. ${words.join(' ')} Après le texte.</p>`;
    const changed = [...words];
    for (let i = 20; i < 100; i += 3) changed[i] = 'autre';
    const [r] = anchorAll(document, [sel(changed.join(' '), 'Avant le texte. ', ' Après le texte.')]);
    expect(r).not.toBeNull();
    expect(norm(r!.toString())).toBe(words.join(' '));
  });
});

describe('matchQuote', () => {
  it('prefers the exact hit', () => {
    expect(matchQuote('abc hello world abc', 'hello world')).toMatchObject({ start: 4, end: 15 });
  });
});

describe('property: exact anchoring across random inline elements', () => {
  const word = fc.stringMatching(/^[a-zA-Zéà0-9]{1,8}$/);
  const tags = ['em', 'a', 'b', 'span', 'strong', null] as const;
  it('returns a range whose text is the substring', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 3, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...tags), fc.constantFrom(' ', '  ', '\n', '\u00a0')), { minLength: 1, maxLength: 12 }),
        fc.nat(), fc.nat(),
        (words, splits, a, b) => {
          const text = words.join(' ');
          // Cut the text at random points; each piece goes in a random inline element or none.
          const cuts = [...new Set(splits.map(([n]) => n % (text.length + 1)))].sort((x, y) => x - y);
          document.body.innerHTML = '';
          const p = document.createElement('p');
          let prev = 0;
          cuts.concat(text.length).forEach((c, i) => {
            const piece = text.slice(prev, c).replace(/ /g, splits[i % splits.length]![2]);
            prev = c;
            const tag = splits[i % splits.length]![1];
            if (tag) { const e = document.createElement(tag); e.textContent = piece; p.appendChild(e); }
            else p.appendChild(document.createTextNode(piece));
          });
          document.body.appendChild(p);
          let s = Math.min(a, b) % text.length;
          let e = Math.max(a, b) % (text.length + 1);
          if (e <= s) e = Math.min(text.length, s + 1);
          const quote = text.slice(s, e).trim();
          if (!quote) return;
          const prefix = text.slice(Math.max(0, s - 32), s);
          const suffix = text.slice(e, e + 32);
          const [r] = anchorAll(document, [sel(quote, prefix, suffix, s)]);
          expect(r).not.toBeNull();
          expect(norm(r!.toString())).toBe(norm(quote));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('position hint scaling', () => {
  it('scales hints from the extracted text length to the page text length', () => {
    // The page repeats the quote; the hint (in a 100-char extracted text) points at 80%.
    document.body.innerHTML = '<p>' + 'x '.repeat(100) + 'the quote here ' + 'y '.repeat(200) + 'the quote here ' + 'z '.repeat(50) + '</p>';
    const len = buildTextIndex(document.body).text.length;
    const [near] = anchorAll(document, [sel('the quote here', '', '', 80)], { sourceTextLength: 100 });
    const [far] = anchorAll(document, [sel('the quote here', '', '', 80)]);
    expect(near!.startOffset).toBeGreaterThan(len / 2);
    expect(far!.startOffset).toBeLessThan(len / 2);
  });
});

describe('quoteSelector', () => {
  it('takes 32 characters of context each side, clipped at the text ends', () => {
    const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(10);
    expect(quoteSelector(text, 40, 45)).toEqual({ exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(10), start: 40 });
  });
});
