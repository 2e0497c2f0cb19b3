// Server renderer throughput: the seed article rendered again and again in one thread (run with
// `node --single-threaded`, so V8's helpers do not add cores), as articles per second.
import { renderArticleToString } from '../dist/npm/ssr.js';
import { seed } from './pages.mjs';

const seconds = Number(process.argv[2] ?? 3);
const article = seed();
for (let i = 0; i < 500; i += 1) renderArticleToString(article);
let n = 0;
let bytes = 0;
const cpu = process.cpuUsage();
const start = performance.now();
while (performance.now() - start < seconds * 1000) {
  bytes = renderArticleToString(article).length;
  n += 1;
}
const elapsed = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    perSecond: n / elapsed,
    renders: n,
    seconds: elapsed,
    cpuSeconds: (used.user + used.system) / 1e6,
    bytes,
  }),
);
