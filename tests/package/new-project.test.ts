/**
 * The generator, end to end, as a newsroom would use it: `npm run new` makes a project from an
 * article; it installs the engine from the packed tarball (not a link to this checkout, which
 * would hide a package that ships TypeScript), builds, and passes its own tests.
 *
 * It installs from the npm registry, so it runs on its own: `npm run test:package` (CI runs it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../helpers/build.ts';
import { repoRoot, tempDir } from '../helpers/fixture.ts';
import { recordCases } from '../record/cases.ts';
import { publishedCopy } from '../record/published.ts';

const article = path.join(repoRoot, 'tests/fixtures/tiny/content/article.txt');
const root = tempDir('new-project');
const project = path.join(root, 'riverside');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Who commits, in the new project's repository. */
const identity = {
  GIT_AUTHOR_NAME: 'Desk',
  GIT_AUTHOR_EMAIL: 'desk@example.org',
  GIT_COMMITTER_NAME: 'Desk',
  GIT_COMMITTER_EMAIL: 'desk@example.org',
};
const git = (...args: string[]) =>
  spawnSync('git', args, { cwd: project, encoding: 'utf8', env: { ...process.env, ...identity } });

/** Runs npm in the new project, on the Node that runs the tests (Node 24). */
function npm(...args: string[]) {
  return spawnSync(process.execPath, [process.env.npm_execpath!, ...args], {
    cwd: project,
    env: { ...buildEnv(), ...identity },
    encoding: 'utf8',
    timeout: 300_000,
  });
}

describe('a new explainer project', () => {
  it('should be created by npm run new, with the article byte for byte', () => {
    const run = spawnSync(process.execPath, ['src/cli/index.ts', 'new', article, project], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ...identity },
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
    // Its history is the published record, so it starts as a repository on main.
    expect(git('rev-parse', '--abbrev-ref', 'HEAD').stdout.trim()).toBe('main');
    expect(git('log', '--format=%s').stdout.trim()).toBe('A new explainer, from `npm run new`');
    expect(run.stdout).toContain('It is a git repository on main, with a first commit.');
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

  describe('once published', () => {
    const content = path.join(project, 'content');
    const check = () => npm('run', '--silent', 'check', '--', '--since', 'HEAD');
    /** Applies a record case to the project's content, checks it --since HEAD, then undoes it. */
    const tryCase = (name: string) => {
      const recordCase = recordCases.find((c) => c.name === name)!;
      const copy = publishedCopy();
      try {
        // The case edits files relative to a content folder: the project's, here.
        recordCase.apply({ ...copy, ...withDir(content, copy) });
        return check();
      } finally {
        copy.remove();
        git('checkout', '-q', '--', 'content');
        git('clean', '-fdq', '--', 'content');
      }
    };

    it('should be published: the explainer complete, draft: false, committed', () => {
      const copy = publishedCopy();
      rmSync(content, { recursive: true, force: true });
      cpSync(copy.dir, content, { recursive: true });
      copy.remove();
      expect(git('add', '-A').status).toBe(0);
      expect(git('commit', '-q', '-m', 'Published').status).toBe(0);
      const run = check();
      expect(run.status, run.stderr).toBe(0);
    }, 120_000);

    it.each([
      ['a published status changed without an entry', 'claim "us-pays-half"'],
      ['a published history entry rewritten', 'claim "council-approved-bridge"'],
      ['a published claim deleted, card and all', 'claim "footbridge-is-new"'],
    ])('should refuse %s, naming the claim', (name, claim) => {
      const run = tryCase(name);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(claim);
    });

    it('should accept a withdrawal, and list it on the built /corrections/', () => {
      const file = path.join(content, 'claims/budget.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        text.replace(
          '  reviewed: 2026-11-01\n- id: footbridge-is-new',
          '  reviewed: 2026-11-01\n  withdrawn:\n    date: 2026-12-03\n    reason: The article does not say who pays.\n- id: footbridge-is-new',
        ),
      );
      const run = check();
      expect(run.status, run.stderr).toBe(0);
      const build = npm('run', 'build');
      expect(build.status, build.stdout + build.stderr).toBe(0);
      const page = readFileSync(path.join(project, 'dist/corrections/index.html'), 'utf8');
      expect(page).toContain('The article does not say who pays.');
      git('checkout', '-q', '--', 'content');
    }, 300_000);

    it('should take a revised article as a new version: one claim withdrawn, one pinned, both versions shown', () => {
      // The publisher reworded the first sentence and removed the critics' without a note.
      const revised = path.join(root, 'article-v2.txt');
      writeFileSync(
        revised,
        readFileSync(article, 'utf8')
          .replace('on 3 March', 'on 4 March')
          .replace(' Critics called the project a waste of money.', ''),
      );
      const run = npm('run', '--silent', 'revise', '--', revised, '--date', '2026-11-20');
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('claim council-approved-bridge: changed');
      expect(run.stdout).toContain('claim bridge-is-waste: gone: s3 was removed');
      expect(readFileSync(path.join(content, 'versions/2026-11-01.txt'))).toEqual(
        readFileSync(article),
      );
      // The check names the claims on both sentences, and the reference to the removed one.
      const refused = check();
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(
        /claims\/bridge\.yaml:3:10 {2}the quote is not in the current version/,
      );
      expect(refused.stderr).toMatch(
        /claims\/bridge\.yaml:\d+:10 {2}the quote is not in the current version/,
      );
      expect(refused.stderr.match(/the quote is not in the current version/g)).toHaveLength(2);
      expect(refused.stderr).toContain('topics/bridge.mdx refers to s3');

      // Settled: the reworded one withdrawn, the removed one pinned to the version it was about.
      const edit = withDir(content, { shown: (f) => f });
      edit.edit(
        'claims/bridge.yaml',
        '  reviewed: 2026-11-01\n- id: bridge-is-waste',
        '  reviewed: 2026-11-01\n  withdrawn:\n    date: 2026-11-21\n    reason: The article now dates the vote to 4 March; the minutes we cited date it to 3 March.\n- id: bridge-is-waste',
      );
      edit.edit(
        'claims/bridge.yaml',
        'are not named.\n  reviewed: 2026-11-01\n',
        'are not named.\n  reviewed: 2026-11-01\n  version: 2026-11-01\n',
      );
      edit.edit('topics/bridge.mdx', '<Sentence id="s3"/>\n', '');
      edit.write(
        'explainer.yaml',
        edit.read('explainer.yaml').replace(/ {6}pending:\n(?: {8}.*\n)+/, ''),
      );
      const settled = check();
      expect(settled.status, settled.stderr).toBe(0);

      const build = npm('run', 'build');
      expect(build.status, build.stdout + build.stderr).toBe(0);
      const dist = (page: string) => readFileSync(path.join(project, 'dist', page), 'utf8');
      const now = dist('article/index.html');
      expect(now).toContain('href="/article/changes/2026-11-20/"');
      expect(now.match(/data-sentence="/g)).toHaveLength(2);
      // The pinned claim on both versions' pages: listed on the current one, placed on the first.
      expect(now).toContain('href="/claims/bridge-is-waste/"');
      const first = dist('article/2026-11-01/index.html');
      expect(first.match(/data-sentence="/g)).toHaveLength(3);
      expect(first).toContain('The Riverside council approved a new footbridge on 3 March.');
      expect(first).toContain('href="/claims/bridge-is-waste/"');
      expect(dist('article/changes/2026-11-20/index.html')).toContain(
        'Critics called the project a waste of money.',
      );
      expect(dist('claims/bridge-is-waste/index.html')).toContain('href="/article/2026-11-01/#s3"');
      const corrections = dist('corrections/index.html');
      expect(corrections).toContain('href="/article/changes/2026-11-20/"');
      expect(corrections).toContain('the minutes we cited date it to 3 March.');
      git('checkout', '-q', '--', 'content');
      git('clean', '-fdq', '--', 'content');
    }, 300_000);
  });
});

/** A content copy's file operations, pointed at another content folder. */
function withDir(dir: string, copy: { shown(file: string): string }) {
  const full = (file: string) => path.join(dir, file);
  return {
    dir,
    shown: copy.shown,
    read: (file: string) => readFileSync(full(file), 'utf8'),
    write: (file: string, text: string) => writeFileSync(full(file), text),
    edit(file: string, from: string, to: string) {
      const text = readFileSync(full(file), 'utf8');
      if (text.split(from).length !== 2) throw new Error(`expected ${from} once in ${file}`);
      writeFileSync(
        full(file),
        text.replace(from, () => to),
      );
    },
    unlink: (file: string) => rmSync(full(file)),
    commit: () => {
      throw new Error('not used here');
    },
  };
}
