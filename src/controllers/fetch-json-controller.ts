import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { NewsErrorDetail, NewsErrorKind } from '../events/news-error-event.js';
import { LIMITS } from '../model/limits.js';
import { resolveUrl } from '../model/url.js';

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; value: unknown }
  | { status: 'error'; error: NewsErrorDetail };

/** The loading attributes of the elements with `src`: the element itself is passed. */
export interface LoadOptions {
  /** Milliseconds before a try is given up. */
  timeout: number;
  /** `lazy` waits until the element nears the viewport. */
  loading: 'eager' | 'lazy';
  /** `include` sends cookies; anything else does not. */
  credentials: 'omit' | 'include';
}

class LoadError extends Error {
  constructor(
    readonly kind: NewsErrorKind,
    message: string,
    readonly status?: number,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Reads a body up to `limit` bytes, refusing more (a hostile feed must not exhaust memory). */
async function readText(response: Response, limit: number): Promise<string> {
  if (Number(response.headers.get('content-length')) > limit) {
    // Refused unread: the connection closes now, not when the response is collected.
    void response.body?.cancel();
    throw new LoadError('too-large', 'over 2 MB');
  }
  const reader = response.body?.getReader();
  if (!reader) {
    // A host's fetch polyfill (unfetch, whatwg-fetch) gives no stream: the whole text, then the limit.
    const text = await response.text();
    if (new Blob([text]).size > limit) throw new LoadError('too-large', 'over 2 MB');
    return text;
  }
  const chunks: BlobPart[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel();
      throw new LoadError('too-large', 'over 2 MB');
    }
    chunks.push(value);
  }
  return new Blob(chunks).text();
}

/**
 * Loads JSON for an element's `src`: CORS without credentials by default, a timeout per try, one
 * retry with backoff on network errors and 5xx, a 2 MB ceiling, lazy start near the viewport.
 * Changing `src` or removing the element aborts the request in flight, so a slow old response
 * never overwrites a newer one. Never throws: failures end in `state.status === 'error'`.
 */
export class FetchJsonController implements ReactiveController {
  state: LoadState = { status: 'idle' };
  private abort?: AbortController;
  private observer?: IntersectionObserver;
  /** Measures where the host is once a load ends (see `measure`). */
  private sizer?: IntersectionObserver;
  private src?: string;
  private options: LoadOptions = { timeout: 10000, loading: 'eager', credentials: 'omit' };
  /** Retry was pressed from the keyboard: focus goes on to what replaces the button. */
  private refocus = false;
  /** The current load is a Retry (the host may say so when it finds nothing to show). */
  retried = false;
  /**
   * The failure should keep the space the skeleton held: it is on screen or above it, where giving
   * the space back would move what the reader sees. Wholly below the screen, it shrinks unseen.
   */
  keep = true;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the document (moved, or re-attached): resume what removal stopped, a Retry still one.
    const { retried } = this;
    if (this.src && this.state.status === 'loading') this.load(this.src, this.options);
    this.retried = retried;
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts loading `src` (or, with `lazy`, once the element nears the viewport). */
  load(src: string, options: LoadOptions): void {
    this.stop();
    this.src = src;
    this.retried = false;
    // A copy, as the attributes are now. A missing, zero or non-numeric timeout would abort every
    // request at once; one past what a timer holds (Infinity, 1e20) would make every try fail.
    const { timeout, loading, credentials } = options;
    this.options = { timeout: timeout > 0 ? Math.min(timeout, 2 ** 31 - 1) : 10000, loading, credentials };
    this.set({ status: 'loading' });
    // Server rendering writes the loading state; the browser fetches once the element hydrates.
    // Not in the document (removed in the same task it was added, or src set after removal), it
    // fetches once it is back (`hostConnected`), if ever.
    if (isServer || !this.host.isConnected) return;
    if (loading === 'lazy' && typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            this.observer?.disconnect();
            void this.run(src);
          }
        },
        { rootMargin: '400px' },
      );
      this.observer.observe(this.host);
    } else {
      void this.run(src);
    }
  }

  /**
   * Tries the current `src` again, now. When the Retry button had focus, focus follows to the
   * skeleton while loading and then to the result (the content, or Retry again), instead of falling
   * back to the page.
   */
  retry(): void {
    this.refocus = !!this.host.shadowRoot?.activeElement?.closest('[part~="retry"]');
    if (!this.src) return;
    this.load(this.src, { ...this.options, loading: 'eager' });
    this.retried = true;
  }

  /** Forgets the current `src`. */
  clear(): void {
    this.stop();
    this.src = undefined;
    this.set({ status: 'idle' });
  }

  private stop() {
    this.observer?.disconnect();
    this.sizer?.disconnect();
    this.abort?.abort();
    this.abort = undefined;
  }

  private set(state: LoadState) {
    this.state = state;
    if (state.status === 'error') this.measure();
    this.host.requestUpdate();
    if (this.refocus) {
      // While loading, focus waits on the skeleton ("Loading…"), then moves to the result.
      this.refocus = state.status === 'loading';
      void this.host.updateComplete.then(() => this.restoreFocus());
    }
  }

  /**
   * Decides `keep` for a failure about to show: on an error, and by the host for loaded data that
   * fails validation. The space is kept until an IntersectionObserver finds the host wholly below
   * its own document's viewport (an iframe's, in an iframe): it reports where the host is without
   * forcing the page's layout, as reading it here would.
   */
  measure(): void {
    this.keep = true;
    this.sizer?.disconnect();
    if (typeof IntersectionObserver !== 'function') return;
    const sizer = (this.sizer = new IntersectionObserver(
      ([entry]) => {
        sizer.disconnect();
        const viewport = entry?.rootBounds;
        // A newer load measures for itself.
        if (sizer === this.sizer && viewport && entry.boundingClientRect.top >= viewport.bottom) {
          this.keep = false;
          this.host.requestUpdate();
        }
      },
      { root: this.host.ownerDocument },
    ));
    sizer.observe(this.host);
  }

  private restoreFocus() {
    const { host } = this;
    const active = host.ownerDocument.activeElement;
    // The reader moved on meanwhile: leave focus where they put it.
    if (active && active !== host && active !== host.ownerDocument.body) return;
    const root = host.shadowRoot;
    (
      root?.querySelector<HTMLElement>('[part~="retry"]') ??
      root?.querySelector<HTMLElement>('[part~="base"]')
    )?.focus();
  }

  private async run(src: string) {
    const controller = new AbortController();
    this.abort = controller;
    const { signal } = controller;
    if (!resolveUrl(src, globalThis.document?.baseURI)) {
      // Nothing to retry: the address itself is wrong.
      this.set({
        status: 'error',
        error: { kind: 'network', message: `${this.host.localName}: ${src}: not an http(s) URL` },
      });
      return;
    }
    for (let attempt = 0; ; attempt += 1) {
      try {
        const value = await this.fetchOnce(src, signal);
        if (!signal.aborted) this.set({ status: 'done', value });
        return;
      } catch (error) {
        if (signal.aborted) return;
        const e =
          error instanceof LoadError
            ? error
            : new LoadError('network', error instanceof Error ? error.message : 'failed');
        const transient = e.kind === 'network' || (e.kind === 'http' && (e.status ?? 0) >= 500);
        if (attempt === 0 && transient) {
          // Backoff with jitter; a server's Retry-After is honoured up to 5 s.
          await wait(
            e.retryAfter !== undefined ? Math.min(e.retryAfter * 1000, 5000) : 400 + Math.random() * 400,
            signal,
          );
          if (signal.aborted) return;
          continue;
        }
        this.set({
          status: 'error',
          error: {
            kind: e.kind,
            // Only an HTTP error has a status: `'status' in detail` tells them apart.
            ...(e.status === undefined ? {} : { status: e.status }),
            message: `${this.host.localName}: ${src}: ${e.message}`,
          },
        });
        return;
      }
    }
  }

  private async fetchOnce(src: string, outer: AbortSignal): Promise<unknown> {
    const timeout = AbortSignal.timeout(this.options.timeout);
    try {
      const response = await fetch(src, {
        mode: 'cors',
        credentials: this.options.credentials === 'include' ? 'include' : 'omit',
        headers: { accept: 'application/json' },
        signal: AbortSignal.any([outer, timeout]),
      });
      if (!response.ok) {
        const header = response.headers.get('retry-after');
        const retryAfter = header !== null && Number(header) >= 0 ? Number(header) : undefined;
        throw new LoadError('http', `HTTP ${response.status}`, response.status, retryAfter);
      }
      const text = await readText(response, LIMITS.documentBytes);
      const type = response.headers.get('content-type') ?? '';
      if (type && !/json|text\/plain/i.test(type)) throw new LoadError('parse', `expected JSON, got ${type}`);
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new LoadError('parse', error instanceof Error ? error.message : 'not JSON');
      }
    } catch (error) {
      if (timeout.aborted) throw new LoadError('timeout', `no answer in ${this.options.timeout} ms`);
      throw error;
    }
  }
}
