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
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { LIMITS } from '../core/limits.ts';
import { checkFiles } from '../gate/check.ts';
import { type ContentFile, firstInvalidUtf8, kindOf } from '../gate/files.ts';
import { formatProblem, printable, problem } from '../gate/problems.ts';
import { parseListing } from '../gate/read.ts';
import { draftTitle, PLACEHOLDERS } from '../model/publishing.ts';
import { reason, shown, whatIsAt } from './paths.ts';

/** The engine's own package: this module is in src/cli/ (or engine/cli/ once packed). */
const engineRoot = fileURLToPath(new URL('../../', import.meta.url));
const template = path.join(engineRoot, 'template');
/** Files that npm pack would drop if they kept their leading dot. */
const DOTTED = new Map([
  ['gitignore', '.gitignore'],
  ['npmrc', '.npmrc'],
  ['gitattributes', '.gitattributes'],
]);

/**
 * Makes the project, or says in one line why not. Everything that can be known beforehand is
 * checked before anything is written: the article (what the new project's own check would
 * refuse in it), and the folder (a new or empty folder, outside the engine). If writing fails
 * midway, what was written is removed again.
 */
export function newProject(args: readonly string[]): number {
  const [article, folder] = args;
  if (args.length !== 2 || !article || !folder) {
    console.error('Usage: npm run new -- <article.txt> <folder>');
    return 2;
  }
  const refuse = (message: string) => {
    console.error(`✗ ${message}`);
    return 1;
  };
  const read = readArticle(article);
  if (!read.ok) return refuse(read.reason);
  const blocked = targetProblem(folder);
  if (blocked) return refuse(blocked);
  const today = new Date().toISOString().slice(0, 10);
  const content = contentFiles(read.bytes, today);
  if (!content) return refuse(`${printable(article)} has no sentences: give the article's text.`);
  const failing = ownCheck(content, article, folder);
  if (failing) return refuse(failing);

  const target = path.resolve(folder);
  const made = create(target, read.bytes, today);
  if (!made.ok) return refuse(made.reason);
  const history = startHistory(target);
  const where = printable(folder);
  console.log(
    `✓ a new explainer in ${where}/. Next:\n\n  cd ${where}\n  npm install\n  npm start\n`,
  );
  console.log(history);
  console.log('Then `npm run worklist` lists the sentences to examine, with cues.');
  return 0;
}

type Read = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * The article's bytes, or why the new project's check would refuse them, as the gate reads a
 * file (src/gate/files.ts): an ordinary file, at most LIMITS.fileBytes, UTF-8.
 */
function readArticle(given: string): Read {
  const name = printable(given);
  const fix = 'give the article as a plain-text file';
  const fail = (why: string): Read => ({ ok: false, reason: why });
  const found = whatIsAt(given);
  if (found.kind === 'missing') return fail(`${name} does not exist: ${fix}.`);
  if (found.kind === 'folder') return fail(`${name} is a folder, not a file: ${fix}.`);
  if (found.kind === 'other') return fail(`${name} is not an ordinary file: ${fix}.`);
  if (found.kind === 'unreadable') return fail(`${name} cannot be read (${found.reason}): ${fix}.`);
  let bytes: Buffer;
  try {
    // The size first, so that a file far too large is not read at all.
    const size = statSync(given).size;
    if (size > LIMITS.fileBytes)
      return fail(
        `${name} is ${size} bytes, and an article may be at most ${LIMITS.fileBytes} (the check refuses a larger one): give the article's text alone.`,
      );
    bytes = readFileSync(given);
  } catch (error) {
    return fail(`${name} cannot be read (${reason(error)}): ${fix}.`);
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== undefined) {
    const lines = bytes.subarray(0, invalid).toString('utf8').split('\n');
    const at = { file: given, line: lines.length, column: lines.at(-1)!.length + 1 };
    return fail(formatProblem(problem('file-not-utf8', at)));
  }
  return { ok: true, bytes };
}

/**
 * Why the project cannot be made in `folder`, or undefined. It must be a new or empty folder,
 * and outside the engine: inside it, the engine's template would be copied into itself, and
 * the engine's package, lint and tests would take the project in.
 */
function targetProblem(folder: string): string | undefined {
  const name = printable(folder);
  const target = path.resolve(folder);
  const engine = realpathSync(engineRoot);
  const real = realTarget(target);
  if (real === engine || real.startsWith(engine + path.sep)) {
    const instead = path.join(
      path.dirname(engine),
      real === engine ? 'my-explainer' : path.basename(real),
    );
    return `${name} is ${real === engine ? 'the engine' : `inside the engine (${shown(engine)})`}: a new explainer is a project of its own; give a folder outside the engine, such as ${shown(instead)}.`;
  }
  const found = whatIsAt(folder);
  const fix = 'give a new folder for the project';
  switch (found.kind) {
    case 'file':
      return `${name} is a file: ${fix}.`;
    case 'other':
      return `${name} is not a folder: ${fix}.`;
    case 'unreadable':
      return `${name} cannot be read (${found.reason}): ${fix}.`;
    case 'missing':
      return found.below
        ? `${name} cannot be made, since ${found.below} is a file: ${fix}.`
        : undefined;
    case 'folder':
      try {
        if (!readdirSync(folder).length) return undefined;
      } catch (error) {
        return `${name} cannot be read (${reason(error)}): ${fix}.`;
      }
      return `${name} is not empty: give a new folder, so nothing there is overwritten.`;
  }
}

/** Where `target` really is: the real path of the part that exists, and the rest. */
function realTarget(target: string): string {
  let rest = '';
  for (let at = target; ; at = path.dirname(at)) {
    try {
      return path.join(realpathSync(at), rest);
    } catch {
      if (path.dirname(at) === at) return target;
      rest = path.join(path.basename(at), rest);
    }
  }
}

/**
 * Runs the gate on the content the project would start with, in memory, before anything is
 * written: the project's first `npm run check` gives the same answer. Returns its first
 * problem as one line, or undefined.
 */
function ownCheck(
  content: Map<string, Buffer>,
  article: string,
  folder: string,
): string | undefined {
  const root = path.resolve(folder, 'content');
  const files: ContentFile[] = [...content].map(([relative, bytes]) => ({
    kind: kindOf(relative)!,
    path: path.join(root, relative),
    shown: relative === 'article.txt' ? article : path.join(folder, 'content', relative),
    relative,
    text: bytes.toString('utf8').replace(/^\ufeff/, ''),
    bytes,
  }));
  const { problems } = checkFiles(parseListing({ root, files, unreadable: [], problems: [] }));
  const first = problems[0];
  if (!first) return undefined;
  return first.file === article
    ? formatProblem(first)
    : `${printable(article)} would make a project that fails its own check: ${formatProblem(first)}`;
}

/** Makes the project in `target`; if that fails, removes what it wrote. */
function create(
  target: string,
  article: Buffer,
  today: string,
): { ok: true } | { ok: false; reason: string } {
  const existed = existsSync(target);
  let made: string | undefined;
  const undo = () => {
    try {
      if (existed)
        for (const entry of readdirSync(target))
          rmSync(path.join(target, entry), { recursive: true, force: true });
      else if (made) rmSync(made, { recursive: true, force: true });
    } catch {
      // What cannot be removed stays; the message below says the project was not made.
    }
  };
  try {
    made = mkdirSync(path.join(target, 'vendor'), { recursive: true });
    const packed = pack(path.join(target, 'vendor'));
    if (!packed.ok) {
      undo();
      return {
        ok: false,
        reason: `packing the engine failed, so no project was made: ${packed.reason}`,
      };
    }
    writeProject(target, article, packed.tarball, today);
    return { ok: true };
  } catch (error) {
    undo();
    return {
      ok: false,
      reason: `${shown(target)} could not be written (${reason(error)}), so no project was made: give a folder you can write to.`,
    };
  }
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

/** Packs the engine into `dir`: the tarball's file name, or npm's last word on why not. */
function pack(dir: string): { ok: true; tarball: string } | { ok: false; reason: string } {
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
  const packed = spawnSync(command, [...args, 'pack', '--silent', '--pack-destination', dir], {
    cwd: engineRoot,
    encoding: 'utf8',
  });
  const tarball = packed.stdout?.trim().split('\n').at(-1);
  if (packed.status !== 0 || !tarball) {
    const said = `${packed.stderr ?? ''}`.trim().split('\n').at(-1) || packed.error?.message;
    return { ok: false, reason: printable(said || `npm pack exited with ${packed.status}`) };
  }
  return { ok: true, tarball };
}

/** The title the project starts with, from the article as the gate reads it (no byte-order mark). */
function titleOf(article: Buffer): string | undefined {
  return draftTitle(article.toString('utf8').replace(/^\ufeff/, ''));
}

/**
 * The content the project starts with, by path inside content/: the article byte for byte,
 * a draft explainer.yaml, an empty source registry, no claims and one topic page. Undefined
 * when the article has no sentence to take a title from.
 */
export function contentFiles(article: Buffer, today: string): Map<string, Buffer> | undefined {
  const title = titleOf(article);
  if (title === undefined) return undefined;
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
      // Of the bytes exactly as received, a byte-order mark included, as the gate takes it.
      sha256: createHash('sha256').update(article).digest('hex'),
      provenance: [PLACEHOLDERS.provenance],
    },
  };
  const text = (value: string) => Buffer.from(value, 'utf8');
  return new Map([
    // The article exactly as received, byte for byte: it is the record.
    ['article.txt', article],
    [
      'explainer.yaml',
      text(
        `# The explainer as a whole; every field is described in CONTRIBUTING.md.\n${stringify(explainer)}`,
      ),
    ],
    ['sources.yaml', text('# The source registry: one entry per report or statement.\n[]\n')],
    ['claims/overview.yaml', text('# The claims of the overview topic.\n[]\n')],
    [
      'topics/overview.mdx',
      text(
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
      ),
    ],
  ]);
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
  const content = contentFiles(article, today);
  if (!content) throw new Error('the article has no sentences');
  const title = titleOf(article)!;
  const name =
    path
      .basename(target)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-') || 'explainer';

  cpSync(template, target, { recursive: true });
  for (const [file, dotted] of DOTTED)
    renameSync(path.join(target, file), path.join(target, dotted));
  const readme = path.join(target, 'README.md');
  // A function, so that `$&`, `$'` or `` $` `` in the title are not read as patterns.
  writeFileSync(
    readme,
    readFileSync(readme, 'utf8').replaceAll('{{title}}', () => title),
  );
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

  for (const [relative, bytes] of content) {
    const file = path.join(target, 'content', relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
}
