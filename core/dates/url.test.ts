import { describe, expect, it } from 'vitest';
import { urlDay } from './url';

const today = new Date('2026-01-01T00:00:00Z');
const at = (url: string): string | null => urlDay(url, today);

// Addresses of real pages: the development set's manifests and ../shared/pages/readability's canonical links.
describe('urlDay: a publication day written in the address', () => {
  it('reads year, month and day as path segments, also with one-digit parts and month names', () => {
    expect(at('https://www.journaldequebec.com/2023/09/10/le-maroc-pleure-les-victimes-du-seisme-le-bilan-depasse-les-2000-morts')).toBe('2023-09-10');
    expect(at('https://www.euronews.com/2024/06/09/gaza-health-ministry-says-israel-killed-274-people-in-rescue-operation')).toBe('2024-06-09');
    expect(at('https://www.1lurer.am/en/2024/07/07/French-elections-Second-round-turnout-at-highest-in-four-decades/1153525')).toBe('2024-07-07');
    expect(at('https://www.aljazeera.com/news/2023/3/7/1-28m-people-protest-macrons-pension-reform-plan-ministry?traffic_source=KeepReading')).toBe('2023-03-07');
    expect(at('https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings')).toBe('2019-01-03');
    expect(at('http://www.washingtonpost.com/business/economy/netanyahu-win-points-to-two-more-years-of-strained-us-israel-ties/2015/03/18/ca175d64-cd76-11e4-a2a7-9517a3a70506_story.html')).toBe('2015-03-18');
    expect(at('https://www.vox.com/2017-in-review/2017/12/15/16751138/best-movies-2017-streaming-how-to-watch')).toBe('2017-12-15');
  });
  it('reads dashed days', () => {
    expect(at('https://www.rtl.be/actu/monde/france/legislatives-en-france-le-nouveau-front-populaire-cree-la-surprise-et-sort-en/2024-07-07/article/688292')).toBe('2024-07-07');
    expect(at('https://www.tellerreport.com/news/2023-02-01-millions-of-protests-across-france-against-pension-reform--and-the-government-sticks-to-its-position.SkMz3UD3j.html')).toBe('2023-02-01');
    expect(at('https://www.sudinfo.be/id614171/article/2023-02-07/reforme-des-retraites-pres-de-deux-millions-de-manifestants-en-france-selon-la')).toBe('2023-02-07');
  });
  it('reads compact days, alone or with a time of day', () => {
    expect(at('https://www.theage.com.au/world/middle-east/israel-rescued-four-hostages-in-gaza-as-palestinians-say-50-dead-in-attack-20240608-p5jkbh.html?ref=rss')).toBe('2024-06-08');
    expect(at('https://www.rfi.fr/fr/france/20230201-france-apr%C3%A8s-une-nouvelle-mobilisation-syndicale-r%C3%A9ussie-la-macronie-resserre-les-rangs')).toBe('2023-02-01');
    expect(at('https://hngn.com/articles/261936/20240707/france-voters-reject-far-right.htm')).toBe('2024-07-07');
    expect(at('https://www.staging.libe.io/economie/budget-2025-comment-le-gouvernement-compte-trouver-ses-60-milliards-20241002_YT2PURJWOBCWPLK6ZKIAXS6CXU')).toBe('2024-10-02');
    expect(at('https://www.bfmtv.com/economie/economie-social/finances-publiques/francois-bayrou-annonce-3-000-emplois-publics-en-moins-des-2026_AN-202507150438.html')).toBe('2025-07-15');
    expect(at('https://www.bfmtv.com/politique/front-national/rendez-vous-en-octobre-le-rn-menace-francois-bayrou-de-censure_AV-202507150463.html')).toBe('2025-07-15');
    expect(at('http://headlines.yahoo.co.jp/hl?a=20170309-35097838-cnetj-sci')).toBe('2017-03-09');
  });
  it('gives no day from ids, time-stamp-like numbers, a month without its day, or words of a slug', () => {
    for (const url of [
      'https://www.i24news.tv/fr/actu/international/afrique/1694233110-au-moins-296-morts-dans-un-puissant-seisme-au-maroc',
      'https://www.avpress.com/news/quake-robbed-moroccan-villagers-of-almost-everything/article_0ffb80a4-5116-11ee-bb7e-a7dbee4d5908.html',
      'https://webjosh.com/article/gaza-isra%C3%ABl-annonce-la-lib%C3%A9ration-de-quatre-otages-le-hamas-fait-%C3%A9tat-de-210-morts-1717881746-7113',
      'https://www.newspressnow.com/ap/news-briefs/article_a46bde9c-a1b1-11ed-81c7-db52b6291205.html',
      'https://sport.aktualne.cz/fotbal/zahranici/west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j/r~8fa032ba3add11ec8a900cc47ab5f122/',
      'https://www.moroccolatestnews.com/2023/02/after-record-mobilization-unions.html',
      'https://hacks.mozilla.org/2015/03/this-api-is-so-fetching/',
      'http://www.businessinsider.com/super-mario-run-december-15-2016-11',
      'https://www.shine.cn/news/world/2407082319/',
      'http://www.annabacity.net/news/breve_21299_resultats+des+legislatives+france+victoire+nouveau+front+populaire+7+juillet+2024+1918+publie+par+a.html',
      'https://www.linternaute.com/actualite/societe/2729989-greve-du-31-janvier-le-point-sur-les-perturbations-et-la-mobilisation-par-secteur/',
      'https://mosaiquefm.net/amp/fr/actualites-internationales/1279793/{{appStore}}',
      'https://example.org/a/20230915-5116-11ee-bb7e-a7dbee4d5908',
      'https://www.example.org/2023/13/45/not-a-day',
      'https://2024-07-07.example.org/news',
      'https://example.org/news#2024-07-07',
      '',
    ]) expect(at(url), url).toBeNull();
  });
  it('gives no future day and none before 1990', () => {
    expect(at('https://example.org/2027/01/05/announced')).toBeNull();
    expect(at('https://example.org/1989/11/09/wall')).toBeNull();
    // A later plausible day of the same path is taken when the first is not.
    expect(at('https://example.org/2099/01/01/x/2024/01/05/y')).toBe('2024-01-05');
  });
  it('prefers the path to the query', () => {
    expect(at('https://example.org/2024/01/05/story?from=20240101')).toBe('2024-01-05');
  });
});
