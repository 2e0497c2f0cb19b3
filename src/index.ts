/**
 * news-widgets: side-effect-free exports. Importing this module defines no element; import
 * `news-widgets/all.js` (or one element's module) to register the tags.
 */
export { parseArticle } from './model/parse.js';
export { LIMITS } from './model/limits.js';
export { MARKS, TONES, TARGETS } from './model/schema.js';
export type * from './model/types.js';
