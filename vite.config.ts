import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * Fills `<script type="application/json" data-article="NAME"></script>` in the demo pages with
 * demo/articles/NAME.json, so the pages embed the article inline (as a publisher would) while the
 * JSON has one source.
 */
function inlineArticles(): Plugin {
  return {
    name: 'news-widgets:inline-articles',
    transformIndexHtml(html) {
      return html.replace(
        /<script type="application\/json" data-article="([\w-]+)"><\/script>/g,
        (_, name: string) => {
          const json = readFileSync(resolve(import.meta.dirname, `demo/articles/${name}.json`), 'utf8');
          // "<" cannot close the script element once escaped; the JSON means the same.
          return `<script type="application/json">${json.trim().replace(/</g, '\\u003c')}</script>`;
        },
      );
    },
  };
}

export default defineConfig({
  plugins: [inlineArticles()],
  server: { host: '127.0.0.1', port: 5173, open: process.env.CI ? false : '/demo/' },
  preview: { host: '127.0.0.1', port: 4173 },
});
