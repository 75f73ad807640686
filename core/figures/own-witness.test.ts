import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import { ownWitness } from './own-witness';
import type { Lang } from '../types';

const DAY = '2025-03-04';
const doc = (text: string, lang: Lang) => ({ text, lang, published: DAY, figures: extractFigures(text, lang, { published: DAY }) });
const at = (d: ReturnType<typeof doc>, low: number) => d.figures.find((f) => f.low === low)!;
const verdictOf = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, p: number, s: number) =>
  compareFigures(page, [{ id: 's', ...src }])[page.figures.indexOf(at(page, p))].comparisons.find((c) => c.low === s)?.verdict;

describe('ownWitness', () => {
  const page = doc('The collapse of the stand left 80 people injured, the police said.', 'en');
  const oneSide = doc("L'effondrement de la tribune a fait 80 blessés, selon la police. Parmi eux, 52 blessés ont été transportés à l'hôpital, a précisé la police.", 'fr');
  const twoSidesDoc = doc("L'effondrement de la tribune a fait 80 blessés, selon la police. Parmi eux, 52 blessés ont été transportés à l'hôpital, selon les pompiers.", 'fr');

  it('reads a smaller count beside the article\'s own statement of the page\'s value as another count of it', () => {
    expect(ownWitness(at(page, 80), at(oneSide, 52), page.figures, oneSide.figures)).toBe(true);
    expect(verdictOf(page, oneSide, 80, 52)).toBe('related');
    expect(verdictOf(page, oneSide, 80, 80)).toBe('agrees');
  });

  it('reads it so in the other language, on the source\'s side and on the page\'s', () => {
    const frPage = doc("L'effondrement de la tribune a fait 80 blessés, selon la police.", 'fr');
    const enSrc = doc('The collapse of the stand injured 80 people, police said. Of those, 52 injured people were taken to hospital, police said.', 'en');
    expect(ownWitness(at(frPage, 80), at(enSrc, 52), frPage.figures, enSrc.figures)).toBe(true);
    // The page's own 52 beside its own 80, against a source's 80: the page's 52 is the part.
    expect(ownWitness(at(enSrc, 52), at(frPage, 80), enSrc.figures, frPage.figures)).toBe(true);
    expect(ownWitness(at(enSrc, 52), at(frPage, 80), undefined, frPage.figures)).toBe(false);
  });

  it('takes a statement a little apart (a toll read again) as the count, not one far apart', () => {
    const near = doc("L'effondrement de la tribune a fait 86 blessés, selon la police. Parmi eux, 52 blessés ont été transportés à l'hôpital, a précisé la police.", 'fr');
    const far = doc("L'effondrement de la tribune a fait 120 blessés, selon la police. Parmi eux, 52 blessés ont été transportés à l'hôpital, a précisé la police.", 'fr');
    expect(ownWitness(at(page, 80), at(near, 52), page.figures, near.figures)).toBe(true);
    expect(ownWitness(at(page, 80), at(far, 52), page.figures, far.figures)).toBe(false);
  });

  it('keeps a disagreement the article itself reports between two sides', () => {
    expect(ownWitness(at(page, 80), at(twoSidesDoc, 52), page.figures, twoSidesDoc.figures)).toBe(false);
    // Each side's count dated by its own words: a toll dated by its article only may be the evening before's
    // (compare.ts articleDayToll), no plain disagreement.
    const dayPage = doc('On Tuesday, the police said 80 people were injured in the collapse of the stand.', 'en');
    const dayTwoSides = doc("L'effondrement de la tribune a fait 80 blessés, selon la police. Parmi eux, mardi, 52 blessés ont été transportés à l'hôpital, selon les pompiers.", 'fr');
    expect(ownWitness(at(dayPage, 80), at(dayTwoSides, 52), dayPage.figures, dayTwoSides.figures)).toBe(false);
    expect(verdictOf(dayPage, dayTwoSides, 80, 52)).toBe('differs');
  });

  it('never reads a larger count than the article\'s own statement as a part of it', () => {
    const low = doc('The collapse of the stand left 52 people injured, the police said.', 'en');
    const both = doc("L'effondrement de la tribune a fait 52 blessés selon la police, 80 blessés selon la police.", 'fr');
    expect(ownWitness(at(low, 52), at(both, 80), low.figures, both.figures)).toBe(false);
  });

  it('needs one number, not an open bound, to witness the count', () => {
    const floor = doc('More than 80 people were injured, the police said.', 'en');
    const src = doc("Plus de 80 blessés, selon la police. Parmi eux, 52 blessés ont été transportés à l'hôpital, a précisé la police.", 'fr');
    expect(ownWitness(at(floor, 80), at(src, 52), floor.figures, src.figures)).toBe(false);
    // The page's open bound against the article's one number: "more than 80" is no count the 80 states.
    expect(ownWitness(at(floor, 80), at(oneSide, 52), floor.figures, oneSide.figures)).toBe(false);
  });

  it('takes no count hoped for or denied as the article\'s statement of the count', () => {
    const frPage = doc('Le syndicat a compté 80 000 manifestants à Paris.', 'fr');
    const hoped = doc('The union counted 52,000 protesters in Paris. Organisers had hoped for 80,000 protesters.', 'en');
    expect(ownWitness(at(frPage, 80000), at(hoped, 52000), frPage.figures, hoped.figures)).toBe(false);
    const denied = doc('The union counted 52,000 protesters in Paris. The police disputed the figure of 80,000 protesters.', 'en');
    expect(ownWitness(at(frPage, 80000), at(denied, 52000), frPage.figures, denied.figures)).toBe(false);
  });

  it('needs the statement nearer the page\'s value than the figure paired', () => {
    // 96 is within STATEMENT_MAX_RATIO of 80, but 70 is nearer: the 70 is the article's reading, not a part.
    const src = doc("L'effondrement de la tribune a fait 96 blessés, selon la police. Parmi eux, 70 blessés ont été transportés à l'hôpital, a précisé la police.", 'fr');
    expect(ownWitness(at(page, 80), at(src, 70), page.figures, src.figures)).toBe(false);
  });

  it('needs the statement as one number, not an open bound', () => {
    const src = doc("Plus de 80 blessés, selon la police. Parmi eux, 52 blessés ont été transportés à l'hôpital, a précisé la police.", 'fr');
    expect(ownWitness(at(page, 80), at(src, 52), page.figures, src.figures)).toBe(false);
  });
});
