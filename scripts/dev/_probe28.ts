import { extractFigures } from '../../core/figures/extract';
import { matchDetail } from '../../core/figures/match';
type L = 'en' | 'fr';
const fig = (text: string, lang: L, q: string) => { const f = extractFigures(text, lang).find((x) => x.text === q); if (!f) throw new Error(q); return f; };
const cases: Array<[string, L, string, string, L, string]> = [
  ['500 people marched through the city on Saturday.', 'en', '500', 'Police said 500 people were arrested.', 'en', '500'],
  ['300 personnes ont été secourues.', 'fr', '300', '300 personnes sont toujours portées disparues.', 'fr', '300'],
  ['About 1,500 people were killed.', 'en', 'About 1,500', 'Environ 1 500 personnes attendaient encore un train.', 'fr', 'Environ 1 500'],
  ['Plus de 3 000 personnes attendaient encore un train dimanche soir.', 'fr', 'Plus de 3 000', 'More than 3,000 people were stranded at the station.', 'en', 'More than 3,000'],
  ['Up to 1,000 people could lose their homes.', 'en', 'Up to 1,000', '1,000 people attended the meeting.', 'en', '1,000'],
];
for (const [t1, l1, v1, t2, l2, v2] of cases) {
  const a = fig(t1, l1, v1), b = fig(t2, l2, v2);
  const d1 = matchDetail(a, b), d2 = matchDetail(b, a);
  console.log(`${v1} | ${a.countsKey?.join(',')} || ${b.countsKey?.join(',')} :: ${d1.match}/${d1.reason} ${d2.match}/${d2.reason}`);
}
