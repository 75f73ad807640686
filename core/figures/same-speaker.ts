/**
 * "The same speaker", one rule for the places that ask whether two figures' speakers are one (speaker32): a timeline's
 * counts and a restated count's day (moment.ts `oneSpeaker`, timeline.ts), two counts agreeing across articles
 * (match.ts). Two writings are one speaker when they are one after their determiner and honorific (attribution.ts
 * `speakerKey`: "la police" / "Police", "Mme Lind" / "Lind"), or when both name a person or a body by the same name
 * (match.ts `oneNamedSpeaker`: "President Biden" / "Joe Biden", "le président Joe Biden"). A shared common word is not
 * enough: "the state government" / "the local government", "l'armée israélienne" / "la police israélienne" are two.
 * The stricter of the rules the engine had: where they disagreed, two speakers stay two.
 */
import { speakerKey } from './attribution';
import { oneNamedSpeaker } from './match';

export function sameSpeaker(a: string, b: string): boolean {
  return a === b || speakerKey(a) === speakerKey(b) || oneNamedSpeaker(a, b);
}
