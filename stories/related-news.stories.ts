import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LAYOUTS } from '../src/elements/related-news/related-news.types.js';
import { alBayan, harbour, longRead, seed } from './support/articles.js';
import { installFetchStub } from './support/fetch-stub.js';
import {
  attr,
  commonArgTypes,
  cssProps,
  states,
  type CommonArgs,
  type CssPropArgs,
} from './support/story-helpers.js';

type RelatedArgs = CommonArgs &
  CssPropArgs & {
    items?: unknown[];
    heading?: string;
    layout?: string;
    src?: string;
    loading?: string;
    timeout?: number;
    credentials?: string;
    'heading-level'?: number;
    onNewsRelatedClick?: (event: Event) => void;
    onNewsError?: (event: Event) => void;
    onNewsRelatedLoad?: (event: Event) => void;
  };

/** Stories cancel `news-related-click`, as a single-page app would, so the canvas stays put. */
const route = (args: RelatedArgs) => (event: Event) => {
  args.onNewsRelatedClick?.(event);
  event.preventDefault();
};

const whenLoading = { if: { arg: 'items', truthy: false } } as const;

const related = (args: RelatedArgs) =>
  html`<related-news
    heading=${attr(args.heading)}
    layout=${attr(args.layout)}
    src=${attr(args.src)}
    loading=${attr(args.loading)}
    timeout=${attr(args.timeout)}
    credentials=${attr(args.credentials)}
    heading-level=${attr(args['heading-level'])}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    dir=${attr(args.dir)}
    .items=${args.items}
    .strings=${args.strings}
    style=${cssProps(args)}
    @news-related-click=${route(args)}
    @news-error=${args.onNewsError}
    @news-related-load=${args.onNewsRelatedLoad}
  ></related-news>`;

const meta = {
  title: 'Elements/related-news',
  component: 'related-news',
  render: related,
  beforeEach: installFetchStub,
  argTypes: {
    ...commonArgTypes,
    layout: { control: 'inline-radio', options: LAYOUTS },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    // Without effect while `items` is set: shown in the stories that load by URL.
    src: whenLoading,
    loading: whenLoading,
    timeout: whenLoading,
    credentials: whenLoading,
  },
  args: { heading: harbour.related.title, items: harbour.related.items },
} satisfies Meta<RelatedArgs>;

export default meta;
type Story = StoryObj<RelatedArgs>;

/** Try the three layouts. Clicks fire `news-related-click` (see the Actions panel). */
export const Playground: Story = { args: { layout: 'grid' } };

/** Items with images, sections, dates and summaries, as a list. */
export const Default: Story = {};

/** Cards with images; the columns follow the width (`--news-related-min-column`). */
export const Grid: Story = { args: { layout: 'grid' } };

/** Headlines only. */
export const Compact: Story = {
  args: { heading: seed.related.title, items: seed.related.items, layout: 'compact' },
};

/** Many items, long headlines and summaries. */
export const LongContent: Story = {
  args: {
    heading: `${longRead.related.title} — and more from the archive of the history of printing`,
    items: [
      ...longRead.related.items,
      ...harbour.related.items.map((item) => ({
        ...item,
        headline: `${item.headline}: what it means for the town, the trawler crews and the maintenance base`,
        summary: `${item.summary} ${item.summary}`,
      })),
    ],
  },
};

/** Headline and URL only: no image, section, date or summary; the default title. */
export const MissingOptionalFields: Story = {
  args: { heading: undefined, items: seed.related.items.map(({ headline, url }) => ({ headline, url })) },
};

export const RTL: Story = {
  ...states.rtl,
  args: { ...states.rtl.args, heading: alBayan.related.title, items: alBayan.related.items },
};

export const Dark: Story = { ...states.dark, args: { ...states.dark.args, layout: 'grid' } };

/** The Nordic Daily brand: its custom properties are in the Controls panel. */
export const PartnerBrand: Story = { ...states.partner, args: { ...states.partner.args, layout: 'grid' } };

export const Narrow: Story = { ...states.narrow, args: { layout: 'grid' } };

/**
 * Invalid items (no URL, an unsafe `javascript:` URL) are left out and reported with a
 * `news-error` event (see the Actions panel); the valid ones render.
 */
export const ErrorInvalidItems: Story = {
  name: 'Error: invalid items left out',
  tags: ['invalid-data'],
  args: {
    items: [
      seed.related.items[0],
      { headline: 'A story without a URL' },
      { headline: 'A story with an unsafe link', url: 'javascript:alert(1)' },
      seed.related.items[1],
    ],
  },
};

/** No items: the element renders nothing and takes no space between the host page's paragraphs. */
export const Empty: Story = {
  name: 'Empty: no items',
  args: { items: [] },
  render: (args) =>
    html`<p class="news-sb-host-note">The host page's paragraph before the element.</p>
      ${related(args)}
      <p class="news-sb-host-note">The host page's paragraph after it: nothing in between.</p>`,
};

/** Loaded from the publisher's URL with `src` (an article, its `related` object, or a list). */
export const LoadedFromUrl: Story = {
  name: 'Loaded from a URL',
  args: { items: undefined, src: '/story-api/seed.json', heading: undefined },
};

/** While `src` loads: placeholder rows hold the space, announced as busy (here for an hour: `timeout`). */
export const Loading: Story = {
  args: { items: undefined, src: '/story-api/pending.json', heading: undefined, timeout: 3_600_000 },
};

/** The URL answers 404: a visible, announced error with Retry; here the stories are there when Retry asks. */
export const ErrorWithRetry: Story = {
  name: 'Error: not found, with Retry',
  tags: ['invalid-data'],
  args: { items: undefined, src: '/story-api/related-flaky.json', heading: undefined },
};

/** The URL answers 404; Retry finds a list with no stories and says so. */
export const RetryFindsNone: Story = {
  name: 'Error, then Retry finds no stories',
  tags: ['invalid-data'],
  args: { items: undefined, src: '/story-api/related-flaky-empty.json', heading: undefined },
};
