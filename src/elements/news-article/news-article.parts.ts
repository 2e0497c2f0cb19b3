/**
 * The parts of the nested elements, forwarded through `<news-article>` with `exportparts`
 * under a prefix, e.g. `news-article::part(quote-speaker)`. Links in text are also forwarded as
 * plain `link`, so `news-article::part(link)` styles every text link of the article.
 */
const forward = (prefix: string, parts: string[], textLinks = false) =>
  parts
    .map((p) => `${p}:${p === 'base' ? prefix : `${prefix}-${p}`}`)
    .concat(textLinks ? ['link'] : [])
    .join(', ');

export const QUOTE_PARTS = forward('quote', ['base', 'text', 'caption', 'speaker', 'role', 'context']);
export const HIGHLIGHTS_PARTS = forward('highlights', ['base', 'title', 'list', 'item', 'link'], true);
export const CALLOUT_PARTS = forward('callout', ['base', 'tone', 'icon', 'title', 'text', 'link'], true);
export const SHARE_PARTS = forward('share', ['base', 'prompt', 'actions', 'action', 'icon', 'status']);
export const RELATED_PARTS = forward('related', [
  'base',
  'title',
  'list',
  'item',
  'link',
  'image',
  'section',
  'date',
  'headline',
  'summary',
]);
