import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/all.js';
import type { NewsArticle } from '../../src/index.js';
import { loadSeed } from '../support/articles.js';

/**
 * Where a page puts the article: a flex row, a float, an inline block, an auto grid column. Each
 * sizes the element from its content, which must be the article's width (capped by the space),
 * not zero.
 */
describe('<news-article> in the page layouts that size it by its content', () => {
  let seed: Record<string, unknown>;
  before(async () => {
    seed = await loadSeed();
  });

  // An auto grid column stretches to the space left; the article inside keeps its own width.
  for (const [name, style, child, fills] of [
    ['a flex row', 'display: flex', '', false],
    ['a float', '', 'float: left', false],
    ['an inline block', '', 'display: inline-block', false],
    ['an auto grid column', 'display: grid; grid-template-columns: auto', '', true],
    ['a flex row, with a max width of 100%', 'display: flex', '--news-article-max-width: 100%', false],
  ] as const) {
    for (const width of [1000, 360]) {
      it(`takes the article's width in ${name}, ${width}px wide`, async () => {
        const wrapper = fixtureSync<HTMLElement>(html`
          <div style="inline-size: ${width}px; ${style}">
            <news-article style=${child} .article=${seed}></news-article>
          </div>
        `);
        const el = wrapper.querySelector<NewsArticle>('news-article')!;
        await el.updateComplete;
        const article = el.shadowRoot!.querySelector('article')!;
        const expected = Math.min(width, 720);
        expect(el.getBoundingClientRect().width).to.be.closeTo(fills ? width : expected, 1);
        expect(article.getBoundingClientRect().width).to.be.closeTo(expected, 1);
        expect(wrapper.scrollWidth).to.be.at.most(width);
      });
    }
  }
});
