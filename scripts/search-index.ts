/**
 * Builds the Pagefind search index for a built site (default dist/). `npm run build` runs it
 * after `astro build` has exited, so the indexer never holds its memory while Astro holds its.
 *
 *   node scripts/search-index.ts [dist]
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The routes whose pages carry data-pagefind-body; the rest need not be read at all. */
const SEARCHABLE = '{topics,claims,sources,article,glossary}/**/*.html';

const dist = path.resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) {
  console.error(`Pagefind could not start: ${errors.join('; ')}`);
  process.exit(1);
}
const added = await index.addDirectory({ path: dist, glob: SEARCHABLE });
if (added.errors.length) {
  console.error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
  process.exit(1);
}
await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
await pagefind.close();
console.log(
  `search index: ${added.page_count} pages (${Math.round(performance.now() - started)} ms)`,
);
