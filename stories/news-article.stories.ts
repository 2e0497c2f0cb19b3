import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  EMBED_SNIPPET,
  embedded,
  pageAttributes,
  renderArticle,
  type ArticleArgs,
} from './support/article-helpers.js';
import { alBayan, harbour, longRead, minimalArticle, seed } from './support/articles.js';
import { commonArgTypes, sourceWithContent, states } from './support/story-helpers.js';
import { installFetchStub } from './support/fetch-stub.js';

/**
 * The `src` attributes do nothing while `article` is set (it takes precedence): their controls show
 * in the stories that load by URL, which leave `article` unset.
 */
const whenLoading = { if: { arg: 'article', truthy: false } } as const;

const meta = {
  title: 'Elements/news-article',
  component: 'news-article',
  render: renderArticle,
  beforeEach: installFetchStub,
  // The article as a page embeds it: JSON in a child script ("<" escaped, so it cannot close it).
  parameters: sourceWithContent<ArticleArgs>('news-article', ({ article }) =>
    article
      ? `  <script type="application/json">\n${JSON.stringify(article, null, 2).replace(/</g, '\\u003c')}\n  </script>`
      : undefined,
  ),
  argTypes: {
    ...commonArgTypes,
    article: { control: 'object' },
    renderedArticle: { control: false },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    src: whenLoading,
    loading: whenLoading,
    timeout: whenLoading,
    credentials: whenLoading,
    // Elements, not text: the "Your own share prompt and related list" story fills them.
    share: { control: false },
    related: { control: false },
    default: {
      control: 'text',
      description:
        'A `<script type="application/json">` holding the article, the no-JavaScript way to embed. With `seo`, the element adds a `<script type="application/ld+json">` beside it. In the story: article JSON typed here becomes that script, and the `article` control is left out while it is set.',
    },
  },
  args: { article: seed },
} satisfies Meta<ArticleArgs>;

export default meta;
type Story = StoryObj<ArticleArgs>;

/**
 * Edit the article JSON, the attributes and the custom properties. `news-load` (with the
 * validator's warnings) and `news-error` show in the Actions panel.
 */
export const Playground: Story = { args: { article: harbour } };

/** The reference article (demo/articles/seed.json). */
export const Default: Story = {};

/** The way a publisher embeds it: the article JSON in a child `<script type="application/json">`. */
export const EmbeddedWithScriptTag: Story = {
  name: 'Embedded with a script tag',
  render: (args) => embedded(seed, { 'heading-level': 2, ...pageAttributes(args) }),
  parameters: { docs: { source: { code: EMBED_SNIPPET, language: 'html' } } },
};

/** 125 body blocks (demo/articles/long-read.json): headings, quotes and a highlights list. */
export const LongContent: Story = { args: { article: longRead } };

/** Only the required fields: no section, dek, byline, dates, image, share settings or related. */
export const MissingOptionalFields: Story = { args: { article: minimalArticle } };

/** An Arabic article: its `language` makes it right to left, with Arabic UI strings and dates. */
export const RTL: Story = { ...states.rtl, args: { ...states.rtl.args, article: alBayan } };

/**
 * A page's own UI language around a story in another: `lang="ar"` gives Arabic labels, dates and
 * attribution, right to left, while the English article text keeps its language and direction.
 */
export const PageLanguage: Story = { name: 'UI language of the page', args: { lang: 'ar' } };

export const Dark: Story = { ...states.dark };

/** The Nordic Daily brand: its custom properties are in the Controls panel. */
export const PartnerBrand: Story = { ...states.partner, args: { ...states.partner.args, article: harbour } };

export const Narrow: Story = { ...states.narrow };

/**
 * Parts that cannot be shown are left out and reported as warnings in `news-load` (Actions
 * panel): here an unknown block type and a `javascript:` link, which renders as plain text.
 */
export const CleanedInput: Story = {
  name: 'Warnings: invalid parts left out',
  tags: ['invalid-data'],
  args: {
    article: {
      ...minimalArticle,
      body: [
        ...minimalArticle.body,
        { type: 'poll', question: 'Is this block type known?' },
        {
          type: 'paragraph',
          text: [
            { text: 'A link with an unsafe URL ' },
            { text: 'stays plain text', href: 'javascript:alert(1)' },
            { text: '.' },
          ],
        },
      ],
    },
  },
};

/**
 * Data that is not a valid article (no headline, no publisher name, an empty body): the element
 * shows a visible `role="alert"` message with the validator's findings and fires `news-error`.
 */
export const ErrorInvalidArticle: Story = {
  name: 'Error: invalid article',
  tags: ['invalid-data'],
  args: {
    article: { version: 1, id: 'broken-1', url: 'https://t4k3.news/world/broken', publisher: {}, body: [] },
  },
};

/** JSON that does not parse, embedded by script tag: the same error state, kind `parse`. */
export const ErrorMalformedJson: Story = {
  name: 'Error: malformed JSON',
  tags: ['invalid-data'],
  render: (args) => {
    const element = embedded({}, pageAttributes(args));
    element.querySelector('script')!.textContent = '{ "version": 1, "headline": "Unclosed string }';
    return element;
  },
};

/** No data: the element renders nothing and takes no space between the host page's paragraphs. */
export const Empty: Story = {
  name: 'Empty: no article',
  args: { article: undefined },
  render: (args) =>
    html`<p class="news-sb-host-note">The host page's paragraph before the element.</p>
      ${renderArticle(args)}
      <p class="news-sb-host-note">The host page's paragraph after it: nothing in between.</p>`,
};

/** Loaded from the publisher's URL with `src`: the article renders once the JSON has arrived. */
export const LoadedFromUrl: Story = {
  name: 'Loaded from a URL',
  args: { article: undefined, src: '/story-api/seed.json' },
};

/**
 * The page's own `<share-prompt slot="share">` (two targets, its own prompt) and
 * `<related-news slot="related">` (the grid layout) in place of the built-in ones. They take the
 * article's URL, headline and related stories from the article around them, through context.
 */
export const OwnShareAndRelated: Story = {
  name: 'Your own share prompt and related list',
  render: (args) =>
    renderArticle({
      ...args,
      children: html`<share-prompt slot="share" targets="copy email" prompt="Tell a colleague"></share-prompt>
        <related-news slot="related" layout="grid" heading-level="3"></related-news>`,
    }),
};

/**
 * While `src` loads: a skeleton holds the space (`--news-article-min-block-size`), announced as
 * busy. The server here never answers; `timeout` is an hour, so the skeleton stays.
 */
export const Loading: Story = {
  args: { article: undefined, src: '/story-api/pending.json', timeout: 3_600_000 },
};

/**
 * The publisher's URL answers 404: the error is shown and announced in the article language,
 * `news-error` fires with `kind: 'http'` and `status: 404`, and Retry recovers once the story is
 * there (here, at the second request). A 404 is not retried by itself. The error keeps the space
 * the skeleton held (`--news-article-min-block-size`), so nothing below it moves.
 */
export const ErrorWithRetry: Story = {
  name: 'Error: not found, with Retry',
  tags: ['invalid-data'],
  args: { article: undefined, src: '/story-api/flaky.json' },
};

/**
 * The server does not answer within `timeout` (here 1.5 s), nor when the element tries once more:
 * the timeout error, with Retry (`news-error` with `kind: 'timeout'`).
 */
export const ErrorTimeout: Story = {
  name: 'Error: timeout',
  tags: ['invalid-data'],
  args: { article: undefined, src: '/story-api/pending.json', timeout: 1500 },
};

/**
 * The network fails, and fails again when the element tries once more by itself: the network
 * error (`kind: 'network'`). Here Retry gets through.
 */
export const ErrorNetwork: Story = {
  name: 'Error: network',
  tags: ['invalid-data'],
  args: { article: undefined, src: '/story-api/unreachable.json' },
};
