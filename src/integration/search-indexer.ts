/**
 * Builds the Pagefind search index for a built site (default dist/). The integration runs it in
 * a child process after the build (see search-index.ts).
 *
 *   node src/integration/search-indexer.ts [dist]
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCHABLE } from './routes.ts';

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
