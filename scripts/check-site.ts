/**
 * `npm run check:site`: audits a built site (default dist/): broken internal links and
 * #anchors, html-validate errors, any script, event handler or code-running URL, and the W3C
 * Nu HTML checker's errors (the vnu-jar package; it needs Java, which CI installs). The Nu
 * checker reads the HTML as a browser's parser does, so it catches what html-validate misses,
 * such as a <script> after </html>. Exits 1 if it finds anything.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateHtml } from '../src/audit/html.ts';
import { findBrokenLinks } from '../src/audit/links.ts';
import { readBuiltPages } from '../src/audit/pages.ts';
import { scanForUnsafeMarkup } from '../src/audit/scan.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const base = process.env.BASE_PATH || '/';
const started = performance.now();
const pages = readBuiltPages(dist);
const links = findBrokenLinks(dist, pages, base);
const html = await validateHtml(pages);
const unsafe = scanForUnsafeMarkup(pages, `${base}_astro/`);

const nu = nuCheck(dist);

for (const l of links) console.error(`${l.page}  broken link ${l.href}: ${l.reason}`);
for (const e of html)
  console.error(`${e.page}:${e.line}:${e.column}  ${e.message}  (html-validate ${e.rule})`);
for (const f of unsafe) console.error(`${f.page}  ${f.what}`);
for (const e of nu.errors) console.error(e);
const elapsed = Math.round(performance.now() - started);
console.log(
  `${pages.length} pages: ${links.length} broken links, ${html.length} HTML errors, ${unsafe.length} unsafe markup, ${nu.ran ? `${nu.errors.length} Nu checker errors` : 'Nu checker not run (no Java: apt-get install -y default-jre-headless)'} (${elapsed} ms)`,
);
if (links.length + html.length + unsafe.length + nu.errors.length || !nu.ran) process.exitCode = 1;

/** The W3C Nu HTML checker's errors on every page of `dir`, one line each. */
function nuCheck(dir: string): { ran: boolean; errors: string[] } {
  const jar = fileURLToPath(new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));
  const run = spawnSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', dir], {
    encoding: 'utf8',
  });
  if (run.error) return { ran: false, errors: [] };
  const errors = run.stderr
    .split('\n')
    .filter((line) => line.includes(': error'))
    .map((line) => line.replace(/^"file:[^"]*\/dist\//, '"'));
  return { ran: true, errors };
}
