import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { quoteSpans, speakerKey } from './speakers';
import { crossMatches } from './crosslang';

const speakersOf = (text: string, lang: 'fr' | 'en'): Array<[string, string[]]> => {
  const a = analyse(text, [], lang);
  return a.sentences.map((s, i) => [s.text, a.speakers[i]]);
};

describe('quoteSpans', () => {
  it('reads guillemets, curly and straight quotes, and never runs past a line break', () => {
    const t = '« Un. » Puis “deux” et "trois".\n« quatre\ncinq';
    expect(quoteSpans(t).map(([s, e]) => t.slice(s, e))).toEqual([' Un. ', 'deux', 'trois', ' quatre']);
  });
});

describe('speakerKey', () => {
  it('lets two spellings of one name meet', () => {
    expect(speakerKey('melenchon')).toBe(speakerKey('melanchon'));
    expect(speakerKey('berger')).not.toBe(speakerKey('borne'));
  });
});

describe('quoteSpeakers', () => {
  it('names the speaker around a quote that spans several sentences, not the sentences outside it', () => {
    const text = "La maire de Lyon a parlé lundi. « Nous reconstruirons le pont. Les travaux dureront deux ans », a déclaré Grégory Doucet. La pluie est attendue.";
    const s = speakersOf(text, 'fr');
    expect(s[0][1]).toEqual([]);
    expect(s[1][1]).toContain(speakerKey('doucet'));
    expect(s[2][1]).toContain(speakerKey('doucet'));
    expect(s[3][1]).toEqual([]);
  });
  it('gives a quote with only a pronoun the person named just before, not a nation', () => {
    const text = 'Mayor Gregory Doucet visited the site. "We will rebuild the bridge," he told French reporters.';
    const s = speakersOf(text, 'en');
    expect(s[1][1]).toEqual([speakerKey('gregory'), speakerKey('doucet')]);
  });
});

describe('quotes across languages', () => {
  it('pairs the same speaker\'s quote in French and English through the speaker', () => {
    const fr = analyse(
      "Le maire Grégory Doucet s'est exprimé lundi soir. « Nous avons obtenu un résultat qu'on disait impossible », a-t-il déclaré. La ville compte 500 000 habitants.",
      [],
      'fr',
    );
    const en = analyse(
      'Residents gathered in the square on Monday. "We obtained a result they said was impossible," said Doucet. Another speaker, Anne Martin, called for calm.',
      [],
      'en',
    );
    const m = crossMatches(fr, en);
    const quote = m.find((x) => fr.wordNorms.slice(x.pageWords[0], x.pageWords[1] + 1).includes('impossible'));
    expect(quote).toBeDefined();
    expect(en.wordNorms.slice(quote!.srcWords[0], quote!.srcWords[1] + 1)).toContain('impossible');
  });
});

describe('a quote inside a long attribution', () => {
  it('is scored on its quoted words, so the attribution does not outweigh it', () => {
    const fr = analyse(
      "Le conseil municipal a voté lundi. « Si la mairie ne revoit pas son budget, nous voterons contre », a prévenu Anne Martin. Les travaux commenceront en mai.",
      [],
      'fr',
    );
    const en = analyse(
      'Residents gathered outside on Monday. The leader of the opposition on the council, Anne Martin, a lawyer who has sat there since 2014, ran twice for mayor and chairs the finance committee, told reporters after a tense evening session that "if the city hall does not revise its budget, we will vote against it." Work starts in May.',
      [],
      'en',
    );
    const m = crossMatches(fr, en);
    const quote = m.find((x) => fr.wordNorms.slice(x.pageWords[0], x.pageWords[1] + 1).includes('revoit'));
    expect(quote).toBeDefined();
    expect(en.wordNorms.slice(quote!.srcWords[0], quote!.srcWords[1] + 1)).toContain('revise');
  });
});
