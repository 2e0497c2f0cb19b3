import { expect, waitUntil } from '@open-wc/testing';
import type { NewsArticle } from '../../src/index.js';
import { loadSeed } from '../support/articles.js';
import { deepQueryAll, deepText } from '../support/dom.js';

/** Loads a page of the test server in an iframe and waits until `ready` holds in it. */
async function page(url: string, ready: (win: Window & typeof globalThis) => unknown) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 800px';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => ready(win), `${url} did not get ready`, { timeout: 5000 });
  return { frame, win, doc: frame.contentDocument! };
}

type CspWindow = Window & typeof globalThis & { cspViolations: string[] };
const rendered = (win: Window) =>
  win.document.querySelector('news-article')?.shadowRoot?.querySelector('[part~="headline"]');

describe('the built bundles', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const bundle of ['es', 'iife']) {
    it(`render the seed article under a strict CSP with Trusted Types (${bundle}), with no violation`, async () => {
      const { win } = await page(`/test-api/csp-page?bundle=${bundle}`, rendered);
      expect(rendered(win)!.textContent).to.equal(
        'Putin agrees to NATO style security guarantees for Ukraine',
      );
      const text = deepText(win.document.querySelector('news-article')!);
      expect(text).to.include('Enjoyed this? Let your friends know!');
      // Violations are reported in a task of their own: let late ones arrive before judging.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((win as CspWindow).cspViolations).to.deep.equal([]);
    });
  }

  for (const bundle of ['es', 'iife']) {
    it(`show the seed word for word as the sources do (${bundle}): minifying lost no space`, async () => {
      const { win } = await page(`/test-api/csp-page?bundle=${bundle}`, rendered);
      await import('../../src/all.js');
      const el = document.createElement('news-article');
      el.article = await loadSeed();
      document.body.append(el);
      try {
        await el.updateComplete;
        for (const child of deepQueryAll(el.shadowRoot!, '*'))
          if ('updateComplete' in child) await (child as NewsArticle).updateComplete;
        const built = deepText(win.document.querySelector('news-article')!);
        const source = deepText(el);
        expect(built).to.include('T4K3.news · © T4K3.news');
        // Where they part, with some words around it (the whole text is 5,000 characters)...
        const from = Math.max(0, [...built].findIndex((c, i) => c !== source[i]) - 40);
        expect(built.slice(from, from + 80)).to.equal(source.slice(from, from + 80));
        // ...and all of it.
        expect(built === source).to.equal(true);
        // A run of inline text, as a screen reader reads it: the byline's pauses are hidden ". "s.
        const byline = (root: ParentNode) =>
          root.querySelector('[part~="byline"]')!.textContent.replace(/\s+/g, ' ').trim();
        const builtRoot = win.document.querySelector('news-article')!.shadowRoot!;
        expect(byline(builtRoot)).to.equal(byline(el.shadowRoot!));
        expect(byline(builtRoot)).to.match(/UTC\. Updated /);
      } finally {
        el.remove();
      }
    });
  }

  it('wait for inline JSON that arrives in pieces, and judge it once the page is parsed', async () => {
    type Recording = Window & typeof globalThis & { kitEvents: string[] };
    // A slow page: the element upgrades at once, its JSON comes in three chunks, 300 ms apart.
    const { win } = await page('/test-api/stream-page', rendered);
    expect((win as Recording).kitEvents).to.deep.equal(['news-load', 'parsed']);
    // JSON that stays broken once the parser has passed </script>: one parse error, shown then,
    // before the rest of the page arrives.
    const broken = await page('/test-api/stream-page?broken=on', (w) =>
      w.document.querySelector('news-article')?.shadowRoot?.querySelector('[role="alert"]'),
    );
    expect((broken.win as Recording).kitEvents).to.deep.equal(['parse', 'parsed']);
  });

  // Also the npm entry `news-widgets/news-article.js`, as a browser (or a bundler, which keeps the
  // order modules run in) loads it: <news-article> must be defined before the elements it nests.
  for (const bundle of ['es', 'iife', 'npm']) {
    it(`give the page's own share prompt and related list in the article's slots the article's data (${bundle}), defined after the page`, async () => {
      const { win } = await page(`/test-api/csp-page?bundle=${bundle}&slotted=on`, rendered);
      const share = win.document.querySelector('share-prompt')!;
      await waitUntil(() => share.shadowRoot?.querySelector('[part~="action"]'), 'no share action');
      const mail = share.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="action"]')!;
      expect(decodeURIComponent(mail.href)).to.include(
        'https://t4k3.news/world/putin-agrees-to-nato-style-security-guarantees-for-ukraine',
      );
      expect(decodeURIComponent(mail.href)).to.include('subject=Putin agrees to NATO style');
      const related = win.document.querySelector('related-news')!;
      await waitUntil(() => related.shadowRoot?.querySelector('[part~="link"]'), 'no related stories');
      expect(related.shadowRoot!.querySelectorAll('[part~="link"]').length).to.equal(8);
    });
  }

  it("give the page's own share prompt the article's data when it is defined before the article", async () => {
    // npm entries imported the other way round: <share-prompt> upgrades, and asks, first.
    const { win } = await page('/test-api/csp-page?bundle=none&slotted=on&csp=off', (w) => w.document.body);
    const script = win.document.createElement('script');
    script.type = 'module';
    // Meanwhile, share prompts on their own come and go: the request-keeping root keeps none of
    // theirs (none could ever be answered), only the one inside the article.
    script.textContent = `await import('/dist/npm/share-prompt.js');
      for (let i = 0; i < 50; i++) {
        const alone = document.createElement('share-prompt');
        document.body.append(alone);
        await alone.updateComplete;
        alone.remove();
      }
      const root = window[Symbol.for('news-widgets.context-root')];
      window.kept = [...root.pendingContextRequests.values()].reduce((n, p) => n + p.requests.length, 0);
      await import('/dist/npm/news-article.js');`;
    win.document.head.append(script);
    await waitUntil(() => rendered(win), 'no article');
    const share = win.document.querySelector('share-prompt')!;
    await waitUntil(
      () =>
        share.shadowRoot?.querySelector('[part~="action"]')?.getAttribute('href')?.includes('subject=Putin'),
      "the share prompt did not get the article's headline",
    );
    // The slotted prompt's two requests (the article, the language), and no more.
    expect((win as unknown as { kept: number }).kept).to.equal(2);
  });

  it("give a share prompt inside the page's own component in the article's slot the article, the article defined last", async () => {
    // A page's component wraps the prompt in its shadow root: the request still comes from inside
    // the article, across that root.
    const { win } = await page('/test-api/csp-page?bundle=none&csp=off', (w) => w.document.body);
    const script = win.document.createElement('script');
    script.type = 'module';
    script.textContent = `await import('/dist/npm/share-prompt.js');
      customElements.define('page-share', class extends HTMLElement {
        connectedCallback() {
          this.shadowRoot ?? this.attachShadow({ mode: 'open' }).append(document.createElement('share-prompt'));
        }
      });
      const wrapper = document.createElement('page-share');
      wrapper.slot = 'share';
      document.querySelector('news-article').append(wrapper);
      await wrapper.shadowRoot.firstChild.updateComplete;
      await import('/dist/npm/news-article.js');`;
    win.document.head.append(script);
    await waitUntil(() => rendered(win), 'no article');
    const share = win.document.querySelector('page-share')!.shadowRoot!.firstElementChild!;
    await waitUntil(
      () =>
        share.shadowRoot?.querySelector('[href^="mailto:"]')?.getAttribute('href')?.includes('subject=Putin'),
      "the share prompt did not get the article's headline",
    );
  });

  it('expose window.NewsWidgets from the classic script', async () => {
    const { win } = await page('/test-api/csp-page?bundle=iife', rendered);
    const kit = (win as unknown as { NewsWidgets: Record<string, unknown> }).NewsWidgets;
    expect(kit.parseArticle).to.be.a('function');
    expect(kit.NewsArticle).to.equal(win.customElements.get('news-article'));
  });

  it('load twice, ES and classic together, without an error, and keep the first definition', async () => {
    const { win, doc } = await page('/test-api/csp-page?bundle=es&csp=off', rendered);
    const errors: string[] = [];
    win.addEventListener('error', (e) => errors.push(e.message));
    const first = win.customElements.get('news-article');
    // The classic script twice, then the ES module again under another URL (a second copy).
    for (const src of [
      '/dist/news-widgets.iife.js',
      '/dist/news-widgets.iife.js',
      '/dist/news-widgets.js?again',
    ]) {
      const script = doc.createElement('script');
      if (src.includes('?')) script.type = 'module';
      script.src = src;
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
      doc.head.append(script);
      await loaded;
    }
    expect(errors).to.deep.equal([]);
    expect(win.customElements.get('news-article')).to.equal(first);
    // The copies took nothing away: a story added now still renders.
    const late = doc.createElement('news-article');
    late.article = await loadSeed();
    doc.body.append(late);
    await late.updateComplete;
    expect(late.shadowRoot!.querySelector('[part~="headline"]')?.textContent).to.equal(
      'Putin agrees to NATO style security guarantees for Ukraine',
    );
  });

  it('warn once when another version of the kit got there first', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test-api/article?key=blank';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    const key = Symbol.for('news-widgets.versions');
    (win as unknown as Record<symbol, Set<string>>)[key] = new Set(['0.0.1-other']);
    const warnings: string[] = [];
    win.console.warn = (message: string) => warnings.push(message);
    const script = win.document.createElement('script');
    script.src = '/dist/news-widgets.iife.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    win.document.head.append(script);
    await loaded;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/0\.0\.1-other is already loaded/);
  });

  it('skip, with a warning, a tag whose class the page registered under a tag of its own', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test-api/article?key=own-tag';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis & { done?: boolean };
    const errors: string[] = [];
    win.addEventListener('error', (e) => errors.push(e.message));
    const warnings: string[] = [];
    win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    // The npm classes first, one of them defined by the page as <my-story>; then the kit registers.
    const script = win.document.createElement('script');
    script.type = 'module';
    script.textContent = `import { NewsArticle } from '/dist/npm/index.js';
      customElements.define('my-story', NewsArticle);
      await import('/dist/npm/all.js');
      window.done = true;`;
    win.document.head.append(script);
    await waitUntil(() => win.done || errors.length, 'the kit did not load', { timeout: 5000 });
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('news-widgets'))).to.have.length(1);
    expect(warnings.find((w) => w.includes('news-widgets'))).to.match(/<news-article> is not defined/);
    // The others are defined all the same.
    expect(win.customElements.get('news-article')).to.equal(undefined);
    expect(win.customElements.get('news-quote')).to.not.equal(undefined);
  });

  it('survive a host page without a charset declaration (ASCII only), language packs too', async () => {
    for (const file of ['/dist/news-widgets.iife.js', '/dist/locales/ar.js', '/dist/locales/de.js']) {
      const bytes = new Uint8Array(await (await fetch(file)).arrayBuffer());
      expect(
        bytes.every((b) => b < 128),
        file,
      ).to.equal(true);
    }
    // A legacy host page: no UTF-8 anywhere, so the browser decodes scripts as windows-1252.
    const html = `<!doctype html><html><body><script src="${location.origin}/dist/news-widgets.iife.js"></script>
      <script src="${location.origin}/dist/locales/ar.js"></script>
      <share-prompt url="https://x.example/" lang="ar"></share-prompt></body></html>`;
    const blob = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=windows-1252' }));
    const { win } = await page(blob, (w) =>
      w.document.querySelector('share-prompt')?.shadowRoot?.querySelector('button'),
    );
    expect(win.document.characterSet).to.not.equal('UTF-8');
    const text = deepText(win.document.querySelector('share-prompt')!);
    expect(text).to.include('نسخ الرابط');
  });

  describe('language packs', () => {
    const prompt = (win: Window) => deepText(win.document.querySelector('share-prompt')!);
    const shown = (win: Window) => win.document.querySelector('share-prompt')?.shadowRoot?.querySelector('p');
    const pageWith = (scripts: string[]) => {
      const tags = scripts.map((src) => `<script src="${location.origin}${src}"></script>`).join('');
      const html = `<!doctype html><html><head><meta charset="utf-8">${tags}</head><body>
        <share-prompt url="https://x.example/" lang="de"></share-prompt></body></html>`;
      return URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    };

    it('are not in the kit: without one, the UI falls back to English', async () => {
      const { win } = await page(pageWith(['/dist/news-widgets.iife.js']), shown);
      expect(prompt(win)).to.include('Enjoyed this? Let your friends know!');
    });

    it('work loaded before the kit', async () => {
      const { win } = await page(pageWith(['/dist/locales/de.js', '/dist/news-widgets.iife.js']), shown);
      expect(prompt(win)).to.include('Hat Ihnen der Artikel gefallen? Teilen Sie ihn!');
    });

    it('switch elements that already rendered when they arrive later', async () => {
      const { win, doc } = await page(pageWith(['/dist/news-widgets.iife.js']), shown);
      expect(prompt(win)).to.include('Enjoyed this?');
      const script = doc.createElement('script');
      script.src = `${location.origin}/dist/locales/de.js`;
      doc.head.append(script);
      await waitUntil(() => prompt(win).includes('Teilen Sie ihn!'), 'the German pack was not applied');
    });
  });

  it('come with VS Code data generated from the manifest', async () => {
    const data = (await (await fetch('/dist/editor/vscode.html-custom-data.json')).json()) as {
      tags: { name: string; attributes: { name: string }[] }[];
    };
    const tags = Object.fromEntries(data.tags.map((t) => [t.name, t.attributes.map((a) => a.name)]));
    expect(Object.keys(tags)).to.include.members([
      'news-article',
      'news-quote',
      'news-highlights',
      'news-callout',
      'share-prompt',
      'related-news',
    ]);
    expect(tags['news-article']).to.include.members(['src', 'loading', 'heading-level', 'theme']);
  });
});
