import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import '../src/all.js';
import '../src/locales/all.js';
import { directionOf } from '../src/i18n/index.js';
import { BRANDS, type BrandName } from '../stories/support/brands.js';
import { forStorybook } from './manifest.js';
import './preview.css';

setCustomElementsManifest(forStorybook(manifest));

/**
 * Puts every story on a "publisher page" that carries the toolbar's choices: the colour scheme
 * (which elements without a `theme` attribute follow), the brand's custom properties (which they
 * inherit), and a language. A language from the toolbar is also given to the story as its `lang`
 * arg, so that it reaches elements whose own data names a language (an article's `language`).
 */
const withPage: Decorator = (story, context) => {
  const { theme, locale, brand } = context.globals as { theme?: string; locale?: string; brand?: string };
  const properties = BRANDS[brand as BrandName]?.properties ?? {};
  const args = locale ? { ...context.args, lang: locale, dir: '' } : context.args;
  return html`<div
    class="news-sb-page"
    data-theme=${theme ?? 'light'}
    data-view-mode=${context.viewMode}
    lang=${ifDefined(locale || undefined)}
    dir=${ifDefined(locale ? directionOf(locale) : undefined)}
    style=${styleMap(properties)}
  >
    ${keyed(locale ?? '', story({ args }))}
  </div>`;
};

/**
 * Controls from the manifest's types: Storybook sees `string | undefined` as an object, and a union
 * of string literals gets radio buttons. Custom properties that hold a colour (`…-color…`,
 * `…-background…`) get a colour picker. Events and CSS parts are documentation only. A story's own
 * argTypes win.
 */
const manifestControls: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (argType.control !== undefined) return [name, argType];
      const category = argType.table?.category;
      const type = argType.table?.type?.summary ?? '';
      const literals = type.match(/'[^']*'/g);
      if (literals && !type.replace(/'[^']*'|undefined|\||\s/g, '')) {
        const options = literals.map((l) => l.slice(1, -1));
        return [name, { ...argType, control: { type: 'inline-radio' }, options }];
      }
      let control: false | 'color' | 'text' | 'number' | 'boolean' | undefined;
      if (category === 'events' || category === 'css shadow parts') control = false;
      else if (category === 'css custom properties')
        control = /color|background/.test(name) ? 'color' : 'text';
      else if (category === 'slots' || /^string( \| undefined)?$/.test(type)) control = 'text';
      else if (/^number( \| undefined)?$/.test(type)) control = 'number';
      else if (/^boolean( \| undefined)?$/.test(type)) control = 'boolean';
      if (control === undefined) return [name, argType];
      return [name, { ...argType, control: control && { type: control } }];
    }),
  );

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withPage],
  argTypesEnhancers: [manifestControls],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the page (elements without a theme attribute follow it)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (prefers-color-scheme)', icon: 'mirror' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language and direction of the page and the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: '', title: 'Language: as in the story' },
          { value: 'en', right: 'LTR', title: 'English (en)' },
          { value: 'de', right: 'LTR', title: 'Deutsch (de)' },
          { value: 'ar', right: 'RTL', title: 'العربية (ar)' },
        ],
        dynamicTitle: true,
      },
    },
    brand: {
      description: 'A brand: a set of --news-* custom properties on the page',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: Object.entries(BRANDS).map(([value, b]) => ({ value, title: b.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: '', brand: 'default' },
  parameters: {
    layout: 'fullscreen',
    options: { storySort: { order: ['Introduction', 'Elements', 'Articles'] } },
    // The theme toolbar paints the page; Storybook's own backgrounds would only fight it.
    backgrounds: { disable: true },
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    // The element's markup, without the page the decorator puts around it.
    docs: { codePanel: true, source: { excludeDecorators: true } },
  },
};

export default preview;
