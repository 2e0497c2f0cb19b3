/**
 * A publisher's server, played in the browser for the loading stories: Storybook serves static
 * files only, and a real failing URL would log a network error. Only `/story-api/` URLs are
 * answered here; everything else goes to the real `fetch`. Like a real server, it stops answering
 * a request the element aborts (a timeout, a new `src`).
 */
import { seed } from './articles.js';

const realFetch = window.fetch.bind(window);

/** Requests per path since its story was shown: the failing stories fail the first ones only. */
const requests = new Map<string, number>();

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const notYet = () => new Response('not yet', { status: 404 });

/** The answer to the `count`th request for `path`: a response, a network failure, or none yet. */
function answer(path: string, count: number): Response | TypeError | undefined {
  switch (path) {
    case '/story-api/pending.json':
      // Never answers: the element stays in its loading state (until its `timeout`).
      return undefined;
    case '/story-api/flaky.json':
      // Not published yet at the first request (a 404 is not retried by itself): Retry finds it.
      return count > 1 ? json(seed) : notYet();
    case '/story-api/related-flaky.json':
      return count > 1 ? json((seed as { related: unknown }).related) : notYet();
    case '/story-api/related-flaky-empty.json':
      // Not there at first; then a list with no stories.
      return count > 1 ? json([]) : notYet();
    case '/story-api/unreachable.json':
      // The network fails twice (the first try and the element's own retry); Retry gets through.
      return count <= 2 ? new TypeError('Failed to fetch') : json(seed);
    default:
      return json(seed);
  }
}

function respond(path: string, signal?: AbortSignal | null): Promise<Response> {
  const count = (requests.get(path) ?? 0) + 1;
  requests.set(path, count);
  return new Promise((resolve, reject) => {
    const abort = () =>
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    const response = answer(path, count);
    if (response instanceof Error) reject(response);
    else if (response) resolve(response);
  });
}

let installed = false;

/**
 * Routes `/story-api/` requests to the stand-in server, and starts the count of the story's own
 * `src` again: use it as a story file's `beforeEach`, so every story (and every return to it)
 * starts with the failure. Only that path: a docs page renders every story of a file, and one
 * story's start must not undo another's first request (its Retry would fail again).
 */
export function installFetchStub({ args }: { args: { src?: string } }): void {
  if (args.src) requests.delete(new URL(args.src, location.href).pathname);
  if (installed) return;
  installed = true;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    return url.pathname.startsWith('/story-api/')
      ? respond(url.pathname, init?.signal ?? (input instanceof Request ? input.signal : undefined))
      : realFetch(input, init);
  };
}
