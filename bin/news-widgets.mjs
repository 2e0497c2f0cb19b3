#!/usr/bin/env node
// The news-widgets command line: check an article, or render it to a whole HTML page on the server.
//
//   news-widgets validate <file|url> [--json]
//   news-widgets render <file|url> [--out page.html] [--script URL] [--heading-level N] [--page-url URL]
//                      [--theme T] [--lang TAG] [--no-seo]
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseArticle } from '../dist/npm/index.js';

const USAGE = `Usage:
  news-widgets validate <file|url> [--json]
      Checks an article against the article format. Prints each issue as
      "severity: path: message"; exits 1 when there is an error (warnings are fine).
  news-widgets render <file|url> [--out page.html] [--script URL] [--heading-level N]
                     [--page-url URL] [--theme light|dark|auto] [--lang TAG] [--no-seo]
      Writes a whole HTML page with the article rendered on the server (declarative shadow DOM,
      schema.org JSON-LD). --script adds <script type="module" src=URL> to hydrate it, e.g.
      the package's dist/news-widgets.hydrate.js. --lang sets the language of the UI strings
      when it is not the article's. Without --out, prints the page.
`;

/** The limit the elements apply to a fetched document. */
const MAX_BYTES = 2 * 1024 * 1024;

/** Reads a file, or fetches an http(s) URL (10 s timeout, at most 2 MB). */
async function load(source) {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(10000),
    });
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    // Counted as it arrives, decompressed: a small compressed body can expand to gigabytes.
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      // Leaving the loop cancels the download.
      if (size > MAX_BYTES) throw new Error(`${source}: over 2 MB`);
      chunks.push(chunk);
    }
    // As the browser reads a response: UTF-8, a byte-order mark dropped.
    return new TextDecoder().decode(Buffer.concat(chunks));
  }
  return new TextDecoder().decode(await readFile(source));
}

/** Loads and parses JSON; a failure becomes an error issue, as the validator reports them. */
async function loadJson(source) {
  let text;
  try {
    text = await load(source);
  } catch (error) {
    return {
      issue: { severity: 'error', path: '', message: `article: cannot read ${source} (${error.message})` },
    };
  }
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    return { issue: { severity: 'error', path: '', message: `article: not JSON (${error.message})` } };
  }
}

/** A character as a `\u` escape, which JSON reads as the same character. */
const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text from the input, safe for a terminal: control characters (C0, C1: escape sequences that
 * could retitle or clear it, line breaks that could forge a line) and bidi controls (which reorder
 * a line) are written as `\u` escapes.
 */
const safe = (text) =>
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  String(text).replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, escape);

/** JSON, safe for a terminal: JSON escapes C0 characters in strings itself; the rest too. */
const safeJson = (value) =>
  JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    escape,
  );

const print = (issues, out = process.stderr) => {
  for (const i of issues) out.write(`${i.severity}: ${safe(i.message)}\n`);
};

async function validate(source, { json }) {
  const { data, issue } = await loadJson(source);
  const issues = issue ? [issue] : parseArticle(data).issues;
  const errors = issues.filter((i) => i.severity === 'error').length;
  if (json) {
    process.stdout.write(`${safeJson({ valid: errors === 0, issues })}\n`);
  } else {
    print(issues, process.stdout);
    const warnings = issues.length - errors;
    process.stdout.write(
      errors
        ? `${source}: invalid, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`
        : `${source}: valid${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}\n`,
    );
  }
  return errors ? 1 : 0;
}

/** The server renderer, which needs the optional peer dependency @lit-labs/ssr; null without it. */
async function loadRenderer() {
  try {
    return await import('../dist/npm/ssr.js');
  } catch (error) {
    // Only the package itself missing (not one of its own dependencies, a broken install).
    if (!/^Cannot find package '@lit-labs\/ssr' /.test(String(error?.message))) throw error;
    process.stderr.write(
      'news-widgets render: needs @lit-labs/ssr: npm install @lit-labs/ssr@4\n' +
        '  (with npx: npx -p news-widgets -p @lit-labs/ssr@4 news-widgets render ...)\n',
    );
    return null;
  }
}

async function render(source, options) {
  const renderer = await loadRenderer();
  if (!renderer) return 1;
  const { renderArticlePage } = renderer;
  const { data, issue } = await loadJson(source);
  if (issue) {
    print([issue]);
    return 1;
  }
  const level = options['heading-level'] === undefined ? undefined : Number(options['heading-level']);
  const { page, issues, article } = renderArticlePage(data, {
    script: options.script,
    headingLevel: level,
    pageUrl: options['page-url'],
    theme: options.theme,
    lang: options.lang,
    seo: !options['no-seo'],
  });
  print(issues);
  if (!article) {
    process.stderr.write(`${source}: not rendered, the article has errors\n`);
    return 1;
  }
  if (options.out) {
    await writeFile(options.out, page);
    process.stderr.write(`${options.out}: written (${Buffer.byteLength(page).toLocaleString('en')} bytes)\n`);
  } else {
    process.stdout.write(page);
  }
  return 0;
}

/** What is wrong with the render options, if anything: they would reach the page unchecked. */
function wrongOption({ 'heading-level': level, theme, lang }) {
  if (level !== undefined && !/^[1-6]$/.test(level)) return `--heading-level must be 1 to 6, got "${level}"`;
  if (theme !== undefined && !['light', 'dark', 'auto'].includes(theme))
    return `--theme must be light, dark or auto, got "${theme}"`;
  if (lang !== undefined) {
    try {
      Intl.getCanonicalLocales(lang.replaceAll('_', '-'));
    } catch {
      return `--lang must be a language tag such as de or pt-BR, got "${lang}"`;
    }
  }
  return undefined;
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        out: { type: 'string', short: 'o' },
        script: { type: 'string' },
        'heading-level': { type: 'string' },
        'page-url': { type: 'string' },
        theme: { type: 'string' },
        lang: { type: 'string' },
        'no-seo': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, source, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? process.stdout : process.stderr).write(USAGE);
    return values.help ? 0 : 2;
  }
  if (!['validate', 'render'].includes(command) || !source || rest.length) {
    process.stderr.write(
      `news-widgets: ${!source ? 'missing <file|url>' : `unknown command or argument "${command}"`}\n\n${USAGE}`,
    );
    return 2;
  }
  const wrong = wrongOption(values);
  if (wrong) {
    process.stderr.write(`news-widgets: ${wrong}\n\n${USAGE}`);
    return 2;
  }
  return command === 'validate' ? validate(source, values) : render(source, values);
}

process.exitCode = await main(process.argv.slice(2));
