/**
 * The code samples of introduction.mdx. They live here, not in the .mdx: MDX drops the
 * indentation of every line after the first inside a JSX expression, so a template literal
 * written there renders flush left.
 */

/** The smaller elements, as the page under the sample renders them live. */
export const SMALL_ELEMENTS_SNIPPET = `<news-quote speaker="Steve Witkoff" speaker-role="Special U.S. envoy" context="Witkoff describing progress after the summit">
  We covered almost all the other issues necessary for a peace deal.
</news-quote>

<news-callout tone="risk" heading="Geopolitical risk rises over security guarantees">
  The plan depends on detailed mechanisms that are still undefined.
</news-callout>

<share-prompt url="https://t4k3.news/world/story" targets="native copy x email"></share-prompt>`;

export const BRAND_CSS_SNIPPET = `/* A partner's brand: the "Partner: Nordic Daily" choice in the toolbar. */
:root {
  --news-color-accent: light-dark(#0b5394, #8cc4ff);
  --news-color-surface: light-dark(#f4f7f9, #0f1820);
  --news-font-heading: 'Avenir Next', 'Segoe UI', sans-serif;
  --news-radius: 2px;
}`;

export const PARTS_CSS_SNIPPET = `news-article::part(headline) {
  letter-spacing: -0.02em;
}
news-article::part(quote-speaker),
news-quote::part(speaker) {
  text-transform: uppercase;
}`;

export const EVENTS_SNIPPET = `document.addEventListener('news-share', (event) => {
  analytics.track('share', event.detail.target);
});

document.addEventListener('news-related-click', (event) => {
  event.preventDefault(); // a single-page app routes the reader itself
  router.navigate(event.detail.item.url);
});

document.addEventListener('news-error', (event) => {
  console.warn(event.detail.message, event.detail.issues);
});`;
