import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/all.js';
import type {
  NewsArticle,
  NewsErrorEvent,
  NewsLoadEvent,
  NewsRelatedLoadEvent,
  RelatedNews,
} from '../../src/index.js';
import { axNodes } from '../support/a11y.js';
import { minimal } from '../support/articles.js';
import { deepText } from '../support/dom.js';
import { watchWarnings } from '../support/elements.js';

let n = 0;
/** A fresh key, so the test server counts this test's requests apart. */
const key = () => `k${Date.now()}-${++n}`;
const api = (route: string, params: Record<string, string | number> = {}) =>
  `/test-api/${route}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`;
const hits = async (route: string, k: string) =>
  (await (await fetch(api('hits', { route, key: k }))).json()) as number;

const headline = (el: Element) => el.shadowRoot!.querySelector('[part~="headline"]')?.textContent ?? null;
const alert = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');
/**
 * A reader moving by headings finds the failed story where its headline would be, and the Retry
 * button says what it retries (several may be on a page).
 */
async function expectErrorOutline(title: string, level: number) {
  const headings = (await axNodes('heading')).map((node) => [node.name, node.level]);
  expect(headings).to.deep.equal([[title, level]]);
  const buttons = (await axNodes('button')).map((node) => [node.name, node.description]);
  expect(buttons).to.deep.equal([['Retry', title]]);
}

const retryButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]');
/** The names of the page's groups that say they are loading, as a screen reader gets them. */
const loadingGroups = async () =>
  (await axNodes('group')).map((group) => group.name).filter((name) => name?.startsWith('Loading'));

/** Renders `<news-article src>` and waits for its first news-load or news-error. */
async function load(src: string, attrs: { timeout?: number } = {}) {
  const el = document.createElement('news-article');
  el.src = src;
  if (attrs.timeout) el.timeout = attrs.timeout;
  const settled = Promise.race([oneEvent(el, 'news-load'), oneEvent(el, 'news-error')]);
  document.body.append(el);
  const event = (await settled) as NewsLoadEvent | NewsErrorEvent;
  await el.updateComplete;
  return { el, event };
}

describe('loading from a URL', () => {
  // Where a failure sits, lazy starts, frames: all wait for the page to render, which a page in
  // the background (test files run side by side) does not.
  beforeEach(() => executeServerCommand('bring-to-front'));
  afterEach(() => {
    for (const el of document.querySelectorAll('news-article, related-news')) el.remove();
  });

  it('fetches, validates and renders, then fires news-load', async () => {
    const { el, event } = await load(api('article', { key: key() }));
    expect(event.type).to.equal('news-load');
    expect(headline(el)).to.equal('Putin agrees to NATO style security guarantees for Ukraine');
  });

  it("works through a host page's fetch polyfill, whose responses have no body stream", async () => {
    const native = window.fetch.bind(window);
    // What unfetch and whatwg-fetch return: status, headers and text(), no `body`.
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await native(input, init);
      const { ok, status, statusText, headers } = response;
      return { ok, status, statusText, headers, text: () => response.text() } as Response;
    };
    try {
      const { el, event } = await load(api('article', { key: key() }));
      expect(event.type).to.equal('news-load');
      expect(headline(el)).to.equal('Putin agrees to NATO style security guarantees for Ukraine');
      // Chunked, so no Content-Length warns ahead: the limit applies to the text.
      const { event: tooLarge } = await load(api('big', { key: key(), chunked: 1 }));
      expect((tooLarge as NewsErrorEvent).detail.kind).to.equal('too-large');
    } finally {
      window.fetch = native;
    }
  });

  it("links a loaded article's related stories against its canonical url, in its language and direction", async () => {
    const native = window.fetch.bind(window);
    const feed = 'https://feeds.example/syndication/story.json';
    const data = {
      ...minimal(),
      url: 'https://t4k3.news/world/story',
      // Sorani Kurdish, written right to left: the direction says so, the language code alone does not.
      language: 'ku',
      direction: 'rtl',
      related: { items: [{ headline: 'H', url: '/world/other' }] },
    };
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      (input instanceof Request ? input.url : input.toString()) === feed
        ? Promise.resolve(
            new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } }),
          )
        : native(input, init);
    try {
      const el = document.createElement('related-news');
      el.src = feed;
      const loaded = oneEvent(el, 'news-related-load');
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
      expect(link.getAttribute('href')).to.equal('https://t4k3.news/world/other');
      expect(getComputedStyle(link).direction).to.equal('rtl');
    } finally {
      window.fetch = native;
    }
  });

  it('shows nothing once src is taken away from a loaded article', async () => {
    const el = document.createElement('news-article');
    el.setAttribute('src', api('article', { key: key() }));
    const loaded = oneEvent(el, 'news-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(headline(el)).to.not.equal(null);
    el.removeAttribute('src');
    await el.updateComplete;
    expect(headline(el)).to.equal(null);
    expect(el.renderedArticle).to.equal(undefined);
  });

  it('starts a lazy load before the element scrolls into view (within 400 px)', async () => {
    const k = key();
    const spacer = fixtureSync<HTMLDivElement>(html`<div style="block-size: calc(100vh + 200px)"></div>`);
    const el = document.createElement('news-article');
    el.loading = 'lazy';
    el.src = api('article', { key: k });
    const loaded = oneEvent(el, 'news-load');
    spacer.after(el);
    await loaded;
    expect(window.scrollY).to.equal(0);
    expect(await hits('article', k)).to.equal(1);
  });

  it('waits at most 5 s for a Retry-After, however long the server asks', async function () {
    this.timeout(20000);
    const k = key();
    const started = performance.now();
    const { event } = await load(api('flaky', { key: k, code: 503, ok: 2, 'retry-after': 3600 }));
    expect(event.type).to.equal('news-load');
    // The one retry came after the 5 s cap, not an hour later (nor at once).
    expect(performance.now() - started).to.be.within(4900, 15000);
    expect(await hits('flaky', k)).to.equal(2);
  });

  it('shows a skeleton that reserves space while loading, named as loading', async () => {
    const el = document.createElement('news-article');
    el.src = api('article', { key: key(), delay: 300 });
    document.body.append(el);
    await el.updateComplete;
    const skeleton = el.shadowRoot!.querySelector('[part~="skeleton"]')!;
    expect(skeleton.getAttribute('role')).to.equal('group');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(600);
    expect(await loadingGroups()).to.deep.equal(['Loading article…']);
    await oneEvent(el, 'news-load');
  });

  it('loads src when the article property is taken away', async () => {
    const el = document.createElement('news-article');
    el.article = { ...minimal(), headline: 'From the property' };
    el.src = api('article', { key: key() });
    document.body.append(el);
    await el.updateComplete;
    expect(headline(el)).to.equal('From the property');
    const loaded = oneEvent(el, 'news-load');
    el.article = undefined;
    await loaded;
    await el.updateComplete;
    expect(headline(el)).to.equal('Putin agrees to NATO style security guarantees for Ukraine');
  });

  it('does not fetch again when loading changes after the article came', async () => {
    const k = key();
    const { el } = await load(api('article', { key: k }));
    el.loading = 'lazy';
    await el.updateComplete;
    // Not the skeleton again: the article stays.
    expect(headline(el)).to.equal('Putin agrees to NATO style security guarantees for Ukraine');
    expect(await hits('article', k)).to.equal(1);
  });

  describe('<related-news> with both items and src', () => {
    const stories = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('[part~="headline"]')].map((h) => h.textContent);
    const given = [{ headline: 'Given story', url: 'https://news.example/given' }];

    it('loads src when items are taken away, and only then', async () => {
      const k = key();
      const el = document.createElement('related-news');
      el.items = given;
      el.src = api('related', { key: k });
      document.body.append(el);
      await el.updateComplete;
      expect(stories(el)).to.deep.equal(['Given story']);
      expect(await hits('related', k)).to.equal(0);
      const loaded = oneEvent(el, 'news-related-load');
      el.items = undefined;
      await loaded;
      expect(stories(el)).to.have.length(8);
      // Given again, then taken away again: the list from src comes back.
      el.items = given;
      await el.updateComplete;
      expect(stories(el)).to.deep.equal(['Given story']);
      const again = oneEvent(el, 'news-related-load');
      el.items = undefined;
      await again;
      expect(stories(el)).to.have.length(8);
    });

    it('shows nothing once src is taken away, and fetches once for a late loading change', async () => {
      const k = key();
      const el = document.createElement('related-news');
      el.src = api('related', { key: k });
      const loaded = oneEvent(el, 'news-related-load');
      document.body.append(el);
      await loaded;
      el.loading = 'lazy';
      await el.updateComplete;
      expect(stories(el)).to.have.length(8);
      expect(await hits('related', k)).to.equal(1);
      el.src = undefined;
      await el.updateComplete;
      expect(stories(el)).to.deep.equal([]);
    });

    it('fires news-error once the error shows, as <news-article> does', async () => {
      const el = document.createElement('related-news');
      el.src = api('status', { code: 404, key: key() });
      let shown: Element | null | undefined;
      el.addEventListener('news-error', () => (shown = el.shadowRoot!.querySelector('[part~="error"]')));
      const failed = oneEvent(el, 'news-error');
      const log = watchWarnings();
      document.body.append(el);
      await failed.finally(log.stop);
      expect(shown).to.not.equal(null);
    });
  });

  it('announces a loading <related-news> as related stories, not as an article', async () => {
    const el = document.createElement('related-news');
    el.src = api('related', { key: key(), delay: 300 });
    document.body.append(el);
    await el.updateComplete;
    expect(await loadingGroups()).to.deep.equal(['Loading related stories…']);
    // The same part as <news-article>'s placeholder, to style both alike.
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]')).to.not.equal(null);
    await waitUntil(() => el.shadowRoot!.querySelector('nav'), 'the list did not load');
  });

  it("reserves exactly the publisher's height while loading, as the :not(:defined) rule does", async () => {
    const style = document.createElement('style');
    style.textContent = `news-article:not(:defined), related-news:not(:defined) { display: block; }
      .sized { --news-article-min-block-size: 500px; --news-related-min-block-size: 120px; }`;
    document.head.append(style);
    const box = document.createElement('div');
    box.className = 'sized';
    box.style.inlineSize = '1280px';
    box.innerHTML = '<news-article></news-article><related-news></related-news>';
    document.body.append(box);
    const [article, related] = [box.children[0] as NewsArticle, box.children[1] as RelatedNews];
    try {
      // Answers long after the test is over (a loaded machine must not see the content early);
      // removing the elements cancels the requests.
      article.src = api('article', { key: key(), delay: 20000 });
      related.src = api('article', { key: key(), delay: 20000 });
      await Promise.all([article.updateComplete, related.updateComplete]);
      // The skeleton's bones would be taller than 500px at this width: they are cut, not shown whole.
      expect(article.shadowRoot!.querySelector('[part~="skeleton"]')).to.exist;
      expect(article.getBoundingClientRect().height).to.equal(500);
      expect(related.getBoundingClientRect().height).to.equal(120);
      // The list's placeholder has the list's top rule, as the loaded list will.
      const placeholder = related.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(placeholder).borderBlockStartWidth).to.equal('3px');
    } finally {
      box.remove();
      style.remove();
    }
  });

  it('keeps the reserved space when loading fails, so the page below does not move', async () => {
    const box = document.createElement('div');
    // Both on screen (the test page is 600px tall).
    box.style.cssText = `inline-size: 1280px; --news-article-min-block-size: 450px;
      --news-related-min-block-size: 200px`;
    box.innerHTML =
      '<news-article></news-article><related-news></related-news><p style="margin: 0">Below</p>';
    document.body.append(box);
    const [article, related, below] = [...box.children] as [NewsArticle, RelatedNews, HTMLElement];
    try {
      const failed = Promise.all([oneEvent(article, 'news-error'), oneEvent(related, 'news-error')]);
      article.src = api('status', { code: 404, key: key(), delay: 300 });
      related.src = api('status', { code: 404, key: key(), delay: 300 });
      await Promise.all([article.updateComplete, related.updateComplete]);
      const top = below.getBoundingClientRect().top - box.getBoundingClientRect().top;
      expect(top).to.equal(650);
      expect(related.getBoundingClientRect().top).to.be.below(innerHeight);
      await failed;
      // Past the measurement (an IntersectionObserver's), not only the first render of the error.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await aTimeout(50);
      await Promise.all([article.updateComplete, related.updateComplete]);
      expect(alert(article)).to.not.equal(null);
      expect(alert(related)).to.not.equal(null);
      expect(below.getBoundingClientRect().top - box.getBoundingClientRect().top).to.equal(top);
      // The README's way to let the error box shrink to its content instead.
      const style = document.createElement('style');
      style.textContent = '.shrink::part(base) { min-block-size: 0 }';
      box.append(style);
      article.className = 'shrink';
      expect(article.getBoundingClientRect().height).to.be.below(400);
      // An article given inline never showed a skeleton: its error takes only its own space.
      const inline = document.createElement('news-article');
      inline.article = { headline: 'No publisher' };
      // (Given an article, an element does not load its src.)
      inline.src = api('status', { code: 404, key: key() });
      box.prepend(inline);
      await inline.updateComplete;
      expect(alert(inline)).to.not.equal(null);
      expect(inline.getBoundingClientRect().height).to.be.below(400);
    } finally {
      box.remove();
    }
  });

  it('gives the space back when the failure happens wholly below the screen, where no one sees it move', async () => {
    const box = document.createElement('div');
    box.style.cssText = `--news-article-min-block-size: 700px; --news-related-min-block-size: 300px`;
    box.innerHTML = `<div style="block-size: ${innerHeight + 100}px"></div>
      <news-article></news-article><related-news></related-news>`;
    document.body.append(box);
    const [, article, related] = [...box.children] as [HTMLElement, NewsArticle, RelatedNews];
    try {
      const failed = Promise.all([oneEvent(article, 'news-error'), oneEvent(related, 'news-error')]);
      article.src = api('status', { code: 404, key: key() });
      related.src = api('status', { code: 404, key: key() });
      await failed;
      // Measured once the browser lays the page out (not forced at once): then the boxes shrink.
      const shrunk = (el: Element, height: number) => () => el.getBoundingClientRect().height < height;
      await waitUntil(shrunk(article, 400), 'the failed article shrinks');
      await waitUntil(shrunk(related, 240), 'the failed list shrinks');
      expect(alert(article)).to.not.equal(null);
      // Data that arrives but is not valid: the same.
      const invalid = oneEvent(article, 'news-error');
      article.src = api('invalid', { key: key() });
      expect(((await invalid) as NewsErrorEvent).detail.kind).to.equal('validation');
      await waitUntil(shrunk(article, 400), 'the invalid article shrinks');
      // Back on screen, the next failure keeps the space again (nothing is remembered from below).
      box.firstElementChild!.remove();
      const again = oneEvent(article, 'news-error');
      article.src = api('invalid', { key: key() });
      await again;
      await article.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await aTimeout(50);
      await article.updateComplete;
      expect(article.getBoundingClientRect().height).to.equal(700);
    } finally {
      box.remove();
    }
  });

  it('renders a story that loads below the screen once, with nothing measured after', async () => {
    const box = document.createElement('div');
    box.innerHTML = `<div style="block-size: ${innerHeight + 100}px"></div><news-article></news-article>`;
    document.body.append(box);
    const article = box.lastElementChild as NewsArticle;
    try {
      const loaded = oneEvent(article, 'news-load');
      article.src = api('article', { key: key() });
      await loaded;
      let updates = 0;
      article.addController({ hostUpdated: () => (updates += 1) });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await aTimeout(50);
      await article.updateComplete;
      expect(updates).to.equal(0);
    } finally {
      box.remove();
    }
  });

  for (const origin of ['same-origin', 'cross-origin']) {
    it(`measures against its own frame's viewport in an iframe (${origin})`, async () => {
      // A 300px frame at the top of the page: the story 400px down in it is below the frame's
      // viewport (though within the page's), so its failure gives the space back.
      const frame = document.createElement('iframe');
      if (origin === 'cross-origin') frame.sandbox.add('allow-scripts');
      frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; inline-size: 600px; block-size: 300px';
      // The frame reports the story's height once it is below 400px, or after 3 s. (Listening
      // before the story exists: a quick 404 can come back before a later script runs.)
      frame.srcdoc = `<!doctype html><script>
          document.addEventListener('news-error', ({ target }) => {
            let tries = 0;
            const report = () => {
              const height = target.getBoundingClientRect().height;
              if (height < 400 || ++tries > 30) parent.postMessage({ height }, '*');
              else setTimeout(report, 100);
            };
            report();
          });
        </script><script src="${location.origin}/dist/news-widgets.iife.js"></script>
        <div style="block-size: 400px"></div>
        <news-article style="--news-article-min-block-size: 700px"
          src="${location.origin}${api('status', { code: 404, key: key() })}"></news-article>`;
      const measured = new Promise<{ height: number }>((resolve) =>
        window.addEventListener('message', (e: MessageEvent<{ height: number }>) => resolve(e.data), {
          once: true,
        }),
      );
      document.body.append(frame);
      try {
        // (Across origins the request fails for want of CORS headers: a failure all the same.)
        expect((await measured).height).to.be.below(400);
      } finally {
        frame.remove();
      }
    });
  }

  it("never reads the page's layout, so a heavy host page is not laid out again on the spot", async () => {
    // Each of these makes the browser finish a pending layout (or style) at once when read.
    const reads: string[] = [];
    const restore: (() => void)[] = [];
    const watch = (proto: object, names: string[]) => {
      for (const name of names) {
        const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
        const patched = descriptor.get
          ? {
              get(this: unknown): unknown {
                reads.push(name);
                return descriptor.get!.call(this) as unknown;
              },
            }
          : {
              value(this: unknown, ...args: unknown[]) {
                reads.push(name);
                return (descriptor.value as (...a: unknown[]) => unknown).apply(this, args);
              },
            };
        Object.defineProperty(proto, name, { ...descriptor, ...patched });
        restore.push(() => Object.defineProperty(proto, name, descriptor));
      }
    };
    watch(Element.prototype, ['getBoundingClientRect', 'getClientRects', 'clientHeight', 'scrollTop']);
    watch(HTMLElement.prototype, ['offsetTop', 'offsetHeight', 'offsetWidth', 'offsetParent']);
    watch(window, ['innerHeight', 'innerWidth', 'scrollY', 'getComputedStyle']);
    try {
      const box = document.createElement('div');
      box.innerHTML = '<news-article></news-article><related-news></related-news>';
      document.body.append(box);
      const [article, related] = [...box.children] as [NewsArticle, RelatedNews];
      const settled = Promise.all([
        oneEvent(article, 'news-error'),
        oneEvent(related, 'news-error'),
        oneEvent(article, 'news-load'),
      ]);
      related.src = api('status', { code: 404, key: key() });
      article.src = api('status', { code: 404, key: key() });
      await oneEvent(article, 'news-error');
      article.src = api('article', { key: key() });
      await settled;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await Promise.all([article.updateComplete, related.updateComplete]);
      box.remove();
    } finally {
      for (const undo of restore) undo();
    }
    expect(reads).to.deep.equal([]);
  });

  it('shows a 404 as an http error with Retry, in the page language', async () => {
    const log = watchWarnings();
    const src = api('status', { code: 404, key: key() });
    const { el, event } = await load(src).finally(log.stop);
    // A page with no listener still finds the failure on the console.
    expect(log.warnings).to.deep.equal([[`news-article: ${src}: HTTP 404`]]);
    expect((event as NewsErrorEvent).detail).to.deep.equal({
      kind: 'http',
      status: 404,
      message: `news-article: ${src}: HTTP 404`,
    });
    expect(alert(el)!.textContent).to.include('The publisher answered with an error (404).');
    // The alert is the title and the reason; the button is announced once, when it takes focus.
    expect(alert(el)!.textContent).to.not.include('Retry');
    await expectErrorOutline('This article could not be shown', 2);
  });

  it('retries a 500 once with backoff and renders the second answer', async () => {
    const k = key();
    const started = performance.now();
    const { el, event } = await load(api('flaky', { key: k, code: 500, ok: 2 }));
    // Not at once: the backoff waits 400 to 800 ms before the second try.
    expect(performance.now() - started).to.be.at.least(400);
    expect(event.type).to.equal('news-load');
    expect(headline(el)).to.not.equal(null);
    expect(await hits('flaky', k)).to.equal(2);
  });

  it('backs off as usual when Retry-After is a date, not a number of seconds', async () => {
    const k = key();
    const started = performance.now();
    const { event } = await load(
      api('flaky', { key: k, code: 503, ok: 2, 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }),
    );
    expect(performance.now() - started).to.be.at.least(400);
    expect(event.type).to.equal('news-load');
    expect(await hits('flaky', k)).to.equal(2);
  });

  it('gives up after one retry, and Retry recovers when the server does', async () => {
    const k = key();
    const { el, event } = await load(api('flaky', { key: k, code: 503, ok: 3, 'retry-after': 0 }));
    expect((event as NewsErrorEvent).detail).to.include({ kind: 'http', status: 503 });
    expect(await hits('flaky', k)).to.equal(2);
    const loaded = oneEvent(el, 'news-load');
    retryButton(el)!.click();
    await loaded;
    await el.updateComplete;
    expect(headline(el)).to.not.equal(null);
    expect(alert(el)).to.equal(null);
  });

  describe('focus after Retry from the keyboard', () => {
    /** Retry from the keyboard: focus the button, then Enter (or Space) as a real key press. */
    const press = async (el: Element, key: 'Enter' | 'Space' = 'Enter') => {
      retryButton(el)!.focus();
      await sendKeys({ press: key });
    };

    it('moves on to the article when it loads, not back to the page', async () => {
      const { el } = await load(api('flaky', { key: key(), code: 404, ok: 2 }));
      const loaded = oneEvent(el, 'news-load');
      await press(el);
      await loaded;
      await waitUntil(() => el.shadowRoot!.activeElement, 'focus was lost');
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('article[part~="base"]'));
      expect(document.activeElement).to.equal(el);
    });

    it('comes back to Retry when it fails again (pressed with Space)', async () => {
      const { el } = await load(api('status', { code: 404, key: key() }));
      const failed = oneEvent(el, 'news-error');
      await press(el, 'Space');
      await failed;
      await waitUntil(() => el.shadowRoot!.activeElement, 'focus was lost');
      expect(el.shadowRoot!.activeElement).to.equal(retryButton(el));
    });

    it('waits on the loading skeleton meanwhile, which says it is loading', async () => {
      const { el } = await load(api('status', { code: 404, key: key(), delay: 300 }));
      const failed = oneEvent(el, 'news-error');
      await press(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="skeleton"]'), 'no skeleton');
      await waitUntil(() => el.shadowRoot!.activeElement, 'focus was lost while loading');
      const skeleton = el.shadowRoot!.activeElement!;
      expect(skeleton.matches('[part~="skeleton"]')).to.equal(true);
      // What a screen reader says as focus lands there.
      const focused = (await axNodes('group')).find((group) => group.focused);
      expect(focused?.name).to.equal('Loading article…');
      await failed;
      await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part~="retry"]'), 'not back on Retry');
    });

    it('follows a click that did not focus the button (Safari, VoiceOver)', async () => {
      const { el } = await load(api('status', { code: 404, key: key() }));
      const failed = oneEvent(el, 'news-error');
      retryButton(el)!.click();
      await failed;
      await waitUntil(() => el.shadowRoot!.activeElement, 'focus was lost');
      expect(el.shadowRoot!.activeElement).to.equal(retryButton(el));
    });

    it('stays where the reader moved it meanwhile', async () => {
      const { el } = await load(api('flaky', { key: key(), code: 404, ok: 2, delay: 0 }));
      const elsewhere = document.createElement('button');
      document.body.append(elsewhere);
      const loaded = oneEvent(el, 'news-load');
      await press(el);
      elsewhere.focus();
      await loaded;
      await el.updateComplete;
      expect(document.activeElement).to.equal(elsewhere);
      elsewhere.remove();
    });

    it('is not taken by a Retry from a script', async () => {
      const { el } = await load(api('flaky', { key: key(), code: 404, ok: 2 }));
      const loaded = oneEvent(el, 'news-load');
      el.retry();
      await loaded;
      await el.updateComplete;
      expect(document.activeElement).to.not.equal(el);
    });

    it('works the same in <related-news>', async () => {
      const el = document.createElement('related-news');
      el.src = api('flaky', { key: key(), code: 404, ok: 2 });
      const failed = oneEvent(el, 'news-error');
      document.body.append(el);
      await failed;
      await el.updateComplete;
      await press(el);
      await waitUntil(() => el.shadowRoot!.querySelector('nav'), 'the list did not load');
      await waitUntil(() => el.shadowRoot!.activeElement, 'focus was lost');
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('nav[part~="base"]'));
    });
  });

  it('loads <related-news> from src and fires news-related-load once the stories show', async () => {
    const el = document.createElement('related-news');
    el.src = api('related', { key: key() });
    const loaded = oneEvent(el, 'news-related-load');
    document.body.append(el);
    const { detail } = (await loaded) as NewsRelatedLoadEvent;
    const links = el.shadowRoot!.querySelectorAll('[part~="link"]');
    expect(links.length).to.equal(detail.items.length);
    expect(detail.items.length).to.be.greaterThan(1);
    expect(detail.warnings).to.deep.equal([]);
  });

  describe('a Retry of <related-news> that finds no stories', () => {
    async function failed(src: string) {
      const el = document.createElement('related-news');
      el.src = src;
      const error = oneEvent(el, 'news-error');
      document.body.append(el);
      await error;
      await el.updateComplete;
      return el;
    }

    it('says so where the error was, and focus goes there from the keyboard', async () => {
      const el = await failed(api('flaky', { key: key(), code: 404, ok: 2, empty: 1 }));
      const loaded = oneEvent(el, 'news-related-load');
      const button = retryButton(el)!;
      button.focus();
      button.click();
      await loaded;
      await waitUntil(() => el.shadowRoot!.activeElement, 'focus was lost');
      const empty = el.shadowRoot!.querySelector<HTMLElement>('[part~="empty"]')!;
      expect(el.shadowRoot!.activeElement).to.equal(empty);
      expect(empty.textContent.trim()).to.equal('No related stories.');
      expect(empty.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(alert(el)).to.equal(null);
    });

    it('says so too when the list was moved while the Retry was loading', async () => {
      const el = await failed(api('flaky', { key: key(), code: 404, ok: 2, empty: 1, delay: 300 }));
      const loaded = oneEvent(el, 'news-related-load');
      el.retry();
      fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
      await loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="empty"]')?.textContent.trim()).to.equal(
        'No related stories.',
      );
    });

    it('shows nothing when the first load is empty', async () => {
      const el = document.createElement('related-news');
      el.src = api('flaky', { key: key(), ok: 1, empty: 1 });
      const loaded = oneEvent(el, 'news-related-load');
      document.body.append(el);
      expect((await loaded).detail).to.deep.equal({ items: [], warnings: [] });
      expect(el.shadowRoot!.children.length).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });

  it('gives each try 10 seconds by default, and a zero or missing timeout the same', async () => {
    const native = AbortSignal.timeout.bind(AbortSignal);
    const asked: number[] = [];
    AbortSignal.timeout = (ms: number) => (asked.push(ms), native(ms));
    try {
      for (const timeout of [undefined, 0, Number.NaN]) {
        const el = document.createElement(timeout === 0 ? 'related-news' : 'news-article');
        if (timeout !== undefined) el.timeout = timeout;
        el.src = api(timeout === 0 ? 'related' : 'article', { key: key() });
        const done = oneEvent(el, timeout === 0 ? 'news-related-load' : 'news-load');
        document.body.append(el);
        await done;
      }
    } finally {
      AbortSignal.timeout = native;
    }
    expect(asked).to.deep.equal([10000, 10000, 10000]);
  });

  it('waits as long as a timer can for an infinite or huge timeout, and loads', async () => {
    for (const [tag, timeout] of [
      ['news-article', Number.POSITIVE_INFINITY],
      ['related-news', 1e20],
    ] as const) {
      const k = key();
      const el = document.createElement(tag);
      el.timeout = timeout;
      el.src = api(tag === 'news-article' ? 'article' : 'related', { key: k });
      const settled = Promise.race([
        oneEvent(el, tag === 'news-article' ? 'news-load' : 'news-related-load'),
        oneEvent(el, 'news-error'),
      ]);
      document.body.append(el);
      const event = await settled;
      expect(
        event.type,
        `${tag} timeout=${timeout}: ${(event as NewsErrorEvent).detail?.message}`,
      ).to.not.equal('news-error');
      expect(await hits(tag === 'news-article' ? 'article' : 'related', k)).to.equal(1);
    }
  });

  it('times out after the timeout attribute', async () => {
    const { el, event } = await load(api('article', { key: key(), delay: 2000 }), { timeout: 200 });
    expect((event as NewsErrorEvent).detail.kind).to.equal('timeout');
    expect(alert(el)!.textContent).to.include('took too long');
  });

  for (const [route, kind, params] of [
    ['malformed', 'parse', {}],
    ['html', 'parse', {}],
    ['empty', 'parse', {}],
    ['invalid', 'validation', {}],
    ['big', 'too-large', {}],
    ['big', 'too-large', { chunked: 1 }],
  ] as [string, string, Record<string, number>][]) {
    it(`reports ${route}${params.chunked ? ' (no length)' : ''} as ${kind}`, async () => {
      const src = api(route, { key: key(), ...params });
      const { el, event } = await load(src);
      const { detail } = event as NewsErrorEvent;
      expect(detail.kind).to.equal(kind);
      expect(alert(el)).to.exist;
      // A page loading several stories can tell from its log which one failed.
      expect(detail.message).to.include(src);
      // Only an HTTP error has a status.
      expect('status' in detail).to.equal(false);
    });
  }

  it('names the URL of a list that held invalid stories, and keeps the valid ones', async () => {
    const el = document.createElement('related-news');
    el.src = api('related-invalid', { key: key() });
    const failed = oneEvent(el, 'news-error');
    document.body.append(el);
    const { detail } = (await failed) as NewsErrorEvent;
    expect(detail.kind).to.equal('validation');
    expect(detail.message).to.match(
      /^related-news: \S+related-invalid\S+: invalid items were left out: items\[1\]\.url: /,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(1);
  });

  it('reports a refused connection as a network error', async () => {
    const { event } = await load('http://127.0.0.1:9/article.json');
    expect((event as NewsErrorEvent).detail.kind).to.equal('network');
  });

  it('renders only the newest src when src changes mid-flight', async () => {
    const el = document.createElement('news-article');
    const k = key();
    el.src = api('article', { key: k, delay: 600, name: 'seed' });
    document.body.append(el);
    await waitUntil(async () => (await hits('article', k)) === 1, 'the first request was not sent');
    const loaded = oneEvent(el, 'news-load');
    el.src = api('article', { key: key(), name: 'harbour-wind' });
    await loaded;
    await aTimeout(800);
    expect(headline(el)).to.equal('The harbour that learned to fish the wind');
  });

  it('stays silent when removed mid-flight', async () => {
    const events: string[] = [];
    const el = document.createElement('news-article');
    for (const type of ['news-load', 'news-error']) el.addEventListener(type, () => events.push(type));
    const k = key();
    el.src = api('article', { key: k, delay: 300 });
    document.body.append(el);
    await waitUntil(async () => (await hits('article', k)) === 1, 'the request was not sent');
    el.remove();
    await aTimeout(500);
    expect(events).to.deep.equal([]);
    expect(headline(el)).to.equal(null);
  });

  it('sends nothing for an element removed before it fetched, or given a src or a Retry once removed', async () => {
    const events: string[] = [];
    const listen = (el: HTMLElement) => {
      for (const type of ['news-load', 'news-error', 'news-related-load'])
        el.addEventListener(type, () => events.push(type));
    };
    // Added and removed in the same task (an app's list re-rendered).
    const k1 = key();
    const quick = document.createElement('news-article');
    listen(quick);
    quick.src = api('article', { key: k1 });
    document.body.append(quick);
    quick.remove();
    // Loaded, removed, then pointed elsewhere, and retried.
    const { el } = await load(api('status', { code: 404, key: key() }));
    listen(el);
    el.remove();
    const k2 = key();
    el.src = api('article', { key: k2 });
    await el.updateComplete;
    el.retry();
    const list = document.createElement('related-news');
    listen(list);
    const k3 = key();
    list.src = api('related', { key: k3 });
    await aTimeout(600);
    expect(await hits('article', k1)).to.equal(0);
    expect(await hits('article', k2)).to.equal(0);
    expect(await hits('related', k3)).to.equal(0);
    expect(events).to.deep.equal([]);
    // Back in the page, it loads what it was last given.
    const loaded = oneEvent(el, 'news-load');
    document.body.append(el);
    await loaded;
    expect(await hits('article', k2)).to.equal(1);
  });

  it('does not fetch a lazy element until it nears the viewport', async () => {
    const k = key();
    const spacer = fixtureSync<HTMLDivElement>(html`<div style="block-size: 5000px"></div>`);
    const el = document.createElement('news-article');
    el.loading = 'lazy';
    el.src = api('article', { key: k });
    spacer.after(el);
    await aTimeout(300);
    expect(await hits('article', k)).to.equal(0);
    const loaded = oneEvent(el, 'news-load');
    el.scrollIntoView();
    await loaded;
    expect(await hits('article', k)).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('errors are accessible', async () => {
    const { el } = await load(api('status', { code: 500, key: key() }));
    await expect(el).to.be.accessible();
  });

  it('<related-news src> loads the related list of an article, or a list', async () => {
    const el = await fixture<RelatedNews>(
      html`<related-news src=${api('article', { key: key() })}></related-news>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('li').length === 8);
    expect(deepText(el)).to.include('Related News');
    const other = await fixture<RelatedNews>(
      html`<related-news src=${api('related', { key: key() })}></related-news>`,
    );
    await waitUntil(() => other.shadowRoot!.querySelectorAll('li').length === 8);
  });

  it('<related-news src> shows an error with Retry, and says so on the console', async () => {
    const log = watchWarnings();
    const src = api('status', { code: 404, key: key() });
    const el = await fixture<RelatedNews>(html`<related-news src=${src} heading-level="3"></related-news>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]')).finally(log.stop);
    expect(log.warnings).to.deep.equal([[`related-news: ${src}: HTTP 404`]]);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(
      'Related stories could not be shown',
    );
    await expectErrorOutline('Related stories could not be shown', 3);
  });

  for (const src of ['http://[::1', 'javascript:alert(1)', 'ftp://news.example/a.json']) {
    it(`fails at once, without a request, for a src that cannot be fetched: ${src}`, async () => {
      const native = window.fetch.bind(window);
      let requests = 0;
      window.fetch = (...args) => (requests++, native(...args));
      try {
        const { el, event } = await load(src);
        expect((event as NewsErrorEvent).detail.kind).to.equal('network');
        expect((event as NewsErrorEvent).detail.message).to.include('not an http(s) URL');
        expect(alert(el)).to.exist;
        expect(requests).to.equal(0);
      } finally {
        window.fetch = native;
      }
    });
  }

  it('keeps the publisher attribution for a syndicated story', async () => {
    const { el } = await load(api('article', { key: key() }));
    const footer = el.shadowRoot!.querySelector('[part~="attribution"]')!;
    expect(footer.textContent).to.match(/Originally published by\s*T4K3\.news/);
  });
});
