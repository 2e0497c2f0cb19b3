import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
import '../src/locales/all.js';
import type { NewsArticle, NewsErrorEvent, NewsQuote, Quote } from '../src/index.js';
import { axText } from './support/a11y.js';
import { loadSeed, minimal } from './support/articles.js';
import {
  collect,
  expectStyleablePart,
  nested,
  unsafeUrls,
  watchErrors,
  wrapped,
} from './support/elements.js';

const WITKOFF: Quote = {
  text: 'We covered almost all the other issues necessary for a peace deal.',
  speaker: 'Steve Witkoff',
  role: 'Special U.S. envoy',
  context: 'Witkoff describing progress after the summit',
};

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
/** The text a reader sees in the quote, slotted content included. */
const quoteText = (el: Element) => {
  const slot = part(el, 'text')!.querySelector('slot');
  const own = text(el, 'text') ?? '';
  const slotted = slot
    ?.assignedNodes({ flatten: true })
    .map((n) => n.textContent)
    .join('');
  return (slotted ?? own).replace(/\s+/g, ' ').trim();
};

describe('<news-quote>', () => {
  it('sets its opening mark against the words, whatever white space comes before slotted text', async () => {
    // fixtureSync: fixture() waits for a frame, and a page in the background gets none.
    const box = fixtureSync<HTMLDivElement>(
      html`<div style="inline-size: 600px">
        <news-quote text="We covered it."></news-quote>
        <news-quote> We covered it. </news-quote>
      </div>`,
    );
    const [given, slotted] = [...box.querySelectorAll<NewsQuote>('news-quote')];
    await Promise.all([given.updateComplete, slotted.updateComplete]);
    /** Left edges of the first and last letters of the quote, relative to its figure. */
    const edges = (el: NewsQuote) => {
      const node = [...part(el, 'text')!.querySelector('p')!.childNodes, ...el.childNodes]
        .filter((n): n is Text => n instanceof Text)
        .find((n) => n.data.includes('We'))!;
      const rect = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      const start = node.data.indexOf('We');
      const origin = part(el, 'base')!.getBoundingClientRect().left;
      return [rect(start).left - origin, rect(start + 'We covered it'.length).right - origin];
    };
    expect(edges(slotted)).to.deep.equal(edges(given));
    // And the marks are there, on either side.
    const text = part(given, 'text')!.querySelector('p')!;
    expect(getComputedStyle(text, '::before').content).to.equal('open-quote');
    expect(getComputedStyle(text, '::after').content).to.equal('close-quote');
  });

  describe('accessibility', () => {
    it('is accessible in the light theme', async () => {
      const el = await fixture<NewsQuote>(html`<news-quote theme="light" .quote=${WITKOFF}></news-quote>`);
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const el = await fixture<NewsQuote>(html`<news-quote theme="dark" .quote=${WITKOFF}></news-quote>`);
      // The dark surface really applies (#141418), so axe checks contrast against it.
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(20, 20, 24)');
      await expect(el).to.be.accessible();
    });

    it('is accessible right to left, in Arabic', async () => {
      const el = await fixture<NewsQuote>(html`
        <news-quote
          lang="ar"
          text="نحن مستعدون للعمل مع أوروبا"
          speaker="فولوديمير زيلينسكي"
          speaker-role="رئيس أوكرانيا"
        ></news-quote>
      `);
      const base = part(el, 'base')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(base.lang).to.equal('ar');
      expect(quoteText(el)).to.equal('نحن مستعدون للعمل مع أوروبا');
      expect(text(el, 'speaker')).to.equal('فولوديمير زيلينسكي');
      // Speaker and role joined by the Arabic comma, not the Latin one.
      expect(part(el, 'caption')!.textContent.replace(/\s+/g, ' ')).to.contain(
        'فولوديمير زيلينسكي، رئيس أوكرانيا',
      );
      await expect(el).to.be.accessible();
    });

    it('stays accessible after bad input was left out', async () => {
      const el = await fixture<NewsQuote>(
        html`<news-quote .quote=${{ text: 'Kept', speaker: 42, cite: 'javascript:alert(1)' }}></news-quote>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('renders text, speaker, role and context from the quote property', async () => {
      const el = await fixture<NewsQuote>(html`<news-quote .quote=${WITKOFF}></news-quote>`);
      expect(part(el, 'text')!.localName).to.equal('blockquote');
      expect(quoteText(el)).to.equal(WITKOFF.text);
      expect(text(el, 'speaker')).to.equal('Steve Witkoff');
      expect(text(el, 'role')).to.equal('Special U.S. envoy');
      expect(text(el, 'context')).to.equal('Witkoff describing progress after the summit');
      expect(part(el, 'caption')!.localName).to.equal('figcaption');
    });

    it('reads speaker, role and context as phrases, while the context shows on its own line', async () => {
      const el = await fixture<NewsQuote>(html`<news-quote .quote=${WITKOFF}></news-quote>`);
      // The caption as a screen reader reads it: its text nodes in Chrome's accessibility tree, each
      // a separate piece of speech.
      expect((await axText()).replace(/ ,/g, ',')).to.include(
        'Steve Witkoff, Special U.S. envoy, Witkoff describing progress after the summit',
      );
      const top = (name: string) => part(el, name)!.getBoundingClientRect().top;
      expect(top('context')).to.be.greaterThan(top('role'));
    });

    it('renders the quotes of an article from context inside <news-article>', async () => {
      const seed = await loadSeed();
      const article = await fixture<NewsArticle>(html`<news-article .article=${seed}></news-article>`);
      const el = await nested<NewsQuote>(article, 'news-quote');
      const quotes = article.shadowRoot!.querySelectorAll('news-quote');
      expect(quotes.length).to.equal(4);
      expect(quoteText(el)).to.equal(WITKOFF.text);
      expect(text(el, 'speaker')).to.equal('Steve Witkoff');
      expect(text(el, 'role')).to.equal('Special U.S. envoy');
      expect(text(el, 'context')).to.equal('Witkoff describing progress after the summit');
      await quotes[3].updateComplete;
      expect(text(quotes[3], 'speaker')).to.equal('Marco Rubio');
    });

    it('sets the quote in italics, but upright in scripts that have none (Arabic, Hebrew, Chinese)', async () => {
      const style = async (lang: string) => {
        const el = await fixture<NewsQuote>(html`<news-quote lang=${lang} .quote=${WITKOFF}></news-quote>`);
        return getComputedStyle(el.shadowRoot!.querySelector('blockquote')!).fontStyle;
      };
      expect(await style('en')).to.equal('italic');
      for (const lang of ['ar', 'fa', 'he', 'zh-Hant']) expect(await style(lang), lang).to.equal('normal');
      // Inside an Arabic article, the quote takes the article's language from around it.
      const ar = await fixture<NewsArticle>(
        html`<news-article
          .article=${{ ...minimal(), language: 'ar', body: [{ type: 'quote', text: 'نص' }] }}
        ></news-article>`,
      );
      const nestedQuote = ar.shadowRoot!.querySelector('news-quote')!;
      await nestedQuote.updateComplete;
      expect(getComputedStyle(nestedQuote.shadowRoot!.querySelector('blockquote')!).fontStyle).to.equal(
        'normal',
      );
    });

    it('resolves a relative cite against the article URL', async () => {
      const doc = { ...minimal(), body: [{ type: 'quote', text: 'Said.', cite: '/sources/said' }] };
      const article = await fixture<NewsArticle>(html`<news-article .article=${doc}></news-article>`);
      const el = await nested<NewsQuote>(article, 'news-quote');
      expect(part(el, 'text')!.getAttribute('cite')).to.equal('https://news.example/sources/said');
    });

    it('leaves the caption out when there is no speaker, role or context', async () => {
      const el = await fixture<NewsQuote>(html`<news-quote text="Words alone."></news-quote>`);
      expect(quoteText(el)).to.equal('Words alone.');
      expect(part(el, 'caption')).to.equal(null);
    });

    it('takes its rule colour from --news-color-accent set on the host', async () => {
      const el = await fixture<NewsQuote>(
        html`<news-quote style="--news-color-accent: rgb(1, 2, 3)" .quote=${WITKOFF}></news-quote>`,
      );
      expect(getComputedStyle(part(el, 'base')!).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--news-quote-rule-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle(part(el, 'base')!).borderInlineStartColor).to.equal('rgb(4, 5, 6)');
    });

    it('can be styled from outside with ::part()', async () => {
      const el = await fixture<NewsQuote>(html`<news-quote .quote=${WITKOFF}></news-quote>`);
      expectStyleablePart(el, 'speaker', 'role');
    });

    it('forwards its parts through <news-article> (::part(quote-speaker))', async () => {
      const seed = await loadSeed();
      const { el: article } = await wrapped<NewsArticle>(
        html`
          <div>
            <style>
              news-article::part(quote-speaker) {
                color: rgb(0, 128, 0);
              }
            </style>
            <news-article .article=${seed}></news-article>
          </div>
        `,
        'news-article',
      );
      const el = await nested<NewsQuote>(article, 'news-quote');
      expect(getComputedStyle(part(el, 'speaker')!).color).to.equal('rgb(0, 128, 0)');
    });
  });

  describe('attributes and properties', () => {
    it('renders from attributes', async () => {
      const el = await fixture<NewsQuote>(html`
        <news-quote
          text="It is important that America agrees to work with Europe."
          speaker="Volodymyr Zelenskyy"
          speaker-role="President of Ukraine"
          context="Zelenskyy commenting on US and European role"
          cite="https://example.org/zelenskyy"
        ></news-quote>
      `);
      expect(quoteText(el)).to.equal('It is important that America agrees to work with Europe.');
      expect(text(el, 'speaker')).to.equal('Volodymyr Zelenskyy');
      expect(text(el, 'role')).to.equal('President of Ukraine');
      expect(text(el, 'context')).to.equal('Zelenskyy commenting on US and European role');
      expect(part(el, 'text')!.getAttribute('cite')).to.equal('https://example.org/zelenskyy');
    });

    it('keeps speaker-role off the ARIA role of the host', async () => {
      const el = await fixture<NewsQuote>(
        html`<news-quote text="Words." speaker-role="President of Ukraine"></news-quote>`,
      );
      expect(el.hasAttribute('role')).to.equal(false);
      expect(el.speakerRole).to.equal('President of Ukraine');
    });

    it('lets attributes take precedence over the quote object', async () => {
      const el = await fixture<NewsQuote>(
        html`<news-quote speaker="Ursula von der Leyen" .quote=${WITKOFF}></news-quote>`,
      );
      expect(text(el, 'speaker')).to.equal('Ursula von der Leyen');
      expect(quoteText(el)).to.equal(WITKOFF.text);
    });

    it('updates when properties change', async () => {
      const el = await fixture<NewsQuote>(html`<news-quote .quote=${WITKOFF}></news-quote>`);
      el.quote = { text: 'The minute you issue new sanctions...', speaker: 'Marco Rubio' };
      await el.updateComplete;
      expect(quoteText(el)).to.equal('The minute you issue new sanctions...');
      expect(text(el, 'speaker')).to.equal('Marco Rubio');
      expect(part(el, 'role')).to.equal(null);
      el.context = 'Rubio on sanctions impact';
      await el.updateComplete;
      expect(text(el, 'context')).to.equal('Rubio on sanctions impact');
    });

    it('resolves a relative cite attribute against the page', async () => {
      const el = await fixture<NewsQuote>(html`<news-quote text="Words." cite="/quotes/1"></news-quote>`);
      expect(part(el, 'text')!.getAttribute('cite')).to.equal(new URL('/quotes/1', document.baseURI).href);
    });

    it('follows dir="rtl" even for a left-to-right language', async () => {
      const el = await fixture<NewsQuote>(html`<news-quote dir="rtl" text="Words."></news-quote>`);
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    });
  });

  describe('slots', () => {
    it('shows slotted content as the quote when no text is set', async () => {
      const el = await fixture<NewsQuote>(html`
        <news-quote speaker="Steve Witkoff"
          >We covered almost all the other issues necessary for a peace deal.</news-quote
        >
      `);
      expect(quoteText(el)).to.equal(WITKOFF.text);
      expect(text(el, 'speaker')).to.equal('Steve Witkoff');
    });

    it('prefers the text property to slotted content', async () => {
      const el = await fixture<NewsQuote>(html`<news-quote text="From the attribute.">Slotted.</news-quote>`);
      expect(part(el, 'text')!.querySelector('slot')).to.equal(null);
      expect(quoteText(el)).to.equal('From the attribute.');
    });
  });

  describe('events', () => {
    it('fires a bubbling, composed news-error with the issues of an invalid quote', async () => {
      const { wrapper, el } = await wrapped<NewsQuote>(
        html`<div><news-quote></news-quote></div>`,
        'news-quote',
      );
      const event = oneEvent<NewsErrorEvent>(wrapper, 'news-error');
      el.quote = { text: 'Kept.', speaker: 42 } as unknown as Quote;
      const { detail, composed } = await event;
      // Out of a shadow root too, to a listener on the page.
      expect(composed).to.equal(true);
      expect(detail.kind).to.equal('validation');
      expect(detail.issues!.map((i) => i.path)).to.deep.equal(['quote.speaker']);
      expect(detail.issues![0].severity).to.equal('warning');
    });

    it('fires no news-error for a valid quote', async () => {
      let errors = 0;
      const el = await fixture<NewsQuote>(
        html`<news-quote
          .quote=${WITKOFF}
          cite="https://example.org/q"
          @news-error=${() => errors++}
        ></news-quote>`,
      );
      el.quote = { ...WITKOFF, cite: '/relative/source' };
      await el.updateComplete;
      expect(errors).to.equal(0);
    });
  });

  describe('keyboard', () => {
    it('adds no tab stop of its own: Tab moves past it', async () => {
      const { wrapper } = await wrapped<NewsQuote>(
        html`
          <div>
            <button id="before">before</button>
            <news-quote .quote=${WITKOFF} cite="https://example.org/q"></news-quote>
            <button id="after">after</button>
          </div>
        `,
        'news-quote',
      );
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });
  });

  describe('bad input', () => {
    it('shows the valid fields and leaves out wrongly typed ones', async () => {
      const errors: NewsErrorEvent[] = [];
      const watch = watchErrors();
      let el: NewsQuote | undefined;
      try {
        el = await fixture<NewsQuote>(html`
          <news-quote
            .quote=${{ text: 'Kept.', speaker: 42, role: ['x'], context: null, extra: {} }}
            @news-error=${(e: NewsErrorEvent) => errors.push(e)}
          ></news-quote>
        `);
      } finally {
        await watch.stop();
      }
      expect(watch.errors).to.deep.equal([]);
      expect(quoteText(el)).to.equal('Kept.');
      expect(part(el, 'caption')).to.equal(null);
      expect(errors).to.have.length(1);
      expect(errors[0].detail.kind).to.equal('validation');
      expect(errors[0].detail.issues!.map((i) => i.path)).to.have.members([
        'quote.speaker',
        'quote.role',
        'quote.context',
      ]);
    });

    for (const bad of [null, 42, 'a string', [], { speaker: 'No text' }]) {
      it(`reports a quote of ${JSON.stringify(bad)} without throwing`, async () => {
        const watch = watchErrors();
        const el = await fixture<NewsQuote>(html`<news-quote>Slotted fallback.</news-quote>`);
        const errors = collect(el, 'news-error');
        try {
          el.quote = bad as unknown as Quote;
          await el.updateComplete;
        } finally {
          await watch.stop();
        }
        expect(watch.errors).to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0].detail.kind).to.equal('validation');
        expect(errors[0].detail.issues).to.have.length.greaterThan(0);
        expect(quoteText(el)).to.equal('Slotted fallback.');
        expect(el.shadowRoot!.textContent).to.not.contain('undefined');
        expect(el.shadowRoot!.textContent).to.not.contain('No text');
      });
    }

    for (const cite of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
    ]) {
      it(`drops the unsafe cite ${JSON.stringify(cite)} of the quote object and reports it`, async () => {
        const el = await fixture<NewsQuote>(html`<news-quote></news-quote>`);
        const errors = collect(el, 'news-error');
        el.quote = { ...WITKOFF, cite };
        await el.updateComplete;
        expect(errors).to.have.length(1);
        expect(errors[0].detail.kind).to.equal('validation');
        expect(errors[0].detail.issues!.map((i) => i.path)).to.deep.equal(['quote.cite']);
        expect(part(el, 'text')!.hasAttribute('cite')).to.equal(false);
        expect(quoteText(el)).to.equal(WITKOFF.text);
        expect(unsafeUrls(el.shadowRoot!)).to.deep.equal([]);
      });

      it(`drops the unsafe cite attribute ${JSON.stringify(cite)} and reports it`, async () => {
        const el = await fixture<NewsQuote>(html`<news-quote .quote=${WITKOFF}></news-quote>`);
        const errors = collect(el, 'news-error');
        el.setAttribute('cite', cite);
        await el.updateComplete;
        expect(errors).to.have.length(1);
        expect(errors[0].detail.kind).to.equal('validation');
        expect(errors[0].detail.issues!.map((i) => i.path)).to.deep.equal(['cite']);
        expect(errors[0].detail.issues![0].message).to.match(/unsafe URL scheme|not a valid URL/);
        expect(part(el, 'text')!.hasAttribute('cite')).to.equal(false);
        expect(text(el, 'speaker')).to.equal('Steve Witkoff');
        expect(unsafeUrls(el.shadowRoot!)).to.deep.equal([]);
      });
    }
  });
});
