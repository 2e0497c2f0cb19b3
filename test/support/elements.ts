/**
 * Helpers for the element tests: what a host page can observe (rendered URLs, events, errors) and
 * stand-ins for browser APIs the headless browser lacks or must not really use (share, clipboard).
 */
import { expect, fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { NewsArticle } from '../../src/index.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Renders a wrapper (a `<div>` holding a `<style>`, buttons around the element...) and waits for
 * the element `selector` inside it. Not `fixture()`: for a plain wrapper it waits for an animation
 * frame, and the runner's second page is hidden, where no frame ever comes.
 */
export async function wrapped<T extends Updating>(template: TemplateResult, selector: string) {
  const wrapper = fixtureSync<HTMLElement>(template);
  const el = wrapper.querySelector<T>(selector);
  if (!el) throw new Error(`the fixture has no ${selector}`);
  await el.updateComplete;
  return { wrapper, el };
}

/** Every element under `root`, descending into open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Every rendered `href`, `src` and `cite` under `root` (shadow roots included) whose scheme is unsafe. */
export function unsafeUrls(root: ParentNode): string[] {
  const unsafe: string[] = [];
  for (const el of deepElements(root)) {
    for (const name of ['href', 'src', 'cite', 'action', 'formaction']) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      let protocol: string;
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        continue; // not a URL the browser would follow
      }
      if (!['http:', 'https:', 'mailto:'].includes(protocol))
        unsafe.push(`${el.localName}[${name}]=${value}`);
    }
  }
  return unsafe;
}

/** Records uncaught errors and unhandled rejections in the page until `stop()`. */
export function watchErrors() {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    /** Stops watching, a task from now: a promise rejected unhandled is reported a task late. */
    async stop() {
      await new Promise((resolve) => setTimeout(resolve));
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Records what the kit writes with `console.warn` (each call's arguments) until `stop()`. */
export function watchWarnings() {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  return {
    warnings,
    stop: () => (console.warn = original),
  };
}

/**
 * Keeps link activation from leaving the test page, and records for each click whether the page
 * had already cancelled it (the element's own handlers run before this window listener).
 */
export function guardNavigation() {
  const clicks: { href: string; defaultPrevented: boolean }[] = [];
  const onClick = (event: MouseEvent) => {
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!link) return;
    clicks.push({ href: link.href, defaultPrevented: event.defaultPrevented });
    event.preventDefault();
  };
  window.addEventListener('click', onClick);
  return {
    clicks,
    stop: () => window.removeEventListener('click', onClick),
  };
}

/** A recording stand-in function. */
export function fake<A extends unknown[], R>(impl: (...args: A) => R) {
  const calls: A[] = [];
  const fn = (...args: A) => {
    calls.push(args);
    return impl(...args);
  };
  return Object.assign(fn, { calls });
}

/** Replaces `navigator[name]` with an own property until the returned function is called. */
export function stubNavigator(name: string, value: unknown): () => void {
  Object.defineProperty(navigator, name, { configurable: true, writable: true, value });
  return () => {
    delete (navigator as unknown as Record<string, unknown>)[name];
  };
}

/** The element `selector` rendered inside a `<news-article>`, once it has rendered. */
export async function nested<T extends Updating>(article: NewsArticle, selector: string): Promise<T> {
  await article.updateComplete;
  const el = article.shadowRoot!.querySelector<T>(selector);
  if (!el) throw new Error(`<news-article> rendered no ${selector}`);
  await el.updateComplete;
  return el;
}

/** Every `type` event fired at or bubbling through `target` from now on. */
export function collect<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K) {
  const events: GlobalEventHandlersEventMap[K][] = [];
  target.addEventListener(type, (event) => events.push(event as GlobalEventHandlersEventMap[K]));
  return events;
}

/**
 * A page's `::part(styled)` rule reaches that part of `el` and no other (`other` keeps its colour).
 */
export function expectStyleablePart(el: HTMLElement, styled: string, other: string): void {
  const style = document.createElement('style');
  style.textContent = `${el.localName}::part(${styled}) { color: rgb(0, 128, 0); }`;
  document.head.append(style);
  try {
    const color = (name: string) =>
      getComputedStyle(el.shadowRoot!.querySelector(`[part~="${name}"]`)!).color;
    expect(color(styled)).to.equal('rgb(0, 128, 0)');
    expect(color(other)).to.not.equal('rgb(0, 128, 0)');
  } finally {
    style.remove();
  }
}

/**
 * A reader tabs from a button before `content` into the element `selector`, then presses Enter:
 * returns what had focus inside the element and the links that were followed (kept on the page).
 */
export async function tabThenEnter<T extends Updating>(content: TemplateResult, selector: string) {
  const guard = guardNavigation();
  try {
    const { wrapper, el } = await wrapped<T>(
      html`<div><button id="before">before</button>${content}</div>`,
      selector,
    );
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement;
    await sendKeys({ press: 'Enter' });
    return { el, focused, followed: guard.clicks.map((c) => c.href) };
  } finally {
    guard.stop();
  }
}

/**
 * The heading attribute (`heading`, or share-prompt's `headline`) is what `shown` reads back, and
 * wins over the deprecated `title` (still honoured, though the browser shows it as a tooltip).
 */
export async function expectHeadingAttribute(
  tag: string,
  name: 'heading' | 'headline',
  shown: (el: HTMLElement) => string | null | undefined,
  properties: Record<string, unknown> = {},
): Promise<void> {
  const render = async (attributes: Record<string, string>) => {
    const el = Object.assign(document.createElement(tag) as Updating, properties);
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
    fixtureSync<HTMLElement>(html`<div></div>`).append(el);
    await el.updateComplete;
    return shown(el);
  };
  expect(await render({ [name]: 'Current heading' })).to.equal('Current heading');
  expect(await render({ title: 'Old heading' })).to.equal('Old heading');
  expect(await render({ title: 'Old heading', [name]: 'Current heading' })).to.equal('Current heading');
}
