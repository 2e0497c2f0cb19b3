import { expect, waitUntil } from '@open-wc/testing';
import { deepText } from '../support/dom.js';
import { deepQueryAll } from '../support/dom.js';
import type { NewsArticle } from '../../src/index.js';

type Win = Window & typeof globalThis & { cspViolations: string[] };

/** Loads a server-rendered page of the test server in an iframe, recording its errors and warnings. */
async function ssrPage(query: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 800px';
  frame.src = `/test-api/ssr-page?${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Win;
  const problems: string[] = [];
  win.addEventListener('error', (e) => problems.push(`error: ${e.message}`));
  win.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) =>
    problems.push(`rejection: ${String(e.reason)}`),
  );
  for (const level of ['warn', 'error'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      problems.push(`${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  const el = win.document.querySelector('news-article') as NewsArticle;
  return { win, doc: win.document, el, problems };
}

/** Adds a script to the page and waits until it has run. */
async function addScript(doc: Document, src: string, module = true) {
  const script = doc.createElement('script');
  if (module) script.type = 'module';
  script.src = src;
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await loaded;
}

const headline = (el: Element) => el.shadowRoot?.querySelector('[part~="headline"]');

describe('server rendering (renderArticleToString) in the browser', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  describe('without JavaScript', () => {
    it('shows the whole article from declarative shadow DOM, nested elements included', async () => {
      const { win, el } = await ssrPage('script=none');
      expect(win.customElements.get('news-article')).to.equal(undefined);
      expect(headline(el)?.textContent).to.equal(
        'Putin agrees to NATO style security guarantees for Ukraine',
      );
      const text = deepText(el);
      for (const sentence of [
        'NEW YORK based talks yielded a notable concession.',
        'We covered almost all the other issues necessary for a peace deal.',
        'Steve Witkoff, Special U.S. envoy',
        'Security guarantees must translate into real protections on the ground.',
        'Geopolitical risk rises over security guarantees',
        'Enjoyed this? Let your friends know!',
        'Copy link',
        'Rubio pushes concessions for peace',
        'The test now is translating language into durable protections on the ground.',
      ]) {
        expect(text).to.include(sentence);
      }
      // Visible and styled: the shadow styles apply, the page below sits after the article.
      expect(el.getBoundingClientRect().height).to.be.greaterThan(1500);
      // line-height: 1.12 comes from the shadow styles only (an h2 is bold anyway).
      expect(win.getComputedStyle(headline(el)!).lineHeight).to.not.equal('normal');
    });

    it('has no custom element that stayed empty', async () => {
      const { el } = await ssrPage('script=none');
      const nested = deepQueryAll(
        el.shadowRoot!,
        'news-quote, news-highlights, news-callout, share-prompt, related-news',
      );
      expect(nested.map((n) => n.localName)).to.include.members([
        'news-quote',
        'share-prompt',
        'related-news',
      ]);
      for (const n of nested) expect(n.shadowRoot?.textContent?.trim(), n.localName).to.not.equal('');
    });
  });

  describe('hydration', () => {
    // The CDN bundles, and `news-widgets/hydrate.js` from npm as a browser (or a bundler, which
    // keeps the order modules run in) loads it, Lit from node_modules.
    const FILES: Record<string, string> = {
      hydrate: '/dist/news-widgets.hydrate.js',
      'hydrate-iife': '/dist/news-widgets.hydrate.iife.js',
      npm: '/dist/npm/hydrate.js',
    };
    for (const bundle of Object.keys(FILES)) {
      it(`takes over the server's DOM without rendering it again (${bundle})`, async () => {
        const { win, doc, el, problems } = await ssrPage('script=none');
        const before = headline(el)!;
        const quote = deepQueryAll(el.shadowRoot!, 'news-quote')[0].shadowRoot!.querySelector('blockquote')!;
        const ld = el.querySelector('script[type="application/ld+json"]');
        expect(ld, 'server JSON-LD').to.exist;
        const loads: Event[] = [];
        el.addEventListener('news-load', (e) => loads.push(e));
        await addScript(doc, FILES[bundle], bundle !== 'hydrate-iife');
        await waitUntil(() => loads.length === 1, 'no news-load after hydration', { timeout: 5000 });
        await el.updateComplete;
        expect(headline(el)).to.equal(before);
        expect(el.shadowRoot!.querySelectorAll('[part~="headline"]').length).to.equal(1);
        expect(
          deepQueryAll(el.shadowRoot!, 'news-quote')[0].shadowRoot!.querySelector('blockquote'),
        ).to.equal(quote);
        expect(deepQueryAll(el.shadowRoot!, '[defer-hydration]')).to.deep.equal([]);
        // The server's JSON-LD is the browser's too: kept, not added again.
        expect([...el.querySelectorAll('script[type="application/ld+json"]')]).to.deep.equal([ld]);
        // From node_modules the test server gives Lit's development build, which says so.
        expect(problems.filter((p) => !p.includes('Lit is in dev mode'))).to.deep.equal([]);
        // The server's element itself was upgraded, not replaced.
        expect(el instanceof win.customElements.get('news-article')!).to.equal(true);
      });
    }

    it('hydrates an article rendered with a UI language of the page (lang option)', async () => {
      const { doc, el, problems } = await ssrPage('script=none&lang=de');
      const before = headline(el)!;
      expect(deepText(el)).to.include('Link kopieren');
      const loads: Event[] = [];
      el.addEventListener('news-load', (e) => loads.push(e));
      // The pack first, as the README says, so the browser has the server's strings.
      await addScript(doc, '/dist/locales/de.js', false);
      await addScript(doc, '/dist/news-widgets.hydrate.js');
      await waitUntil(() => loads.length === 1, 'no news-load after hydration', { timeout: 5000 });
      await el.updateComplete;
      expect(headline(el)).to.equal(before);
      expect(before.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      expect(deepText(el)).to.include('Link kopieren');
      expect(problems).to.deep.equal([]);
    });

    it('is interactive after hydration: the share actions work', async () => {
      const { doc, el, problems } = await ssrPage('script=none');
      const share = deepQueryAll(el.shadowRoot!, 'share-prompt')[0];
      const button = [...share.shadowRoot!.querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Copy link'),
      )!;
      const shared: string[] = [];
      el.addEventListener('news-share', (e) => {
        shared.push((e as CustomEvent<{ target: string }>).detail.target);
        e.preventDefault();
      });
      button.click();
      expect(shared, 'a server-rendered button does nothing before the script').to.deep.equal([]);
      await addScript(doc, '/dist/news-widgets.hydrate.js');
      await waitUntil(() => el.hasUpdated, 'not hydrated', { timeout: 5000 });
      await (share as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      button.click();
      expect(shared).to.deep.equal(['copy']);
      expect(share.shadowRoot!.contains(button)).to.equal(true);
      expect(problems).to.deep.equal([]);
    });

    it('says "Link copied" after hydration', async () => {
      const { win, doc, el, problems } = await ssrPage('script=none');
      const copied: string[] = [];
      Object.defineProperty(win.navigator, 'clipboard', {
        value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
        configurable: true,
      });
      await addScript(doc, '/dist/news-widgets.hydrate.js');
      await waitUntil(() => el.hasUpdated, 'not hydrated', { timeout: 5000 });
      const share = deepQueryAll(el.shadowRoot!, 'share-prompt')[0];
      [...share.shadowRoot!.querySelectorAll('button')]
        .find((b) => b.textContent?.includes('Copy link'))!
        .click();
      const status = share.shadowRoot!.querySelector('[part~="status"]')!;
      await waitUntil(() => status.textContent.trim(), 'no status shown', { timeout: 2000 });
      expect(status.textContent.trim()).to.equal('Link copied');
      expect(copied).to.have.length(1);
      expect(problems).to.deep.equal([]);
    });

    it('adds the share sheet after hydration where the device has one (the server cannot know)', async () => {
      const { win, doc, el, problems } = await ssrPage('script=none');
      Object.defineProperty(win.navigator, 'share', { value: () => Promise.resolve(), configurable: true });
      Object.defineProperty(win.navigator, 'canShare', { value: () => true, configurable: true });
      await addScript(doc, '/dist/news-widgets.hydrate.js');
      const share = () => deepQueryAll(el.shadowRoot!, 'share-prompt')[0];
      await waitUntil(() => share().shadowRoot!.textContent.includes('Share'), 'no share sheet action', {
        timeout: 5000,
      });
      expect(share().shadowRoot!.querySelector('button')?.textContent?.trim()).to.equal('Share');
      expect(problems).to.deep.equal([]);
    });

    it('keeps updating after hydration', async () => {
      const { doc, el } = await ssrPage('script=none');
      await addScript(doc, '/dist/news-widgets.hydrate.js');
      await waitUntil(() => el.hasUpdated, 'not hydrated', { timeout: 5000 });
      el.headingLevel = 3;
      await el.updateComplete;
      expect(headline(el)?.localName).to.equal('h3');
    });

    it('hydrates when the classic hydrating script sits in <head>, before the article is parsed', async () => {
      // Defined before the parser reaches the article, an element would make its own shadow root,
      // and the browser would drop the server's ("a second declarative shadow root").
      const { win, el, problems } = await ssrPage('script=hydrate-iife&probe');
      await waitUntil(() => el.hasUpdated, 'not hydrated', { timeout: 5000 });
      // The classes are there at once, for the page's own scripts that run while it loads.
      expect((win as Win & { early: unknown }).early).to.deep.equal({
        loading: true,
        defined: true,
        upgraded: true,
      });
      const quote = deepQueryAll(el.shadowRoot!, 'news-quote')[0];
      // The server's own <style> elements are still there: its DOM was taken over, not replaced.
      expect(el.shadowRoot!.querySelectorAll('style').length).to.equal(1);
      expect(quote.shadowRoot!.querySelectorAll('style').length).to.equal(1);
      expect(el.shadowRoot!.querySelectorAll('[part~="headline"]').length).to.equal(1);
      expect(el instanceof win.customElements.get('news-article')!).to.equal(true);
      expect(problems).to.deep.equal([]);
    });

    it('hydrates in a document written and never closed, whatever scripts add around the article', async () => {
      // A "friendly" iframe: written, never closed, so the page never finishes loading. A script
      // before the article adds a node at the end of the page (a cookie banner would), and the
      // article is the last thing written.
      const page = await (await fetch('/test-api/ssr-page?script=hydrate-iife')).text();
      const banner = `<script>document.body.append(document.createElement('aside'));</script>`;
      const written = page.slice(0, page.indexOf('</main>')).replace('<main>', `<main>${banner}`);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const doc = frame.contentDocument!;
      doc.open();
      doc.write(written);
      try {
        const el = () => doc.querySelector<NewsArticle>('news-article');
        await waitUntil(() => el()?.hasUpdated, 'not hydrated', { timeout: 5000 });
        expect(doc.readyState).to.equal('loading');
        expect(el()!.shadowRoot!.querySelectorAll('style').length, "the server's DOM").to.equal(1);
        const quote = deepQueryAll(el()!.shadowRoot!, 'news-quote')[0] as NewsArticle;
        await waitUntil(() => quote.hasUpdated, 'nested element not hydrated', { timeout: 5000 });
        expect(quote.shadowRoot!.querySelectorAll('style').length).to.equal(1);
        // An element a script adds while the page loads renders at once: it has no server render to wait for.
        doc.write(
          `<script>const c = document.createElement('news-callout'); c.textContent = 'Added'; document.body.append(c);</script>`,
        );
        const callout = doc.querySelector<NewsArticle>('news-callout')!;
        await waitUntil(() => callout.hasUpdated, 'script-created element not rendered', { timeout: 1000 });
        expect(doc.readyState).to.equal('loading');
      } finally {
        doc.close();
      }
    });

    it('hydrates under a strict CSP with Trusted Types, and then styles what the CSP left unstyled', async () => {
      const { win, el, problems } = await ssrPage('script=hydrate&csp=on');
      await waitUntil(() => el.hasUpdated, 'not hydrated', { timeout: 5000 });
      // Inline <style> is what `style-src 'self'` forbids (use the nonce option); nothing else is blocked.
      expect(win.cspViolations.filter((v) => !v.startsWith('style-src-elem: inline'))).to.deep.equal([]);
      expect(win.getComputedStyle(headline(el)!).lineHeight).to.not.equal('normal');
      const quote = deepQueryAll(el.shadowRoot!, 'news-quote')[0];
      expect(win.getComputedStyle(quote.shadowRoot!.querySelector('.speaker')!).fontWeight).to.equal('700');
      expect(problems).to.deep.equal([]);
    });

    it('with the nonce option, is styled before any script under a nonce-based CSP', async () => {
      const { win, el } = await ssrPage('script=none&csp=nonce');
      expect(win.getComputedStyle(headline(el)!).lineHeight).to.not.equal('normal');
      expect(win.cspViolations).to.deep.equal([]);
    });

    it('corrects the attribution when the server assumed another page, without an error', async () => {
      // Rendered for the publisher's own page (no "Originally published by"), shown on another origin.
      const { doc, el, problems } = await ssrPage(
        `script=none&page-url=${encodeURIComponent('https://t4k3.news/')}`,
      );
      const attribution = () => el.shadowRoot!.querySelector('[part~="attribution"]')!.textContent;
      expect(attribution()).to.not.include('Originally published by');
      const before = headline(el)!;
      await addScript(doc, '/dist/news-widgets.hydrate.js');
      await waitUntil(() => attribution().includes('Originally published by T4K3.news'), 'not corrected', {
        timeout: 5000,
      });
      expect(headline(el), 'hydrated, not rendered again').to.equal(before);
      expect(problems).to.deep.equal([]);
    });

    it('hydrates a server-rendered article shown in another document (an iframe), styled', async () => {
      const { win, doc, problems } = await ssrPage('script=hydrate');
      await waitUntil(() => (doc.querySelector('news-article') as NewsArticle).hasUpdated, 'not hydrated', {
        timeout: 5000,
      });
      // Styles that do not depend on the width (the frame is narrower).
      const look = (el: Element) => {
        const view = el.ownerDocument.defaultView!;
        const h = view.getComputedStyle(headline(el)!);
        const p = view.getComputedStyle(el.shadowRoot!.querySelector('.paragraph')!);
        return [h.fontFamily, h.fontWeight, p.fontSize, p.lineHeight].join(' | ');
      };
      const expected = look(doc.querySelector('news-article')!);
      // The same server HTML, parsed in the kit's document, first shown in a frame inside it.
      const page = await (await fetch('/test-api/ssr-page?script=none')).text();
      const holder = doc.createElement('div');
      holder.setHTMLUnsafe(/<main>([^]*)<\/main>/.exec(page)![1]);
      const before = headline(holder.querySelector('news-article')!);
      const frame = doc.createElement('iframe');
      doc.body.append(frame);
      const other = frame.contentDocument!;
      const otherErrors: string[] = [];
      frame.contentWindow!.addEventListener('error', (e) => otherErrors.push(e.message));
      other.body.append(holder);
      const el = other.querySelector('news-article') as NewsArticle;
      await waitUntil(() => el.hasUpdated, 'not hydrated in the frame', { timeout: 5000 });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="headline"]')).to.have.length(1);
      expect(headline(el), 'hydrated, not rendered again').to.equal(before);
      expect(look(el)).to.equal(expected);
      expect(problems).to.deep.equal([]);
      expect(otherErrors).to.deep.equal([]);
      expect(win.customElements.get('news-article')).to.exist;
    });

    it('without the hydrating bundle, the kit renders the DOM again, once (the identity check can fail)', async () => {
      const { doc, el, problems } = await ssrPage('script=none');
      const before = headline(el)!;
      const top = (doc.getElementById('after') as HTMLElement).getBoundingClientRect().top;
      await addScript(doc, '/dist/news-widgets.js');
      await waitUntil(() => headline(el) && headline(el) !== before, 'the DOM was kept', { timeout: 5000 });
      expect(headline(el)).to.not.equal(before);
      // Not a second copy before the server's: one headline, one share prompt, and the page below
      // where it was.
      await waitUntil(() => deepQueryAll(el.shadowRoot!, 'share-prompt').length === 1, 'share prompts');
      expect(el.shadowRoot!.querySelectorAll('[part~="headline"]')).to.have.length(1);
      expect((doc.getElementById('after') as HTMLElement).getBoundingClientRect().top).to.equal(top);
      expect(problems).to.deep.equal([]);
    });

    for (const bundle of ['news-widgets.hydrate.js', 'news-widgets.js']) {
      it(`leaves an article rendered with hydratable: false as the server wrote it (${bundle})`, async () => {
        const { doc, el, problems } = await ssrPage('script=none&hydratable=off');
        const before = headline(el)!;
        const bases = () =>
          deepQueryAll(el.shadowRoot!, 'news-quote, news-highlights, news-callout, share-prompt').map(
            (nested) => nested.shadowRoot!.querySelectorAll('[part~="base"]').length,
          );
        expect(bases()).to.have.length.above(3);
        await addScript(doc, `/dist/${bundle}`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(headline(el)).to.equal(before);
        expect(before.textContent).to.equal('Putin agrees to NATO style security guarantees for Ukraine');
        // Nor a second copy inside the nested elements.
        expect(new Set(bases())).to.deep.equal(new Set([1]));
        expect(problems).to.deep.equal([]);
      });
    }

    it('hydrates with an older catalog (no {date}), and takes later strings that put the date first', async () => {
      const { win, doc, el, problems } = await ssrPage('script=none');
      // The browser's English catalog says "Published" without the placeholder, as one written
      // for an older version would (catalogs are shared by every copy of the kit on the page).
      (win as unknown as Record<symbol, unknown>)[Symbol.for('news-widgets.strings')] = {
        en: { published: 'Published' },
      };
      await addScript(doc, '/dist/news-widgets.hydrate.js');
      await waitUntil(() => el.hasUpdated, 'not hydrated', { timeout: 5000 });
      const byline = () => el.shadowRoot!.querySelector('[part~="byline"]')!.textContent.replace(/\s+/g, ' ');
      expect(byline()).to.include('Published August 17, 2025 at 2:30 PM UTC');
      el.strings = { published: '{date}, veröffentlicht', updated: '{date}, aktualisiert' };
      await el.updateComplete;
      expect(byline()).to.include('August 17, 2025 at 2:30 PM UTC, veröffentlicht');
      expect(byline()).to.include('August 17, 2025 at 6:05 PM UTC, aktualisiert');
      expect(problems).to.deep.equal([]);
    });
  });
});
