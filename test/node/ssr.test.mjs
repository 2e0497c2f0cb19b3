// Node-side tests of the server renderer, run against the built package (`npm run build` first),
// as a user's server would import it: `news-widgets/ssr`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { jsonLd, renderArticle, renderArticlePage, renderArticleToString } from 'news-widgets/ssr';

const seed = () =>
  JSON.parse(readFileSync(new URL('../../demo/articles/seed.json', import.meta.url), 'utf8'));
const arabic = () =>
  JSON.parse(readFileSync(new URL('../../demo/articles/al-bayan-ar.json', import.meta.url), 'utf8'));

/** The text of every `<script type="application/ld+json">` in `html`. */
const ldScripts = (html) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);

/** The HTML inside the first declarative shadow root of `tag`. */
function shadowOf(html, tag) {
  const start = html.indexOf(`<${tag}`);
  assert.ok(start >= 0, `no <${tag}>`);
  const open = html.indexOf('shadowrootmode="open">', start);
  assert.ok(open > start, `<${tag}> has no declarative shadow root`);
  return html.slice(open);
}

describe('renderArticleToString', () => {
  it('puts the headline and body inside <template shadowrootmode="open">', () => {
    const html = renderArticleToString(seed());
    assert.match(
      html,
      /^(<!--[^>]*-->)*<news-article[^>]*><template shadowroot="open" shadowrootmode="open">/,
    );
    const shadow = shadowOf(html, 'news-article');
    assert.match(
      shadow,
      /<h2 part="headline"[^>]*>(<!--[^>]*-->)*Putin agrees to NATO style security guarantees for Ukraine/,
    );
    assert.ok(
      shadow.includes('The test now is translating language into durable protections on the ground.'),
    );
    assert.ok(
      shadow.includes('NEW YORK<!--/lit-part--></span><!--lit-part--> <!--/lit-part-->'),
      'dateline, space',
    );
  });

  it('renders the nested elements with their content, passed by property instead of context', () => {
    const html = renderArticleToString(seed());
    for (const [tag, text] of [
      ['news-quote', 'We covered almost all the other issues necessary for a peace deal.'],
      ['news-highlights', 'Security guarantees must translate into real protections on the ground.'],
      ['news-callout', 'Geopolitical risk rises over security guarantees'],
      ['share-prompt', 'Enjoyed this? Let your friends know!'],
      ['related-news', 'Rubio pushes concessions for peace'],
    ]) {
      assert.ok(shadowOf(html, tag).includes(text), `${tag}: ${text}`);
    }
    // The share links carry the article's URL, the related list its items and title.
    assert.ok(html.includes(encodeURIComponent(seed().url)), 'share url');
    assert.match(shadowOf(html, 'related-news'), /Related News/);
  });

  it('renders nested elements in the article language (context-provided locale)', () => {
    const html = renderArticleToString(arabic());
    assert.match(html, /<article part="base" lang="ar" dir="rtl"/);
    assert.ok(shadowOf(html, 'share-prompt').includes('dir="rtl"'));
    assert.ok(shadowOf(html, 'share-prompt').includes('نسخ الرابط'), 'Arabic "copy link"');
  });

  it('keeps the article JSON inside the element for hydration, safely escaped', () => {
    const data = seed();
    data.headline = 'Breaking </script><script>alert(1)</script> <!-- news';
    const html = renderArticleToString(data);
    assert.ok(!html.includes('</script><script>alert(1)'), 'no script break-out');
    assert.ok(
      !/<script type="application\/json">[^]*<!--[^]*<\/script>/.test(html.split('</template>').at(-1)),
    );
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)[1];
    assert.equal(JSON.parse(json).headline, data.headline);
    // In the shadow DOM, the headline is text.
    assert.ok(html.includes('Breaking &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- news'));
  });

  it("writes times in the publisher's offset, as the browser does, whatever the server's zone", () => {
    const data = seed();
    data.published = '2025-08-17T22:30:00-04:00';
    data.related.items[0].published = '2025-08-21T23:00:00-04:00';
    const script = `import { renderArticle } from 'news-widgets/ssr';
      process.stdout.write(renderArticle(${JSON.stringify(data)}).html);`;
    // The same render on servers in the first and the last time zones of the day.
    const [east, west] = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((TZ) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: fileURLToPath(new URL('.', import.meta.url)),
        env: { ...process.env, TZ },
        encoding: 'utf8',
      }),
    );
    assert.ok(east.includes('August 17, 2025 at 10:30 PM GMT-4'));
    assert.ok(east.includes('Aug 21, 2025'));
    assert.equal(west, east);
  });

  it('gives the browser the article as validated: no unknown fields, nothing left out or over the limits', () => {
    const data = seed();
    data.internal = { editorNotes: 'Do not publish before Monday' };
    data.body.push({ type: 'draft-block', text: 'Unfinished' });
    data.related.items[0].url = 'javascript:alert(1)';
    data.body.push(...Array.from({ length: 2100 }, (_, i) => ({ type: 'paragraph', text: `Filler ${i}` })));
    const { html, article, issues } = renderArticle(data);
    assert.ok(issues.length >= 3);
    const embedded = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)[1];
    for (const text of ['editorNotes', 'draft-block', 'javascript:'])
      assert.ok(!embedded.includes(text), text);
    assert.deepEqual(JSON.parse(embedded), JSON.parse(JSON.stringify(article)));
    assert.equal(JSON.parse(embedded).body.length, article.body.length);
  });

  it('guesses no fetch priority: the server cannot know which article comes first on the page', () => {
    const harbour = JSON.parse(
      readFileSync(new URL('../../demo/articles/harbour-wind.json', import.meta.url), 'utf8'),
    );
    const html = renderArticleToString(harbour);
    assert.match(html, /<img[^>]* loading="eager"/);
    assert.doesNotMatch(html, /fetchpriority/);
  });

  it('leaves an element that is not to hydrate as the server wrote it (defer-hydration, no JSON)', () => {
    const html = renderArticleToString(seed(), { hydratable: false });
    assert.match(html, /<news-article\s+defer-hydration /);
    assert.ok(!html.includes('<script type="application/json">'));
    assert.doesNotMatch(renderArticleToString(seed()), /<news-article\s+defer-hydration/);
  });

  it('renders the error state for an invalid article, and returns the issues', () => {
    const result = renderArticle({ version: 1, headline: 'No body' });
    assert.equal(result.article, null);
    assert.ok(result.issues.some((i) => i.severity === 'error'));
    assert.match(result.html, /part="error"|role="alert"/);
    assert.equal(ldScripts(result.html).length, 0);
  });

  it("gives the page none of an invalid article's input: its error stays as rendered", () => {
    const data = seed();
    data.headline = '';
    Object.assign(data, { internalNotes: 'source: J. Doe, do not name', editorEmail: 'ed@news.example' });
    const { html, issues } = renderArticle(data);
    assert.ok(issues.some((i) => i.severity === 'error'));
    assert.match(html, /role="alert"/);
    for (const text of ['J. Doe', 'ed@news.example', 'application/json'])
      assert.ok(!html.includes(text), text);
    assert.match(html, /<news-article\s+defer-hydration/);
  });

  it('never throws for input that is not JSON at all (undefined, a BigInt, a cycle)', () => {
    const cycle = { version: 1 };
    cycle.self = cycle;
    for (const input of [undefined, 10n, cycle]) {
      const result = renderArticle(input);
      assert.equal(result.article, null);
      assert.ok(result.issues.length > 0);
      assert.match(result.html, /role="alert"/);
      assert.match(result.html, /<news-article\s+defer-hydration/);
    }
  });

  it('reads the input as the browser will, as JSON: a Date is its string on both sides', () => {
    const when = new Date('2025-08-17T14:30:00Z');
    const result = renderArticle({ ...seed(), published: when, modified: undefined });
    assert.equal(result.article.published, '2025-08-17T14:30:00.000Z');
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(result.html)[1];
    assert.equal(JSON.parse(json).published, '2025-08-17T14:30:00.000Z');
    assert.match(result.html, /<time part="published"[^>]* datetime="2025-08-17T14:30:00.000Z"/);
  });

  it('takes heading level, theme and the page URL (the attribution line)', () => {
    const own = renderArticleToString(seed(), { headingLevel: 1, theme: 'dark' });
    assert.match(own, /<news-article[^>]* heading-level="1"/);
    assert.match(own, /<news-article[^>]* theme="dark"/);
    assert.match(shadowOf(own, 'news-article'), /<h1 part="headline"/);
    assert.ok(!own.includes('Originally published by'));
    const partner = renderArticleToString(seed(), { pageUrl: 'https://partner.example/news' });
    assert.ok(partner.includes('Originally published by'));
    assert.equal(globalThis.location, undefined, 'the global location is restored');
  });

  it('adds a nonce to every <style> when asked', () => {
    const html = renderArticleToString(seed(), { nonce: 'abc"<' });
    assert.ok(!html.includes('<style>'));
    assert.ok(html.includes('<style nonce="abc&#34;&#60;">'));
  });
});

describe('JSON-LD', () => {
  it('is a valid schema.org NewsArticle with quotes as Quotation', () => {
    const [text, ...more] = ldScripts(renderArticleToString(seed()));
    assert.equal(more.length, 0);
    const ld = JSON.parse(text);
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, 'Putin agrees to NATO style security guarantees for Ukraine');
    assert.match(ld.description, /^A U.S. envoy says Putin signaled/);
    assert.equal(ld.datePublished, '2025-08-17T14:30:00Z');
    assert.equal(ld.dateModified, '2025-08-17T18:05:00Z');
    assert.equal(ld.dateline, 'NEW YORK');
    assert.equal(ld.url, seed().url);
    assert.equal(ld.inLanguage, 'en');
    assert.deepEqual(ld.publisher, { '@type': 'Organization', name: 'T4K3.news', url: 'https://t4k3.news/' });
    assert.equal(ld.hasPart.length, 4);
    assert.equal(ld.hasPart[0]['@type'], 'Quotation');
    assert.equal(ld.hasPart[0].spokenByCharacter.name, 'Steve Witkoff');
    assert.equal(ld.hasPart[0].spokenByCharacter.jobTitle, 'Special U.S. envoy');
  });

  it('has authors, image and logo when the article does', () => {
    const data = seed();
    data.authors = [{ name: 'Ana Ruiz', url: 'https://t4k3.news/ana', role: 'Correspondent' }];
    data.image = { src: 'https://t4k3.news/a.jpg', alt: '', width: 1200, height: 675 };
    data.publisher.logo = { src: 'https://t4k3.news/logo.png', alt: 'T4K3', width: 200, height: 40 };
    const ld = JSON.parse(jsonLd(renderArticle(data).article));
    assert.deepEqual(ld.author, [
      { '@type': 'Person', name: 'Ana Ruiz', url: 'https://t4k3.news/ana', jobTitle: 'Correspondent' },
    ]);
    assert.equal(ld.image, 'https://t4k3.news/a.jpg');
    assert.equal(ld.publisher.logo, 'https://t4k3.news/logo.png');
  });

  it('cannot close its <script> or open a comment, whatever the article says', () => {
    const data = seed();
    data.headline = 'A </script><script>alert(1)</script> headline <!-- x --> \u2028\u2029';
    data.body[2].items[0].text = '</SCRIPT >quoted';
    const html = renderArticleToString(data);
    const [text] = ldScripts(html);
    assert.ok(!/<\/script|<!--/i.test(text));
    assert.ok(!/[\u2028\u2029]/.test(text));
    const ld = JSON.parse(text);
    assert.equal(ld.headline, data.headline);
    assert.equal(ld.hasPart[0].text, '</SCRIPT >quoted');
  });

  it('can be left out', () => {
    assert.equal(ldScripts(renderArticleToString(seed(), { seo: false })).length, 0);
  });

  it('has no empty quotation list for an article without quotes', () => {
    const data = seed();
    data.body = data.body.filter((b) => b.type !== 'quote' && b.type !== 'quotes');
    assert.equal('hasPart' in JSON.parse(jsonLd(renderArticle(data).article)), false);
  });
});

describe('renderArticlePage', () => {
  it('writes a whole page: doctype, lang, dir, charset, title, description, canonical, script', () => {
    const { page } = renderArticlePage(arabic(), { script: '/news-widgets.hydrate.js' });
    assert.match(page, /^<!doctype html>\n<html lang="ar" dir="rtl">/);
    assert.ok(page.includes('<meta charset="utf-8">'));
    assert.match(page, /<title>[^<]+ · [^<]+<\/title>/);
    assert.match(page, /<meta name="description" content="[^"]+">/);
    assert.match(page, /<link rel="canonical" href="https:/);
    assert.ok(page.includes('<script type="module" src="/news-widgets.hydrate.js"></script>'));
    assert.equal(ldScripts(page).length, 1);
  });

  it('gives a shared link its preview (Open Graph, Twitter card), and an unshowable article noindex', () => {
    const harbour = JSON.parse(
      readFileSync(new URL('../../demo/articles/harbour-wind.json', import.meta.url), 'utf8'),
    );
    const { page } = renderArticlePage(harbour);
    const meta = Object.fromEntries(
      [...page.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)].map((m) => [m[1], m[2]]),
    );
    assert.equal(meta['og:type'], 'article');
    assert.equal(meta['og:title'], harbour.headline);
    assert.equal(meta['og:url'], harbour.url);
    assert.equal(meta['og:image'], harbour.image.src);
    assert.equal(meta['og:site_name'], harbour.publisher.name);
    assert.equal(meta['article:published_time'], harbour.published);
    assert.equal(meta['twitter:card'], 'summary_large_image');
    assert.equal(meta.robots, undefined);
    // No image: the small card; no article at all: not to be indexed, and no preview.
    assert.match(renderArticlePage(seed()).page, /<meta name="twitter:card" content="summary">/);
    const broken = renderArticlePage({ version: 1 }).page;
    assert.match(broken, /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(broken, /og:/);
  });

  it("titles an unshowable article's page with the error it shows, in the UI's language", () => {
    const english = renderArticlePage({ version: 1 }).page;
    assert.match(english, /<html lang="en" dir="ltr">/);
    assert.match(english, /<title>This article could not be shown<\/title>/);
    const arabic = renderArticlePage({ version: 1 }, { lang: 'ar' }).page;
    assert.match(arabic, /<html lang="ar" dir="rtl">/);
    assert.match(arabic, /<title>[^<]*[\u0600-\u06ff][^<]*<\/title>/);
    // No strings for Welsh: the English title, marked English.
    const welsh = renderArticlePage({ version: 1 }, { lang: 'cy' }).page;
    assert.match(welsh, /<html lang="en" dir="ltr">/);
    assert.match(welsh, /<title>This article could not be shown<\/title>/);
    // English with Arabic digits is still English, left to right.
    assert.match(
      renderArticlePage({ version: 1 }, { lang: 'en-u-nu-arab' }).page,
      /<html lang="en-u-nu-arab" dir="ltr">/,
    );
  });

  it('escapes the title', () => {
    const data = seed();
    data.headline = '<b>"Bold"</b> & co';
    assert.ok(
      renderArticlePage(data).page.includes(
        '<title>&lt;b&gt;&quot;Bold&quot;&lt;/b&gt; &amp; co · T4K3.news</title>',
      ),
    );
  });
});

describe('elements with `src`, rendered by a server', () => {
  it('write their loading state and leave the request to the browser', (t) => {
    const fetch = t.mock.method(globalThis, 'fetch', () => new Promise(() => {}));
    const page = collectResultSync(
      render(html`
        <news-article src="https://news.example/a.json"></news-article>
        <related-news src="https://news.example/a.json"></related-news>
      `),
    );
    assert.equal(fetch.mock.callCount(), 0, 'no request from the server');
    for (const tag of ['news-article', 'related-news']) {
      assert.match(
        shadowOf(page, tag),
        /role="group"[^>]*>\s*(<!--[^>]*-->)?\s*<p[^>]*>(<!--[^>]*-->)?Loading/,
        `${tag} shows its loading state`,
      );
    }
  });
});
