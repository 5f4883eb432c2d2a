/**
 * The generator, end to end, as a newsroom would use it: `npm run new` makes a project from an
 * article; it installs the engine from the packed tarball (not a link to this checkout, which
 * would hide a package that ships TypeScript), builds, and passes its own tests.
 *
 * It installs from the npm registry, so it runs on its own: `npm run test:package` (CI runs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../helpers/build.ts';
import { repoRoot, tempDir } from '../helpers/fixture.ts';

const article = path.join(repoRoot, 'tests/fixtures/tiny/content/article.txt');
const root = tempDir('new-project');
const project = path.join(root, 'riverside');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs npm in the new project, on the Node that runs the tests (Node 24). */
function npm(...args: string[]) {
  return spawnSync(process.execPath, [process.env.npm_execpath!, ...args], {
    cwd: project,
    env: buildEnv(),
    encoding: 'utf8',
    timeout: 300_000,
  });
}

describe('a new explainer project', () => {
  it('should be created by npm run new, with the article byte for byte', () => {
    const run = spawnSync(process.execPath, ['src/cli/index.ts', 'new', article, project], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: process.env,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(path.join(project, 'content/article.txt'))).toEqual(readFileSync(article));
    for (const file of [
      'package.json',
      'astro.config.mjs',
      'README.md',
      'CONTRIBUTING.md',
      '.ci/run',
      '.github/workflows/site.yml',
      'content/explainer.yaml',
      'content/sources.yaml',
      'content/topics/overview.mdx',
    ]) {
      expect(existsSync(path.join(project, file)), file).toBe(true);
    }
    expect(readFileSync(path.join(project, 'content/explainer.yaml'), 'utf8')).toContain(
      'draft: true',
    );
  }, 120_000);

  it('should install the engine from its packed tarball, as JavaScript', () => {
    const install = npm('install', '--prefer-offline', '--no-audit', '--no-fund');
    expect(install.status, install.stderr).toBe(0);
    const engine = path.join(project, 'node_modules/explainer-engine');
    // The engine's modules are JavaScript; only its type declarations end in .ts.
    const files = readdirSync(path.join(engine, 'engine'), { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files).toContain(path.join('integration', 'index.js'));
    expect(readFileSync(path.join(project, 'package.json'), 'utf8')).toMatch(
      /"explainer-engine": "file:vendor\/explainer-engine-[\d.]+\.tgz"/,
    );
  }, 300_000);

  it('should build at once, with every sentence of the article on its annotated page', () => {
    const build = npm('run', 'build');
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const html = readFileSync(path.join(project, 'dist/article/index.html'), 'utf8');
    expect(html.match(/data-sentence="/g)).toHaveLength(3);
    expect(existsSync(path.join(project, 'dist/worklist/index.html'))).toBe(true);
  }, 300_000);

  it('should pass its own tests, which are the engine’s tests of content', () => {
    const test = npm('test');
    expect(test.status, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toMatch(/Tests\s+\d+ passed/);
  }, 300_000);

  it('should list the sentences to examine, with cues', () => {
    const worklist = npm('run', '--silent', 'worklist', '--', '--json');
    expect(worklist.status, worklist.stderr).toBe(0);
    const items = JSON.parse(worklist.stdout) as { sentence: number; cues: string[] }[];
    expect(items.map((i) => i.sentence)).toEqual([1, 2, 3]);
    expect(items.some((i) => i.cues.length > 0)).toBe(true);
  });
});
