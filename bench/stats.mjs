// Medians, spreads and the Markdown table.

/** The q-quantile of `values` (linear interpolation). */
export function quantile(values, q) {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return NaN;
  const i = (v.length - 1) * q;
  const lo = Math.floor(i);
  return v[lo] + (v[Math.ceil(i)] - v[lo]) * (i - lo);
}

export const median = (values) => quantile(values, 0.5);

/** Summary of one row: median and p25–p75 of each figure. */
export function summarize(loads) {
  const pick = (k) => loads.map((l) => l[k]).filter((x) => x !== undefined && !Number.isNaN(x));
  const s = {};
  for (const k of ['ready', 'interactive', 'fcp', 'lcp', 'cls', 'heap', 'nodes']) {
    const v = pick(k);
    s[k] = {
      median: median(v),
      p25: quantile(v, 0.25),
      p75: quantile(v, 0.75),
      max: Math.max(...v),
      n: v.length,
    };
  }
  s.shiftShare = loads.filter((l) => l.shifted).length / loads.length;
  s.loads = loads.length;
  return s;
}

const ms = (x) => (Number.isFinite(x) ? Math.round(x).toString() : '–');
const spread = (f) => (f.n ? `${ms(f.median)} (${ms(f.p25)}–${ms(f.p75)})` : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

/** One Markdown table: each scenario's variants against that scenario's static baseline. */
export function table(rows) {
  const head = [
    'scenario',
    'variant',
    'ready ms, median (p25–p75)',
    'ready vs static',
    'FCP ms',
    'LCP ms (p25–p75)',
    'LCP vs static',
    'CLS median / max',
    'loads with a shift',
    'interactive ms',
    'JS heap MB',
    'DOM nodes',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const { scenario, variant, label, s, base } of rows) {
    lines.push(
      `| ${[
        scenario,
        label,
        spread(s.ready),
        variant === 'static' ? '1.00×' : ratio(s.ready.median, base?.ready.median),
        ms(s.fcp.median),
        spread(s.lcp),
        variant === 'static' ? '1.00×' : ratio(s.lcp.median, base?.lcp.median),
        `${s.cls.median.toFixed(3)} / ${s.cls.max.toFixed(3)}`,
        `${Math.round(s.shiftShare * 100)}% of ${s.loads}`,
        s.interactive.n ? ms(s.interactive.median) : '–',
        s.heap.median.toFixed(1),
        Math.round(s.nodes.median).toString(),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}
