import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { cutInsideClause, verblessCutPiece, verblessCutSide, wordRange } from './fragment-claims';

/** The span of `part` inside `text` (its first occurrence). */
const at = (text: string, part: string): [number, number] => {
  const s = text.indexOf(part);
  if (s < 0) throw new Error(`no "${part}"`);
  return [s, s + part.length];
};

describe('cutInsideClause', () => {
  const t = 'Le maire a annoncé mardi la fermeture de la piscine municipale de la ville pour travaux.';
  it('reads a span cut out of a clause at both ends', () => {
    expect(cutInsideClause(t, ...at(t, 'fermeture de la piscine municipale'))).toBe(true);
  });
  it('keeps a span starting at the sentence start or ending at its stop', () => {
    expect(cutInsideClause(t, ...at(t, 'Le maire a annoncé'))).toBe(false);
    expect(cutInsideClause(t, ...at(t, 'de la ville pour travaux.'))).toBe(false);
    expect(cutInsideClause(t, ...at(t, 'de la ville pour travaux'))).toBe(false);
  });
  it('keeps a span running over a colon or a sentence end', () => {
    const u = 'Selon la préfecture, le bilan provisoire : trois blessés légers. Les secours restent sur place ce soir.';
    expect(cutInsideClause(u, ...at(u, 'bilan provisoire : trois blessés'))).toBe(false);
    expect(cutInsideClause(u, ...at(u, 'blessés légers. Les secours'))).toBe(false);
  });
});

describe('verblessCutPiece', () => {
  const page = 'Dimanche soir, le conseil a voté la fermeture de la piscine municipale de la vieille ville après une longue séance.';
  const src = 'Les élus ont débattu de la fermeture de la piscine municipale de la vieille ville, selon un conseiller municipal.';
  const pa = analyse(page, [], 'fr');
  const sa = analyse(src, [], 'fr');
  it('drops a French pair whose one side is a verbless noun phrase cut from its clause', () => {
    const p = at(page, 'fermeture de la piscine municipale de la vieille ville');
    const s = at(src, 'fermeture de la piscine municipale de la vieille ville');
    expect(verblessCutPiece(pa, ...p, sa, ...s)).toBe(true);
  });
  it('keeps a cut piece holding a verb in the present before its object', () => {
    const t1 = 'Selon le ministre, le plan de relance représente une dépense de plus pour la commune cette année.';
    const t2 = 'Pour le maire, ce plan de relance représente une dépense de plus pour la commune, dit-il.';
    const a1 = analyse(t1, [], 'fr');
    const a2 = analyse(t2, [], 'fr');
    const part = 'plan de relance représente une dépense de plus pour la commune';
    expect(verblessCutPiece(a1, ...at(t1, part), a2, ...at(t2, part))).toBe(false);
  });
  it('keeps a pair sharing a count', () => {
    const t1 = 'Hier, la fermeture de 12 écoles de la vallée pendant deux semaines a surpris les parents.';
    const t2 = 'La préfecture a décidé la fermeture de 12 écoles de la vallée pendant la crue, selon la mairie.';
    const a1 = analyse(t1, [], 'fr');
    const a2 = analyse(t2, [], 'fr');
    const part = 'fermeture de 12 écoles de la vallée';
    expect(verblessCutPiece(a1, ...at(t1, part), a2, ...at(t2, part))).toBe(false);
  });
  it('reads English pairs not at all (VERBLESS_CUT_LANGS)', () => {
    const t1 = 'On Sunday the council voted the closure of the covered market of the old town after a long session.';
    const t2 = 'Councillors debated the closure of the covered market of the old town, a councillor said.';
    const part = 'closure of the covered market of the old town';
    expect(verblessCutPiece(analyse(t1, [], 'en'), ...at(t1, part), analyse(t2, [], 'en'), ...at(t2, part))).toBe(false);
  });
});

describe('verblessCutSide', () => {
  /** Is `part` of the French `text` read as a verbless piece cut out of its clause? */
  const dropped = (text: string, part: string): boolean => {
    const [s, e] = at(text, part);
    const a = analyse(text, [], 'fr');
    return verblessCutSide(a, wordRange(a, s, e)!, s, e);
  };
  it('reads a noun phrase cut out of its clause as one', () => {
    const t = 'Le maire a annoncé mardi la fermeture de la piscine municipale pour travaux.';
    expect(dropped(t, 'fermeture de la piscine municipale')).toBe(true);
  });
  it('keeps a whole clause opening after a comma on a determiner and a noun', () => {
    const t = 'Selon le ministre, le gouvernement prévoit des mesures d\'urgence pour les agriculteurs touchés par la crue.';
    expect(dropped(t, 'le gouvernement prévoit des mesures d\'urgence pour les agriculteurs')).toBe(false);
  });
  it('reads a present verb before a possessive or a demonstrative, with one adverb between', () => {
    const t1 = 'Dimanche, le ministre reconnaît sa défaite face aux électeurs dans la région.';
    expect(dropped(t1, 'ministre reconnaît sa défaite face aux électeurs')).toBe(false);
    const t2 = 'Dimanche, Paris condamne fermement cette attaque contre la démocratie dans son discours.';
    expect(dropped(t2, 'Paris condamne fermement cette attaque contre la démocratie')).toBe(false);
  });
  it('reads a present verb before an elided article', () => {
    const t = 'Hier soir, le ministre confirme l\'existence d\'un accord avec les syndicats du secteur.';
    expect(dropped(t, 'ministre confirme l\'existence d\'un accord avec les syndicats')).toBe(false);
  });
  it('reads a present verb before a thin space', () => {
    const t = 'Dimanche, le ministre\u2009confirme\u2009la présence de troupes dans la région.';
    expect(dropped(t, 'ministre\u2009confirme\u2009la présence de troupes')).toBe(false);
  });
  it('reads a verb on the span\'s last word, its object past the span', () => {
    const t = 'Dimanche, le ministre confirme la présence de troupes dans la région.';
    expect(dropped(t, 'ministre confirme')).toBe(false);
  });
  it('keeps a noun before "de": a complement, no object', () => {
    const t = 'Le maire a annoncé mardi la présence de troupes dans la région pour la fête.';
    expect(dropped(t, 'présence de troupes dans la région')).toBe(true);
  });
});

describe('cutInsideClause hyphen', () => {
  it('reads a hyphen with a space after it as a dash, a hyphen glued to the span as a compound word', () => {
    const t = 'Le texte - adopté hier - prévoit une hausse des salaires des enseignants, dit-il.';
    expect(cutInsideClause(t, ...at(t, 'adopté hier'))).toBe(false);
    const u = 'Le porte-parole du gouvernement a parlé mardi devant la presse.';
    expect(cutInsideClause(u, ...at(u, 'parole du gouvernement'))).toBe(true);
  });
});
