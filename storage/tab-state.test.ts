import { fakeBrowser } from '../test/support/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { removeTab, storedArticleTabs, tabArticleItem, tabStateItem, type TabArticle } from './tab-state';

const article = (n: number): TabArticle => ({ title: `t${n}`, lang: 'fr', text: `texte ${n}`, url: `https://example.org/${n}` });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('per-tab items in storage.session', () => {
  it('a tab with nothing stored is unknown and has no article', async () => {
    expect(await tabStateItem(1).getValue()).toEqual({ status: 'unknown' });
    expect(await tabArticleItem(1).getValue()).toBeNull();
  });

  it('keeps state under tab:<id> and the article under article:<id>, where the e2e suites read them', async () => {
    await tabStateItem(4).setValue({ status: 'too-long', chars: 9 });
    await tabArticleItem(4).setValue(article(4));
    const raw = await fakeBrowser.storage.session.get(null);
    expect(raw['tab:4']).toEqual({ status: 'too-long', chars: 9 });
    expect(raw['article:4']).toEqual(article(4));
    expect(await tabStateItem(4).getValue()).toEqual({ status: 'too-long', chars: 9 });
  });

  it('lists the tabs with a stored article, and forgets a closed tab', async () => {
    await tabArticleItem(3).setValue(article(3));
    await tabArticleItem(12).setValue(article(12));
    await tabStateItem(5).setValue({ status: 'not-article' });
    expect((await storedArticleTabs()).sort((a, b) => a - b)).toEqual([3, 12]);
    await tabStateItem(12).setValue({ status: 'analysing' });
    await removeTab(12);
    expect(await storedArticleTabs()).toEqual([3]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'article:3': article(3), 'tab:5': { status: 'not-article' } });
  });
});
