/**
 * `npm run check:site`: audits a built site (default dist/): broken internal links and
 * #anchors, html-validate errors, any script, event handler or code-running URL, and the W3C
 * Nu HTML checker's errors (the vnu-jar package; it needs Java, which CI installs). The Nu
 * checker reads the HTML as a browser's parser does, so it catches what html-validate misses,
 * such as a <script> after </html>. Exits 1 if it finds anything. The audits themselves are in
 * scripts/site-audit.ts, which the property test runs too.
 */
import path from 'node:path';
import { NO_JAVA, auditLines, auditSite, nuCheck } from './site-audit.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const base = process.env.BASE_PATH || '/';
const started = performance.now();
const audit = await auditSite(dist, base);
const { pages, links, html, unsafe } = audit;

const nu = nuCheck([dist]);

for (const line of auditLines(audit)) console.error(line);
for (const e of nu.errors) console.error(e.replace(/^"file:[^"]*\/dist\//, '"'));
const elapsed = Math.round(performance.now() - started);
console.log(
  `${pages.length} pages: ${links.length} broken links, ${html.length} HTML errors, ${unsafe.length} unsafe markup, ${nu.ran ? `${nu.errors.length} Nu checker errors` : NO_JAVA} (${elapsed} ms)`,
);
if (links.length + html.length + unsafe.length + nu.errors.length || !nu.ran) process.exitCode = 1;
