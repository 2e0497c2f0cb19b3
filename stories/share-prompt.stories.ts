import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { TARGETS } from '../src/index.js';
import { alBayan, harbour, seed } from './support/articles.js';
import {
  attr,
  commonArgTypes,
  cssProps,
  states,
  type CommonArgs,
  type CssPropArgs,
} from './support/story-helpers.js';

type ShareArgs = CommonArgs &
  CssPropArgs & {
    url?: string;
    headline?: string;
    text?: string;
    prompt?: string;
    targets?: string[];
    onNewsShare?: (event: Event) => void;
    onNewsError?: (event: Event) => void;
  };

const meta = {
  title: 'Elements/share-prompt',
  component: 'share-prompt',
  render: (args) =>
    html`<share-prompt
      url=${attr(args.url)}
      headline=${attr(args.headline)}
      text=${attr(args.text)}
      prompt=${attr(args.prompt)}
      targets=${attr(args.targets?.join(' '))}
      theme=${attr(args.theme)}
      lang=${attr(args.lang)}
      dir=${attr(args.dir)}
      .strings=${args.strings}
      style=${cssProps(args)}
      @news-share=${args.onNewsShare}
      @news-error=${args.onNewsError}
    ></share-prompt>`,
  argTypes: {
    ...commonArgTypes,
    targets: { control: 'check', options: TARGETS },
  },
  args: {
    url: seed.url,
    headline: seed.headline,
    text: seed.summary,
    prompt: seed.share.prompt,
    targets: seed.share.targets,
  },
} satisfies Meta<ShareArgs>;

export default meta;
type Story = StoryObj<ShareArgs>;

/**
 * Choose the actions with the `targets` checkboxes. Every action fires `news-share` first (see
 * the Actions panel). `native` shows only where the browser can share (`navigator.share`).
 */
export const Playground: Story = {};

export const Default: Story = {};

/** A long prompt and every target. */
export const LongContent: Story = {
  args: {
    url: harbour.url,
    headline: harbour.headline,
    text: harbour.share.text,
    prompt: `${harbour.share.prompt} Skippers, engineers and the harbour master are still working out how to share the same stretch of sea, and every reader who knows the coast can help.`,
    targets: [...TARGETS],
  },
};

/**
 * No attributes: the page's URL and title, the default prompt ("Enjoyed this? Let your friends
 * know!") and the default actions.
 */
export const MissingOptionalFields: Story = {
  args: { url: undefined, headline: undefined, text: undefined, prompt: undefined, targets: undefined },
};

export const RTL: Story = {
  ...states.rtl,
  args: {
    ...states.rtl.args,
    url: alBayan.url,
    headline: alBayan.headline,
    text: alBayan.share.text,
    prompt: alBayan.share.prompt,
    targets: alBayan.share.targets,
  },
};

export const Dark: Story = { ...states.dark };

/** The Nordic Daily brand: its custom properties are in the Controls panel. */
export const PartnerBrand: Story = { ...states.partner };

export const Narrow: Story = { ...states.narrow, args: { ...LongContent.args } };
