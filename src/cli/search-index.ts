/**
 * `explainer index [dist]`: writes the search index of a built site, for an explainer built
 * with `explainer({ search: false })`. `astro build` writes it itself otherwise; a very large
 * explainer may index afterwards instead, so that Pagefind's memory and Astro's are not held at
 * once (npm run bench shows the difference).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODULE_EXTENSION } from '../integration/routes.ts';

export function searchIndex(args: readonly string[]): number {
  const indexer = fileURLToPath(
    new URL(`../integration/search-indexer${MODULE_EXTENSION}`, import.meta.url),
  );
  const run = spawnSync(process.execPath, [indexer, path.resolve(args[0] ?? 'dist')], {
    stdio: 'inherit',
  });
  return run.status ?? 1;
}
