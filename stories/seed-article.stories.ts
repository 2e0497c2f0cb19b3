import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { EMBED_SNIPPET, embedded, pageAttributes, type ArticleArgs } from './support/article-helpers.js';
import { seed } from './support/articles.js';

/**
 * The seed article on a page like the demo's (demo/index.html): the publisher's header and
 * navigation, a `<main>` that owns the page's `h1`, and the article embedded by script tag.
 */
const meta = {
  title: 'Articles/Seed article',
  tags: ['!autodocs'],
  render: (args) =>
    html`<div class="news-sb-host">
      <header class="news-sb-host-bar">
        <a class="news-sb-host-logo" href="#top">T4K3.news</a>
        <nav aria-label="Sections">
          <a href="#top">World</a>
          <a href="#top">Politics</a>
          <a href="#top">Business</a>
        </nav>
      </header>
      <main>
        <h1 class="news-sb-visually-hidden">T4K3.news: World</h1>
        ${embedded(seed, { 'heading-level': 2, ...pageAttributes(args) })}
      </main>
    </div>`,
  parameters: { docs: { source: { code: EMBED_SNIPPET, language: 'html' } } },
} satisfies Meta<ArticleArgs>;

export default meta;
type Story = StoryObj<ArticleArgs>;

export const FullPage: Story = { name: 'Full page' };

export const FullPageDark: Story = { name: 'Full page, dark', globals: { theme: 'dark' } };
