import { describe, expect, it } from 'vitest';
import { speakerOf } from './test-speakers';


describe('speaker33: the words read as a speaker', () => {
  it('leaves out a day written after the speaker', () => {
    expect(speakerOf('Le groupe a reçu 45 millions de dollars, a déclaré le fabricant jeudi.', '45 millions', 'fr')).toBe('fabricant');
    expect(speakerOf('The fund will hold 8 billion euros, Jane Roe said on Tuesday.', '8 billion', 'en')).toBe('Jane Roe');
  });

  it('never gives words ending on "que" as a speaker: the subject before the verb speaks', () => {
    const fr = 'Marc Lenoir, porte-parole de la mairie, a indiqué sur les réseaux sociaux que « 30 % des habitants sont partis ».';
    expect(speakerOf(fr, '30 %', 'fr')).toBe('Marc Lenoir');
    const fr2 = 'Le directeur, Paul Aubert, a précisé dans un communiqué que « 14 salariés ont été blessés ».';
    expect(speakerOf(fr2, '14', 'fr')).toBe('Paul Aubert');
  });

  it('reads a part of the day between the verb and an inverted subject', () => {
    const fr = '« Un tiers de ces 300 logements seront rénovés », a indiqué dans la soirée M. Garnier.';
    expect(speakerOf(fr, '300', 'fr')).toBe('Garnier');
  });

  it('gives results announced by a body, or by a role and its holder, to that agent', () => {
    const fr = 'Le maire sortant est réélu avec 61 % des voix, selon les résultats provisoires annoncés par la commission électorale départementale.';
    expect(speakerOf(fr, '61 %', 'fr')).toBe('commission électorale départementale');
    const fr2 = "La liste arrive deuxième avec 22 % des voix, selon les chiffres annoncés en fin de soirée par le président du bureau de vote, Julien Marot.";
    expect(speakerOf(fr2, '22 %', 'fr')).toBe('Julien Marot');
    const en = 'The challenger won 38 percent of the vote, according to figures read out at the town hall by the head of the election board, Ruth Okafor.';
    expect(speakerOf(en, '38 percent', 'en')).toBe('Ruth Okafor');
  });

  it('gives results to no agent of a second participle, nor of disputing, obtaining or holding (fixspeaker33)', () => {
    expect(speakerOf('Selon les chiffres relevés dans les villages contrôlés par les milices, 70 maisons ont brûlé.', '70', 'fr')).not.toBe('milices');
    expect(speakerOf('According to figures published by the agency and challenged by the union, 70 jobs went.', '70', 'en')).not.toContain('union');
    expect(speakerOf('According to figures gathered in towns held by the militia, 70 homes burned.', '70', 'en')).not.toBe('militia');
    expect(speakerOf('Selon les résultats contestés par le parti adverse, le maire a obtenu 52 % des voix.', '52 %', 'fr')).not.toBe('parti adverse');
    expect(speakerOf('The bill passed with 52 percent, according to results checked by machine.', '52 percent', 'en')).not.toBe('machine');
  });

  it('reads an occasion with "lors de" between the verb and an inverted subject, never a place after it', () => {
    const fr = "Le bilan s’élève à 41 cas, a précisé lors de ce point presse le ministre de la Santé Rasa Kaunas.";
    expect(speakerOf(fr, '41', 'fr')).toContain('Rasa Kaunas');
    const fr2 = "Le porte-parole de la mairie, Hugo Brassac, a déclaré lors d'une conférence de presse à Dijon que le quartier de Fontaine comptait 60 sinistrés.";
    expect(speakerOf(fr2, '60', 'fr')).toBe('Hugo Brassac');
  });

  it('never opens a name subject on the second word of a place named inside an apposition', () => {
    const fr = "Le village, au pied des Monts Verts, a recensé 12 blessés et 3 morts, a indiqué lors d'un point presse le maire Jean Vidal.";
    expect(speakerOf(fr, '12', 'fr')).toContain('Jean Vidal');
  });

  it('reads no speaker inside an occasion that names a participant or a host (fixspeaker33)', () => {
    expect(speakerOf("« 90 blessés », a déclaré lors d'un entretien avec Paul Moreau le directeur de l'hôpital.", '90', 'fr')).toBeUndefined();
    expect(speakerOf("« 90 blessés », a affirmé lors d'une réunion avec le maire la directrice de l'école.", '90', 'fr')).toBeUndefined();
    expect(speakerOf("« 3 % du budget », a rappelé lors du congrès de la FNSEA le président du syndicat.", '3 %', 'fr')).toBeUndefined();
    // A plain occasion still reads the subject after it.
    expect(speakerOf('« 90 blessés », a déclaré lors de sa visite le directeur.', '90', 'fr')).toBe('directeur');
  });

  it('reads "que" in a hearer only as a word, not as the end of "publique" or of a name (fixspeaker33)', () => {
    expect(speakerOf('« 25 blessés », a indiqué à la télévision publique le ministre de l’Intérieur.', '25', 'fr')).toContain('ministre');
    expect(speakerOf('« 25 blessés », a déclaré à l’agence tchèque le directeur de l’hôpital.', '25', 'fr')).toContain('directeur');
  });

  it('gives a count to the organisation named by an acronym after "bilan de", never to a country', () => {
    expect(speakerOf('Au total, 312 cas ont été confirmés, selon un bilan de Euro SPC daté du 2 mai.', '312', 'fr')).toBe('Euro SPC');
    expect(speakerOf('Au total, 312 cas ont été confirmés, selon un bilan du CICR.', '312', 'fr')).toBe('CICR');
  });

  it('never reads what is counted as who counts (fixspeaker33)', () => {
    expect(speakerOf('Au moins 25 trains ont été supprimés, selon un décompte des grèves de la SNCF.', '25', 'fr')).not.toBe('SNCF');
    expect(speakerOf('At least 25 flights were cancelled, according to a tally of NATO exercises.', '25', 'en')).not.toBe('NATO');
    expect(speakerOf('At least 25 people were hurt, according to a count of UN convoys by a local group.', '25', 'en')).not.toBe('UN');
    expect(speakerOf('Au moins 25 morts, selon un bilan des cas de SRAS-2 dans la ville.', '25', 'fr')).not.toBe('SRAS');
    expect(speakerOf('Au moins 25 morts, selon un bilan de la RC Ouest.', '25', 'fr')).not.toBe('RC');
    // A participle between the noun and the acronym still gives it.
    expect(speakerOf('Au total, 25 cas ont été confirmés, selon un bilan publié par le CICR.', '25', 'fr')).toBe('CICR');
  });
});
