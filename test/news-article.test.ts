import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/all.js';
import '../src/locales/all.js';
import { registerStrings, type NewsArticle, type NewsErrorEvent, type NewsLoadEvent } from '../src/index.js';
import { axNodes, axText } from './support/a11y.js';
import { loadJson, loadSeed, minimal } from './support/articles.js';
import { deepFind, deepQueryAll, deepText, langOf } from './support/dom.js';
import { unsafeUrls, watchWarnings } from './support/elements.js';

type Doc = Record<string, unknown>;

async function render(article: unknown, attrs: { theme?: string; level?: number } = {}) {
  const el = await fixture<NewsArticle>(
    html`<news-article
      .article=${article}
      theme=${attrs.theme ?? 'light'}
      heading-level=${attrs.level ?? 2}
    ></news-article>`,
  );
  await settle(el);
  return el;
}

/** Waits until the article and every element inside it have rendered. */
async function settle(el: Element) {
  await (el as NewsArticle).updateComplete;
  for (const child of deepQueryAll<NewsArticle>(el.shadowRoot!, '*')) {
    if ('updateComplete' in child) await child.updateComplete;
  }
}

const shadow = (el: Element) => el.shadowRoot!;

/** A host page's style sheet. */
function addStyle(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

describe('<news-article>', () => {
  let seed: Doc;
  before(async () => {
    seed = await loadSeed();
  });

  describe('accessibility', () => {
    it('passes axe with the seed article in light and dark', async () => {
      await expect(await render(seed, { theme: 'light' })).to.be.accessible();
      await expect(await render(seed, { theme: 'dark' })).to.be.accessible();
    });

    it('passes axe with the Arabic article (RTL)', async () => {
      await expect(await render(await loadJson('demo/articles/al-bayan-ar.json'))).to.be.accessible();
    });

    it('passes axe with the feature article (images, links, several authors)', async () => {
      await expect(await render(await loadJson('demo/articles/harbour-wind.json'))).to.be.accessible();
    });

    it('passes axe in its error state', async () => {
      await expect(await render({ version: 1 })).to.be.accessible();
    });

    it('is an <article> named by its headline, with headings in order', async () => {
      const el = await render(seed);
      const article = shadow(el).querySelector('article')!;
      const headline = shadow(el).getElementById(article.getAttribute('aria-labelledby')!)!;
      expect(headline.tagName).to.equal('H2');
      expect(headline.textContent).to.equal(seed.headline);
      const levels = deepQueryAll(shadow(el), 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
      expect(levels[0]).to.equal(2);
      expect(levels.slice(1).every((l) => l === 3)).to.equal(true, `levels ${levels.join(',')}`);
    });
  });

  describe('rendering', () => {
    it('renders every sentence of the seed page', async () => {
      const el = await render(seed);
      const text = deepText(el);
      const page = await (await fetch(new URL('./fixtures/seed-page.txt', import.meta.url))).text();
      const sentences = page
        .split('\n')
        .map((line) =>
          line
            .trim()
            .replace(/^- /, '')
            .replace(/^"(.*)"$/, '$1'),
        )
        .filter(Boolean);
      expect(sentences.length).to.be.greaterThan(30);
      const missing = sentences.filter((s) => !text.includes(s));
      expect(missing).to.deep.equal([]);
    });

    it('renders brand, section, dek, byline, dateline and dates', async () => {
      const el = await render(seed);
      const root = shadow(el);
      const brand = root.querySelector<HTMLAnchorElement>('[part~="brand"]')!;
      expect(brand.textContent.trim()).to.equal('T4K3.news');
      expect(brand.href).to.equal('https://t4k3.news/');
      expect(root.querySelector('[part~="section"]')!.textContent).to.equal('World');
      expect(root.querySelector('[part~="dateline"]')!.textContent).to.equal('NEW YORK');
      const published = root.querySelector('time[part="published"]')!;
      expect(published.getAttribute('datetime')).to.equal('2025-08-17T14:30:00Z');
      expect(published.textContent).to.equal('August 17, 2025 at 2:30 PM UTC');
      expect(root.querySelector('time[part="modified"]')).to.exist;
    });

    it('shows no "Updated" line when the article was not changed after it was published', async () => {
      const el = await render({ ...seed, modified: seed.published });
      expect(shadow(el).querySelector('[part~="published"]')).to.exist;
      expect(shadow(el).querySelector('[part~="modified"]') === null).to.equal(true);
    });

    it('shows the dateline on its own when the body opens with a heading or a picture', async () => {
      for (const first of [
        { type: 'heading', text: 'First' },
        { type: 'image', src: 'https://t4k3.news/a.jpg', alt: '' },
      ]) {
        const el = await render({ ...seed, body: [first, { type: 'paragraph', text: 'Text.' }] });
        const dateline = shadow(el).querySelector('[part~="dateline"]');
        expect(dateline?.textContent, first.type).to.equal('NEW YORK');
        // Before the body, not inside its first paragraph.
        expect(dateline!.closest('p')!.textContent.trim(), first.type).to.equal('NEW YORK');
      }
    });

    it('shows dates and times in the offset the publisher wrote, on both sides of midnight UTC', async () => {
      const at = async (published: string) => {
        const el = await render({ ...seed, published, modified: undefined });
        return shadow(el).querySelector('time[part="published"]')!.textContent;
      };
      // 22:30 in New York is 02:30 the next day in UTC: the reader sees the publisher's day.
      expect(await at('2025-08-17T22:30:00-04:00')).to.equal('August 17, 2025 at 10:30 PM GMT-4');
      expect(await at('2025-09-10T01:30:00+0300')).to.equal('September 10, 2025 at 1:30 AM GMT+3');
      // The first places on Earth to see a day (Samoa, Tonga, Kiribati), and the last.
      expect(await at('2025-08-17T01:30:00+13:00')).to.equal('August 17, 2025 at 1:30 AM GMT+13');
      expect(await at('2025-08-17T01:30:00+14:00')).to.equal('August 17, 2025 at 1:30 AM GMT+14');
      expect(await at('2025-08-17T22:30:00-12:00')).to.equal('August 17, 2025 at 10:30 PM GMT-12');
      // UTC as written, and for an offset that is not whole hours (no fixed zone has a name for it).
      expect(await at('2025-08-17T14:30:00Z')).to.equal('August 17, 2025 at 2:30 PM UTC');
      expect(await at('2025-08-17T14:30:00+00:00')).to.equal('August 17, 2025 at 2:30 PM UTC');
      expect(await at('2025-09-10T01:30:00+05:30')).to.equal('September 9, 2025 at 8:00 PM UTC');
      // An offset no place has: UTC too.
      expect(await at('2025-08-17T01:30:00-13:00')).to.equal('August 17, 2025 at 2:30 PM UTC');
    });

    it('formats dates for the article language', async () => {
      const el = await render({ ...seed, language: 'de' });
      expect(shadow(el).querySelector('time[part="published"]')!.textContent).to.match(/17\. August 2025/);
      expect(deepText(el)).to.include('Veröffentlicht');
    });

    it('renders authors, the lead image with caption and credit, links and marks', async () => {
      const doc = await loadJson<Doc>('demo/articles/harbour-wind.json');
      const el = await render(doc);
      const root = shadow(el);
      const byline = root.querySelector('[part~="byline"]')!.textContent;
      for (const author of doc.authors as { name: string }[]) expect(byline).to.include(author.name);
      const lead = root.querySelector('[part~="lead-image"]')!;
      const img = lead.querySelector('img')!;
      expect(img.getAttribute('width')).to.equal(String((doc.image as { width: number }).width));
      expect(lead.querySelector('[part~="credit"]')!.textContent).to.equal(
        (doc.image as { credit: string }).credit,
      );
      expect(root.querySelectorAll('.body em').length).to.be.greaterThan(0);
      expect(root.querySelectorAll('.body strong').length).to.be.greaterThan(0);
      expect(
        [...root.querySelectorAll<HTMLAnchorElement>('.body a')].some((a) => a.protocol === 'mailto:'),
      ).to.equal(true);
    });

    it('reserves space for pictures before they load, even without width and height', async () => {
      // Pictures that never arrive, so each box is what the page reserves for it.
      const never = (n: number) => `/test-api/status?code=404&delay=20000&key=img-${Date.now()}-${n}`;
      const doc = {
        ...minimal(),
        image: { src: never(1), alt: 'Lead, no size given' },
        body: [
          { type: 'paragraph', text: 'Text.' },
          { type: 'image', src: never(2), alt: 'Figure, 4 by 3', width: 400, height: 300 },
        ],
      };
      const el = await render(doc);
      el.style.cssText = 'display: block; inline-size: 640px; --news-article-max-width: 640px';
      const [lead, figure] = [...shadow(el).querySelectorAll('figure img')].map((img) =>
        img.getBoundingClientRect(),
      );
      // A 16:9 box until the picture tells its own shape; given sizes keep theirs.
      expect(Math.round((lead.height / lead.width) * 16)).to.equal(9);
      expect(Math.round((figure.height / figure.width) * 4)).to.equal(3);
      // The page's first article's lead picture is fetched at once and first: it is likely the
      // largest thing on screen. A second article's is fetched at once, in the usual order.
      const second = await render(doc);
      const order = (article: Element, part: string) => {
        const img = shadow(article).querySelector(`[part~="${part}"] img`)!;
        return [img.getAttribute('loading'), img.getAttribute('fetchpriority')];
      };
      expect(order(el, 'lead-image')).to.deep.equal(['eager', 'high']);
      expect(order(second, 'lead-image')).to.deep.equal(['eager', null]);
      expect(order(el, 'figure')).to.deep.equal(['lazy', null]);
      el.remove();
      second.remove();
    });

    it('reads the byline to a screen reader as separate phrases, looking the same', async () => {
      const doc = { ...minimal(), authors: [{ name: 'Ann Lee' }, { name: 'Bo Park' }] };
      Object.assign(doc, { published: '2025-08-17T14:30:00Z', modified: '2025-08-17T18:05:00Z' });
      const el = await render(doc);
      expect((await axText()).replace(/ \./g, '.')).to.include(
        'By Ann Lee and Bo Park. Published August 17, 2025 at 2:30 PM UTC. Updated August 17, 2025 at 6:05 PM UTC',
      );
      const byline = shadow(el).querySelector('[part~="byline"]')!;
      const stops = [...byline.querySelectorAll('span')].filter((s) => s.textContent === '. ');
      expect(stops.length).to.equal(2);
      for (const stop of stops) {
        expect(stop.getBoundingClientRect().width).to.be.at.most(1);
        expect(getComputedStyle(stop).clipPath).to.equal('inset(50%)');
      }
      expect(byline.querySelector('.authors')!.textContent).to.include('By Ann Lee and Bo Park');
    });

    it('wraps a date on a narrow screen without leaving one word alone on the last line', async () => {
      const doc = { ...minimal(), published: '2025-08-17T14:30:00Z' };
      const el = await render(doc);
      const time = shadow(el).querySelector('[part~="published"]')!;
      let wrapped = 0;
      for (let width = 200; width <= 340; width += 4) {
        el.style.inlineSize = `${width}px`;
        const lines = [...time.getClientRects()];
        if (lines.length < 2) continue;
        wrapped++;
        // "UTC" alone is about 2em wide; the last line holds at least "2:30 PM UTC".
        const em = parseFloat(getComputedStyle(time).fontSize);
        expect(lines.at(-1)!.width, `${width}px`).to.be.above(3 * em);
      }
      expect(wrapped, 'the date wraps at some width').to.be.above(0);
    });

    it('renders every block type', async () => {
      const body = [
        { type: 'paragraph', text: 'P1' },
        { type: 'heading', text: 'Sub' },
        { type: 'quote', text: 'Q1', speaker: 'Sp' },
        { type: 'quotes', items: [{ text: 'Q2' }] },
        { type: 'highlights', items: ['H1'] },
        { type: 'callout', title: 'C', text: 'Ct', tone: 'warning' },
        { type: 'image', src: '/i.jpg', alt: 'Alt text', caption: 'Cap', credit: 'Cr' },
      ];
      const el = await render({ ...minimal(), body });
      const root = shadow(el);
      // What each block shows, in the order the body gives.
      const text = deepText(root.querySelector('[part~="body"]')!);
      const words = ['P1', 'Sub', 'Q1', 'Sp', 'Q2', 'H1', 'C', 'Ct', 'Cap', 'Cr'];
      const at = words.map((word) => text.search(new RegExp(`\\b${word}\\b`)));
      expect(words.filter((_, i) => at[i] === -1)).to.deep.equal([]);
      expect(at).to.deep.equal([...at].sort((a, b) => a - b));
      expect(root.querySelector('.paragraph')!.textContent).to.equal('P1');
      expect(root.querySelector('h3.subheading')!.textContent).to.equal('Sub');
      expect(root.querySelectorAll('news-quote')).to.have.length(2);
      expect(deepText(root.querySelector('.quotes')!)).to.include('Key Takeaways');
      expect(root.querySelector('news-callout')!.getAttribute('tone')).to.equal('warning');
      expect(root.querySelector<HTMLImageElement>('[part="figure"] img')!.alt).to.equal('Alt text');
    });

    it('keeps the ids that name its sections across renders, as the server wrote them', async () => {
      const el = await render(seed);
      const ids = () =>
        deepQueryAll(shadow(el), '[aria-labelledby]').map((node) => node.getAttribute('aria-labelledby'));
      const before = ids();
      expect(before).to.include('quotes-2');
      el.theme = 'dark';
      await settle(el);
      expect(ids()).to.deep.equal(before);
      // Each names an element of its own shadow root.
      for (const node of deepQueryAll(shadow(el), '[aria-labelledby]')) {
        const root = node.getRootNode() as ShadowRoot;
        for (const id of node.getAttribute('aria-labelledby')!.split(' '))
          expect(!!root.getElementById(id), id).to.equal(true);
      }
    });

    it('sets the heading level from heading-level', async () => {
      const el = await render(seed, { level: 3 });
      expect(shadow(el).querySelector('[part~="headline"]')!.tagName).to.equal('H3');
      expect(shadow(el).querySelector('.quotes h4')).to.exist;
    });

    it('takes language and direction from the article', async () => {
      const el = await render(await loadJson('demo/articles/al-bayan-ar.json'));
      const article = shadow(el).querySelector('article')!;
      expect(article.lang).to.equal('ar');
      expect(getComputedStyle(article).direction).to.equal('rtl');
      expect(deepText(el)).to.include('نسخ الرابط');
      expect(deepText(el)).to.include('نُشر أصلاً في');
    });

    it('shows emphasis in Arabic as bolder, not as a slanted italic the script does not have', async () => {
      const emphasis = async (language: string) => {
        const body = [{ type: 'paragraph', text: [{ text: 'x', marks: ['em'] }] }];
        const el = await render({ ...minimal(), language, body });
        return getComputedStyle(deepQueryAll(el.shadowRoot!, 'em')[0]);
      };
      const ar = await emphasis('ar');
      expect([ar.fontStyle, Number(ar.fontWeight) > 400]).to.deep.equal(['normal', true]);
      const en = await emphasis('en');
      expect([en.fontStyle, en.fontWeight]).to.deep.equal(['italic', '400']);
    });

    it('takes the UI language from the host lang, and marks the article text with its own', async () => {
      // A German partner page showing an English story: German UI around English text, each read
      // in its own language by a screen reader.
      const el = await fixture<NewsArticle>(
        html`<news-article
          lang="de"
          .article=${{ ...seed, authors: [{ name: 'Ann Lee' }, { name: 'Bo Park' }] }}
        ></news-article>`,
      );
      await settle(el);
      const english = [
        seed.headline as string,
        'Special U.S. envoy Steve Witkoff',
        'We covered almost all the other issues',
        'Security guarantees must translate',
        'Putin approves NATO style protections',
        'Enjoyed this? Let your friends know!',
      ];
      for (const text of english) expect(langOf(deepFind(el.shadowRoot!, text)), text).to.equal('en');
      for (const text of [
        // The names each isolated (<bdi>), the words around them German.
        'Von ',
        ' und ',
        'Veröffentlicht am',
        'Aktualisiert',
        'Zuerst erschienen bei',
        'Link kopieren',
        'Risiko',
      ]) {
        expect(langOf(deepFind(el.shadowRoot!, text)), text).to.equal('de');
      }
    });

    it('lays the article out in its own direction under a right-to-left UI', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="ar" .article=${seed}></news-article>`);
      await settle(el);
      const direction = (text: string) => getComputedStyle(deepFind(el.shadowRoot!, text)).direction;
      expect(direction(seed.headline as string)).to.equal('ltr');
      expect(direction('We covered almost all the other issues')).to.equal('ltr');
      // The byline starts where the article does, its pieces right to left within.
      const byline = shadow(el).querySelector('[part~="byline"] > span')!;
      expect(byline.textContent).to.include('نُشر');
      expect(byline.getBoundingClientRect().left).to.be.closeTo(
        deepFind(el.shadowRoot!, seed.headline as string).getBoundingClientRect().left,
        1,
      );
      // The caption is the article's words, punctuated in its language.
      expect(deepFind(el.shadowRoot!, 'Special U.S. envoy').parentElement!.textContent).to.include(
        'Steve Witkoff, Special U.S. envoy',
      );
      // The article's own share prompt keeps its direction inside the right-to-left share box.
      expect(direction('Enjoyed this? Let your friends know!')).to.equal('ltr');
      expect(direction('نسخ الرابط')).to.equal('rtl');
      expect(langOf(deepFind(el.shadowRoot!, 'نسخ الرابط'))).to.equal('ar');
    });

    it('takes a host dir with a host lang as the UI direction: the article text keeps its own', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article lang="ar" dir="rtl" .article=${seed}></news-article>`,
      );
      await settle(el);
      const direction = (text: string) => getComputedStyle(deepFind(el.shadowRoot!, text)).direction;
      expect(direction(seed.headline as string)).to.equal('ltr');
      expect(direction('Enjoyed this? Let your friends know!')).to.equal('ltr');
      expect(direction('نسخ الرابط')).to.equal('rtl');
      // Without a host lang, dir still lays out the whole article, as before.
      el.removeAttribute('lang');
      await settle(el);
      expect(direction(seed.headline as string)).to.equal('rtl');
    });

    it('marks its English labels and dates as English on an article in a language without a pack', async () => {
      // Hebrew has no pack: the labels fall back to English, and a screen reader must read them
      // with an English voice, not a Hebrew one (and show them left to right).
      const el = await render({ ...seed, language: 'he' });
      const base = shadow(el).querySelector('[part~="base"]')!;
      expect([base.getAttribute('lang'), base.getAttribute('dir')]).to.deep.equal(['he', 'rtl']);
      expect(langOf(deepFind(el.shadowRoot!, seed.headline as string))).to.equal('he');
      for (const text of ['Published', 'Originally published by', 'Copy link', 'Risk']) {
        const node = deepFind(el.shadowRoot!, text);
        expect(langOf(node), text).to.equal('en');
        expect(getComputedStyle(node).direction, text).to.equal('ltr');
      }
      // The date is in the words around it: "Published August 17, 2025", not a Hebrew month.
      const published = shadow(el).querySelector('[part~="published"]')!;
      expect(published.textContent).to.match(/^August 17, 2025/);
      expect(langOf(published)).to.equal('en');
    });

    it('marks its English loading label and error as English on a page in a language without a pack', async () => {
      const page = fixtureSync(html`<div lang="he"></div>`);
      const el = await fixture<NewsArticle>(html`<news-article .article=${{ nope: true }}></news-article>`, {
        parentNode: page,
      });
      expect(langOf(deepFind(el.shadowRoot!, 'This article could not be shown'))).to.equal('en');
    });

    it('marks no part with another language when the host sets none', async () => {
      const el = await render(seed);
      const langs = deepQueryAll(el.shadowRoot!, '[lang]').map((e) => e.getAttribute('lang'));
      expect(langs).to.deep.equal(['en']);
    });

    it("names the publisher without a link on the publisher's own site", async () => {
      // A link there would lead to the page the reader is on, named like the masthead's.
      const el = await render({ ...seed, url: `${location.origin}/world/story` });
      const footer = shadow(el).querySelector('[part~="attribution"]')!;
      expect(footer.textContent).to.not.include('Originally published by');
      expect(footer.textContent).to.match(/T4K3\.news\s*· © T4K3\.news/);
      expect(footer.querySelectorAll('a').length).to.equal(0);
    });

    it('pauses between a caption and its credit where the caption does not end a sentence', async () => {
      const caption = (image: Record<string, unknown>) =>
        render({ ...seed, image: { src: 'https://t4k3.news/a.jpg', alt: '', ...image } }).then((el) =>
          shadow(el)
            .querySelector('[part~="lead-image"] figcaption')!
            .textContent.replace(/\s+/g, ' ')
            .trim(),
        );
      expect(await caption({ caption: 'Putin and Trump in Anchorage', credit: 'AP Photo' })).to.equal(
        'Putin and Trump in Anchorage. AP Photo',
      );
      expect(await caption({ caption: 'The summit ended early.', credit: 'AP Photo' })).to.equal(
        'The summit ended early. AP Photo',
      );
      // Letters of any script end no sentence; closing quotes and brackets follow one.
      expect(await caption({ caption: 'Москва. Вид на Кремль', credit: 'ТАСС' })).to.equal(
        'Москва. Вид на Кремль. ТАСС',
      );
      expect(await caption({ caption: 'He said "we are done."', credit: 'AP' })).to.equal(
        'He said "we are done." AP',
      );
      expect(await caption({ caption: 'The bay at dusk (2025).)', credit: 'AP' })).to.equal(
        'The bay at dusk (2025).) AP',
      );
    });

    it('credits the source on the same host under another port or scheme: another origin', async () => {
      for (const url of [
        `${location.protocol}//${location.hostname}:1${location.port}/world/story`,
        `${location.protocol === 'https:' ? 'http:' : 'https:'}//${location.host}/world/story`,
      ]) {
        const el = await render({ ...seed, url });
        const footer = shadow(el).querySelector('[part~="attribution"]')!;
        expect(footer.textContent, url).to.match(/Originally published by\s*T4K3\.news/);
      }
    });

    it('credits the source with a link to the canonical url, and the rights', async () => {
      const el = await render(seed);
      const footer = shadow(el).querySelector('[part~="attribution"]')!;
      expect(footer.textContent).to.match(/Originally published by\s*T4K3\.news/);
      expect(footer.querySelector('a')!.getAttribute('href')).to.equal(seed.url);
      expect(footer.textContent).to.include(seed.rights);
    });

    it('passes the article to nested elements through context', async () => {
      const el = await render(seed);
      const share = shadow(el).querySelector('share-prompt')!;
      const x = [...share.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')].find(
        (a) => a.textContent === 'X',
      )!;
      expect(new URL(x.href).searchParams.get('url')).to.equal(seed.url);
      const related = shadow(el).querySelector('related-news')!;
      expect(related.shadowRoot!.querySelectorAll('li')).to.have.length(8);
    });

    it('reads only its own child <script type="application/json">, not one nested deeper', async () => {
      const el = fixtureSync<NewsArticle>(html`<news-article><div></div></news-article>`);
      const script = (article: Doc) =>
        Object.assign(document.createElement('script'), {
          type: 'application/json',
          text: JSON.stringify(article),
        });
      el.firstElementChild!.append(script({ ...seed, headline: 'Nested' }));
      el.append(script(seed));
      await settle(el);
      await waitUntil(() => shadow(el).querySelector('[part~="headline"]'), 'not rendered');
      expect(shadow(el).querySelector('[part~="headline"]')!.textContent).to.equal(seed.headline);
    });

    it('reads a child <script type="application/json">, also one added after upgrade', async () => {
      const el = document.createElement('news-article');
      document.body.append(el);
      try {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(seed);
        const loaded = oneEvent(el, 'news-load');
        el.append(script);
        await loaded;
        await settle(el);
        expect(shadow(el).querySelector('[part~="headline"]')!.textContent).to.equal(seed.headline);
      } finally {
        el.remove();
      }
    });
  });

  describe('slots', () => {
    /** Names of the page's links, as a screen reader lists them. */
    const linkNames = async () => (await axNodes('link')).map((link) => link.name);

    it("takes the page's own share prompt and related list, which get the article through context", async () => {
      const el = await fixture<NewsArticle>(html`
        <news-article .article=${seed}>
          <share-prompt slot="share" targets="email" prompt="Tell a colleague"></share-prompt>
          <related-news slot="related" layout="compact" heading-level="4"></related-news>
        </news-article>
      `);
      await settle(el);
      const [share, related] = [el.querySelector('share-prompt')!, el.querySelector('related-news')!];
      await Promise.all([share.updateComplete, related.updateComplete]);
      // The article's URL and headline, which only the article could have given it.
      const mail = share.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="action"]')!;
      expect(decodeURIComponent(mail.href)).to.include(seed.url).and.include(seed.headline);
      expect(deepText(share)).to.include('Tell a colleague');
      const stories = related.shadowRoot!.querySelectorAll('[part~="headline"]');
      expect(stories).to.have.length((seed.related as { items: unknown[] }).items.length);
      expect(related.shadowRoot!.querySelector('h4')).to.not.equal(null);
      // They take the built-in ones' places: one share prompt, one list of each story, in order.
      const names = await linkNames();
      expect(names.filter((name) => name === stories[0].textContent)).to.have.length(1);
      expect(names.filter((name) => name?.startsWith('Share'))).to.deep.equal(['Share by email']);
      const order = [share, ...deepQueryAll(el.shadowRoot!, '[part~="attribution"]'), related].map((node) =>
        Math.round(node.getBoundingClientRect().top),
      );
      expect(order).to.deep.equal([...order].sort((a, b) => a - b));
      // Taken away, the built-in ones come back.
      share.remove();
      related.remove();
      expect((await linkNames()).filter((name) => name?.startsWith('Share on'))).to.have.length.above(1);
    });

    it('gives a slotted element the language of the article around it', async () => {
      const el = await fixture<NewsArticle>(html`
        <news-article .article=${{ ...seed, language: 'de' }}>
          <share-prompt slot="share"></share-prompt>
        </news-article>
      `);
      await settle(el);
      const share = el.querySelector('share-prompt')!;
      await share.updateComplete;
      // The prompt is the article's own text (its share.prompt); the UI strings are German.
      expect(deepText(share)).to.include('Link kopieren');
    });
  });

  describe('theming', () => {
    it('forwards parts of nested elements and takes custom properties', async () => {
      const style = addStyle(`
        .branded { --news-color-accent: rgb(1, 2, 3); }
        .branded::part(quote-speaker) { color: rgb(0, 128, 0); }`);
      try {
        const el = await fixture<NewsArticle>(
          html`<news-article class="branded" .article=${seed}></news-article>`,
        );
        await settle(el);
        const speaker = deepQueryAll(shadow(el), '[part~="speaker"]')[0];
        expect(getComputedStyle(speaker).color).to.equal('rgb(0, 128, 0)');
        expect(getComputedStyle(shadow(el).querySelector('[part~="section"]')!).color).to.equal(
          'rgb(1, 2, 3)',
        );
      } finally {
        style.remove();
      }
    });

    it('styles every text link through ::part(link), in highlights and callouts too', async () => {
      const link = (text: string) => [[{ text, href: 'https://news.example/more' }]];
      const article = {
        ...minimal(),
        body: [
          { type: 'paragraph', text: link('In a paragraph')[0] },
          { type: 'highlights', items: link('In highlights') },
          { type: 'callout', title: 'Note', text: link('In a callout')[0] },
        ],
        related: { items: [{ headline: 'Another story', url: 'https://news.example/other' }] },
      };
      const style = addStyle(`.branded::part(link) { color: rgb(0, 128, 0); }`);
      try {
        const el = await fixture<NewsArticle>(
          html`<news-article class="branded" .article=${article}></news-article>`,
        );
        await settle(el);
        const links = deepQueryAll(shadow(el), 'a[href="https://news.example/more"]');
        expect(links.map((a) => a.textContent)).to.deep.equal([
          'In a paragraph',
          'In highlights',
          'In a callout',
        ]);
        for (const a of links) expect(getComputedStyle(a).color, a.textContent).to.equal('rgb(0, 128, 0)');
        // The page the reader is on is not sent along, and the linked page gets no handle on it.
        for (const a of links) expect(a.getAttribute('rel'), a.textContent).to.equal('noopener noreferrer');
        // Story links in the related list are not text links.
        const related = deepQueryAll(shadow(el), 'a[href="https://news.example/other"]');
        expect(related).to.have.length(1);
        for (const a of related) expect(getComputedStyle(a).color).to.not.equal('rgb(0, 128, 0)');
      } finally {
        style.remove();
      }
    });

    it("follows the reader's default font size, whatever the page's root size", async () => {
      const style = addStyle(`html { font-size: 62.5%; } * { font-size: 40px !important; }`);
      const headlineSize = (el: Element) =>
        parseFloat(getComputedStyle(shadow(el).querySelector('[part~="headline"]')!).fontSize);
      await executeServerCommand('font-size', 24);
      let headline: number;
      try {
        const el = await fixture<NewsArticle>(html`<news-article .article=${seed}></news-article>`);
        await settle(el);
        headline = headlineSize(el);
        // 18px at Chrome's default 16px, scaled by the reader's 24px: 27px.
        expect(getComputedStyle(shadow(el).querySelector('.paragraph')!).fontSize).to.equal('27px');
        const quote = deepQueryAll(shadow(el), 'blockquote')[0];
        expect(parseFloat(getComputedStyle(quote).fontSize)).to.be.closeTo(27 * 1.15, 0.01);
        const alone = await fixture(
          html`<news-quote .quote=${{ text: 'Alone', speaker: { name: 'A' } }}></news-quote>`,
        );
        await settle(alone);
        expect(getComputedStyle(shadow(alone).querySelector('[part~="base"]')!).fontSize).to.equal('27px');
      } finally {
        await executeServerCommand('font-size', 16);
        style.remove();
      }
      // The headline grows too (less than the text: the article's width still bounds it).
      const usual = await fixture<NewsArticle>(html`<news-article .article=${seed}></news-article>`);
      await settle(usual);
      expect(headline / headlineSize(usual)).to.be.within(1.15, 1.5);
    });

    it('keeps its layout under hostile page CSS', async () => {
      const style = addStyle(`
        * { font-size: 40px !important; letter-spacing: 9px !important;
            text-transform: uppercase !important; line-height: 0.5 !important; }
        p { display: none !important; }`);
      try {
        const el = await fixture<NewsArticle>(html`<news-article .article=${seed}></news-article>`);
        await settle(el);
        const computed = getComputedStyle(shadow(el).querySelector('.paragraph')!);
        expect(computed.fontSize).to.equal('18px');
        expect(computed.letterSpacing).to.equal('normal');
        expect(computed.textTransform).to.equal('none');
        expect(computed.display).to.equal('block');
      } finally {
        style.remove();
      }
    });

    it('switches colours with the theme attribute', async () => {
      const light = await render(seed, { theme: 'light' });
      const dark = await render(seed, { theme: 'dark' });
      const bg = (el: Element) => getComputedStyle(el).backgroundColor;
      expect(bg(light)).to.equal('rgb(255, 255, 255)');
      expect(bg(dark)).to.not.equal(bg(light));
    });
  });

  describe('events', () => {
    it('fires news-load once rendered, with the warnings', async () => {
      const doc = { ...seed, body: [...(seed.body as unknown[]), { type: 'video' }] };
      const el = document.createElement('news-article');
      const loaded = oneEvent<NewsLoadEvent>(el, 'news-load');
      // What a listener finds when the event arrives: the headline already on screen.
      let shownWhenFired: string | null | undefined;
      el.addEventListener('news-load', () => {
        shownWhenFired = shadow(el).querySelector('[part~="headline"]')?.textContent;
      });
      el.article = doc;
      document.body.append(el);
      try {
        const event = await loaded;
        expect(shownWhenFired).to.equal(seed.headline);
        expect(event.detail.article.headline).to.equal(seed.headline);
        // Plain objects for the page, as parseArticle gives.
        expect(Object.getPrototypeOf(event.detail.article)).to.equal(Object.prototype);
        expect(Object.getPrototypeOf(el.renderedArticle!.publisher)).to.equal(Object.prototype);
        expect(event.detail.warnings.map((w) => w.path)).to.deep.equal([
          `body[${(seed.body as []).length}].type`,
        ]);
      } finally {
        el.remove();
      }
    });

    it('fires news-error with the issues when the article cannot render', async () => {
      const el = document.createElement('news-article');
      const failed = oneEvent<NewsErrorEvent>(el, 'news-error');
      el.article = { ...minimal(), headline: 5 };
      document.body.append(el);
      try {
        const event = await failed;
        expect(event.detail.kind).to.equal('validation');
        expect(event.detail.issues!.map((i) => i.path)).to.deep.equal(['headline']);
        expect(event.bubbles && event.composed).to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('fires news-error kind parse for broken JSON in the script, and shows where it broke', async () => {
      const el = document.createElement('news-article');
      el.innerHTML = '<script type="application/json">{\n  "version": 1,\n  "id" "x"\n}</script>';
      const failed = oneEvent<NewsErrorEvent>(el, 'news-error');
      document.body.append(el);
      try {
        expect((await failed).detail.kind).to.equal('parse');
        await el.updateComplete;
        expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include(
          'The article data could not be read.',
        );
        // The publisher's details say where: Chrome gives the line and column.
        const details = shadow(el).querySelector('[part~="error"] details')!;
        expect(details.querySelector('summary')!.textContent).to.equal('Details for the publisher');
        expect(details.querySelector('li')!.textContent).to.match(/line 3 column 8/);
        // Open, its bullets stand inside the text column, not in the box's padding.
        (details as HTMLDetailsElement).open = true;
        const li = details.querySelector('li')!;
        const indent =
          li.getBoundingClientRect().left - details.querySelector('summary')!.getBoundingClientRect().left;
        expect(indent).to.be.at.least(parseFloat(getComputedStyle(li).fontSize));
      } finally {
        el.remove();
      }
    });
  });

  describe('the developer console', () => {
    let watch: ReturnType<typeof watchWarnings>;
    let warnings: unknown[][];
    beforeEach(() => ({ warnings } = watch = watchWarnings()));
    afterEach(() => watch.stop());

    it('names each part that was left out, for a publisher with no listener', async () => {
      const doc = {
        ...minimal(),
        body: [
          { type: 'paragrpah', text: 'x' },
          { type: 'paragraph', text: 'kept' },
        ],
      };
      await render(doc);
      // Text only: a logged element would stay in memory, kept by the console, once removed.
      expect(warnings).to.deep.equal([
        ['news-article: parts were left out: body[0].type: unknown type "paragrpah" (body[0] left out)'],
      ]);
    });

    it('says why an article cannot be shown', async () => {
      await render({ ...minimal(), id: undefined });
      expect(warnings).to.deep.equal([['news-article: the article is not valid: id: is required']]);
    });

    it('stays quiet for a valid article', async () => {
      await render(minimal());
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    for (const [name, input] of [
      ['a number', 42],
      ['null', null],
      ['an array', []],
      ['a string', 'article'],
      ['an empty object', {}],
      ['a wrong version', { ...minimal(), version: 3 }],
    ] as [string, unknown][]) {
      it(`shows a visible, announced error for ${name}, and throws nothing`, async () => {
        const errors: unknown[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.error);
        window.addEventListener('error', onError);
        try {
          const el = await render(input);
          const alert = shadow(el).querySelector('[role="alert"]')!;
          expect(alert).to.exist;
          expect(alert.textContent).to.include('This article could not be shown');
          expect(alert.getBoundingClientRect().height).to.be.greaterThan(0);
        } finally {
          window.removeEventListener('error', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }

    it('marks the English validator messages as English inside an Arabic error', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="ar" .article=${{}}></news-article>`);
      await settle(el);
      const error = shadow(el).querySelector('[part~="error"]')!;
      expect(error.querySelector('[role="alert"]')!.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
      const issues = error.querySelector('details ul')!;
      expect(issues.getAttribute('lang')).to.equal('en');
      expect(getComputedStyle(issues).direction).to.equal('ltr');
      expect(issues.textContent).to.include('headline');
    });

    it('renders the valid parts and leaves out the rest', async () => {
      const doc = {
        ...minimal(),
        image: { src: 'javascript:alert(1)', alt: 'x' },
        body: [
          { type: 'paragraph', text: [{ text: 'safe text', href: 'javascript:alert(1)' }] },
          { type: 'quotes', items: [{ text: 'kept' }, { speaker: 'no text' }] },
          { type: 'mystery' },
          { type: 'paragraph', text: 'still here' },
        ],
        related: {
          items: [
            { headline: 'bad', url: 'data:text/html,x' },
            { headline: 'good', url: '/good' },
          ],
        },
      };
      const el = await render(doc);
      const text = deepText(el);
      expect(text).to.include('safe text');
      expect(text).to.include('kept');
      expect(text).to.include('still here');
      expect(text).to.include('good');
      expect(text).to.not.include('bad');
      expect(shadow(el).querySelector('[part~="lead-image"]')).to.equal(null);
      expect(unsafeUrls(shadow(el))).to.deep.equal([]);
    });

    it('renders with a language tag Intl rejects (host lang="en_US")', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          lang="en_US"
          .article=${{ ...seed, authors: [{ name: 'A. Writer' }] }}
        ></news-article>`,
      );
      await settle(el);
      expect(shadow(el).querySelector('[part~="byline"]')!.textContent).to.include('A. Writer');
    });

    it('shows English for the strings a registered catalog leaves out or gets wrong', async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      registerStrings('fr', {
        copyLink: 'Copier le lien',
        sharePrompt: 42 as unknown as string,
        shareOn: undefined,
      });
      const el = await render({ ...seed, language: 'fr' });
      window.removeEventListener('error', onError);
      const text = deepText(el);
      expect(text).to.include('Copier le lien');
      expect(text).to.include('Enjoyed this? Let your friends know!');
      const x = deepQueryAll(shadow(el), 'a[href^="https://x.com/"]')[0];
      expect(x.getAttribute('aria-label') ?? x.textContent).to.include('Share on X');
      expect(errors).to.deep.equal([]);
    });

    it('recovers when a valid article replaces an invalid one', async () => {
      const el = await render({ nope: true });
      expect(shadow(el).querySelector('[role="alert"]')).to.exist;
      el.article = seed;
      await waitUntil(() => shadow(el).querySelector('[part~="headline"]'));
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    });
  });
});
