// A small HTTP server for the benchmark, on 127.0.0.1 and a free port: the generated pages from
// memory, and the built bundles from dist/.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Starts the server; `pages` maps a path to its body. */
export async function startServer() {
  const pages = new Map();
  const dist = new URL('../dist/', import.meta.url);
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      let body = pages.get(path);
      if (body === undefined && path.startsWith('/dist/') && !path.includes('..')) {
        body = await readFile(new URL(path.slice('/dist/'.length), dist));
      }
      if (body === undefined) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    pages,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
