/**
 * "The same speaker" for the places that ask whether two figures' speakers are one: two counts agreeing across
 * articles (match.ts) and a restated count's day (moment.ts `restatedMoments`). Two writings are one speaker when they
 * are one after their determiner and honorific (attribution.ts `speakerKey`: "la police" / "Police", "Mme Lind" /
 * "Lind"), or when both name a person or a body by the same name (match.ts `oneNamedSpeaker`: "President Biden" /
 * "Joe Biden", "le président Joe Biden"). A shared common word is not enough: "the state government" / "the local
 * government", "l'armée israélienne" / "la police israélienne" are two. A man's and a woman's honorific before one
 * surname are two people ("M. Roe" / "Mme Roe"; fixspeaker32).
 * Not timeline.ts, which keeps moment.ts `oneSpeaker` (a shared word of four letters or more): the two rules differ
 * both ways ("CGT" / "la CGT" is one speaker here, two there; "Ana Lise Varo" / "Ana Marta Quell" two here, one
 * there), and speaker32 measured this rule in timeline.ts: one more timeline, one more mix of two gold keys, not taken.
 */
import { speakerKey } from './attribution';
import { oneNamedSpeaker } from './match';

/** Honorifics of a man and of a woman, French and English, opening a speaker's name. */
const MAN_HONORIFIC = /^(?:M\.|Mr\.?|Monsieur)\s/u;
const WOMAN_HONORIFIC = /^(?:Mme|Mrs\.?|Ms\.?|Madame|Mlle)\s/u;

function twoGenders(a: string, b: string): boolean {
  return (MAN_HONORIFIC.test(a) && WOMAN_HONORIFIC.test(b)) || (WOMAN_HONORIFIC.test(a) && MAN_HONORIFIC.test(b));
}

export function sameSpeaker(a: string, b: string): boolean {
  if (a === b) return true;
  if (twoGenders(a, b)) return false;
  return speakerKey(a) === speakerKey(b) || oneNamedSpeaker(a, b);
}
