// Network faults for test/reliability/network-faults.test.ts, mounted under /test-api/ by
// test-server.mjs. Route `fault?kind=...&key=...` misbehaves in one way until
// `fault-recover?key=...` is called, then serves the seed article. Real sockets, real timing.
import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

const seed = () => readFileSync(new URL('../../demo/articles/seed.json', import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const recovered = new Set();
/** Bytes each key's faulty responses actually sent (a 50 MB answer must not be read to the end). */
const sent = new Map();
const listeners = new Map();
const MB = 1024 * 1024;

const count = (key, bytes) => sent.set(key, (sent.get(key) ?? 0) + bytes);

/** A body streamed in `size` bytes of 64 kB chunks (never held in memory), `pause` ms apart. */
function stream(key, size, pause = 0) {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return Readable.from(
    (async function* chunks() {
      yield Buffer.from('{"pad":"');
      for (let left = size; left > 0; left -= chunk.length) {
        if (pause) await sleep(pause);
        const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
        count(key, part.length);
        yield part;
      }
      yield Buffer.from('"}');
    })(),
  );
}

/** Serves the seed article, with CORS for other origins. */
function serveSeed(ctx) {
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.type = 'application/json';
  ctx.body = seed();
}

/** Handles the fault routes; false for any other route. */
export async function faultRoute(ctx, route, url, key) {
  const kind = url.searchParams.get('kind');
  const origin = `http://${ctx.host}`;
  switch (route) {
    case 'fault-recover':
      recovered.add(key);
      ctx.body = 'ok';
      return true;
    case 'fault-sent':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(sent.get(key) ?? 0);
      return true;
    case 'cors-article':
      serveSeed(ctx);
      return true;
    case 'free-port': {
      // A port nothing listens on, until `listen` is called for it.
      const server = createNetServer();
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address();
      await new Promise((resolve) => server.close(resolve));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(port);
      return true;
    }
    case 'listen': {
      const port = Number(url.searchParams.get('port'));
      const server = createHttpServer((req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(seed());
      });
      await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
      listeners.set(port, server);
      ctx.body = 'listening';
      return true;
    }
    case 'unlisten': {
      const port = Number(url.searchParams.get('port'));
      listeners.get(port)?.closeAllConnections();
      await new Promise((resolve) => (listeners.get(port) ? listeners.get(port).close(resolve) : resolve()));
      listeners.delete(port);
      ctx.body = 'closed';
      return true;
    }
    case 'fault':
      break;
    default:
      return false;
  }
  if (recovered.has(key)) {
    if (kind === 'redirect-other-origin' || kind === 'redirect-unresolvable') {
      // Recovered: the redirect now leads to a server that allows CORS.
      ctx.status = 302;
      ctx.set('Location', `${origin.replace('127.0.0.1', 'localhost')}/test-api/cors-article`);
      return true;
    }
    serveSeed(ctx);
    return true;
  }
  const full = seed();
  switch (kind) {
    case 'slow-headers':
      await sleep(3000);
      serveSeed(ctx);
      return true;
    case 'slow-body':
      // Headers at once, then 64 kB every 300 ms: the whole answer (1.25 MB) would take 6 s.
      ctx.type = 'application/json';
      ctx.body = stream(key, 20 * 64 * 1024, 300);
      return true;
    case 'truncated': {
      // Promises the whole article, sends half, then drops the connection.
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(full.length) });
      ctx.res.write(full.subarray(0, full.length >> 1));
      count(key, full.length >> 1);
      setTimeout(() => ctx.res.socket?.destroy(), 50);
      return true;
    }
    case 'redirect-other-origin':
      // To another origin (localhost, not 127.0.0.1) whose answer has no CORS header.
      ctx.status = 302;
      ctx.set('Location', `${origin.replace('127.0.0.1', 'localhost')}/test-api/article?name=seed`);
      return true;
    case 'redirect-unresolvable':
      ctx.status = 302;
      ctx.set('Location', 'http://publisher.invalid/article.json');
      return true;
    case '404':
    case '500':
      ctx.status = Number(kind);
      ctx.body = 'error';
      return true;
    case '503':
      ctx.status = 503;
      ctx.set('Retry-After', '1');
      ctx.body = 'busy';
      return true;
    case 'wrong-type':
      // Valid JSON, but served as a web page.
      ctx.type = 'text/html';
      ctx.body = full;
      return true;
    case 'empty':
      ctx.status = 204;
      return true;
    case '50mb-chunked':
      ctx.type = 'application/json';
      ctx.body = stream(key, 50 * MB);
      return true;
    case '50mb':
      ctx.type = 'application/json';
      ctx.length = 50 * MB + 10;
      ctx.body = stream(key, 50 * MB);
      return true;
    default:
      ctx.status = 400;
      ctx.body = `unknown fault ${kind}`;
      return true;
  }
}
