import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { QuotesBlock } from '../src/model/types.js';
import { alBayan, blocksOf, seed } from './support/articles.js';
import {
  attr,
  commonArgTypes,
  cssProps,
  states,
  type CommonArgs,
  type CssPropArgs,
} from './support/story-helpers.js';

type QuoteArgs = CommonArgs &
  CssPropArgs & {
    text?: string;
    speaker?: string;
    'speaker-role'?: string;
    context?: string;
    cite?: string;
    quote?: object;
    default?: string;
    onNewsError?: (event: Event) => void;
  };

const [witkoff, vonDerLeyen] = blocksOf<QuotesBlock>(seed, 'quotes')[0].items;
const [arabic] = blocksOf<QuotesBlock>(alBayan, 'quotes')[0].items;

const meta = {
  title: 'Elements/news-quote',
  component: 'news-quote',
  render: (args) =>
    html`<news-quote
      text=${attr(args.text)}
      speaker=${attr(args.speaker)}
      speaker-role=${attr(args['speaker-role'])}
      context=${attr(args.context)}
      cite=${attr(args.cite)}
      theme=${attr(args.theme)}
      lang=${attr(args.lang)}
      dir=${attr(args.dir)}
      .quote=${args.quote}
      .strings=${args.strings}
      style=${cssProps(args)}
      @news-error=${args.onNewsError}
      >${args.default}</news-quote
    >`,
  argTypes: {
    ...commonArgTypes,
    '--news-quote-rule-color': { control: 'color' },
  },
  args: {
    text: witkoff.text,
    speaker: witkoff.speaker,
    'speaker-role': witkoff.role,
    context: witkoff.context,
  },
} satisfies Meta<QuoteArgs>;

export default meta;
type Story = StoryObj<QuoteArgs>;

/** Every attribute, slot and custom property in the Controls panel. */
export const Playground: Story = {
  args: { cite: 'https://t4k3.news/world/putin-agrees-to-nato-style-security-guarantees-for-ukraine' },
};

/** A quote as the article format gives it: one `quote` object (what `<news-article>` passes in). */
export const Default: Story = {
  args: {
    text: undefined,
    speaker: undefined,
    'speaker-role': undefined,
    context: undefined,
    quote: witkoff,
  },
};

/** A long quote, a long role and a long context line. */
export const LongContent: Story = {
  args: {
    text: `${vonDerLeyen.text}. ${witkoff.text} We will keep working, with our partners, until the guarantees are written down, signed, ratified and enforceable on the ground, because anything less would not deserve the name.`,
    speaker: vonDerLeyen.speaker,
    'speaker-role': `${vonDerLeyen.role}, speaking on behalf of the College of Commissioners and the Member States`,
    context: `${vonDerLeyen.context}, after a meeting of the coalition of the willing that ran late into the night`,
  },
};

/** Only the text, in the slot: no speaker, role or context, so no caption. */
export const MissingOptionalFields: Story = {
  args: {
    text: undefined,
    speaker: undefined,
    'speaker-role': undefined,
    context: undefined,
    default: 'The test now is translating language into durable protections on the ground.',
  },
};

/** Arabic, right to left: the rule and the caption move to the right. */
export const RTL: Story = {
  ...states.rtl,
  args: {
    ...states.rtl.args,
    text: arabic.text,
    speaker: arabic.speaker,
    'speaker-role': arabic.role,
    context: arabic.context,
  },
};

export const Dark: Story = { ...states.dark };

/** The Nordic Daily brand: its custom properties are in the Controls panel. */
export const PartnerBrand: Story = { ...states.partner };

export const Narrow: Story = { ...states.narrow, args: { ...LongContent.args } };
