import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/all.js';
import type { NewsArticle } from '../../src/index.js';
import { loadSeed } from '../support/articles.js';

/** Relative luminance of an `rgb()` colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('printing', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints a dark-themed article in dark text, without the share buttons', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article theme="dark" .article=${await loadSeed()}></news-article>`,
    );
    const headline = el.shadowRoot!.querySelector('[part~="headline"]')!;
    const paragraph = el.shadowRoot!.querySelector('.paragraph')!;
    const share = el.shadowRoot!.querySelector('share-prompt')!;
    // On screen: light text on a dark background, and the share prompt.
    expect(luminance(getComputedStyle(headline).color)).to.be.greaterThan(0.5);
    expect(share.getBoundingClientRect().height).to.be.greaterThan(0);
    await emulateMedia({ media: 'print' });
    // Paper is white and browsers leave out backgrounds: the text must be dark.
    expect(luminance(getComputedStyle(headline).color)).to.be.lessThan(0.1);
    expect(luminance(getComputedStyle(paragraph).color)).to.be.lessThan(0.1);
    expect(share.getBoundingClientRect().height).to.equal(0);
  });
});
