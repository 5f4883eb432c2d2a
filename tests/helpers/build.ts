/**
 * Builds an explainer with the real engine, in a child process, the way a contributor does.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { repoRoot } from './fixture.ts';

export const BUILD_TIMEOUT = 120_000;

/**
 * Builds `contentDir` into `outDir` as `npm run build` does (astro build, then the search
 * index), on the Node that runs the tests (Node 24).
 */
export function build(contentDir: string, outDir: string): SpawnSyncReturns<string> {
  const site = astroBuild(contentDir, outDir);
  if (site.status !== 0) return site;
  const index = spawnSync(process.execPath, ['scripts/search-index.ts', outDir], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
  });
  return {
    ...index,
    stdout: `${site.stdout}${index.stdout}`,
    stderr: `${site.stderr}${index.stderr}`,
  };
}

function astroBuild(contentDir: string, outDir: string): SpawnSyncReturns<string> {
  // Vitest marks its own process as a test run; a contributor's build has none of that.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
    ),
  );
  return spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    {
      cwd: repoRoot,
      env: {
        ...env,
        EXPLAINER_CONTENT: path.relative(repoRoot, contentDir),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT,
    },
  );
}

export const output = (result: SpawnSyncReturns<string>) =>
  stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file));
}
