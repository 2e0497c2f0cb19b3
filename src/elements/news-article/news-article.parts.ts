/**
 * The parts of the nested elements, forwarded through `<news-article>` with `exportparts`
 * under a prefix, e.g. `news-article::part(quote-speaker)`.
 */
const forward = (prefix: string, parts: string[]) =>
  parts.map((p) => `${p}:${p === 'base' ? prefix : `${prefix}-${p}`}`).join(', ');

export const QUOTE_PARTS = forward('quote', ['base', 'text', 'caption', 'speaker', 'role', 'context']);
export const HIGHLIGHTS_PARTS = forward('highlights', ['base', 'title', 'list', 'item']);
export const CALLOUT_PARTS = forward('callout', ['base', 'tone', 'icon', 'title', 'text']);
export const SHARE_PARTS = forward('share', ['base', 'prompt', 'actions', 'action', 'status']);
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
