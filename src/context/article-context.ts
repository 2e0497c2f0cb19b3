import { createContext } from '@lit/context';
import type { Article } from '../model/types.js';

/** The validated article, provided by `<news-article>` to the elements inside it. */
export type ArticleContextValue = Article | undefined;

// A string key, so two copies of the kit on one page still find each other.
export const articleContext = createContext<ArticleContextValue>('news-widgets/article');
