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

  it('fills a flex row when its maximum width is 100%', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`
      <div style="inline-size: 1000px; display: flex">
        <news-article style="--news-article-max-width: 100%" .article=${seed}></news-article>
      </div>
    `);
    const el = wrapper.querySelector<NewsArticle>('news-article')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('article')!.getBoundingClientRect().width).to.be.closeTo(1000, 1);
  });

  // A theme's own column around the article: the wrapper is sized by what it holds, and nothing
  // in the article may hold it wider than a phone.
  for (const [name, markup] of [
    [
      'a table cell',
      (a: unknown) =>
        html`<table style="inline-size: 100%">
          <tr>
            <td>${a}</td>
          </tr>
        </table>`,
    ],
    [
      'a flex row of a column and an aside',
      (a: unknown) =>
        html`<div style="display: flex">
          <div>${a}</div>
          <aside>Ad</aside>
        </div>`,
    ],
    [
      'a 1fr grid column',
      (a: unknown) => html`<div style="display: grid; grid-template-columns: 1fr"><div>${a}</div></div>`,
    ],
    ['a float', (a: unknown) => html`<div style="float: left">${a}</div>`],
  ] as const) {
    it(`fits a 390px screen inside ${name}`, async () => {
      const wrapper = fixtureSync<HTMLElement>(
        html`<div style="inline-size: 390px; overflow: auto">
          ${markup(html`<news-article .article=${seed}></news-article>`)}
        </div>`,
      );
      const el = wrapper.querySelector<NewsArticle>('news-article')!;
      await el.updateComplete;
      expect(wrapper.scrollWidth, 'the page scrolls sideways').to.be.at.most(390);
      expect(el.getBoundingClientRect().width).to.be.at.least(300);
    });
  }

  it('keeps the placeholder as wide as the article will be, in a float, and no wider than the space', async () => {
    for (const width of [1000, 360]) {
      const wrapper = fixtureSync<HTMLElement>(html`
        <div style="inline-size: ${width}px">
          <news-article
            style="float: left"
            src="/test-api/status?code=404&delay=20000&key=spacer-${width}"
          ></news-article>
        </div>
      `);
      const el = wrapper.querySelector<NewsArticle>('news-article')!;
      try {
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="skeleton"]')).to.exist;
        expect(el.getBoundingClientRect().width).to.be.closeTo(Math.min(width, 720), 1);
        expect(wrapper.scrollWidth).to.be.at.most(width);
      } finally {
        el.remove();
      }
    }
  });
});
