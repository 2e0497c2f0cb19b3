import { createContext } from '@lit/context';
import type { Strings } from '../i18n/index.js';

/**
 * Language, direction and UI-string overrides, provided by `<news-article>`. `lang` and `dir` are
 * the UI's (the host's `lang` if set, else the article's); `text` and `textDir` the article's.
 */
export interface LocaleContextValue {
  lang: string;
  dir: 'ltr' | 'rtl';
  text?: string;
  textDir?: 'ltr' | 'rtl';
  strings?: Partial<Strings>;
}

export const localeContext = createContext<LocaleContextValue | undefined>('news-widgets/locale');
