/**
 * `npm run check:site`: audits a built site (default dist/): broken internal links and
 * #anchors, html-validate errors, and any script, event handler or code-running URL.
 * Exits 1 if it finds anything.
 */
import path from 'node:path';
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

for (const l of links) console.error(`${l.page}  broken link ${l.href}: ${l.reason}`);
for (const e of html)
  console.error(`${e.page}:${e.line}:${e.column}  ${e.message}  (html-validate ${e.rule})`);
for (const f of unsafe) console.error(`${f.page}  ${f.what}`);
const elapsed = Math.round(performance.now() - started);
console.log(
  `${pages.length} pages: ${links.length} broken links, ${html.length} HTML errors, ${unsafe.length} unsafe markup (${elapsed} ms)`,
);
if (links.length + html.length + unsafe.length) process.exitCode = 1;
