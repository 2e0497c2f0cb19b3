import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { NewsArticle } from '../../src/index.js';
import { loadSeed, minimal } from '../support/articles.js';

const ldScripts = (el: Element) => [...el.querySelectorAll(':scope > script[type="application/ld+json"]')];
const ld = (el: Element) => JSON.parse(ldScripts(el)[0].textContent) as Record<string, unknown>;

describe('<news-article seo>', () => {
  let seed: Record<string, unknown>;
  before(async () => {
    seed = await loadSeed();
  });

  it('adds the NewsArticle JSON-LD in light DOM, where search engines read it', async () => {
    const el = await fixture<NewsArticle>(html`<news-article seo .article=${seed}></news-article>`);
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(1);
    const data = ld(el);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('NewsArticle');
    expect(data.headline).to.equal('Putin agrees to NATO style security guarantees for Ukraine');
    expect(data.dateline).to.equal('NEW YORK');
    expect((data.hasPart as { spokenByCharacter: { name: string } }[])[3].spokenByCharacter.name).to.equal(
      'Marco Rubio',
    );
  });

  it('describes the article by its summary, else by its dek', async () => {
    const { summary: _summary, ...noSummary } = seed;
    for (const [article, description] of [
      [seed, seed.summary],
      [noSummary, seed.dek],
    ]) {
      const el = await fixture<NewsArticle>(html`<news-article seo .article=${article}></news-article>`);
      await el.updateComplete;
      expect(ld(el).description).to.equal(description);
    }
  });

  it('is off by default', async () => {
    const el = await fixture<NewsArticle>(html`<news-article .article=${seed}></news-article>`);
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(0);
  });

  it('goes when seo is turned off, and leaves a JSON-LD of the page alone', async () => {
    const el = await fixture<NewsArticle>(html`<news-article seo .article=${seed}></news-article>`);
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(1);
    el.seo = false;
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(0);
    const own = await fixture<NewsArticle>(
      html`<news-article .article=${seed}
        ><script type="application/ld+json">
          {}
        </script></news-article
      >`,
    );
    own.headingLevel = 3;
    await own.updateComplete;
    expect(ldScripts(own).map((script) => script.textContent.trim())).to.deep.equal(['{}']);
  });

  it('follows the article, and goes when the article cannot be shown', async () => {
    const el = await fixture<NewsArticle>(html`<news-article seo .article=${seed}></news-article>`);
    await el.updateComplete;
    const script = ldScripts(el)[0];
    el.article = { ...minimal(), headline: 'Another </script><!-- one' };
    await el.updateComplete;
    expect(ldScripts(el)).to.deep.equal([script]);
    expect(ld(el).headline).to.equal('Another </script><!-- one');
    expect(el.querySelectorAll('script')).to.have.length(1);
    el.article = { version: 1 };
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(0);
  });

  it('does not disturb the article JSON read from a child script', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article seo
        ><script type="application/json">
          ${JSON.stringify(minimal())}
        </script></news-article
      >`,
    );
    await waitUntil(() => ldScripts(el).length === 1, 'no JSON-LD');
    expect(ld(el).headline).to.equal('A headline');
    expect(el.renderedArticle?.headline).to.equal('A headline');
  });

  for (const bundle of ['es', 'iife']) {
    it(`works under a strict CSP with Trusted Types, with no violation (${bundle})`, async () => {
      const frame = document.createElement('iframe');
      frame.src = `/test-api/csp-page?bundle=${bundle}&seo=on`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & typeof globalThis & { cspViolations: string[] };
      const el = win.document.querySelector('news-article')!;
      await waitUntil(() => ldScripts(el).length === 1, 'no JSON-LD', { timeout: 5000 });
      expect(ld(el).headline).to.equal('Putin agrees to NATO style security guarantees for Ukraine');
      // Violations are reported in a task of their own.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(win.cspViolations).to.deep.equal([]);
      frame.remove();
    });
  }
});
