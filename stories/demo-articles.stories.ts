import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderArticle } from './support/article-helpers.js';
import { alBayan, harbour, longRead } from './support/articles.js';

/** The other articles in demo/articles/, each as the whole story it is. */
const meta = {
  title: 'Articles/Demo articles',
  tags: ['!autodocs'],
  render: renderArticle,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A feature: three authors, images, links, a quote with `cite`, info and warning callouts. */
export const HarbourGazette: Story = {
  name: 'Harbour Gazette (harbour-wind.json)',
  args: { article: harbour },
};

/** Arabic, right to left: the direction comes from `language: "ar"`. */
export const AlBayan: Story = { name: 'Al Bayan, Arabic (al-bayan-ar.json)', args: { article: alBayan } };

/** 125 body blocks, for layout, scrolling and rendering cost. */
export const LongRead: Story = { name: 'The Long Read (long-read.json)', args: { article: longRead } };
