// The command line, run as a user runs it: `news-widgets validate|render` (the built package).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/news-widgets.mjs');
const seedPath = fileURLToPath(new URL('../../demo/articles/seed.json', import.meta.url));

/** Runs the CLI (`bin`, else this repository's); resolves with its exit code and output. */
const cli = (...args) => run(bin, ...args);
const run = (script, ...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });

let dir;
let server;
/** Bytes the endless response produced, before compression. */
let sent = 0;
let origin;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'news-widgets-cli-'));
  await writeFile(join(dir, 'invalid.json'), JSON.stringify({ version: 2, headline: 'x' }));
  await writeFile(join(dir, 'broken.json'), '{ "version": 1, ');
  const seed = JSON.parse(await readFile(seedPath, 'utf8'));
  seed.body.push({ type: 'video', src: 'https://x.example/v.mp4' });
  seed.related.items[0].url = 'javascript:alert(1)';
  await writeFile(join(dir, 'warnings.json'), JSON.stringify(seed));
  await writeFile(join(dir, 'terminal.json'), '\x1b]0;PWNED\x07\x1b[2J{');
  await writeFile(join(dir, 'forged.json'), 'x\nwarning: ok');
  await writeFile(join(dir, 'c1-broken.json'), '\u009b2J\u202e not JSON');
  await writeFile(
    join(dir, 'bom.json'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(seedPath)]),
  );
  const c1 = JSON.parse(await readFile(seedPath, 'utf8'));
  c1.body.push({ type: '\u009b2J\u202e' });
  await writeFile(join(dir, 'c1.json'), JSON.stringify(c1));
  server = createServer(async (req, res) => {
    if (req.url === '/bom.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(await readFile(join(dir, 'bom.json')));
    } else if (req.url === '/endless.json') {
      // A small compressed body that expands without end: the CLI must stop at 2 MB, decompressed.
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      const zeros = Buffer.alloc(64 * 1024, 0x20);
      const source = new Readable({
        read() {
          sent += zeros.length;
          this.push(zeros);
        },
      });
      source.pipe(createGzip()).pipe(res);
      res.on('close', () => source.destroy());
    } else if (req.url === '/seed.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(await readFile(seedPath));
    } else res.writeHead(404).end('no');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('news-widgets validate', () => {
  it('exits 0 for a valid article', async () => {
    const { code, stdout } = await cli('validate', seedPath);
    assert.equal(code, 0);
    assert.match(stdout, /seed\.json: valid\n$/);
  });

  it('exits 1 on errors and prints each as "severity: path: message"', async () => {
    const { code, stdout } = await cli('validate', join(dir, 'invalid.json'));
    assert.equal(code, 1);
    assert.match(stdout, /^error: version: must be 1, got 2$/m);
    assert.match(stdout, /^error: body: is required$/m);
    assert.match(stdout, /invalid, \d+ errors/);
  });

  it('exits 0 with warnings, and prints them', async () => {
    const { code, stdout } = await cli('validate', join(dir, 'warnings.json'));
    assert.equal(code, 0);
    assert.match(stdout, /^warning: body\[\d+\]\.type: unknown type "video"/m);
    assert.match(stdout, /^warning: related\.items\[0\]\.url: unsafe URL scheme "javascript:"/m);
    assert.match(stdout, /valid, 2 warnings/);
  });

  it('exits 1 for a file that is not JSON, or missing', async () => {
    const broken = await cli('validate', join(dir, 'broken.json'));
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /^error: article: not JSON/m);
    const missing = await cli('validate', join(dir, 'nope.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /cannot read/);
  });

  it('fetches an http URL', async () => {
    assert.equal((await cli('validate', `${origin}/seed.json`)).code, 0);
    const gone = await cli('validate', `${origin}/gone.json`);
    assert.equal(gone.code, 1);
    assert.match(gone.stdout, /HTTP 404/);
  });

  it('stops reading a URL at 2 MB, decompressed (a gzip bomb)', async () => {
    const { code, stdout } = await cli('validate', `${origin}/endless.json`);
    assert.equal(code, 1);
    assert.match(stdout, /over 2 MB/);
    assert.ok(sent < 32 * 1024 * 1024, `${sent} bytes produced`);
  });

  it('writes no control characters from the input to the terminal', async () => {
    const broken = await cli('validate', join(dir, 'terminal.json'));
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /not JSON/);
    // eslint-disable-next-line no-control-regex -- none may reach the terminal
    assert.doesNotMatch(broken.stdout, /[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    assert.match(broken.stdout, /\\u001b/);
    const c1 = await cli('validate', join(dir, 'c1.json'));
    assert.doesNotMatch(c1.stdout, /[\x7f-\x9f\u202e]/);
    assert.match(c1.stdout, /\\u009b2J\\u202e/);
    // Nor in the JSON report, which still reads back as the same text.
    const json = await cli('validate', join(dir, 'c1-broken.json'), '--json');
    assert.doesNotMatch(json.stdout, /[\x7f-\x9f\u202e]/);
    assert.match(JSON.parse(json.stdout).issues[0].message, /\u009b2J\u202e/);
    // A line break in the input cannot forge a line of the report.
    const forged = await cli('validate', join(dir, 'forged.json'));
    assert.match(forged.stdout, /not JSON/);
    assert.doesNotMatch(forged.stdout, /^warning: ok/m);
  });

  it('reads a file or a response that starts with a byte-order mark, as a browser does', async () => {
    assert.equal((await cli('validate', join(dir, 'bom.json'))).code, 0);
    assert.equal((await cli('validate', `${origin}/bom.json`)).code, 0);
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await cli('validate', join(dir, 'invalid.json'), '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.valid, false);
    assert.deepEqual(report.issues[0], {
      severity: 'error',
      path: 'version',
      message: 'version: must be 1, got 2',
    });
  });
});

describe('news-widgets render', () => {
  it('writes a whole page with the server-rendered article and its JSON-LD', async () => {
    const out = join(dir, 'page.html');
    const { code, stderr } = await cli(
      'render',
      seedPath,
      '--out',
      out,
      '--script',
      '/news-widgets.hydrate.js',
    );
    assert.equal(code, 0, stderr);
    const page = await readFile(out, 'utf8');
    assert.match(page, /^<!doctype html>\n<html lang="en" dir="ltr">/);
    assert.match(
      page,
      /<title>Putin agrees to NATO style security guarantees for Ukraine · T4K3.news<\/title>/,
    );
    assert.match(page, /<news-article[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(page, /<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org"/);
    assert.ok(page.includes('<script type="module" src="/news-widgets.hydrate.js"></script>'));
  });

  it('prints the page without --out, and takes the heading level', async () => {
    const { code, stdout } = await cli('render', seedPath, '--heading-level', '1', '--no-seo');
    assert.equal(code, 0);
    assert.match(stdout, /<h1 part="headline"/);
    assert.ok(!stdout.includes('application/ld+json'));
  });

  it('takes the UI language with --lang; the article text keeps its own', async () => {
    const { code, stdout } = await cli('render', seedPath, '--lang', 'de');
    assert.equal(code, 0);
    assert.match(stdout, /<news-article[^>]* lang="de"/);
    assert.match(stdout, /<article part="base" lang="en"/);
    assert.match(stdout, /Link kopieren/);
  });

  it('exits 1 and writes nothing for an invalid article', async () => {
    const out = join(dir, 'never.html');
    const { code, stderr } = await cli('render', join(dir, 'invalid.json'), '--out', out);
    assert.equal(code, 1);
    assert.match(stderr, /error: version: must be 1/);
    await assert.rejects(readFile(out));
  });
});

describe('news-widgets without the optional @lit-labs/ssr', () => {
  /** The installed package (copied: a link would resolve @lit-labs/ssr from this repository). */
  let installed;
  let app;
  after(() => rm(app, { recursive: true, force: true }));
  before(async () => {
    app = await mkdtemp(join(tmpdir(), 'news-widgets-no-ssr-'));
    installed = join(app, 'node_modules/news-widgets');
    for (const part of ['package.json', 'bin', 'dist/npm']) {
      await cp(join(root, part), join(installed, part), { recursive: true });
    }
    const { dependencies } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    const lit = ['lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-dom-shim'];
    for (const dep of [...Object.keys(dependencies), ...lit]) {
      await mkdir(dirname(join(app, 'node_modules', dep)), { recursive: true });
      await symlink(join(root, 'node_modules', dep), join(app, 'node_modules', dep));
    }
  });

  it('validates', async () => {
    const { code, stdout } = await run(join(installed, 'bin/news-widgets.mjs'), 'validate', seedPath);
    assert.equal(code, 0);
    assert.match(stdout, /seed\.json: valid\n$/);
  });

  it('says what to install to render', async () => {
    const { code, stdout, stderr } = await run(join(installed, 'bin/news-widgets.mjs'), 'render', seedPath);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      'news-widgets render: needs @lit-labs/ssr: npm install @lit-labs/ssr@4\n' +
        '  (with npx: npx -p news-widgets -p @lit-labs/ssr@4 news-widgets render ...)\n',
    );
  });
});

describe('news-widgets usage', () => {
  it('exits 2 with the usage for an unknown command or a missing file', async () => {
    for (const args of [
      [],
      ['publish', 'x.json'],
      ['validate'],
      ['render', 'a', 'b'],
      ['validate', 'a', '--bogus'],
    ]) {
      const { code, stderr } = await cli(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage:/);
    }
  });

  it('exits 2 for a render option the page could not use', async () => {
    for (const [args, message] of [
      [['--heading-level', 'abc'], '--heading-level must be 1 to 6, got "abc"'],
      [['--heading-level', '7'], '--heading-level must be 1 to 6, got "7"'],
      [['--theme', 'purple'], '--theme must be light, dark or auto, got "purple"'],
      [['--lang', 'xx-!!'], '--lang must be a language tag such as de or pt-BR, got "xx-!!"'],
    ]) {
      const { code, stdout, stderr } = await cli('render', seedPath, ...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.ok(stderr.startsWith(`news-widgets: ${message}\n`), stderr);
    }
  });

  it('prints the usage with --help', async () => {
    const { code, stdout } = await cli('--help');
    assert.equal(code, 0);
    assert.match(stdout, /news-widgets validate <file\|url>/);
  });
});
