/**
 * The entry of the hydrating bundles (`news-widgets.hydrate.js`, `.hydrate.iife.js`): for pages
 * whose articles were rendered on the server. Lit's hydration support must load before Lit itself,
 * so it comes first; then every element registers, and each server-rendered one takes over its
 * declarative shadow DOM instead of rendering it again. Pages without server rendering use the
 * smaller `news-widgets.js`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './ssr/hydrate-styles.js';
export * from './all.js';
