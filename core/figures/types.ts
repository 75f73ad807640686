/** The figure type the engine produces; core/types.ts holds the report types shared with the UI. */
import type { Bound, Qualifier } from '../types';

export interface Figure {
  /** UTF-16 offsets: text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Inclusive bounds; null is open. Dates and times are ISO strings ("2024-10-27", "2022-02", "--12-04", "22:00"). */
  low: Bound;
  high: Bound;
  qualifier: Qualifier;
  /** An open bound told close to its value ("just under 40", "un peu plus de 100"): ranges.ts INTENSIFIERS, read with
   * its interval. Shown in those words; a ceiling told so rebuts no count (sides.ts ceilingRebuttal). */
  near?: true;
  /** A length read to the second from its notation ("6:17", "1 min 3 s", "1'03''": dates.ts findLengthsToTheSecond),
   * unit 'seconds'. Only such a length is the finer telling of a whole number of minutes beside it (unit-scales.ts
   * toTheSecondWindow): "for 90 seconds" counted by its noun is no rounding of "two minutes". */
  toTheSecond?: true;
  /** people, km, years, year, date, time, percent, ordinal, shells, districts, ... or 'number'. */
  unit: string;
  /** What it counts, as a short English phrase: "Syrian soldiers killed or wounded". */
  counts: string;
  /**
   * Language-independent concept tokens: the category first ("soldier"), then "of:<nation>" when the
   * text says whose they are, then nations, places, actions, roles, modifiers (see counts.ts).
   */
  countsKey: string[];
  /** Who says it, where the sentence says so. */
  saidBy?: string;
  /**
   * false for figures a reader does not need to see checked: ordinals ("un premier contingent"),
   * relative positions ("last", "avant-dernier", unit 'ordinal-relative') and small numbers written in
   * words that refer back to known things rather than count them ("les deux pays", "the two allies"),
   * or count nothing named. The popup may hide them; `figures --jsonl` keeps every figure.
   * Optional for compatibility with figures built by older code; extractFigures always sets it.
   */
  salient?: boolean;
  /** Content words of the figure's clause (concept ids or "w:<stem>"): two counts of one entity are told apart by them. */
  context?: string[];
  /** Words of `context` its own period phrase gave ("years" of "year-on-year", counts.ts): with the period they are
   * one idea, counted once when both sides share both (match.ts periodTwice). */
  periodUnits?: string[];
  /** Cognate keys of its clause's words the table does not know, each [key, "w:<stem>"] (cognate-context.ts): the
   * French and English forms of one word ("rejet" / "reject") meet by them. */
  cognates?: Array<[string, string]>;
  /** The cognate key of its counted noun when the table does not know that noun, [key, "w:<stem>"] (cognate-context.ts). */
  headCognate?: [string, string];
  /** The other figures of its sentence, as unit and value tokens ("km=27/27"): sentence-mates.ts. */
  mates?: string[];
  /** Names its own segment gives, besides the speaker (name keys): whose seats, votes or budget. */
  names?: string[];
  /** A rank's noun (unit `ordinal`): keys of the words right after it (counts.ts rankedNouns); two ranks are one
   * thing's only when these meet, or when one ranks an occurrence ("for the second time") and the other the same
   * event (rankedHead; match.ts sameRanked). */
  ranked?: string[];
  /** A count read from a rank ("the sixth and final victim", "la sixième victime": extract.ts fateRankEnd): how many so
   * far, told by an order, not a group a clause counts at once (match.ts fateUntold keeps it out). */
  fromRank?: true;
  /** The first of two groups joined by "et / and" ("11 policiers et 11 civils blessés", "11 enfants et un adulte
   * portés disparus"): the verb after the second group is said of both, so this count is a part of those it befell,
   * not all of them (extract.ts, match.ts fateUntold). */
  coordinated?: true;
  /** A month or a day read as its calendar year against a bare year of the other side (unit-scales.ts asYearOf): the
   * date as written ("2007-02"). The two tell one year at two precisions, so they overlap and never agree. Set only on
   * the copy compare.ts matches, never on an extracted figure. */
  dateInYear?: string;
  /** A rank's head noun alone, its folded word and concept (counts.ts rankedHead): "time"/"fois" mark an occurrence. */
  rankedHead?: { word: string; concept?: string; keys?: string[] };
  /** "N times" before a comparative ("three times higher", "deux fois plus"): a factor, not a count of occurrences
   * (extract.ts), so no rank meets it (match.ts asCountOfRank). */
  comparative?: true;
  /** A rank after a possessive ("son quatrième titre", "its fourth title") or "'s" (extract.ts): how many its holder has
   * so far, which a count may tell (match.ts asCountOfRank). */
  rankOwned?: true;
  /** A count told as it stands at the time of writing ("now", "so far", "désormais": moment.ts toldAsOfWriting). */
  soFar?: true;
  /** An occurrence's doing ("won the league cup for the fourth time"): keys of the words right before its preposition
   * (counts.ts occurrenceObject); match.ts sameRanked meets it with a rank whose head noun is one of them. */
  occurred?: string[];
  /** Those of `names` written in capitals ("UE", "NATO"), with the language of the text: an acronym translated into
   * the other language may come with its letters reordered ("UE" / "EU"), a person's name never (match.ts). */
  acronyms?: { lang: 'fr' | 'en'; keys: string[] };
  /** The place its whole article is about (count-places.ts `textSetting`: name keys of the place it names most), the
   * same for every figure of one text; undefined when no place stands out. */
  setting?: string[];
  /** The place its article names most, whatever its nation's mentions and however few its own (count-places.ts
   * `textLead`): name keys, the same for every figure of one text; undefined when the text places no name. */
  lead?: string[];
  /** A time word of its clause ("mon", "yesterday", "today"), as a concept id. */
  when?: string;
  /** Its sentence says it counts one night ("1,311 arrests overnight", "dans la nuit de vendredi à samedi"): set on
   * counts of a growing role only (moment.ts countedOverOneNight), whose night is read several times the next morning. */
  night?: true;
  /** Its moment comes from a date or time word of its own sentence, the saying verb's included ("killed 50,
   * officials said on Monday", where `when` stays unset), not from its article's publication day alone. */
  ownDay?: true;
  /** The day the value refers to (YYYY-MM-DD): its clause's date, else its time word resolved against
   * the article's publication date, else that date. Undefined when nothing dates it, or when the figure is
   * for a year of its own (`year`). */
  moment?: string;
  /** The year the value is for when its clause says one other than publication's (YYYY): a target ("3 000
   * postes en moins en 2026", "by 2029", "next year") or a past year ("en 2003"). Such a figure has no day. */
  year?: string;
  /** The year of the event the count is of when its clause names one other than its article's ("at the 2017 Women's
   * March", "lors de la marche de 2017"): other-event.ts. A count of another event is never a disagreement. */
  eventYear?: string;
  /** The occasions of the story its sentence ties it to (occasion.ts): "o:wave:2" for "the second wave", "d:tue" for
   * "Tuesday's blasts". Two counts of two occasions are never one count read two ways. */
  occasion?: string[];
  /** The one numbered week a count is told for ("1 784 en S18", "in week 12"): week-labels.ts. */
  week?: number;
  /** In an undated article, the month and day (--MM-DD) its clause's date without a year gives ("Manifestations du
   * 18 septembre : ..."): no moment (the year is unknown), only enough to tell it from a count of another day. */
  monthDay?: string;
  /** Told as risen to its value ("the toll has risen to six", "le bilan est passé à 5 morts", moment.ts risenTo): the
   * text says the count stood lower before, which orders it after a lower count of an undated article's story. */
  rises?: boolean;
  /** The period the count covers when its clause names one (moment-period.ts): a week ("2025-03-17/2025-03-23",
   * "W13" in an undated article) or the start of a running count ("since 2025-01"). */
  period?: string;
}
