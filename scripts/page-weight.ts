/**
 * `npm run weight`: what each kind of page costs a reader, in gzipped bytes, against the gzip
 * of its own text (the limit no page can beat). Checks the budgets and exits 1 over them:
 *   - content pages (every page but search) ship 0 bytes of JavaScript;
 *   - a topic page's HTML alone is at most 1.6× the gzip of its text: the stylesheet is shared
 *     and cached, so it is counted once per visit, below, not on every page;
 *   - a first visit to the home, a topic, a claim or a source page (HTML + CSS + JS) is at most
 *     14 KB gzipped, so it fits in the first round trip of a TCP connection (an initial window
 *     of 10 segments of 1,460 bytes, 14,600 bytes, less room for headers).
 * The annotated article and the indexes are longer by nature: their weights are reported.
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
const TOPIC_HTML_RATIO = 1.6;
const FIRST_VISIT_BYTES = 14 * 1024;
const FIRST_VISIT_TYPES = ['home', 'topic', 'claim', 'source'];

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
  '| page type | pages | HTML (KB gz) | CSS (KB gz) | JS (KB gz) | text (KB gz) | HTML ÷ text, worst | first visit (KB gz), worst |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
const htmlRatio = (w: PageWeight) => w.html / w.text;
const firstVisit = (w: PageWeight) => w.html + w.css + w.js;
for (const [type] of TYPES) {
  const group = weights.filter((w) => w.type === type);
  if (!group.length) continue;
  const worstRatio = group.reduce((a, b) => (htmlRatio(b) > htmlRatio(a) ? b : a));
  const heaviest = group.reduce((a, b) => (firstVisit(b) > firstVisit(a) ? b : a));
  console.log(
    `| ${type} | ${group.length} | ${kb(median(group.map((w) => w.html)))} | ${kb(median(group.map((w) => w.css)))} | ${kb(median(group.map((w) => w.js)))} | ${kb(median(group.map((w) => w.text)))} | ${htmlRatio(worstRatio).toFixed(2)} (${worstRatio.file}) | ${kb(firstVisit(heaviest))} (${heaviest.file}) |`,
  );
}

const failures: string[] = [];
for (const w of weights as (PageWeight & { type: string })[]) {
  if (w.js > 0 && !SCRIPTED_PAGES.includes(w.file))
    failures.push(`${w.file}: ${w.js} bytes of JavaScript on a content page (budget 0)`);
  if (w.type === 'topic' && w.html > TOPIC_HTML_RATIO * w.text)
    failures.push(
      `${w.file}: HTML ${w.html} B is ${htmlRatio(w).toFixed(2)}× its text (${w.text} B); budget ${TOPIC_HTML_RATIO}×`,
    );
  if (FIRST_VISIT_TYPES.includes(w.type) && firstVisit(w) > FIRST_VISIT_BYTES)
    failures.push(
      `${w.file}: a first visit is ${kb(firstVisit(w))} KB gzipped (HTML, CSS and JS); budget ${kb(FIRST_VISIT_BYTES)} KB` +
        (w.type === 'topic'
          ? ' (a topic this long may be two: move a section and its claims to another topic, and link to it)'
          : ''),
    );
}
console.log(
  failures.length
    ? `\n✗ ${failures.length} over budget:\n${failures.join('\n')}`
    : `\n✓ all ${weights.length} pages within budget`,
);
if (failures.length) process.exitCode = 1;
