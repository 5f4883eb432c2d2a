/**
 * Builds an explainer with the real engine, in a child process, the way a contributor does:
 * `astro build` with a three-line config that names the content folder.
 */
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildDir, repoRoot } from './fixture.ts';

export const BUILD_TIMEOUT = 120_000;

/** Writes an astro.config.mjs, inside the project, that builds `contentDir` into `outDir`. */
export function configFor(
  contentDir: string,
  outDir: string,
  { publicDir, ...options }: { search?: boolean; publicDir?: string } = {},
): string {
  const folder = mkdtempSync(path.join(buildDir('config'), 'c-'));
  const file = path.join(folder, 'astro.config.mjs');
  const engine = path.join(repoRoot, 'src/index.ts');
  writeFileSync(
    file,
    [
      `import { defineConfig } from 'astro/config';`,
      `import explainer from ${JSON.stringify(engine)};`,
      `export default defineConfig({ outDir: ${JSON.stringify(outDir)}, ${publicDir ? `publicDir: ${JSON.stringify(publicDir)}, ` : ''}integrations: [explainer(${JSON.stringify({ content: path.resolve(contentDir), ...options })})] });`,
      '',
    ].join('\n'),
  );
  return file;
}

/** What Vitest adds to its process's environment (its import.meta.env, and its mode). */
const TEST_RUN = new Set([
  'NODE_ENV',
  'VITE_USER_NODE_ENV',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'TEST',
  'BASE_URL',
]);

/**
 * A contributor's environment: Vitest marks its own process as a test run, and a build that
 * inherited DEV=1 or NODE_ENV=test would build the site in development mode.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !TEST_RUN.has(name) && !name.startsWith('VITEST'),
    ),
  );
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' };
}

// Astro joins --config to the project root, so it is given relative to it.
const astroArgs = (config: string) => [
  'node_modules/astro/bin/astro.mjs',
  'build',
  '--config',
  path.relative(repoRoot, config),
];

/** Builds `contentDir` into `outDir` as `npm run build` does, on the Node that runs the tests. */
export function build(contentDir: string, outDir: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, astroArgs(configFor(contentDir, outDir)), {
    cwd: repoRoot,
    env: buildEnv(),
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
  });
}

export interface BuildRun {
  code: number | null;
  output: string;
}

/** The same, without blocking: several builds can run at once. */
export function buildAsync(
  contentDir: string,
  outDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<BuildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, astroArgs(configFor(contentDir, outDir)), {
      cwd: repoRoot,
      env: { ...buildEnv(), ...env },
    });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('close', (code) => resolve({ code, output: stripVTControlCharacters(text) }));
  });
}

export const output = (result: SpawnSyncReturns<string>) =>
  stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file));
}
