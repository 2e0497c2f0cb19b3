import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { TONES } from '../src/elements/news-callout/news-callout.types.js';
import type { CalloutBlock, Inline } from '../src/model/types.js';
import { alBayan, blocksOf, harbour, seed } from './support/articles.js';
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

type CalloutArgs = CommonArgs &
  CssPropArgs & {
    tone?: string;
    heading?: string;
    text?: Inline;
    'heading-level'?: number;
    default?: string;
    onNewsError?: (event: Event) => void;
  };

const [risk] = blocksOf<CalloutBlock>(seed, 'callout');
const [info, warning] = blocksOf<CalloutBlock>(harbour, 'callout');
const [note] = blocksOf<CalloutBlock>(alBayan, 'callout');

const callout = (args: CalloutArgs) =>
  html`<news-callout
    tone=${attr(args.tone)}
    heading=${attr(args.heading)}
    heading-level=${attr(args['heading-level'])}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    dir=${attr(args.dir)}
    .text=${args.text}
    .strings=${args.strings}
    style=${cssProps(args)}
    @news-error=${args.onNewsError}
    >${args.default}</news-callout
  >`;

const meta = {
  title: 'Elements/news-callout',
  component: 'news-callout',
  render: callout,
  parameters: sourceWithContent<CalloutArgs>('news-callout', (args) =>
    args.text === undefined ? undefined : `  ${inlineHtml(args.text)}`,
  ),
  argTypes: {
    ...commonArgTypes,
    tone: { control: 'inline-radio', options: TONES },
    // Plain text is valid text; the story with marks and links edits the spans as JSON.
    text: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { tone: risk.tone, heading: risk.title, text: risk.text },
} satisfies Meta<CalloutArgs>;

export default meta;
type Story = StoryObj<CalloutArgs>;

export const Playground: Story = {};

export const Default: Story = {};

/** The four tones: each has its own colour, icon and label, so none rests on colour alone. */
export const Tones: Story = {
  render: (args) =>
    html`<div style="display: grid; gap: 24px">
      ${[
        {
          ...args,
          tone: 'note',
          heading: 'Background to the talks',
          text: 'A note sets background apart from the story.',
        },
        { ...args, tone: info.tone, heading: info.title, text: info.text },
        { ...args, tone: warning.tone, heading: warning.title, text: warning.text },
        { ...args, tone: risk.tone, heading: risk.title, text: risk.text },
      ].map(callout)}
    </div>`,
};

export const LongContent: Story = {
  argTypes: { text: { control: 'object' } },
  args: {
    tone: 'warning',
    heading: `${warning.title}, and the compensation totals reported by the developer have not been audited`,
    text: [
      ...(Array.isArray(warning.text) ? warning.text : [{ text: warning.text }]),
      {
        text: ' The harbour trust has asked for the underlying logbooks; the developer says it will publish them once the consultation on the second phase has closed, which is not expected before the spring. Until then, every figure in this article that depends on them should be read as an estimate, and ',
      },
      { text: 'we will update this story', marks: ['strong'] },
      { text: ' when the final statistics are out.' },
    ],
  },
};

/** No title and no tone (a "Note"), the text in the slot. */
export const MissingOptionalFields: Story = {
  args: {
    tone: undefined,
    heading: undefined,
    text: undefined,
    default: 'Figures are rounded to the nearest thousand.',
  },
};

export const RTL: Story = {
  ...states.rtl,
  args: { ...states.rtl.args, tone: note.tone, heading: note.title, text: note.text },
};

export const Dark: Story = { ...states.dark, render: Tones.render };

/** The Nordic Daily brand: its custom properties are in the Controls panel. */
export const PartnerBrand: Story = { ...states.partner };

export const Narrow: Story = { ...states.narrow, args: { ...LongContent.args } };
