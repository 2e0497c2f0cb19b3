import { createContext } from '@lit/context';
import type { Strings } from '../i18n/index.js';

/** Language, direction and UI-string overrides, provided by `<news-article>` from the article. */
export interface LocaleContextValue {
  lang: string;
  dir: 'ltr' | 'rtl';
  strings?: Partial<Strings>;
}

export const localeContext = createContext<LocaleContextValue | undefined>('news-widgets/locale');
