/**
 * news-widgets: side-effect-free exports. Importing this module defines no element; import
 * `news-widgets/all.js` (or one element's module) to register the tags.
 */
export { parseArticle, parsePart } from './model/parse.js';
export { LIMITS } from './model/limits.js';
export { MARKS, TONES, TARGETS } from './model/values.js';
export type { PartName } from './model/parse.js';
export type * from './model/types.js';
export { NewsArticle } from './elements/news-article/news-article.js';
export { NewsQuote } from './elements/news-quote/news-quote.js';
export { NewsHighlights } from './elements/news-highlights/news-highlights.js';
export { NewsCallout } from './elements/news-callout/news-callout.js';
export { SharePrompt } from './elements/share-prompt/share-prompt.js';
export { RelatedNews } from './elements/related-news/related-news.js';
export { NewsElement, type Theme } from './internal/news-element.js';
export { define, VERSION } from './internal/define.js';
export { NewsShareEvent, type NewsShareDetail } from './events/news-share-event.js';
export { NewsRelatedClickEvent, type NewsRelatedClickDetail } from './events/news-related-click-event.js';
export { NewsLoadEvent, type NewsLoadDetail } from './events/news-load-event.js';
export { NewsRelatedLoadEvent, type NewsRelatedLoadDetail } from './events/news-related-load-event.js';
export { NewsErrorEvent, type NewsErrorDetail, type NewsErrorKind } from './events/news-error-event.js';
export { articleContext } from './context/article-context.js';
export { localeContext, type LocaleContextValue } from './context/locale-context.js';
export { registerStrings, type Strings } from './i18n/index.js';
