import { expect } from '@open-wc/testing';
import { parseArticle, parsePart, LIMITS } from '../../src/index.js';
import type { Article, ArticleIssue } from '../../src/index.js';
import { minimal, loadDemoArticles } from '../support/articles.js';

type Doc = Record<string, unknown>;
const errors = (issues: ArticleIssue[]) => issues.filter((i) => i.severity === 'error');
const warnings = (issues: ArticleIssue[]) => issues.filter((i) => i.severity === 'warning');
const paths = (issues: ArticleIssue[]) => issues.map((i) => i.path);

/** Sets `value` at a dotted/bracketed path of a deep copy of `doc`. */
function withValue(doc: Doc, path: string, value: unknown): Doc {
  const copy = structuredClone(doc);
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** An article with one of every URL-bearing part, so each URL field can be poisoned. */
function everyUrl(): Doc {
  return {
    ...minimal(),
    publisher: {
      name: 'Example News',
      url: 'https://news.example/',
      logo: { src: '/logo.png', alt: 'Example News' },
    },
    authors: [{ name: 'Ada Writer', url: '/people/ada' }],
    image: { src: '/lead.jpg', alt: 'A harbour' },
    body: [
      { type: 'paragraph', text: [{ text: 'a link', href: '/elsewhere' }] },
      { type: 'image', src: '/figure.jpg', alt: 'A figure' },
      { type: 'quote', text: 'Said.', cite: '/source' },
      { type: 'quotes', items: [{ text: 'Also said.', cite: '/source-2' }] },
    ],
    share: { url: '/share-me' },
    related: { items: [{ headline: 'Next', url: '/next', image: { src: '/next.jpg', alt: '' } }] },
  };
}

describe('parseArticle', () => {
  describe('valid input', () => {
    it('accepts a minimal article without issues', () => {
      const { article, issues } = parseArticle(minimal());
      expect(issues).to.deep.equal([]);
      expect(article?.headline).to.equal('A headline');
    });

    it('validates every demo article with zero issues', async () => {
      const demos = await loadDemoArticles();
      expect(Object.keys(demos).length).to.be.greaterThanOrEqual(3);
      for (const [name, doc] of Object.entries(demos)) {
        const { article, issues } = parseArticle(doc);
        expect(issues, name).to.deep.equal([]);
        expect(article, name).to.not.equal(null);
      }
    });

    it('keeps every block type in order', () => {
      const body = [
        { type: 'paragraph', text: 'Plain.' },
        {
          type: 'paragraph',
          text: [{ text: 'Bold', marks: ['strong'] }, { text: ' and ' }, { text: 'em', marks: ['em'] }],
        },
        { type: 'heading', text: 'A heading' },
        {
          type: 'quote',
          text: 'A quote',
          speaker: 'S',
          role: 'R',
          context: 'C',
          cite: 'https://x.example/q',
        },
        { type: 'quotes', title: 'Key Takeaways', items: [{ text: 'One' }, { text: 'Two', speaker: 'B' }] },
        { type: 'highlights', title: 'Highlights', items: ['First', [{ text: 'Second', marks: ['em'] }]] },
        { type: 'callout', title: 'Risk', text: 'Careful.', tone: 'risk' },
        {
          type: 'image',
          src: 'https://x.example/a.jpg',
          alt: 'A',
          caption: 'Cap',
          credit: 'Cred',
          width: 800,
          height: 600,
        },
      ];
      const { article, issues } = parseArticle({ ...minimal(), body });
      expect(issues).to.deep.equal([]);
      expect(article!.body).to.deep.equal(body);
    });

    it('ignores unknown fields everywhere and leaves the input untouched', () => {
      const doc = {
        ...minimal(),
        extra: { deep: [1, 2, 3] },
        publisher: { name: 'P', motto: 'x' },
        body: [{ type: 'paragraph', text: 'Hi', colour: 'red' }],
      };
      const before = structuredClone(doc);
      const { article, issues } = parseArticle(doc);
      expect(issues).to.deep.equal([]);
      expect(article).to.not.have.property('extra');
      expect(article!.publisher).to.deep.equal({ name: 'P' });
      expect(article!.body[0]).to.deep.equal({ type: 'paragraph', text: 'Hi' });
      expect(doc).to.deep.equal(before);
    });

    it('returns plain objects, which compare and print as usual', () => {
      const { article } = parseArticle({ ...minimal(), publisher: { name: 'Example News' } });
      expect(Object.getPrototypeOf(article)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(article!.publisher)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(article!.body[0])).to.equal(Object.prototype);
      // What a caller may do with a plain object, and could not with a prototype-free one.
      expect(Object.prototype.hasOwnProperty.call(article, 'headline')).to.equal(true);
      expect(`${Object.prototype.toString.call(article!.publisher)}`).to.equal('[object Object]');
      expect(() => `${article!.publisher as unknown as string}`).to.not.throw();
      const { value } = parsePart<{ headline: string }>(
        'RelatedItem',
        {
          headline: 'H',
          url: 'https://news.example/h',
        },
        'item',
      );
      expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    });

    it('ignores fields inherited from a polluted Object.prototype', () => {
      const proto = Object.prototype as Record<string, unknown>;
      proto.dek = 'injected';
      try {
        const { article } = parseArticle(minimal());
        expect(article).to.not.have.own.property('dek');
      } finally {
        delete proto.dek;
      }
    });
  });

  describe('errors: the article cannot be rendered', () => {
    for (const input of [null, undefined, 42, 'text', true, [], [minimal()]]) {
      it(`rejects non-object input ${JSON.stringify(input) ?? 'undefined'}`, () => {
        const { article, issues } = parseArticle(input);
        expect(article).to.equal(null);
        expect(issues).to.have.length(1);
        expect(issues[0]).to.include({ severity: 'error', path: '' });
        expect(issues[0].message).to.match(/must be a JSON object/);
      });
    }

    for (const path of ['version', 'id', 'url', 'publisher', 'publisher.name', 'headline', 'body']) {
      it(`reports a missing ${path} as an error naming the path`, () => {
        const { article, issues } = parseArticle(withValue(minimal(), path, undefined));
        expect(article).to.equal(null);
        expect(errors(issues)).to.have.length(1);
        expect(errors(issues)[0].path).to.equal(path);
        expect(errors(issues)[0].message).to.equal(`${path}: is required`);
      });
    }

    const wrong: [string, unknown, RegExp][] = [
      ['version', 2, /must be 1, got 2/],
      ['version', '1', /must be 1, got "1"/],
      ['id', 7, /must be a string, got 7/],
      ['id', '', /must not be empty/],
      ['url', 'not a url', /absolute http\(s\) URL/],
      ['url', '/relative/path', /absolute http\(s\) URL/],
      ['url', 'javascript:alert(1)', /unsafe URL scheme "javascript:"/],
      ['publisher', 'Acme', /must be an object, got "Acme"/],
      ['publisher.name', ['Acme'], /must be a string, got a list/],
      ['headline', { text: 'x' }, /must be a string, got an object/],
      ['headline', '', /must not be empty/],
      ['headline', ' \n\t ', /must not be blank/],
      ['publisher.name', '', /must not be empty/],
      ['publisher.name', '   ', /must not be blank/],
      ['body', 'text', /must be a list, got "text"/],
      ['body', [], /at least 1 item/],
    ];
    for (const [path, value, message] of wrong) {
      it(`reports ${path} = ${JSON.stringify(value)} as an error`, () => {
        const { article, issues } = parseArticle(withValue(minimal(), path, value));
        expect(article).to.equal(null);
        expect(errors(issues).map((i) => i.path)).to.deep.equal([path]);
        expect(errors(issues)[0].message).to.match(message);
        expect(errors(issues)[0].message.startsWith(`${path}:`)).to.equal(true);
      });
    }

    it('reports every broken required field at once', () => {
      const { issues } = parseArticle({ version: 1, body: [] });
      expect(paths(errors(issues))).to.have.members(['id', 'url', 'publisher', 'headline', 'body']);
    });

    it('is an error when no block of the body is valid, and says why for each', () => {
      const { article, issues } = parseArticle({ ...minimal(), body: [{ type: 'nope' }, { text: 'x' }] });
      expect(article).to.equal(null);
      expect(paths(warnings(issues))).to.deep.equal(['body[0].type', 'body[1].type']);
      expect(errors(issues)).to.have.length(1);
      expect(errors(issues)[0].message).to.equal('body: has no valid items');
    });

    it('never throws, even when reading the input throws', () => {
      const hostile = new Proxy(minimal(), {
        get() {
          throw new Error('boom');
        },
      });
      const { article, issues } = parseArticle(hostile);
      expect(article).to.equal(null);
      expect(issues[0].severity).to.equal('error');
      expect(issues[0].message).to.match(/could not be read \(boom\)/);
    });
  });

  describe('warnings: a part is dropped and the rest renders', () => {
    it('drops an unknown block type with a warning naming it', () => {
      const doc = {
        ...minimal(),
        body: [
          { type: 'video', src: 'x' },
          { type: 'paragraph', text: 'Kept' },
        ],
      };
      const { article, issues } = parseArticle(doc);
      expect(article!.body).to.deep.equal([{ type: 'paragraph', text: 'Kept' }]);
      expect(issues).to.have.length(1);
      expect(issues[0]).to.include({ severity: 'warning', path: 'body[0].type' });
      expect(issues[0].message).to.equal('body[0].type: unknown type "video" (body[0] left out)');
    });

    const invalidBlocks: [string, unknown, string][] = [
      ['paragraph without text', { type: 'paragraph' }, 'body[0].text'],
      ['paragraph with a number', { type: 'paragraph', text: 5 }, 'body[0].text'],
      ['paragraph with no spans', { type: 'paragraph', text: [] }, 'body[0].text'],
      ['heading with spans', { type: 'heading', text: [{ text: 'x' }] }, 'body[0].text'],
      ['quote without text', { type: 'quote', speaker: 'S' }, 'body[0].text'],
      ['quote with blank text', { type: 'quote', text: '  ', speaker: 'S' }, 'body[0].text'],
      ['heading with empty text', { type: 'heading', text: '' }, 'body[0].text'],
      ['quotes without items', { type: 'quotes', title: 'T' }, 'body[0].items'],
      ['quotes with empty items', { type: 'quotes', items: [] }, 'body[0].items'],
      ['highlights with an object', { type: 'highlights', items: {} }, 'body[0].items'],
      ['callout without text', { type: 'callout', title: 'T' }, 'body[0].text'],
      ['image without alt', { type: 'image', src: '/a.jpg' }, 'body[0].alt'],
      ['image without src', { type: 'image', alt: '' }, 'body[0].src'],
      ['a block that is a string', 'paragraph', 'body[0]'],
      ['a block without type', { text: 'x' }, 'body[0].type'],
    ];
    for (const [name, block, path] of invalidBlocks) {
      it(`drops ${name}, warning at ${path}`, () => {
        const doc = { ...minimal(), body: [block, { type: 'paragraph', text: 'Kept' }] };
        const { article, issues } = parseArticle(doc);
        expect(article!.body).to.deep.equal([{ type: 'paragraph', text: 'Kept' }]);
        expect(paths(warnings(issues))).to.include(path);
        expect(errors(issues)).to.deep.equal([]);
      });
    }

    it('drops invalid list items but keeps the block and its valid items', () => {
      const doc = {
        ...minimal(),
        body: [
          { type: 'quotes', items: [{ text: 'Good' }, { speaker: 'No text' }, 'bad'] },
          { type: 'highlights', items: ['One', 2, [{ text: 'Three', marks: ['strong', 'blink'] }]] },
        ],
      };
      const { article, issues } = parseArticle(doc);
      expect(article!.body[0]).to.deep.equal({ type: 'quotes', items: [{ text: 'Good' }] });
      expect(article!.body[1]).to.deep.equal({
        type: 'highlights',
        items: ['One', [{ text: 'Three', marks: ['strong'] }]],
      });
      expect(paths(issues)).to.deep.equal([
        'body[0].items[1].text',
        'body[0].items[2]',
        'body[1].items[1]',
        'body[1].items[2][0].marks[1]',
      ]);
    });

    const optional: [string, unknown][] = [
      ['language', 'not a language!'],
      ['language', 'en-1'],
      ['direction', 'up'],
      ['section', 3],
      ['dek', null],
      ['summary', {}],
      ['dateline', []],
      ['published', 'yesterday'],
      ['modified', '2025-13-01T00:00:00Z'],
      ['authors', 'Ada'],
      ['image', { src: '/a.jpg' }],
      ['share', 'yes'],
      ['related', []],
      ['rights', false],
    ];
    for (const [path, value] of optional) {
      it(`drops an invalid optional ${path} and still renders`, () => {
        const { article, issues } = parseArticle(withValue(minimal(), path, value));
        expect(article).to.not.equal(null);
        expect(article).to.not.have.property(path);
        expect(errors(issues)).to.deep.equal([]);
        expect(warnings(issues)).to.have.length.greaterThan(0);
        expect(warnings(issues)[0].message.startsWith(path)).to.equal(true);
      });
    }

    it('drops authors and related stories with a blank name or headline: a link needs text', () => {
      const doc = {
        ...minimal(),
        authors: [{ name: '' }, { name: 'Ada Writer' }, { name: '\u00a0 ' }],
        related: {
          items: [
            { headline: ' ', url: '/a' },
            { headline: 'Kept', url: '/b' },
          ],
        },
      };
      const { article, issues } = parseArticle(doc);
      expect(article!.authors!.map((a) => a.name)).to.deep.equal(['Ada Writer']);
      expect(article!.related!.items.map((i) => i.headline)).to.deep.equal(['Kept']);
      expect(paths(warnings(issues))).to.deep.equal([
        'authors[0].name',
        'authors[2].name',
        'related.items[0].headline',
      ]);
      expect(errors(issues)).to.deep.equal([]);
    });

    it('drops invalid images dimensions, share targets and related items one by one', () => {
      const doc = {
        ...minimal(),
        image: { src: '/a.jpg', alt: '', width: -5 },
        share: { targets: ['x', 'myspace', 'email'] },
        related: { items: [{ headline: 'Ok', url: '/ok' }, { headline: 'No URL' }] },
      };
      const { article, issues } = parseArticle(doc);
      expect(article!.image).to.deep.equal({ src: 'https://news.example/a.jpg', alt: '' });
      expect(article!.share!.targets).to.deep.equal(['x', 'email']);
      expect(article!.related!.items.map((i) => i.headline)).to.deep.equal(['Ok']);
      expect(paths(issues)).to.deep.equal(['image.width', 'share.targets[1]', 'related.items[1].url']);
    });
  });

  describe('limits', () => {
    it(`cuts a string over ${LIMITS.string} characters, with a warning`, () => {
      const long = 'a'.repeat(LIMITS.string + 50);
      const { article, issues } = parseArticle({ ...minimal(), dek: long });
      expect(article!.dek).to.have.length(LIMITS.string);
      expect(issues).to.have.length(1);
      expect(issues[0]).to.include({ severity: 'warning', path: 'dek' });
      expect(issues[0].message).to.match(/20050 characters; cut to 20000/);
    });

    it('replaces lone surrogates (valid JSON, not text) and keeps pairs', () => {
      const input = JSON.parse('{"dek": "a\\ud800b\\udc00c \\ud83d\\udcf0"}') as { dek: string };
      const { article, issues } = parseArticle({ ...minimal(), dek: input.dek });
      expect(article!.dek).to.equal('a\ufffdb\ufffdc 📰');
      expect(issues).to.deep.equal([]);
    });

    it('does not split a surrogate pair when cutting', () => {
      const long = `${'a'.repeat(LIMITS.string - 1)}😀tail`;
      const { article } = parseArticle({ ...minimal(), dek: long });
      expect(article!.dek).to.equal('a'.repeat(LIMITS.string - 1));
    });

    it(`keeps the first ${LIMITS.items} items of a list, with a warning`, () => {
      const items = Array.from({ length: LIMITS.items + 20 }, (_, i) => `Item ${i}`);
      const { article, issues } = parseArticle({ ...minimal(), body: [{ type: 'highlights', items }] });
      const block = article!.body[0] as Extract<Article['body'][number], { type: 'highlights' }>;
      expect(block.items).to.have.length(LIMITS.items);
      expect(block.items.at(-1)).to.equal(`Item ${LIMITS.items - 1}`);
      expect(issues.map((i) => i.path)).to.deep.equal(['body[0].items']);
    });

    it(`keeps the first ${LIMITS.blocks} blocks, with a warning`, () => {
      const body = Array.from({ length: LIMITS.blocks + 5 }, (_, i) => ({
        type: 'paragraph',
        text: `P${i}`,
      }));
      const { article, issues } = parseArticle({ ...minimal(), body });
      expect(article!.body).to.have.length(LIMITS.blocks);
      expect(issues).to.have.length(1);
      expect(issues[0].message).to.match(/^body: has 2005 items; only the first 2000 are kept/);
    });

    it(`keeps at most ${LIMITS.entries} entries in the body's lists, leaving out whole blocks`, () => {
      // 120 blocks of 100 quotes: each list within its own limit, 12,120 entries in all.
      const quotes = Array.from({ length: 100 }, (_, i) => ({ text: `Q${i}` }));
      const body = Array.from({ length: 120 }, () => ({ type: 'quotes', items: quotes }));
      const { article, issues } = parseArticle({
        ...minimal(),
        body,
        share: { targets: ['x', 'email'] },
        related: { items: [{ headline: 'H', url: '/s' }] },
      });
      const kept = article!.body as Extract<Article['body'][number], { type: 'quotes' }>[];
      // Each block is an entry, and each of its quotes: 99 blocks are 9,999; the 100th would pass.
      expect(kept).to.have.length(99);
      expect(kept.every((block) => block.items.length === 100)).to.equal(true);
      expect(issues).to.have.length(1);
      expect(issues[0]).to.deep.include({ severity: 'warning', path: 'body[99]' });
      expect(issues[0].message).to.match(/over 10000 entries: this block and the 20 after it are left out/);
      // The lists outside the body keep their own limits.
      expect(article!.share!.targets).to.deep.equal(['x', 'email']);
      expect(article!.related!.items).to.have.length(1);
    });

    it(`keeps exactly ${LIMITS.entries} entries, and leaves out the block that would pass them`, () => {
      const quotes = { type: 'quotes', items: Array.from({ length: 100 }, (_, i) => ({ text: `Q${i}` })) };
      // 99 blocks of 100 quotes are 9,999 entries; one paragraph more is 10,000; the next is over.
      const body = [...Array.from({ length: 99 }, () => quotes), { type: 'paragraph', text: 'Last' }];
      const whole = parseArticle({ ...minimal(), body });
      expect(whole.article!.body).to.have.length(100);
      expect(whole.issues).to.deep.equal([]);
      const over = parseArticle({ ...minimal(), body: [...body, { type: 'paragraph', text: 'Over' }] });
      expect(over.article!.body).to.have.length(100);
      expect(paths(over.issues)).to.deep.equal(['body[100]']);
    });

    it(`keeps a string of exactly ${LIMITS.string} characters whole, without a warning`, () => {
      const { article, issues } = parseArticle({ ...minimal(), dek: 'a'.repeat(LIMITS.string) });
      expect(article!.dek).to.have.length(LIMITS.string);
      expect(issues).to.deep.equal([]);
    });

    it('takes image dimensions from 1 to 100000 in whole pixels', () => {
      const image = (width: number) =>
        parseArticle({ ...minimal(), image: { src: 'https://news.example/a.jpg', alt: '', width } });
      for (const width of [1, 100000])
        expect(image(width).article!.image!.width, String(width)).to.equal(width);
      for (const width of [0, 100001, 1.5]) {
        const { article, issues } = image(width);
        expect(article!.image!.width, String(width)).to.equal(undefined);
        expect(paths(issues), String(width)).to.deep.equal(['image.width']);
      }
    });

    it(`drops a link longer than ${LIMITS.string} characters, keeping its text`, () => {
      const href = `https://news.example/${'a'.repeat(LIMITS.string)}`;
      const { article, issues } = parseArticle({
        ...minimal(),
        body: [{ type: 'paragraph', text: [{ text: 'the text', href }] }],
      });
      expect((article!.body[0] as { text: { text: string; href?: string }[] }).text[0]).to.deep.equal({
        text: 'the text',
      });
      expect(paths(issues)).to.deep.equal(['body[0].text[0].href']);
    });

    it('keeps a long article whole: 2,000 paragraphs of bold, linked, plain spans', async () => {
      const text = [
        { text: 'WITNESS:', marks: ['strong'] },
        { text: ' the minister ', href: '/minister', marks: ['em', 'strong'] },
        { text: 'will resign' },
        { text: ' only if the vote fails.' },
      ];
      const body = Array.from({ length: LIMITS.blocks }, () => ({ type: 'paragraph', text }));
      const { article, issues } = parseArticle({ ...minimal(), body });
      expect(issues).to.deep.equal([]);
      expect(article!.body).to.have.length(LIMITS.blocks);
      // The demo articles, the long read too, are nowhere near the limit.
      for (const demo of Object.values(await loadDemoArticles()))
        expect(parseArticle(demo).issues).to.deep.equal([]);
    });

    it('keeps the first block however many entries it holds, so the article still renders', () => {
      const items = Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => ({ text: 'a ' })));
      const body = [
        { type: 'highlights', items },
        { type: 'paragraph', text: 'After' },
      ];
      const { article, issues } = parseArticle({ ...minimal(), body });
      expect(article!.body).to.have.length(1);
      expect(paths(issues)).to.deep.equal(['body[1]']);
    });

    it('keeps related items and authors within the list limit', () => {
      const items = Array.from({ length: 150 }, (_, i) => ({ headline: `H${i}`, url: `/s/${i}` }));
      const authors = Array.from({ length: 101 }, (_, i) => ({ name: `A${i}` }));
      const { article, issues } = parseArticle({ ...minimal(), related: { items }, authors });
      expect(article!.related!.items).to.have.length(LIMITS.items);
      expect(article!.authors).to.have.length(LIMITS.items);
      expect(paths(issues)).to.deep.equal(['authors', 'related.items']);
    });

    it('does not descend into deeply nested junk', () => {
      let deep: unknown = 'bottom';
      for (let i = 0; i < 10000; i += 1) deep = [deep];
      const { article, issues } = parseArticle({
        ...minimal(),
        extra: deep,
        body: [{ type: 'paragraph', text: deep }],
      });
      expect(article).to.equal(null);
      expect(paths(issues)).to.deep.equal(['body[0].text[0]', 'body[0].text', 'body']);
    });
  });

  describe('URLs', () => {
    it('resolves relative URLs against the article url', () => {
      const { article, issues } = parseArticle(everyUrl());
      expect(issues).to.deep.equal([]);
      const a = article!;
      expect(a.publisher.logo!.src).to.equal('https://news.example/logo.png');
      expect(a.authors![0].url).to.equal('https://news.example/people/ada');
      expect(a.image!.src).to.equal('https://news.example/lead.jpg');
      expect(a.body[0]).to.deep.equal({
        type: 'paragraph',
        text: [{ text: 'a link', href: 'https://news.example/elsewhere' }],
      });
      expect((a.body[1] as { src: string }).src).to.equal('https://news.example/figure.jpg');
      expect((a.body[2] as { cite: string }).cite).to.equal('https://news.example/source');
      expect((a.body[3] as { items: { cite: string }[] }).items[0].cite).to.equal(
        'https://news.example/source-2',
      );
      expect(a.share!.url).to.equal('https://news.example/share-me');
      expect(a.related!.items[0].url).to.equal('https://news.example/next');
      expect(a.related!.items[0].image!.src).to.equal('https://news.example/next.jpg');
    });

    it('resolves relative paths against the article path, and protocol-relative ones', () => {
      const doc = {
        ...minimal(),
        url: 'https://news.example/world/2025/story.html',
        image: { src: 'pics/a.jpg', alt: '' },
        share: { url: '//cdn.example/s' },
      };
      const { article } = parseArticle(doc);
      expect(article!.image!.src).to.equal('https://news.example/world/2025/pics/a.jpg');
      expect(article!.share!.url).to.equal('https://cdn.example/s');
    });

    it('allows mailto: in links inside text only', () => {
      const doc = {
        ...everyUrl(),
        body: [{ type: 'paragraph', text: [{ text: 'write', href: 'mailto:desk@news.example' }] }],
        share: { url: 'mailto:desk@news.example' },
      };
      const { article, issues } = parseArticle(doc);
      expect(article!.body[0]).to.deep.equal({
        type: 'paragraph',
        text: [{ text: 'write', href: 'mailto:desk@news.example' }],
      });
      expect(article!.share).to.deep.equal({});
      expect(paths(issues)).to.deep.equal(['share.url']);
    });

    const unsafe = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml;base64,PHN2Zz4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com/x',
      'blob:https://news.example/1234',
      'about:blank',
      'chrome://settings',
      'ws://example.com/',
      'http://[broken',
    ];
    // Each URL field, and what the validator does with the part that holds it.
    const fields: [string, (a: Article) => unknown][] = [
      ['publisher.url', (a) => a.publisher.url],
      ['publisher.logo.src', (a) => a.publisher.logo],
      ['authors[0].url', (a) => a.authors![0].url],
      ['image.src', (a) => a.image],
      ['body[0].text[0].href', (a) => (a.body[0] as { text: { href?: string }[] }).text[0].href],
      ['body[1].src', (a) => a.body.find((b) => b.type === 'image')],
      ['body[2].cite', (a) => (a.body.find((b) => b.type === 'quote') as { cite?: string }).cite],
      [
        'body[3].items[0].cite',
        (a) => (a.body.find((b) => b.type === 'quotes') as { items: { cite?: string }[] }).items[0].cite,
      ],
      ['share.url', (a) => a.share!.url],
      ['related.items[0].url', (a) => a.related!.items[0]],
      ['related.items[0].image.src', (a) => a.related!.items[0].image],
    ];
    for (const [path, pick] of fields) {
      it(`neutralises every unsafe scheme in ${path}`, () => {
        for (const url of unsafe) {
          const { article, issues } = parseArticle(withValue(everyUrl(), path, url));
          expect(article, url).to.not.equal(null);
          expect(pick(article!), url).to.equal(undefined);
          expect(issues, url).to.have.length(1);
          expect(issues[0], url).to.include({ severity: 'warning', path });
          expect(issues[0].message, url).to.match(/unsafe URL scheme|not a valid URL/);
          expect(JSON.stringify(article), url).to.not.match(/javascript|vbscript|data:|file:|blob:/i);
        }
      });
    }

    it('keeps the text of a link whose href is unsafe', () => {
      const doc = withValue(everyUrl(), 'body[0].text[0].href', 'javascript:alert(1)');
      const { article } = parseArticle(doc);
      expect(article!.body[0]).to.deep.equal({ type: 'paragraph', text: [{ text: 'a link' }] });
    });

    it('rejects a canonical url without a host, as the published schema does', () => {
      for (const url of [
        'https:/news.example/x',
        'http:news.example/x',
        'https:///news.example/x',
        'https://',
      ]) {
        const { article, issues } = parseArticle({ ...minimal(), url });
        expect(article, url).to.equal(null);
        expect(errors(issues)[0].path, url).to.equal('url');
      }
    });

    it('rejects an unsafe canonical url as an error', () => {
      for (const url of unsafe) {
        const { article, issues } = parseArticle({ ...minimal(), url });
        expect(article, url).to.equal(null);
        expect(errors(issues)[0].path, url).to.equal('url');
      }
    });
  });
});
