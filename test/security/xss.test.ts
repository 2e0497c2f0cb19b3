import { expect, waitUntil } from '@open-wc/testing';
import { deepElements } from '../support/elements.js';
import { fullArticle, withValues, FIELDS, type Field, type FieldKind } from './fields.js';
import { PAYLOADS, type Payload } from './payloads.js';

type XssWindow = Window &
  typeof globalThis & { xssRuns: string[]; cspViolations: string[]; pageErrors: string[] };
type Updating = Element & { updateComplete?: Promise<unknown> };
interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[]; slots?: unknown[] }[] }[];
}

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];
const URL_ATTRIBUTES = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'cite',
  'poster',
  'data',
  'srcset',
];
/** Every tag the kit renders. Anything else in a shadow root came from the data. */
const KIT_TAGS = new Set(
  [
    'article header footer nav section aside div p span bdi a img figure figcaption time ul li blockquote',
    'h1 h2 h3 h4 h5 h6 strong em button details summary slot svg path',
    'news-article news-quote news-highlights news-callout share-prompt related-news',
  ]
    .join(' ')
    .split(' '),
);

/** Opens the XSS host page (Trusted Types enforced unless `csp` is false) in an iframe. */
async function openPage(csp: boolean): Promise<XssWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 600px';
  frame.src = `/test-api/xss-page?csp=${csp ? 'on' : 'off'}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as XssWindow;
  await waitUntil(() => win.customElements.get('related-news'), 'the kit did not load', { timeout: 8000 });
  return win;
}

/** Waits until the elements under `root`, nested ones included, have rendered. */
async function settle(root: Element) {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all([root, ...deepElements(root)].flatMap((el) => (el as Updating).updateComplete ?? []));
  }
}

/**
 * The `seo` JSON-LD block: a data script (never run) of `<news-article>`, holding JSON that parses
 * (so no payload broke out of it) and with nothing but `type` on it.
 */
function isJsonLd(el: Element): boolean {
  if (el.localName !== 'script' || el.parentElement?.localName !== 'news-article') return false;
  const script = el as HTMLScriptElement;
  if (script.type !== 'application/ld+json' || script.attributes.length !== 1) return false;
  try {
    return (JSON.parse(script.text) as { '@type'?: string })['@type'] === 'NewsArticle';
  } catch {
    return false;
  }
}

/** What a payload could have done in the rendered tree: markup, handlers, unsafe URLs. */
function findings(root: Element, own: Set<Element>): string[] {
  const out: string[] = [];
  for (const el of deepElements(root)) {
    if (own.has(el)) continue;
    if (isJsonLd(el)) continue;
    if (!KIT_TAGS.has(el.localName)) out.push(`<${el.localName}> rendered`);
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on')) out.push(`${el.localName}[${name}]`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      let scheme = '';
      try {
        scheme = new URL(value, el.ownerDocument.baseURI).protocol;
      } catch {
        continue; // not a URL: the browser follows nothing
      }
      if (!SAFE_SCHEMES.includes(scheme)) out.push(`${el.localName}[${name}]=${value.slice(0, 80)}`);
    }
  }
  return out;
}

const fieldsOf = (fields: Field[], ...kinds: FieldKind[]) => fields.filter((f) => kinds.includes(f.kind));
const shadowText = (el: Element | null | undefined, selector: string) =>
  el?.shadowRoot?.querySelector(selector)?.textContent ?? null;
/** What the validator keeps of a string: lone surrogates become U+FFFD, and the limit applies. */
const kept = (value: string) => {
  const text = value.replace(/\p{Cs}/gu, '\ufffd');
  return text.length > 20000 ? text.slice(0, 20000) : text;
};

describe('XSS: no input runs script (Trusted Types enforced)', function () {
  this.timeout(120000);
  let win: XssWindow;
  let manifest: Manifest;
  let hostPolicy: { createScript(text: string): unknown };
  const variants = [fullArticle(0), fullArticle(1)];
  const tried = { fields: 0, attributes: 0, slots: 0 };

  before(async () => {
    win = await openPage(true);
    hostPolicy = win.trustedTypes!.createPolicy('xss-host', { createScript: (text: string) => text });
    manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  });

  after(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('has a corpus of at least 150 payloads, and reads the fields from the schema', () => {
    expect(PAYLOADS.length).to.be.greaterThanOrEqual(150);
    expect(new Set(PAYLOADS.map((p) => p.value)).size).to.equal(PAYLOADS.length);
    const paths = FIELDS.map((f) => f.path);
    expect(paths).to.include.members([
      'headline',
      'url',
      'body[0].text',
      'body[0].text[0].href',
      'related.items[0].image.src',
    ]);
    expect(fieldsOf(FIELDS, 'url').length).to.be.greaterThan(8);
  });

  it('enforces Trusted Types: a string into innerHTML throws and is reported (control)', async () => {
    const div = win.document.createElement('div');
    win.document.body.append(div);
    expect(() => (div.innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
    // The violation event is queued as a task.
    await waitUntil(() => win.cspViolations.length, 'no securitypolicyviolation event');
    expect(win.cspViolations.join()).to.include('require-trusted-types-for');
    div.remove();
    win.cspViolations.length = 0;
  });

  it('uses live payloads: on a page that used innerHTML, many would run (control)', async () => {
    const control = await openPage(false);
    const host = control.document.createElement('div');
    control.document.body.append(host);
    for (const { value } of PAYLOADS) {
      const div = control.document.createElement('div');
      div.innerHTML = value;
      host.append(div);
      const link = control.document.createElement('a');
      link.href = value;
      if (link.protocol === 'javascript:') {
        host.append(link);
        link.click();
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const ran = new Set(control.xssRuns);
    console.log(
      `XSS control: ${ran.size} of ${PAYLOADS.length} payloads run when injected as HTML or followed as links`,
    );
    expect(ran.size).to.be.greaterThanOrEqual(40);
    control.frameElement!.remove();
  });

  const render = (p: Payload) => {
    const doc = win.document;
    const container = doc.createElement('div');
    const own = new Set<Element>([container]);
    const add = <T extends Element>(tag: string, setup: (el: T & Record<string, unknown>) => void) => {
      const el = doc.createElement(tag) as unknown as T & Record<string, unknown>;
      setup(el);
      container.append(el);
      own.add(el);
      return el;
    };
    const clone = <T>(value: T): T => win.JSON.parse(JSON.stringify(value)) as T;
    // The fields that really hold the payload in an article handed to an element, counted.
    const written = new Set<string>();
    const place = <T>(article: T, fields: Field[]): T => {
      const copy = clone(withValues(article, fields, p.value));
      for (const { path, keys } of fields) {
        const value = keys.reduce<unknown>(
          (node, k) => (node as Record<string | number, unknown>)?.[k],
          copy,
        );
        if (value === p.value) written.add(path);
      }
      return copy;
    };
    // Every string field of the article at once (URLs stay valid so every part renders)...
    const texts = variants.map(({ article, fields }) =>
      add('news-article', (el) => {
        el.article = place(article, fieldsOf(fields, 'text', 'enum', 'date', 'language'));
      }),
    );
    // ...every URL field, the canonical URL, and the block types (which make the article an error).
    for (const kinds of [['url'], ['canonical'], ['const']] as FieldKind[][]) {
      add('news-article', (el) => {
        el.article = place(variants[1].article, fieldsOf(variants[1].fields, ...kinds));
      });
    }
    tried.fields += written.size;
    // The slot of <news-article>: the article as JSON, and the payload as the script's text.
    for (const text of [
      JSON.stringify(withValues(variants[0].article, fieldsOf(variants[0].fields, 'text'), p.value)),
      p.value,
    ]) {
      add('news-article', (el) => {
        const script = doc.createElement('script');
        script.type = 'application/json';
        // Script text is a Trusted Types sink, whatever the type: the host page vouches for it.
        script.text = hostPolicy.createScript(text) as string;
        own.add(script);
        el.append(script);
      });
    }
    // Every attribute of every element (src on its own: it starts a fetch instead of rendering data).
    let quote: Element | undefined;
    for (const module of manifest.modules) {
      for (const { tagName, attributes = [], slots = [] } of module.declarations ?? []) {
        if (!tagName) continue;
        const names = attributes.map((a) => a.name);
        const el = add(tagName, (e) => {
          for (const name of names.filter((n) => n !== 'src')) e.setAttribute(name, p.value);
          if (tagName === 'news-article') e.article = clone(variants[0].article);
          if (tagName === 'related-news')
            e.items = clone(variants[0].article.related as { items: unknown }).items;
        });
        if (tagName === 'news-quote') quote = el;
        if (names.includes('src')) add(tagName, (e) => e.setAttribute('src', p.value));
        tried.attributes += names.length;
        // The default slot, with the payload as the host's text.
        if (slots.length && tagName !== 'news-article') {
          add(tagName, (e) => {
            const child = tagName === 'news-highlights' ? doc.createElement('li') : e;
            child.append(doc.createTextNode(p.value));
            if (child !== e) e.append(child);
            own.add(child);
          });
          tried.slots += 1;
        }
      }
    }
    tried.slots += 1; // <news-article>'s script
    doc.body.append(container);
    return { container, own, texts, quote: quote! };
  };

  for (const payload of PAYLOADS) {
    const label = JSON.stringify(payload.value.slice(0, 50));
    it(`#${payload.id} ${payload.category}: ${label} stays text`, async () => {
      const { container, own, texts, quote } = render(payload);
      await settle(container);
      expect(findings(container, own)).to.deep.equal([]);
      // The payload reached the page, as text: in the headline, and as the quote's speaker. A blank
      // headline is not one: that article shows its error instead.
      if (/\S/.test(payload.value)) {
        expect(shadowText(texts[0], '[part~="headline"]')).to.equal(kept(payload.value));
      } else {
        expect(texts[0].shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
      }
      expect(shadowText(quote, '[part~="speaker"]')).to.equal(payload.value);
      expect(win.xssRuns, 'ran').to.deep.equal([]);
      expect(win.cspViolations, 'CSP violations').to.deep.equal([]);
      expect(win.pageErrors, 'errors').to.deep.equal([]);
      container.remove();
    });
  }

  it('ran nothing, violated nothing and threw nothing, even later (handlers, image errors)', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    console.log(
      `XSS: ${PAYLOADS.length} payloads × ${FIELDS.length} article fields = ${PAYLOADS.length * FIELDS.length}; ` +
        `attributes tried ${tried.attributes}, slots tried ${tried.slots}`,
    );
    expect(tried.fields).to.equal(PAYLOADS.length * FIELDS.length);
    expect(win.xssRuns).to.deep.equal([]);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });
});
