import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
import '../src/locales/all.js';
import type { NewsArticle, NewsErrorEvent, NewsShareEvent, ShareTarget, SharePrompt } from '../src/index.js';
import { axNodes } from './support/a11y.js';
import { langOf } from './support/dom.js';
import { loadSeed } from './support/articles.js';
import {
  collect,
  expectHeadingAttribute,
  expectStyleablePart,
  fake,
  guardNavigation,
  nested,
  stubNavigator,
  unsafeUrls,
  watchErrors,
  wrapped,
} from './support/elements.js';

const URL_ = 'https://t4k3.news/world/putin-agrees-to-nato-style-security-guarantees-for-ukraine';
const TITLE = 'Putin agrees to NATO style security guarantees for Ukraine';
const SUMMARY =
  'A U.S. envoy says Putin signaled willingness to offer Ukraine a security guarantee similar to NATO Article 5, a move that could shape the peace process.';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const actions = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="action"]')];
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** The accessible name a reader hears: aria-label, else the visible text. */
const nameOf = (action: Element) => action.getAttribute('aria-label') ?? clean(action.textContent);
const names = (el: Element) => actions(el).map(nameOf);
/** The share target behind each accessible name. */
const TARGET_OF: Record<string, ShareTarget> = {
  Share: 'native',
  'Copy link': 'copy',
  'Share on X': 'x',
  'Share on Facebook': 'facebook',
  'Share on LinkedIn': 'linkedin',
  'Share on WhatsApp': 'whatsapp',
  'Share on Telegram': 'telegram',
  'Share on Reddit': 'reddit',
  'Share on Bluesky': 'bluesky',
  'Share by email': 'email',
};
const action = (el: Element, name: string) => {
  const found = actions(el).find((a) => nameOf(a) === name);
  if (!found) throw new Error(`no action named ${name}; have ${names(el).join(', ')}`);
  return found;
};

describe('<share-prompt>', () => {
  const restore: (() => void)[] = [];
  let guard: ReturnType<typeof guardNavigation>;
  let writes: ReturnType<typeof fake<[string], Promise<void>>>;

  beforeEach(() => {
    // No test may navigate the page, write the real clipboard or open a share sheet.
    guard = guardNavigation();
    writes = fake((_text: string) => Promise.resolve());
    restore.push(stubNavigator('clipboard', { writeText: writes }));
  });

  afterEach(() => {
    guard.stop();
    while (restore.length) restore.pop()!();
  });

  /** Gives the page a native share sheet (Chromium on Linux has none). */
  const withNativeShare = (impl = (_data: ShareData) => Promise.resolve()) => {
    const share = fake(impl);
    restore.push(stubNavigator('share', share));
    return share;
  };

  describe('accessibility', () => {
    it('is accessible in the light theme', async () => {
      withNativeShare();
      const el = await fixture<SharePrompt>(html`<share-prompt theme="light" url=${URL_}></share-prompt>`);
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      withNativeShare();
      const el = await fixture<SharePrompt>(html`<share-prompt theme="dark" url=${URL_}></share-prompt>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(20, 20, 24)');
      await expect(el).to.be.accessible();
    });

    it('is accessible right to left, with its Arabic strings', async () => {
      withNativeShare();
      const el = await fixture<SharePrompt>(
        html`<share-prompt lang="ar" url=${URL_} targets="native copy x email"></share-prompt>`,
      );
      const base = part(el, 'base')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(clean(part(el, 'prompt')!.textContent)).to.equal('هل أعجبك المقال؟ شاركه مع أصدقائك!');
      expect(base.getAttribute('aria-label')).to.equal('مشاركة المقال');
      expect(names(el)).to.deep.equal([
        'مشاركة',
        'نسخ الرابط',
        'مشاركة على X',
        'مشاركة عبر البريد الإلكتروني',
      ]);
      await expect(el).to.be.accessible();
    });

    it('is accessible while it shows "Link copied"', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_}></share-prompt>`);
      action(el, 'Copy link').click();
      await waitUntil(() => clean(part(el, 'status')!.textContent) === 'Link copied');
      await expect(el).to.be.accessible();
    });

    it('names its region and every action', async () => {
      withNativeShare();
      const el = await fixture<SharePrompt>(
        html`<share-prompt
          url=${URL_}
          targets="native copy x facebook linkedin whatsapp telegram reddit bluesky email"
        ></share-prompt>`,
      );
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Share this article');
      expect(names(el)).to.deep.equal([
        'Share',
        'Copy link',
        'Share on X',
        'Share on Facebook',
        'Share on LinkedIn',
        'Share on WhatsApp',
        'Share on Telegram',
        'Share on Reddit',
        'Share on Bluesky',
        'Share by email',
      ]);
      // Each name contains the visible label, so speech input ("click X") works.
      for (const a of actions(el)) {
        expect(nameOf(a).toLowerCase()).to.contain(clean(a.textContent).toLowerCase());
      }
    });

    it('is a named group, not one more landmark, and says which links open a new tab', async () => {
      const el = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} targets="copy x email"></share-prompt>`,
      );
      // Two shared articles on a page would give two "Share this article" regions to a landmark list.
      const base = part(el, 'base')!;
      expect([base.localName, base.getAttribute('role'), base.getAttribute('aria-label')]).to.deep.equal([
        'div',
        'group',
        'Share this article',
      ]);
      const links = await axNodes('link');
      expect(links.map((l) => [l.name, l.description ?? ''])).to.deep.equal([
        ['Share on X', 'opens in a new tab'],
        ['Share by email', ''],
      ]);
      expect(part(el, 'base')!.querySelector('[hidden]')!.getBoundingClientRect().height).to.equal(0);
    });

    it('makes every action at least 44 by 44 px', async () => {
      withNativeShare();
      const el = await fixture<SharePrompt>(
        html`<share-prompt
          url=${URL_}
          targets="native copy x facebook linkedin whatsapp telegram reddit bluesky email"
        ></share-prompt>`,
      );
      expect(actions(el)).to.have.length(10);
      for (const a of actions(el)) {
        const { width, height } = a.getBoundingClientRect();
        expect(width, nameOf(a)).to.be.at.least(44);
        expect(height, nameOf(a)).to.be.at.least(44);
      }
    });
  });

  describe('rendering', () => {
    it('leaves as much room under the buttons as above the prompt', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_}></share-prompt>`);
      const base = part(el, 'base')!.getBoundingClientRect();
      const above = part(el, 'prompt')!.getBoundingClientRect().top - base.top;
      const below = () => base.bottom - part(el, 'actions')!.getBoundingClientRect().bottom;
      expect(below()).to.be.closeTo(above, 1);
      expect(part(el, 'status')!.getBoundingClientRect().height).to.equal(0);
    });

    it('lines the actions up in even rows at large text sizes, icons or not', async () => {
      // A reader's default of 32px gives 36px text: its line is then taller than a 44px button.
      const el = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} style="--news-font-size: 36px; inline-size: 700px"></share-prompt>`,
      );
      const boxes = actions(el).map((a) => a.getBoundingClientRect());
      expect(boxes).to.have.length(6);
      const first = boxes.filter((b) => b.top < boxes[0].bottom);
      const next = boxes.filter((b) => b.top >= boxes[0].bottom);
      expect(first.length, 'more than one action in the first row').to.be.greaterThan(1);
      expect(next.length, 'wraps onto a second row').to.be.greaterThan(0);
      // Every action of a row starts at the same height, and the next row one gap (8px) below.
      for (const b of first) expect(b.top).to.be.closeTo(boxes[0].top, 0.5);
      for (const b of next) expect(b.top).to.be.closeTo(next[0].top, 0.5);
      expect(next[0].top - Math.max(...first.map((b) => b.bottom))).to.be.closeTo(8, 0.5);
    });

    it('renders the prompt and the default actions', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_}></share-prompt>`);
      expect(clean(part(el, 'prompt')!.textContent)).to.equal('Enjoyed this? Let your friends know!');
      // No native share sheet in this browser: that action is left out.
      expect(names(el)).to.deep.equal([
        'Copy link',
        'Share on X',
        'Share on Facebook',
        'Share on LinkedIn',
        'Share on WhatsApp',
        'Share by email',
      ]);
    });

    it('links to each network with the URL and text to share, in a new tab without an opener', async () => {
      const el = await fixture<SharePrompt>(html`
        <share-prompt
          url=${URL_}
          headline=${TITLE}
          text="Read this"
          targets="x facebook linkedin whatsapp telegram reddit bluesky"
        ></share-prompt>
      `);
      const links = actions(el) as HTMLAnchorElement[];
      expect(links).to.have.length(7);
      for (const a of links) {
        expect(a.localName, nameOf(a)).to.equal('a');
        expect(a.target, nameOf(a)).to.equal('_blank');
        expect(a.rel.split(' '), nameOf(a)).to.include('noopener').and.include('noreferrer');
        expect(new URL(a.href).protocol).to.equal('https:');
        expect(decodeURIComponent(a.href.replace(/\+/g, ' ')), nameOf(a)).to.contain(URL_);
      }
      const x = new URL(action(el, 'Share on X').getAttribute('href')!);
      expect(x.origin).to.equal('https://x.com');
      expect(x.searchParams.get('url')).to.equal(URL_);
      expect(x.searchParams.get('text')).to.equal('Read this');
      const facebook = new URL(action(el, 'Share on Facebook').getAttribute('href')!);
      expect(facebook.searchParams.get('u')).to.equal(URL_);
      const reddit = new URL(action(el, 'Share on Reddit').getAttribute('href')!);
      expect(reddit.searchParams.get('title')).to.equal(TITLE);
      // Networks with one text field get the text and the link in it.
      const text = (name: string) => new URL(action(el, name).getAttribute('href')!).searchParams.get('text');
      expect(text('Share on WhatsApp')).to.equal(`Read this ${URL_}`);
      expect(text('Share on Bluesky')).to.equal(`Read this ${URL_}`);
      expect(text('Share on Telegram')).to.equal('Read this');
    });

    it('shares the headline as the text where there is no text', async () => {
      const el = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} headline=${TITLE} targets="x"></share-prompt>`,
      );
      expect(new URL(action(el, 'Share on X').getAttribute('href')!).searchParams.get('text')).to.equal(
        TITLE,
      );
    });

    it("shares the page's title where there is no headline and no article", async () => {
      const before = document.title;
      document.title = 'The page of the partner';
      try {
        const el = await fixture<SharePrompt>(
          html`<share-prompt url=${URL_} targets="email"></share-prompt>`,
        );
        const mail = action(el, 'Share by email') as HTMLAnchorElement;
        expect(new URLSearchParams(mail.href.slice(mail.href.indexOf('?'))).get('subject')).to.equal(
          'The page of the partner',
        );
      } finally {
        document.title = before;
      }
    });

    it("shares an article's dek as the text where it has no summary", async () => {
      const seed = await loadSeed();
      const { summary: _summary, share: _share, ...article } = seed;
      const wrapper = await fixture<NewsArticle>(html`<news-article .article=${article}></news-article>`);
      const el = await nested<SharePrompt>(wrapper, 'share-prompt');
      const query = new URLSearchParams(action(el, 'Share by email').getAttribute('href')!.split('?')[1]);
      expect(query.get('body')).to.equal(`${String(seed.dek)}\n\n${URL_}`);
    });

    it('writes an email with the title as subject and the text and URL as body', async () => {
      const el = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} headline=${TITLE} text="Read this" targets="email"></share-prompt>`,
      );
      const mail = action(el, 'Share by email') as HTMLAnchorElement;
      expect(mail.protocol).to.equal('mailto:');
      // The mail program opens; no empty tab is left behind.
      expect(mail.target).to.equal('_self');
      expect(mail.rel.split(' ')).to.include('noopener');
      const query = new URLSearchParams(mail.href.slice(mail.href.indexOf('?')));
      expect(query.get('subject')).to.equal(TITLE);
      expect(query.get('body')).to.equal(`Read this\n\n${URL_}`);
    });

    it('shares `headline` as the title, before the deprecated `title`', async () => {
      const subject = (el: HTMLElement) =>
        new URLSearchParams(part(el, 'action')!.getAttribute('href')!.split('?')[1]).get('subject');
      await expectHeadingAttribute('share-prompt', 'headline', subject, { url: URL_, targets: 'email' });
    });

    it("forgets the article once moved out of it, sharing the page's own URL", async () => {
      const seed = await loadSeed();
      const wrapper = fixtureSync<HTMLDivElement>(html`
        <div>
          <news-article .article=${seed}><share-prompt slot="share"></share-prompt></news-article>
          <p></p>
        </div>
      `);
      const el = wrapper.querySelector('share-prompt')!;
      const x = () =>
        new URL(
          actions(el)
            .find((a) => nameOf(a) === 'Share on X')
            ?.getAttribute('href') ?? 'about:blank',
        );
      await waitUntil(() => x().searchParams.get('url') === URL_, "the article's URL");
      wrapper.querySelector('p')!.append(el);
      wrapper.querySelector('news-article')!.remove();
      await waitUntil(() => x().searchParams.get('url') === location.href, "the page's URL");
      expect(x().searchParams.get('text')).to.not.contain('Putin');
    });

    it('shares the article from context inside <news-article>', async () => {
      const share = withNativeShare();
      const seed = await loadSeed();
      const article = await fixture<NewsArticle>(html`<news-article .article=${seed}></news-article>`);
      const el = await nested<SharePrompt>(article, 'share-prompt');
      expect(clean(part(el, 'prompt')!.textContent)).to.equal('Enjoyed this? Let your friends know!');
      // The seed's share.targets, in its order.
      expect(names(el)).to.deep.equal([
        'Share',
        'Copy link',
        'Share on X',
        'Share on Facebook',
        'Share on LinkedIn',
        'Share on WhatsApp',
        'Share by email',
      ]);
      const x = new URL(action(el, 'Share on X').getAttribute('href')!);
      expect(x.searchParams.get('url')).to.equal(URL_);
      action(el, 'Share').click();
      await waitUntil(() => share.calls.length === 1);
      expect(share.calls[0][0]).to.deep.equal({ url: URL_, title: TITLE, text: SUMMARY });
    });

    it('takes the share URL, text and prompt of an article from context', async () => {
      const doc = {
        ...(await loadSeed()),
        share: { url: '/s/short', text: 'Short text', prompt: 'Pass it on', targets: ['x', 'copy'] },
      };
      const article = await fixture<NewsArticle>(html`<news-article .article=${doc}></news-article>`);
      const el = await nested<SharePrompt>(article, 'share-prompt');
      expect(clean(part(el, 'prompt')!.textContent)).to.equal('Pass it on');
      expect(names(el)).to.deep.equal(['Share on X', 'Copy link']);
      const x = new URL(action(el, 'Share on X').getAttribute('href')!);
      expect(x.searchParams.get('url')).to.equal('https://t4k3.news/s/short');
      expect(x.searchParams.get('text')).to.equal('Short text');
    });

    it('takes its background from --news-color-surface-alt set on the host', async () => {
      const el = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} style="--news-color-surface-alt: rgb(1, 2, 3)"></share-prompt>`,
      );
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--news-share-background', 'rgb(4, 5, 6)');
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    });

    it('can be styled from outside with ::part()', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_}></share-prompt>`);
      expectStyleablePart(el, 'prompt', 'status');
    });
  });

  describe('attributes and properties', () => {
    it('shows the actions chosen by targets, in that order', async () => {
      const el = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} targets="email reddit copy"></share-prompt>`,
      );
      expect(names(el)).to.deep.equal(['Share by email', 'Share on Reddit', 'Copy link']);
      el.setAttribute('targets', 'bluesky, telegram,x');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Share on Bluesky', 'Share on Telegram', 'Share on X']);
    });

    it('shows each target once', async () => {
      const el = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} targets="x copy x"></share-prompt>`,
      );
      expect(names(el)).to.deep.equal(['Share on X', 'Copy link']);
    });

    it('shows the native share button only where the device can share', async () => {
      const without = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} targets="native copy"></share-prompt>`,
      );
      expect(names(without)).to.deep.equal(['Copy link']);

      withNativeShare();
      const withShare = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} targets="native copy"></share-prompt>`,
      );
      expect(names(withShare)).to.deep.equal(['Share', 'Copy link']);
      expect(action(withShare, 'Share').localName).to.equal('button');

      restore.push(stubNavigator('canShare', () => false));
      const refused = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} targets="native copy"></share-prompt>`,
      );
      expect(names(refused)).to.deep.equal(['Copy link']);
    });

    it('offers the link to copy when only the share sheet was asked for and there is none', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_} targets="native"></share-prompt>`);
      expect(names(el)).to.deep.equal(['Copy link']);
      withNativeShare();
      const withShare = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} targets="native"></share-prompt>`,
      );
      expect(names(withShare)).to.deep.equal(['Share']);
    });

    it("follows the page's language when an app switches it on <html>", async () => {
      const root = document.documentElement;
      const before = root.getAttribute('lang');
      try {
        const els = [
          await fixture<SharePrompt>(html`<share-prompt url=${URL_}></share-prompt>`),
          await fixture(html`<news-highlights .items=${[['Item']]}></news-highlights>`),
          await fixture(html`<related-news .items=${[{ headline: 'H', url: URL_ }]}></related-news>`),
        ] as (HTMLElement & { updateComplete: Promise<boolean> })[];
        const texts = () => els.map((el) => clean(el.shadowRoot!.textContent));
        expect(texts().join(' ')).to.contain('Enjoyed this?').and.contain('Related News');
        for (const [lang, prompt, related] of [
          ['de', 'Hat Ihnen', 'Mehr zum Thema'],
          ['ar', 'هل أعجبك', 'أخبار ذات صلة'],
        ]) {
          root.lang = lang;
          await waitUntil(() => texts().join(' ').includes(prompt), `${lang} prompt`);
          expect(texts()[2], lang).to.contain(related);
          expect(getComputedStyle(part(els[0], 'prompt')!).direction, lang).to.equal(
            lang === 'ar' ? 'rtl' : 'ltr',
          );
        }
        // An element's own language still wins.
        els[0].lang = 'en';
        root.lang = 'de';
        await waitUntil(() => texts()[2].includes('Mehr zum Thema'), 'related in German');
        expect(texts()[0]).to.contain('Enjoyed this?');
      } finally {
        if (before === null) root.removeAttribute('lang');
        else root.lang = before;
      }
    });

    it('follows a language switched on a container, and in an iframe it was moved into', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div><share-prompt url=${URL_}></share-prompt><iframe></iframe></div>`,
      );
      const here = wrapper.querySelector('share-prompt')!;
      const there = document.createElement('share-prompt');
      const frame = wrapper.querySelector('iframe')!.contentDocument!;
      there.url = URL_;
      frame.body.append(there);
      const prompt = (el: SharePrompt) => clean(part(el, 'prompt')?.textContent ?? '');
      await waitUntil(() => prompt(there).includes('Enjoyed this?'), 'rendered in the iframe');
      wrapper.lang = 'de';
      await waitUntil(() => prompt(here).includes('Hat Ihnen'), 'container switched');
      // The iframe's own page switches, its <html> replaced first (as some apps do).
      const replaced = frame.createElement('html');
      replaced.append(frame.createElement('body'));
      frame.replaceChild(replaced, frame.documentElement);
      replaced.lastChild!.appendChild(there);
      await there.updateComplete;
      expect(prompt(there)).to.contain('Enjoyed this?');
      replaced.lang = 'de';
      await waitUntil(() => prompt(there).includes('Hat Ihnen'), 'iframe switched');
    });

    it("takes the language of a component's shadow root it is in, and follows a switch there", async () => {
      const host = fixtureSync<HTMLDivElement>(html`<div lang="de"></div>`);
      const inner = host.attachShadow({ mode: 'open' });
      inner.innerHTML = '<section><share-prompt></share-prompt></section>';
      const el = inner.querySelector('share-prompt')!;
      const prompt = () => clean(part(el, 'prompt')?.textContent ?? '');
      await waitUntil(() => prompt() !== '', 'rendered');
      // The host's language, as :lang() sees it.
      expect(el.matches(':lang(de)')).to.equal(true);
      expect(prompt()).to.contain('Hat Ihnen');
      // A container inside the shadow root switches to Arabic.
      inner.querySelector('section')!.lang = 'ar';
      await waitUntil(() => prompt().includes('هل أعجبك'), 'switched inside the shadow root');
      expect(getComputedStyle(part(el, 'prompt')!).direction).to.equal('rtl');
    });

    it('follows a language switch where a component holding it was moved (another shadow root, an iframe)', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          <div></div>
          <div></div>
          <iframe></iframe>
        </div>`,
      );
      const [component, app] = wrapper.querySelectorAll('div');
      component.attachShadow({ mode: 'open' }).innerHTML = '<share-prompt></share-prompt>';
      const el = component.shadowRoot!.querySelector('share-prompt')!;
      const prompt = () => clean(part(el, 'prompt')?.textContent ?? '');
      await waitUntil(() => prompt().includes('Enjoyed this?'), 'rendered');
      // An app's dialog, in its own shadow root, takes the component in.
      app.attachShadow({ mode: 'open' }).innerHTML = '<section></section>';
      const section = app.shadowRoot!.querySelector('section')!;
      section.append(component);
      await el.updateComplete;
      section.lang = 'de';
      await waitUntil(() => prompt().includes('Hat Ihnen'), 'switched in the new shadow root');
      const frame = wrapper.querySelector('iframe')!.contentDocument!;
      frame.body.append(component);
      await el.updateComplete;
      expect(prompt()).to.contain('Enjoyed this?');
      frame.documentElement.lang = 'ar';
      await waitUntil(() => prompt().includes('هل أعجبك'), 'switched in the iframe');
    });

    it('takes the language of the place it is moved to', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          <div lang="de"><share-prompt url=${URL_}></share-prompt></div>
          <div lang="ar"></div>
        </div>`,
      );
      const el = wrapper.querySelector('share-prompt')!;
      const prompt = () => clean(part(el, 'prompt')?.textContent ?? '');
      await waitUntil(() => prompt().includes('Hat Ihnen'), 'German where it was made');
      wrapper.lastElementChild!.append(el);
      await waitUntil(() => prompt().includes('هل أعجبك'), 'Arabic where it was moved');
      expect(getComputedStyle(part(el, 'prompt')!).direction).to.equal('rtl');
    });

    it('marks its element with a language set as a property, as frameworks set it', async () => {
      const els = [
        await fixture<SharePrompt>(html`<share-prompt url=${URL_}></share-prompt>`),
        await fixture(html`<news-callout .text=${['Text']}></news-callout>`),
        await fixture(html`<news-highlights .items=${[['Item']]}></news-highlights>`),
        await fixture(html`<related-news .items=${[{ headline: 'H', url: URL_ }]}></related-news>`),
      ] as (HTMLElement & { updateComplete: Promise<boolean> })[];
      for (const el of els) {
        el.lang = 'de';
        el.dir = 'ltr';
        await el.updateComplete;
        // The page reads the element's text in German: the attribute is there for it.
        expect(el.getAttribute('lang'), el.localName).to.equal('de');
        expect(el.getAttribute('dir'), el.localName).to.equal('ltr');
        expect(langOf(el.shadowRoot!.querySelector('[part~="base"]')!), el.localName).to.equal('de');
        el.lang = '';
        el.dir = '';
        await el.updateComplete;
        expect(el.hasAttribute('lang'), el.localName).to.be.false;
        expect(el.hasAttribute('dir'), el.localName).to.be.false;
      }
      expect(clean(part(els[0], 'prompt')!.textContent)).to.not.contain('Hat Ihnen');
      els[0].lang = 'de';
      await els[0].updateComplete;
      expect(clean(part(els[0], 'prompt')!.textContent)).to.contain('Hat Ihnen');
    });

    it('uses the prompt attribute', async () => {
      const el = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} prompt="Tell a friend"></share-prompt>`,
      );
      expect(clean(part(el, 'prompt')!.textContent)).to.equal('Tell a friend');
    });

    it('resolves a relative url against the page and updates when it changes', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt url="/stories/1" targets="x"></share-prompt>`);
      const href = () => new URL(action(el, 'Share on X').getAttribute('href')!).searchParams.get('url');
      expect(href()).to.equal(new URL('/stories/1', document.baseURI).href);
      el.url = 'https://t4k3.news/other';
      await el.updateComplete;
      expect(href()).to.equal('https://t4k3.news/other');
    });

    it('shares the page when there is no url and no article', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt targets="x"></share-prompt>`);
      const x = new URL(action(el, 'Share on X').getAttribute('href')!);
      expect(x.searchParams.get('url')).to.equal(location.href);
    });
  });

  describe('slots', () => {
    it('has no slot: light-DOM children are not rendered', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_}><p>Ignored</p></share-prompt>`);
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('events', () => {
    it('fires a cancelable, composed news-share before following a link', async () => {
      const { wrapper, el } = await wrapped<SharePrompt>(
        html`<div><share-prompt url=${URL_} targets="x email"></share-prompt></div>`,
        'share-prompt',
      );
      const events = collect(wrapper, 'news-share');
      const first = oneEvent<NewsShareEvent>(wrapper, 'news-share');
      action(el, 'Share on X').click();
      const event = await first;
      expect(event.detail).to.deep.equal({ target: 'x', url: URL_ });
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(events).to.have.length(1);
      // Not cancelled: the link is followed.
      expect(guard.clicks).to.have.length(1);
      expect(guard.clicks[0].defaultPrevented).to.equal(false);
      expect(guard.clicks[0].href).to.match(/^https:\/\/x\.com\//);

      action(el, 'Share by email').click();
      expect(events[1].detail).to.deep.equal({ target: 'email', url: URL_ });
    });

    it('does not follow a link when the host cancels news-share', async () => {
      const el = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} targets="facebook"></share-prompt>`,
      );
      el.addEventListener('news-share', (e) => e.preventDefault());
      action(el, 'Share on Facebook').click();
      expect(guard.clicks).to.have.length(1);
      expect(guard.clicks[0].defaultPrevented).to.equal(true);
    });

    it('copies the link, then shows and announces "Link copied"', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_} targets="copy"></share-prompt>`);
      const events = collect(el, 'news-share');
      // The live region is in place before the message, so screen readers announce it.
      const status = part(el, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(clean(status.textContent)).to.equal('');
      action(el, 'Copy link').click();
      expect(events.map((e) => e.detail)).to.deep.equal([{ target: 'copy', url: URL_ }]);
      await waitUntil(() => clean(status.textContent) === 'Link copied', 'no "Link copied"');
      expect(part(el, 'status')).to.equal(status);
      expect(writes.calls).to.deep.equal([[URL_]]);
      const box = status.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(1);
      expect(box.height).to.be.greaterThan(1);
      expect(getComputedStyle(status).visibility).to.equal('visible');
    });

    it('announces "Link copied" again when the link is copied again, without moving', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_} targets="copy"></share-prompt>`);
      const status = part(el, 'status')!;
      const said: string[] = [];
      const heights: number[] = [];
      const observer = new MutationObserver(() => {
        said.push(status.textContent ?? '');
        heights.push(el.getBoundingClientRect().height);
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      for (let copy = 1; copy <= 3; copy += 1) {
        action(el, 'Copy link').click();
        await waitUntil(() => said.length === copy, `copy ${copy}, said: ${said.join(' | ')}`);
      }
      observer.disconnect();
      // Each copy changes the live region (so it is spoken), and the words stay "Link copied".
      expect(said.map(clean)).to.deep.equal(['Link copied', 'Link copied', 'Link copied']);
      expect(said[1]).to.not.equal(said[0]);
      expect(said[2]).to.not.equal(said[1]);
      // Never emptied in between: the prompt keeps its height.
      expect(new Set(heights).size).to.equal(1);
    });

    it('keeps the line of "Link copied" when the words go, so nothing below moves', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_} targets="copy"></share-prompt>`);
      const status = part(el, 'status')!;
      action(el, 'Copy link').click();
      await waitUntil(() => clean(status.textContent) === 'Link copied', 'no "Link copied"');
      const height = el.getBoundingClientRect().height;
      const shown = performance.now();
      // The message stays 4 s, long enough to read.
      await waitUntil(() => clean(status.textContent) === '', 'the message stayed', { timeout: 6000 });
      expect(performance.now() - shown).to.be.greaterThan(3500);
      expect(el.getBoundingClientRect().height).to.equal(height);
    });

    it('lets "Link copied" go when the element is moved before the message times out', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          <share-prompt url=${URL_} targets="copy"></share-prompt>
          <p></p>
        </div>`,
      );
      const el = wrapper.querySelector('share-prompt')!;
      await el.updateComplete;
      action(el, 'Copy link').click();
      await waitUntil(() => clean(part(el, 'status')!.textContent) === 'Link copied', 'no "Link copied"');
      wrapper.querySelector('p')!.append(el);
      await waitUntil(() => clean(part(el, 'status')!.textContent) === '', 'the message stayed', {
        timeout: 6000,
      });
    });

    it('does not write the clipboard when the host cancels news-share', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_} targets="copy"></share-prompt>`);
      const events = collect(el, 'news-share');
      el.addEventListener('news-share', (e) => e.preventDefault());
      action(el, 'Copy link').click();
      await el.updateComplete;
      await Promise.resolve();
      expect(events).to.have.length(1);
      expect(writes.calls).to.deep.equal([]);
      expect(clean(part(el, 'status')!.textContent)).to.equal('');
    });

    it('shows the link to copy by hand when the clipboard refuses', async () => {
      restore.push(stubNavigator('clipboard', { writeText: () => Promise.reject(new Error('denied')) }));
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_} targets="copy"></share-prompt>`);
      action(el, 'Copy link').click();
      await waitUntil(() => clean(part(el, 'status')!.textContent) !== '');
      // The address isolated, left to right: in a right-to-left sentence it keeps its order.
      expect(clean(part(el, 'status')!.textContent)).to.equal(`Could not copy the link: \u2066${URL_}\u2069`);
    });

    it('lets a language put the link where its grammar wants, and keeps older catalogs working', async () => {
      restore.push(stubNavigator('clipboard', { writeText: () => Promise.reject(new Error('denied')) }));
      const status = async (copyFailed: string) => {
        const el = await fixture<SharePrompt>(
          html`<share-prompt url=${URL_} targets="copy" .strings=${{ copyFailed }}></share-prompt>`,
        );
        action(el, 'Copy link').click();
        await waitUntil(() => clean(part(el, 'status')!.textContent) !== '');
        return clean(part(el, 'status')!.textContent).replace(/[\u2066\u2069]/g, '');
      };
      expect(await status('Impossible de copier {url} : réessayez')).to.equal(
        `Impossible de copier ${URL_} : réessayez`,
      );
      expect(await status('Could not copy')).to.equal(`Could not copy ${URL_}`);
    });

    it('opens the native share sheet with url, title and text', async () => {
      const share = withNativeShare();
      const el = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} headline=${TITLE} text="Read this" targets="native"></share-prompt>`,
      );
      const events = collect(el, 'news-share');
      action(el, 'Share').click();
      expect(events.map((e) => e.detail)).to.deep.equal([{ target: 'native', url: URL_ }]);
      await waitUntil(() => share.calls.length === 1);
      expect(share.calls[0][0]).to.deep.equal({ url: URL_, title: TITLE, text: 'Read this' });
    });

    it('does not open the share sheet when the host cancels news-share', async () => {
      const share = withNativeShare();
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_} targets="native"></share-prompt>`);
      el.addEventListener('news-share', (e) => e.preventDefault());
      action(el, 'Share').click();
      await Promise.resolve();
      expect(share.calls).to.deep.equal([]);
    });

    it('lets a closed share sheet pass quietly', async () => {
      const watch = watchErrors();
      try {
        const share = withNativeShare(() => Promise.reject(new DOMException('cancelled', 'AbortError')));
        const el = await fixture<SharePrompt>(
          html`<share-prompt url=${URL_} targets="native"></share-prompt>`,
        );
        action(el, 'Share').click();
        await waitUntil(() => share.calls.length === 1);
        await el.updateComplete;
      } finally {
        await watch.stop();
      }
      expect(watch.errors).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('operates every action with Enter', async () => {
      withNativeShare();
      const el = await fixture<SharePrompt>(
        html`<share-prompt
          url=${URL_}
          targets="native copy x facebook linkedin whatsapp telegram reddit bluesky email"
        ></share-prompt>`,
      );
      const events = collect(el, 'news-share');
      // The host handles every share itself, so nothing leaves the page.
      el.addEventListener('news-share', (e) => e.preventDefault());
      const expected: ShareTarget[] = [];
      for (const a of actions(el)) {
        a.focus();
        expect(el.shadowRoot!.activeElement, nameOf(a)).to.equal(a);
        await sendKeys({ press: 'Enter' });
        expected.push(TARGET_OF[nameOf(a)]);
        expect(events.map((e) => e.detail.target)).to.deep.equal(expected);
      }
      expect(expected).to.deep.equal(Object.values(TARGET_OF));
      expect(events.every((e) => e.detail.url === URL_)).to.equal(true);
    });

    it('copies the link with Enter on "Copy link"', async () => {
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_} targets="copy x"></share-prompt>`);
      action(el, 'Copy link').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => clean(part(el, 'status')!.textContent) === 'Link copied');
      expect(writes.calls).to.deep.equal([[URL_]]);
    });

    it('opens the share sheet with Enter on "Share"', async () => {
      const share = withNativeShare();
      const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_} targets="native"></share-prompt>`);
      action(el, 'Share').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => share.calls.length === 1);
      expect(share.calls[0][0].url).to.equal(URL_);
    });

    it('follows a network link with Enter', async () => {
      const el = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} targets="linkedin"></share-prompt>`,
      );
      const events = collect(el, 'news-share');
      const link = action(el, 'Share on LinkedIn');
      link.focus();
      expect(el.shadowRoot!.activeElement).to.equal(link);
      await sendKeys({ press: 'Enter' });
      expect(events.map((e) => e.detail.target)).to.deep.equal(['linkedin']);
      expect(guard.clicks).to.have.length(1);
      expect(guard.clicks[0].defaultPrevented).to.equal(false);
      expect(guard.clicks[0].href).to.match(/^https:\/\/www\.linkedin\.com\//);
    });
  });

  describe('bad input', () => {
    it('shares a title holding a lone surrogate without throwing', async () => {
      const watch = watchErrors();
      const el = await fixture<SharePrompt>(
        html`<share-prompt url=${URL_} headline=${'Half \ud83d'} targets="email x"></share-prompt>`,
      );
      await watch.stop();
      expect(watch.errors).to.deep.equal([]);
      const mail = action(el, 'Share by email') as HTMLAnchorElement;
      const query = new URLSearchParams(mail.href.slice(mail.href.indexOf('?')));
      expect(query.get('subject')).to.equal('Half \ufffd');
    });

    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', 'http://[bad']) {
      it(`ignores and reports the url ${JSON.stringify(url)}, sharing the default instead`, async () => {
        const watch = watchErrors();
        let el: SharePrompt;
        const errors: NewsErrorEvent[] = [];
        try {
          el = await fixture<SharePrompt>(html`
            <share-prompt
              url=${url}
              targets="copy x email"
              @news-error=${(e: NewsErrorEvent) => errors.push(e)}
            ></share-prompt>
          `);
        } finally {
          await watch.stop();
        }
        expect(watch.errors).to.deep.equal([]);
        expect(clean(part(el, 'prompt')!.textContent)).to.equal('Enjoyed this? Let your friends know!');
        expect(unsafeUrls(el.shadowRoot!)).to.deep.equal([]);
        expect(el.shadowRoot!.innerHTML).to.not.match(/javascript|data:text/i);
        expect(errors).to.have.length(1);
        expect(errors[0].detail.kind).to.equal('validation');
        expect(errors[0].detail.issues!.map((i) => i.path)).to.deep.equal(['url']);
        // The bad URL is left out; the default (the page) is shared.
        const x = new URL(action(el, 'Share on X').getAttribute('href')!);
        expect(x.searchParams.get('url')).to.equal(location.href);
      });
    }

    it('never copies an unsafe url', async () => {
      const el = await fixture<SharePrompt>(
        html`<share-prompt url="javascript:alert(1)" targets="copy"></share-prompt>`,
      );
      const events = collect(el, 'news-share');
      action(el, 'Copy link').click();
      await waitUntil(() => writes.calls.length === 1);
      expect(writes.calls[0][0]).to.not.match(/^javascript:/i);
      expect(events[0].detail.url).to.not.match(/^javascript:/i);
    });

    it('reports unknown targets and shows the known ones', async () => {
      const errors: NewsErrorEvent[] = [];
      const el = await fixture<SharePrompt>(html`
        <share-prompt
          url=${URL_}
          targets="x myspace copy"
          @news-error=${(e: NewsErrorEvent) => errors.push(e)}
        ></share-prompt>
      `);
      expect(names(el)).to.deep.equal(['Share on X', 'Copy link']);
      expect(errors).to.have.length(1);
      expect(errors[0].detail.kind).to.equal('validation');
      expect(errors[0].detail.issues!.map((i) => i.path)).to.deep.equal(['targets[1]']);
    });

    it('shows targets a news-error listener sets instead, and fires once it has rendered', async () => {
      const seen: string[][] = [];
      const el = fixtureSync<SharePrompt>(
        html`<share-prompt url=${URL_} targets="x myspace"></share-prompt>`,
      );
      el.addEventListener(
        'news-error',
        () => {
          // What the listener sees: the element as it now renders.
          seen.push(names(el));
          el.targets = 'email';
        },
        { once: true },
      );
      await waitUntil(() => names(el).join() === 'Share by email', `shown: ${names(el).join()}`);
      expect(seen).to.deep.equal([['Share on X']]);
    });

    const DEFAULT_NAMES = [
      'Copy link',
      'Share on X',
      'Share on Facebook',
      'Share on LinkedIn',
      'Share on WhatsApp',
      'Share by email',
    ];
    for (const [targets, shown, issues] of [
      // A framework that sets properties from attributes passes the string.
      ['reddit copy', ['Share on Reddit', 'Copy link'], []],
      [null, DEFAULT_NAMES, []],
      [42, DEFAULT_NAMES, ['targets']],
      [{ 0: 'x' }, DEFAULT_NAMES, ['targets']],
      [['x', 7, 'copy', 'native'], ['Share on X', 'Copy link'], ['targets[1]']],
    ] as const) {
      it(`survives targets of ${JSON.stringify(targets)} set as a property`, async () => {
        const watch = watchErrors();
        const el = await fixture<SharePrompt>(html`<share-prompt url=${URL_}></share-prompt>`);
        const errors = collect(el, 'news-error');
        try {
          el.targets = targets as unknown as ShareTarget[];
          await el.updateComplete;
        } finally {
          await watch.stop();
        }
        expect(watch.errors).to.deep.equal([]);
        expect(names(el)).to.deep.equal(shown);
        expect(errors.flatMap((e) => e.detail.issues!.map((i) => i.path))).to.deep.equal(issues);
        expect(errors.every((e) => e.detail.kind === 'validation')).to.equal(true);
        expect(clean(part(el, 'prompt')!.textContent)).to.equal('Enjoyed this? Let your friends know!');
        expect(unsafeUrls(el.shadowRoot!)).to.deep.equal([]);
      });
    }

    it('shares the article URL when the article context has an unsafe share url', async () => {
      const doc = { ...(await loadSeed()), share: { url: 'javascript:alert(1)', targets: ['x'] } };
      const article = await fixture<NewsArticle>(html`<news-article .article=${doc}></news-article>`);
      const el = await nested<SharePrompt>(article, 'share-prompt');
      expect(unsafeUrls(el.shadowRoot!)).to.deep.equal([]);
      const x = new URL(action(el, 'Share on X').getAttribute('href')!);
      expect(x.searchParams.get('url')).to.equal(URL_);
    });
  });
});
