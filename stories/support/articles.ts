/**
 * The demo articles, as the stories use them. demo/articles/ is the one source of the JSON.
 *
 * Their image URLs are on .example domains, which never resolve (see demo/README.md). So that
 * designers see the layout rather than broken images, and the story check sees no failed request,
 * the stories swap them for a local placeholder; alt text, captions and sizes stay as written.
 */
import alBayanJson from '../../demo/articles/al-bayan-ar.json';
import harbourJson from '../../demo/articles/harbour-wind.json';
import longReadJson from '../../demo/articles/long-read.json';
import seedJson from '../../demo/articles/seed.json';

// Served by Storybook from stories/assets/ (staticDirs in .storybook/main.ts). An absolute URL,
// since relative ones resolve against the article's URL; and not an imported asset, which Vite
// could inline as a data: URL, a scheme the validator rightly refuses.
const PLACEHOLDER = new URL('story-assets/placeholder.svg', document.baseURI).href;
const UNRESOLVABLE = /^https?:\/\/[^/]+\.example\//;

/** A deep copy with every unresolvable image `src` pointing at the placeholder. */
export function withPlaceholderImages<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) =>
    key === 'src' && typeof v === 'string' && UNRESOLVABLE.test(v) ? PLACEHOLDER : v,
  ) as T;
}

export const seed = withPlaceholderImages(seedJson);
export const harbour = withPlaceholderImages(harbourJson);
export const alBayan = withPlaceholderImages(alBayanJson);
export const longRead = withPlaceholderImages(longReadJson);

/**
 * The blocks of one type in an article, in order. (JSON imports type `type` as a plain string,
 * so the caller names the block type it expects.)
 */
export function blocksOf<T>(
  article: { body: readonly { type: string }[] },
  type: T extends { type: infer K } ? K : never,
): T[] {
  return article.body.filter((b) => b.type === type) as T[];
}

/** The smallest valid article: only the required fields. */
export const minimalArticle = {
  version: 1,
  id: 'minimal-1',
  url: 'https://t4k3.news/world/minimal',
  publisher: { name: 'T4K3.news' },
  headline: 'Talks resume after a week of silence',
  body: [{ type: 'paragraph', text: 'Negotiators met again on Monday. No statement was issued.' }],
};
