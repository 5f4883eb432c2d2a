/**
 * `npm run new -- <article.txt> <folder>`: a new explainer project for a new article.
 *
 * The project depends on the engine through a packed tarball in its vendor/ folder (until the
 * engine is published), so it installs and builds anywhere, offline from this checkout. It
 * starts as a draft with an empty source registry, no claims and one topic page; its tests are
 * the engine's content suite.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { draftTitle, PLACEHOLDERS } from '../model/publishing.ts';
import { segmentSentences } from '../model/segment.ts';

/** The engine's own package: this module is in src/cli/ (or engine/cli/ once packed). */
const engineRoot = fileURLToPath(new URL('../../', import.meta.url));
const template = path.join(engineRoot, 'template');
/** Files that npm pack would drop if they kept their leading dot. */
const DOTTED = new Map([
  ['gitignore', '.gitignore'],
  ['npmrc', '.npmrc'],
  ['gitattributes', '.gitattributes'],
]);

export function newProject(args: readonly string[]): number {
  const [article, folder] = args;
  if (!article || !folder) {
    console.error('Usage: npm run new -- <article.txt> <folder>');
    return 2;
  }
  if (!existsSync(article)) {
    console.error(`✗ ${article} does not exist: give the article as a plain-text file.`);
    return 1;
  }
  if (existsSync(folder) && readdirSync(folder).length) {
    console.error(`✗ ${folder} is not empty: give a new folder, so nothing there is overwritten.`);
    return 1;
  }
  const text = readFileSync(article);
  if (!segmentSentences(text.toString('utf8')).length) {
    console.error(`✗ ${article} has no sentences: give the article's text.`);
    return 1;
  }
  const target = path.resolve(folder);
  mkdirSync(path.join(target, 'vendor'), { recursive: true });
  const tarball = pack(path.join(target, 'vendor'));
  if (!tarball) return 1;
  writeProject(target, text, tarball, new Date().toISOString().slice(0, 10));
  const history = startHistory(target);
  console.log(
    `✓ a new explainer in ${folder}/. Next:\n\n  cd ${folder}\n  npm install\n  npm start\n`,
  );
  console.log(history);
  console.log('Then `npm run worklist` lists the sentences to examine, with cues.');
  return 0;
}

/**
 * Makes the project a git repository on `main`, with a first commit when git knows who is
 * committing. The repository's history is the explainer's published record: `npm run check --
 * --since <ref>` reads it. Returns what to tell the user.
 */
function startHistory(target: string): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: target, encoding: 'utf8' });
  if (git('init', '-q', '-b', 'main').status !== 0)
    return 'git could not make the project a repository; run `git init -b main` in it, then commit.';
  const identity = git('var', 'GIT_COMMITTER_IDENT').status === 0;
  if (identity && git('add', '-A').status === 0) {
    const commit = git('commit', '-q', '-m', 'A new explainer, from `npm run new`');
    if (commit.status === 0) return 'It is a git repository on main, with a first commit.';
  }
  return 'It is a git repository on main. Make the first commit once git knows who you are:\n\n  git add -A && git commit -m "A new explainer"\n';
}

/** Packs the engine into `dir`; returns the tarball's file name. */
function pack(dir: string): string | undefined {
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
  const packed = spawnSync(command, [...args, 'pack', '--silent', '--pack-destination', dir], {
    cwd: engineRoot,
    encoding: 'utf8',
  });
  if (packed.status !== 0) {
    console.error(`✗ packing the engine failed:\n${packed.stderr}`);
    return undefined;
  }
  return packed.stdout.trim().split('\n').at(-1);
}

/** Writes every file of the new project into `target`. */
export function writeProject(
  target: string,
  article: Buffer,
  tarball: string,
  today: string,
): void {
  const engine = JSON.parse(readFileSync(path.join(engineRoot, 'package.json'), 'utf8')) as {
    version: string;
    devDependencies: Record<string, string>;
  };
  const title = draftTitle(article.toString('utf8'))!;
  const name =
    path
      .basename(target)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-') || 'explainer';

  cpSync(template, target, { recursive: true });
  for (const [file, dotted] of DOTTED)
    renameSync(path.join(target, file), path.join(target, dotted));
  const readme = path.join(target, 'README.md');
  writeFileSync(readme, readFileSync(readme, 'utf8').replaceAll('{{title}}', title));
  chmodSync(path.join(target, '.ci/run'), 0o755);
  cpSync(path.join(engineRoot, 'CONTRIBUTING.md'), path.join(target, 'CONTRIBUTING.md'));
  const forms = path.join(engineRoot, '.github/ISSUE_TEMPLATE');
  if (existsSync(forms))
    cpSync(forms, path.join(target, '.github/ISSUE_TEMPLATE'), { recursive: true });

  const versions = engine.devDependencies;
  const pkg = {
    name,
    private: true,
    type: 'module',
    scripts: {
      start: 'astro dev',
      build: 'astro build',
      preview: 'astro preview',
      check: 'explainer check',
      worklist: 'explainer worklist',
      diff: 'explainer diff',
      revise: 'explainer revise',
      test: 'explainer check && astro build && vitest run',
    },
    allowScripts: { node: true, esbuild: true },
    dependencies: { astro: versions.astro, 'explainer-engine': `file:vendor/${tarball}` },
    devDependencies: { node: versions.node, vitest: versions.vitest },
  };
  writeFileSync(path.join(target, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

  const content = path.join(target, 'content');
  mkdirSync(path.join(content, 'claims'), { recursive: true });
  mkdirSync(path.join(content, 'topics'), { recursive: true });
  // The article exactly as received, byte for byte: it is the record.
  writeFileSync(path.join(content, 'article.txt'), article);
  const explainer = {
    title,
    description:
      'An explainer that shows, claim by claim, what in one news article is established and what is not.',
    draft: true,
    organization: { name: PLACEHOLDERS.organization },
    license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    article: {
      title,
      received: today,
      sha256: createHash('sha256').update(article).digest('hex'),
      provenance: [PLACEHOLDERS.provenance],
    },
  };
  writeFileSync(
    path.join(content, 'explainer.yaml'),
    `# The explainer as a whole; every field is described in CONTRIBUTING.md.\n${stringify(explainer)}`,
  );
  writeFileSync(
    path.join(content, 'sources.yaml'),
    '# The source registry: one entry per report or statement.\n[]\n',
  );
  writeFileSync(
    path.join(content, 'claims/overview.yaml'),
    '# The claims of the overview topic.\n[]\n',
  );
  writeFileSync(
    path.join(content, 'topics/overview.mdx'),
    [
      '---',
      'title: Overview',
      'summary: What the article says, and what in it is established.',
      'order: 1',
      `reviewed: ${today}`,
      '---',
      '',
      'A short, neutral introduction for a reader new to the subject.',
      '',
      '<StatusBox/>',
      '',
    ].join('\n'),
  );
}
