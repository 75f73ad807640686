/**
 * French verbs of saying as word lists, one source for every pattern that needs them (fixrev19b): the participles
 * after an auxiliary ("a précisé", FR_VERBS), the present before "que" (FR_SAY_PRESENT) and the inverted incise of a
 * pronoun ("ajoute-t-il", "a-t-elle confirmé", "fait-il savoir"). Kept apart from speech-verbs.ts, which imports
 * speaker-groups.ts, so that both may import these lists. General vocabulary of reported speech.
 */

/** Participles of saying that give their subject's words or figures after an auxiliary ("X a confirmé que …"). */
export const FR_SAY_PARTICIPLES = ['déclaré', 'affirmé', 'souligné', 'indiqué', 'annoncé', 'assuré', 'noté', 'ajouté', 'averti',
  'estimé', 'précisé', 'expliqué', 'détaillé', 'rapporté', 'confirmé', 'mentionné', 'signalé', 'révélé', 'dit', 'écrit',
  'avancé', 'rappelé', 'fait savoir'];
/** "fait état (de)": a participle phrase that reports a figure as one of saying does ("a fait état de 35 blessés"), read
 * after a named subject (speech-verbs.ts FR_VERBS) and after a pronoun (speaker-groups.ts): one list for both. */
export const FR_REPORTS_OF = 'fait état';
/** Participles only an incise uses, after an inverted auxiliary ("a-t-il poursuivi", "a-t-elle déploré"): alone after
 * "a" they report an act, not speech ("il a poursuivi la route", "elle a admis 3 patients"). */
const FR_INCISE_ONLY_PARTICIPLES = ['poursuivi', 'insisté', 'raconté', 'confié', 'résumé', 'observé', 'reconnu', 'relevé',
  'martelé', 'lancé', 'prévenu', 'conclu', 'commenté', 'témoigné', 'continué', 'répété', 'soufflé', 'glissé', 'admis',
  'déploré', 'regretté'];
/** Present-tense verbs of saying before "que" ("X affirme que …"), singular. */
export const FR_SAY_PRESENT_WORDS = ['affirme', 'estime', 'indique', 'assure', 'déclare', 'précise', 'dit'];
/** Their plural: "-ent", but "dit / disent". */
export const FR_SAY_PRESENT_PLURALS = FR_SAY_PRESENT_WORDS.map((w) => (w === 'dit' ? 'disent' : `${w}nt`));
/** Present-tense verbs an incise inverts besides those ("poursuit-il", "confirme-t-elle", "déplore-t-il"). */
const FR_INCISE_ONLY_PRESENT = ['ajoute', 'poursuit', 'explique', 'souligne', 'insiste', 'raconte', 'détaille', 'note',
  'confie', 'résume', 'rappelle', 'observe', 'reconnaît', 'relève', 'martèle', 'lance', 'prévient', 'avertit', 'conclut',
  'commente', 'témoigne', 'continue', 'répète', 'souffle', 'glisse', 'admet', 'annonce', 'signale', 'confirme',
  'rapporte', 'révèle', 'mentionne', 'écrit', 'déplore', 'regrette'];

export const FR_INCISE_PRESENT = [...FR_SAY_PRESENT_WORDS, ...FR_INCISE_ONLY_PRESENT].join('|');
export const FR_INCISE_PARTICIPLE = [...FR_SAY_PARTICIPLES, ...FR_INCISE_ONLY_PARTICIPLES].join('|');
/** A pronoun's inverted verb of saying: the present ("ajoute-t-il", "dit-elle": "-t-" only after a vowel, the regular
 * expression takes it or not), "fait-il savoir", or an inverted auxiliary and its participle, one adverb between
 * ("a-t-il encore précisé", "ont-elles confirmé"). Any other inversion asks a question ("reste-t-il une chance ?"). */
export const FR_INVERTED_SAYING = `(?:(?:${FR_INCISE_PRESENT})(?:-t)?-(?:il|elle|ils|elles)|fait-(?:il|elle) savoir|(?:a-t-(?:il|elle)|(?:ont|avaient)-(?:ils|elles)) (?:\\p{Ll}+ )?(?:${FR_INCISE_PARTICIPLE}))`;

/** The measures an estimate "puts at" a value: a count's nouns and the general nouns of a measured quantity ("put the
 * death toll at 15", "put the magnitude at 7.4", "puts the margin of error at 2 percent", "put the total cost at …").
 * General vocabulary of any estimate. */
const EN_PUT_MEASURES = 'figure|number|toll|count|tally|total|estimate|magnitude|margin|cost|size|rate|level';
/** Characters a complement of the measure may hold between it and "at" ("the number of seriously injured", "the death
 * toll from that blast", "the death toll on Friday", "the margin of error for the exit poll"): the longest of these is
 * 27 characters; 50 leaves room for a longer place or event, short of a second clause. */
const EN_PUT_COMPLEMENT_MAX_CHARS = 50;
/** Words that may stand between "at" and its value ("at more than 1,100", "at least 40", "at about 5,000"): the value
 * must follow them, and a number word before "of" is a part ("at one of its lowest points"), so "put the river
 * level at one of its lowest points; 40 boats" gives 40 to no one. */
const EN_PUT_QUALIFIERS = 'about|around|roughly|approximately|some|nearly|almost|least|more than|less than|fewer than|over|under|up to|an estimated';
/**
 * spk42: an estimate's verb "put(s) the <measure> [complement] at <value>" ("The police put the number of seriously
 * injured at five", "X puts the margin of error for the exit poll at 2 percent", "It put the number of missing at 13"):
 * its subject gives the value, as a verb of saying does. Up to two words before the measure ("the overall death toll",
 * "the day’s death toll"); the complement holds no number nor punctuation, so the value after "at" is the first number;
 * a value (a digit or a number word) must follow "at", so "put the town at risk" says no figure. Shared by the named
 * subject (speech-verbs.ts EN_VERBS) and the pronoun (speaker-groups.ts PRONOUN_SAYS).
 */
export const EN_PUT_AT = `puts? the (?:[\\p{Ll}’'-]+ ){0,2}?(?:${EN_PUT_MEASURES})(?: (?:of|from|for|on|in|among) [^.;:,!?\\d]{1,${EN_PUT_COMPLEMENT_MAX_CHARS}}?)? at(?= (?:(?:${EN_PUT_QUALIFIERS}) )*(?:\\d|(?<![\\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)(?![\\p{L}])(?! of\\b)))`;
