// The static baseline: the same article as plain, hand-written-style HTML and CSS (no custom
// element, no shadow DOM, no script), with the kit's look, so that what differs is how it is made.

const esc = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const inline = (text) =>
  typeof text === 'string'
    ? esc(text)
    : text
        .map(({ text: t, marks = [], href }) => {
          let s = esc(t);
          if (marks.includes('em')) s = `<em>${s}</em>`;
          if (marks.includes('strong')) s = `<strong>${s}</strong>`;
          return href ? `<a href="${esc(href)}" rel="noopener noreferrer">${s}</a>` : s;
        })
        .join('');

const long = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});
const time = (iso) => `<time datetime="${esc(iso)}">${esc(long.format(new Date(iso)))}</time>`;

/** The CSS of the static article: the kit's look, written once for the page. */
export const STATIC_CSS = `
.news{max-width:720px;margin:0 auto;padding:24px 16px;display:grid;gap:24px;color:#1c1b1f;font:400 18px/1.6 Georgia,'Iowan Old Style','Noto Serif','Times New Roman',serif}
.news *{margin:0;padding:0;box-sizing:border-box}
.news header{display:grid;gap:8px}
.news .masthead{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;font:0.75em system-ui,sans-serif;letter-spacing:.06em;text-transform:uppercase;padding-bottom:8px;border-bottom:1px solid #d9d6cd}
.news .brand{font-weight:800;color:#1c1b1f;text-decoration:none;font-size:1.2em;letter-spacing:.02em;text-transform:none}
.news .section{color:#b3261e;font-weight:700}
.news .headline{font-size:clamp(1.75em,5cqi,2.6em);font-weight:700;line-height:1.12;letter-spacing:-.01em;text-wrap:balance;margin-top:8px}
.news .dek{font-size:1.15em;line-height:1.45;color:#53525b}
.news .byline{display:flex;flex-wrap:wrap;gap:4px 16px;font:0.75em system-ui,sans-serif;color:#53525b}
.news .summary{font-size:1.05em;line-height:1.55;padding-left:16px;border-left:3px solid #d9d6cd}
.news .body{display:grid;gap:24px}
.news .body p{line-height:1.7}
.news .dateline{font:800 .85em system-ui,sans-serif;letter-spacing:.04em}
.news .quotes{display:grid;gap:24px;border-top:3px solid #1c1b1f;padding-top:16px}
.news .label{font:700 .8em system-ui,sans-serif;letter-spacing:.06em;text-transform:uppercase;margin-bottom:16px}
.news blockquote{border-left:4px solid #b3261e;padding-left:16px;font-size:1.15em;line-height:1.45}
.news figcaption{margin-top:8px;font:.8em/1.45 system-ui,sans-serif;color:#53525b}
.news .speaker{font-weight:700;color:#1c1b1f}
.news .context{display:block}
.news .highlights{border-top:3px solid #1c1b1f;padding-top:16px}
.news .highlights ul{display:grid;gap:8px;padding-left:1.2em}
.news .callout{padding:16px 24px;border-radius:6px;border-left:5px solid #b3261e;background:#fbeeed;display:grid;gap:8px}
.news .tone{font:700 .75em system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;color:#b3261e}
.news .callout h3{font-size:1.1em;line-height:1.3}
.news .share{display:grid;gap:16px;padding:24px;border-radius:6px;background:#f5f3ee;text-align:center;justify-items:center}
.news .prompt{font-size:1.15em;font-weight:700;line-height:1.3}
.news .share ul{list-style:none;display:flex;flex-wrap:wrap;justify-content:center;gap:8px}
.news .action{display:inline-flex;align-items:center;min-height:44px;min-width:44px;padding:0 16px;border:1px solid #d9d6cd;border-radius:999px;background:#fff;color:#1c1b1f;font:600 .8em/1 system-ui,sans-serif;text-decoration:none}
.news .primary{background:#1c1b1f;color:#fff}
.news .attribution{font:.75em system-ui,sans-serif;color:#53525b;border-top:1px solid #d9d6cd;padding-top:16px}
.news .related{border-top:3px solid #1c1b1f;padding-top:16px}
.news .related ul{list-style:none;display:grid;gap:16px}
.news .related a{display:grid;gap:4px;color:#1c1b1f;text-decoration:none}
.news .related .meta{font:.7em system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;color:#b3261e}
.news .related .title{font-weight:700;line-height:1.3}
`;

function block(b, first, dateline) {
  const lead = first && dateline ? `<span class="dateline">${esc(dateline)}</span> ` : '';
  switch (b.type) {
    case 'paragraph':
      return `<p>${lead}${inline(b.text)}</p>`;
    case 'heading':
      return `<h3>${esc(b.text)}</h3>`;
    case 'quote':
      return quote(b);
    case 'quotes':
      return `<section class="quotes"><h3 class="label">${esc(b.title ?? 'Key Takeaways')}</h3>${b.items.map(quote).join('')}</section>`;
    case 'highlights':
      return `<section class="highlights"><h3 class="label">${esc(b.title ?? 'Highlights')}</h3><ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul></section>`;
    case 'callout':
      return `<aside class="callout"><p class="tone">${esc(b.tone ?? 'note')}</p>${b.title ? `<h3>${esc(b.title)}</h3>` : ''}<div>${inline(b.text)}</div></aside>`;
    case 'image':
      return `<figure><img src="${esc(b.src)}" alt="${esc(b.alt)}"${b.width ? ` width="${b.width}" height="${b.height}"` : ''}></figure>`;
    default:
      return '';
  }
}

function quote(q) {
  const caption = [
    q.speaker && `<span class="speaker">${esc(q.speaker)}</span>`,
    q.role && `, ${esc(q.role)}`,
    q.context && `<span class="context">${esc(q.context)}</span>`,
  ]
    .filter(Boolean)
    .join('');
  return `<figure><blockquote><p>${esc(q.text)}</p></blockquote>${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

function share(a) {
  const url = a.share?.url ?? a.url;
  const text = a.share?.text ?? a.summary ?? a.dek ?? '';
  const enc = encodeURIComponent;
  const links = {
    x: ['X', `https://x.com/intent/post?url=${enc(url)}&text=${enc(text)}`],
    facebook: ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`],
    linkedin: ['LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`],
    whatsapp: ['WhatsApp', `https://wa.me/?text=${enc(`${text} ${url}`)}`],
    email: ['Email', `mailto:?subject=${enc(a.headline)}&body=${enc(`${text}\n\n${url}`)}`],
  };
  const targets = (a.share?.targets ?? ['copy', 'x', 'facebook', 'linkedin', 'whatsapp', 'email']).filter(
    (t) => t !== 'native',
  );
  const items = targets.map((t, i) => {
    const cls = `action${i === 0 ? ' primary' : ''}`;
    if (t === 'copy') return `<li><button class="${cls}" type="button">Copy link</button></li>`;
    const [name, href] = links[t] ?? [];
    return name
      ? `<li><a class="${cls}" href="${esc(href)}" target="_blank" rel="noopener">${name}</a></li>`
      : '';
  });
  return `<section class="share" aria-label="Share"><p class="prompt">${esc(a.share?.prompt ?? 'Enjoyed this? Let your friends know!')}</p><ul>${items.join('')}</ul></section>`;
}

/** One article as static HTML (`a` is the validated article, as the kit renders it). */
export function staticArticle(a) {
  const header = `<header><div class="masthead"><a class="brand" href="${esc(a.publisher.url ?? a.url)}">${esc(a.publisher.name)}</a>${a.section ? `<span class="section">${esc(a.section)}</span>` : ''}</div>
<h2 class="headline">${esc(a.headline)}</h2>${a.dek ? `<p class="dek">${esc(a.dek)}</p>` : ''}
<p class="byline">${a.published ? `<span>Published ${time(a.published)}</span>` : ''}${a.modified ? `<span>Updated ${time(a.modified)}</span>` : ''}</p></header>`;
  const body = a.body.map((b, i) => block(b, i === 0, a.dateline)).join('\n');
  const related = a.related?.items.length
    ? `<nav class="related" aria-label="${esc(a.related.title ?? 'Related News')}"><h3 class="label">${esc(a.related.title ?? 'Related News')}</h3><ul>${a.related.items
        .map(
          (r) =>
            `<li><a href="${esc(r.url)}">${r.section ? `<span class="meta">${esc(r.section)}</span>` : ''}<span class="title">${esc(r.headline)}</span></a></li>`,
        )
        .join('')}</ul></nav>`
    : '';
  return `<article class="news" lang="${esc(a.language ?? 'en')}">${header}
${a.summary ? `<p class="summary">${esc(a.summary)}</p>` : ''}
<div class="body">${body}</div>
${share(a)}
<footer class="attribution">Originally published by <a href="${esc(a.url)}">${esc(a.publisher.name)}</a>${a.rights ? ` · ${esc(a.rights)}` : ''}</footer>
${related}</article>`;
}
