import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { FetchJsonController, type LoadOptions } from './fetch-json-controller.js';
import { NewsErrorEvent, type NewsErrorDetail } from '../events/news-error-event.js';
import { NewsLoadEvent } from '../events/news-load-event.js';
import { readArticle } from '../model/parse.js';
import type { Article, ArticleIssue } from '../model/types.js';

/** `article` has no prototypes (what the templates read); `plain` is the same, for the page. */
export type Outcome =
  { article: Article; plain: Article; warnings: ArticleIssue[] } | { error: NewsErrorDetail };

/** The `<news-article>` members the source reads. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement, LoadOptions {
  article?: unknown;
  src?: string;
}

/**
 * Where `<news-article>`'s article comes from, in order: the `article` property, `src`, or a child
 * `<script type="application/json">`. Validates what it finds and hands the element the outcome
 * with the event that announces it (`news-load` or `news-error`).
 */
export class ArticleSourceController implements ReactiveController {
  /** The result of the last validation; undefined while loading or with nothing to show. */
  outcome?: Outcome;

  /** The JSON of the child script, as last read. */
  private scriptText?: string;

  /** Broken JSON arrived while the page was loading: it is read again once the page is parsed. */
  private waiting = false;

  /** Created on connection: a server renderer has no MutationObserver. */
  private observer?: MutationObserver;

  /** Loads `src`. */
  private readonly loader: FetchJsonController;

  /** The loader state last turned into an outcome. */
  private seenLoad?: unknown;

  constructor(
    private readonly host: SourceHost,
    /** Called with the event to fire once the outcome has rendered. */
    private readonly announce: (event: Event) => void,
  ) {
    this.loader = new FetchJsonController(host);
    host.addController(this);
  }

  /** A failure to load `src` keeps the space its skeleton held (see FetchJsonController). */
  get keepSpace(): boolean {
    return !!this.host.src && this.host.article === undefined && this.loader.keep;
  }

  /** True while `src` is being fetched (the skeleton shows). */
  get fetching(): boolean {
    return !!this.host.src && this.loader.state.status === 'loading';
  }

  hostConnected(): void {
    // The parser may not have added the children yet when the element upgrades: watch for them.
    this.observer ??= new MutationObserver(() => this.readScript());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.readScript();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Fetches `src` again. */
  retry(): void {
    this.loader.retry();
  }

  /** Follows the host's changed properties; call it from `willUpdate`. */
  update(changed: PropertyValues): void {
    const host = this.host;
    if (changed.has('article') && host.article !== undefined) this.settle(this.validate(host.article));
    // Taking the article away falls back to `src`, else to the child script.
    const removed =
      changed.has('article') && host.article === undefined && changed.get('article') !== undefined;
    // A changed `loading` matters only before the fetch: after it, it would fetch again.
    const pending = changed.has('loading') && this.loader.state.status === 'loading';
    if (host.article === undefined && (removed || pending || changed.has('src'))) {
      if (host.src) {
        this.outcome = undefined;
        this.loader.load(host.src, host);
      } else if (removed || changed.get('src')) {
        this.loader.clear();
        this.outcome = undefined;
        this.scriptText = undefined;
        this.readScript();
      }
    }
    const load = this.loader.state;
    if (host.src && host.article === undefined && load !== this.seenLoad) {
      this.seenLoad = load;
      if (load.status === 'done') {
        const outcome = this.validate(load.value, `${host.src}: `);
        // Invalid data shows as a failure: it keeps the skeleton's space as a load error does.
        if ('error' in outcome) this.loader.measure();
        this.settle(outcome);
      } else if (load.status === 'error') this.settle({ error: load.error });
      else this.outcome = undefined;
    }
  }

  /** Reads the article from a child `<script type="application/json">`. */
  private readScript() {
    const host = this.host;
    if (host.article !== undefined || host.src) return;
    const script = host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text === undefined || text === this.scriptText) return;
    this.scriptText = text;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      const doc = host.ownerDocument;
      if (doc.readyState === 'loading' && !script!.nextSibling) {
        // The parser may still be adding the JSON (a slow or streamed page): judge it once the
        // parser has passed </script> (a sibling follows) or the document is parsed, unless more
        // text arrives and parses first. (A document.open() never closed is never judged.)
        this.scriptText = undefined;
        if (!this.waiting) {
          this.waiting = true;
          doc.addEventListener(
            'DOMContentLoaded',
            () => {
              this.waiting = false;
              if (host.isConnected) this.readScript();
            },
            { once: true },
          );
        }
        return;
      }
      this.settle({
        error: { kind: 'parse', message: `news-article: the JSON could not be parsed (${String(error)})` },
      });
      return;
    }
    this.settle(this.validate(data));
  }

  /** `from` names the URL the data came from, so a page loading several can tell which was bad. */
  private validate(data: unknown, from = ''): Outcome {
    const { article, issues } = readArticle(data);
    if (!article) {
      const message = `news-article: ${from}the article is not valid: ${issues.map((i) => i.message).join('; ')}`;
      return { error: { kind: 'validation', issues, message } };
    }
    return { article, plain: structuredClone(article), warnings: issues };
  }

  /** Keeps an outcome, queues its event and asks the host to render it. */
  private settle(given: Outcome) {
    // Without a prototype, `'error' in outcome` cannot be answered by a polluted Object.prototype.
    const outcome = (this.outcome = Object.assign(Object.create(null) as Outcome, given));
    this.announce(
      'error' in outcome
        ? new NewsErrorEvent(outcome.error)
        : new NewsLoadEvent({ article: outcome.plain, warnings: outcome.warnings }),
    );
    // Within an update (from `willUpdate`) this queues nothing more: the coming render shows it.
    this.host.requestUpdate();
  }
}
