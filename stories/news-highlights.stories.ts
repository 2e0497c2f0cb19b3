import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { HighlightsBlock } from '../src/model/types.js';
import { alBayan, blocksOf, harbour, longRead, seed } from './support/articles.js';
import {
  attr,
  commonArgTypes,
  cssProps,
  states,
  type CommonArgs,
  type CssPropArgs,
  inlineHtml,
  sourceWithContent,
} from './support/story-helpers.js';

type HighlightsArgs = CommonArgs &
  CssPropArgs & {
    items?: unknown[];
    heading?: string;
    'heading-level'?: number;
    /** The default slot: one `<li>` per line. */
    default?: string;
    onNewsError?: (event: Event) => void;
  };

const [seedHighlights] = blocksOf<HighlightsBlock>(seed, 'highlights');
const [harbourHighlights] = blocksOf<HighlightsBlock>(harbour, 'highlights');
const [longHighlights] = blocksOf<HighlightsBlock>(longRead, 'highlights');
const [arabicHighlights] = blocksOf<HighlightsBlock>(alBayan, 'highlights');

/** The `default` arg as the host's `<li>` elements, one per line (the slot takes `<li>`s). */
const listItems = (text?: string) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => html`<li>${line}</li>`);

const meta = {
  title: 'Elements/news-highlights',
  component: 'news-highlights',
  render: (args) =>
    html`<news-highlights
      heading=${attr(args.heading)}
      heading-level=${attr(args['heading-level'])}
      theme=${attr(args.theme)}
      lang=${attr(args.lang)}
      dir=${attr(args.dir)}
      .items=${args.items}
      .strings=${args.strings}
      style=${cssProps(args)}
      @news-error=${args.onNewsError}
      >${listItems(args.default)}</news-highlights
    >`,
  parameters: sourceWithContent<HighlightsArgs>('news-highlights', (args) =>
    args.items?.map((item) => `  <li>${inlineHtml(item)}</li>`).join('\n'),
  ),
  argTypes: {
    ...commonArgTypes,
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    default: {
      control: 'text',
      description:
        '`<li>` elements, used when `items` is not set. In the story: one `<li>` per line of text.',
    },
  },
  args: { heading: seedHighlights.title, items: seedHighlights.items },
} satisfies Meta<HighlightsArgs>;

export default meta;
type Story = StoryObj<HighlightsArgs>;

/** Items are the article format's inline text: strings, or spans with `em`, `strong` and links. */
export const Playground: Story = {
  args: { heading: harbourHighlights.title, items: harbourHighlights.items },
};

export const Default: Story = {};

/** Five long items, some with marks, and a long title. */
export const LongContent: Story = {
  args: {
    heading: `${longHighlights.title}: the presses, the printers and the privileges that followed`,
    items: [
      ...longHighlights.items,
      'Printers in Venice, Paris, Basel, Lyon and Antwerp competed for the same scholarly market, and the cheapest editions reached students who had never owned a book before, which changed how universities taught and how knowledge travelled between them.',
    ],
  },
};

/** No title (the localised default, "Highlights", is shown) and the items as the host's `<li>`s. */
export const MissingOptionalFields: Story = {
  args: {
    heading: undefined,
    items: undefined,
    default: [
      'Security guarantees must translate into real protections on the ground.',
      'The path to peace hinges on practical commitments, not rhetoric.',
    ].join('\n'),
  },
};

export const RTL: Story = {
  ...states.rtl,
  args: { ...states.rtl.args, heading: arabicHighlights.title, items: arabicHighlights.items },
};

export const Dark: Story = { ...states.dark };

/** The Nordic Daily brand: its custom properties are in the Controls panel. */
export const PartnerBrand: Story = { ...states.partner };

export const Narrow: Story = { ...states.narrow, args: { ...LongContent.args } };
