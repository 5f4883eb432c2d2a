/**
 * `npm run weight`: what each kind of page costs a reader, in gzipped bytes, against the gzip
 * of its own text (the limit no page can beat). Checks the budgets and exits 1 over them:
 *   - content pages (every page but search) ship 0 bytes of JavaScript;
 *   - a topic page's HTML + CSS is at most 1.5× the gzip of its text, and at most 30 KB.
 *
 *   npm run weight                 weighs dist/ (build first)
 *   npm run weight -- path/to/dist
 */
import path from 'node:path';
import { readBuiltPages } from '../src/audit/pages.ts';
import { SCRIPTED_PAGES } from '../src/audit/scan.ts';
import { type PageWeight, weigh } from '../src/audit/weight.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const base = process.env.BASE_PATH || '/';
const TOPIC_RATIO = 1.5;
const TOPIC_MAX_BYTES = 30 * 1024;

const TYPES: [string, RegExp][] = [
  ['home', /^index\.html$/],
  ['topic', /^topics\/[^/]+\/index\.html$/],
  ['claim', /^claims\/[^/]+\/index\.html$/],
  ['source', /^sources\/[^/]+\/index\.html$/],
  ['article', /^article\/index\.html$/],
  ['index', /^(?:claims|sources)\/index\.html$/],
  ['search', /^search\/index\.html$/],
  ['other', /./],
];
const typeOf = (file: string) => TYPES.find(([, pattern]) => pattern.test(file))![0];

const weights = readBuiltPages(dist).map((page) => ({
  type: typeOf(page.file),
  ...weigh(dist, page, base),
}));
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

console.log(
  '| page type | pages | HTML (KB gz) | CSS (KB gz) | JS (KB gz) | text (KB gz) | ratio, median | ratio, worst |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [type] of TYPES) {
  const group = weights.filter((w) => w.type === type);
  if (!group.length) continue;
  const worst = group.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  console.log(
    `| ${type} | ${group.length} | ${kb(median(group.map((w) => w.html)))} | ${kb(median(group.map((w) => w.css)))} | ${kb(median(group.map((w) => w.js)))} | ${kb(median(group.map((w) => w.text)))} | ${median(group.map((w) => w.ratio)).toFixed(2)} | ${worst.ratio.toFixed(2)} (${worst.file}) |`,
  );
}

const failures: string[] = [];
for (const w of weights as (PageWeight & { type: string })[]) {
  if (w.js > 0 && !SCRIPTED_PAGES.includes(w.file))
    failures.push(`${w.file}: ${w.js} bytes of JavaScript on a content page (budget 0)`);
  if (w.type === 'topic') {
    const pageBytes = w.html + w.css;
    if (pageBytes > TOPIC_RATIO * w.text)
      failures.push(
        `${w.file}: HTML+CSS ${pageBytes} B is ${(pageBytes / w.text).toFixed(2)}× its text (${w.text} B); budget ${TOPIC_RATIO}×`,
      );
    if (pageBytes > TOPIC_MAX_BYTES)
      failures.push(
        `${w.file}: HTML+CSS ${kb(pageBytes)} KB gzipped; budget ${kb(TOPIC_MAX_BYTES)} KB`,
      );
  }
}
console.log(
  failures.length
    ? `\n✗ ${failures.length} over budget:\n${failures.join('\n')}`
    : `\n✓ all ${weights.length} pages within budget`,
);
if (failures.length) process.exitCode = 1;
