/**
 * A publisher's server, played in the browser for the loading stories: Storybook serves static
 * files only, and a real failing URL would log a network error. Only `/story-api/` URLs are
 * answered here; everything else goes to the real `fetch`.
 */
import { seed } from './articles.js';

const realFetch = window.fetch.bind(window);
const started = performance.now();
const published = () => performance.now() - started > 3000;

function answer(path: string): Promise<Response> {
  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  switch (path) {
    case '/story-api/pending.json':
      // Never answers: the element stays in its loading state.
      return new Promise(() => {});
    case '/story-api/flaky.json':
      // Not published for the first seconds after the page loads (a 404 is not retried by itself);
      // press Retry after that and the story is there.
      return Promise.resolve(published() ? json(seed) : new Response('not yet', { status: 404 }));
    case '/story-api/related-flaky.json':
      return Promise.resolve(
        published() ? json((seed as { related: unknown }).related) : new Response('not yet', { status: 404 }),
      );
    case '/story-api/related-flaky-empty.json':
      // Not there at first; after that, a list with no stories.
      return Promise.resolve(published() ? json([]) : new Response('not yet', { status: 404 }));
    default:
      return Promise.resolve(json(seed));
  }
}

let installed = false;

/** Routes `/story-api/` requests to {@link answer}; called by the stories that load from a URL. */
export function installFetchStub(): void {
  if (installed) return;
  installed = true;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    return url.pathname.startsWith('/story-api/') ? answer(url.pathname) : realFetch(input, init);
  };
}
