/**
 * Registers every element: the entry of the script-tag bundles. Tags already defined (the kit
 * loaded twice, or another version first) are skipped without an error.
 */
import './register/news-article.js';
export * from './index.js';
