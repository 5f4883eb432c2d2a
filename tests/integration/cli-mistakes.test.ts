/**
 * A user's mistake on the command line (a bad path, a missing file, a folder for a file, an
 * article the check would refuse) gets one line that says what is wrong and what to do, a
 * non-zero exit, and no change to anything: never a stack trace (issue 22, red team F10).
 *
 * `npm run new` is run only where it refuses, which it does before packing the engine; the
 * project it writes is made with writeProject, without the tarball, and checked as its own
 * `npm run check` would.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MissingBlock, withCatalogue, withStatusTable } from '../../scripts/docs.ts';
import { check } from '../../src/cli/check.ts';
import { printDiff } from '../../src/cli/diff.ts';
import { newProject, writeProject } from '../../src/cli/new.ts';
import { revise } from '../../src/cli/revise.ts';
import { shown } from '../../src/cli/paths.ts';
import { printWorklist } from '../../src/cli/worklist.ts';
import { LIMITS } from '../../src/core/limits.ts';
import { checkContent } from '../../src/gate/check.ts';
import { draftTitle } from '../../src/model/publishing.ts';
import { copyFixture, fixtureDir, repoRoot, tempDir } from '../helpers/fixture.ts';

const root = tempDir('cli-mistakes');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs `explainer <args>` in a process of its own, from `cwd`: a second or two each. */
function spawned(args: string[], cwd = root) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'src/cli/index.ts'), ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const COMMANDS = { check, diff: printDiff, new: newProject, revise, worklist: printWorklist };

/**
 * Runs `explainer <args>` in this process, as src/cli/index.ts would, with what it prints.
 * The working directory is the repository's, so the tests give absolute paths.
 */
function explainer([name, ...args]: string[]) {
  const out = { stdout: '', stderr: '' };
  const error = vi.spyOn(console, 'error').mockImplementation((...line: unknown[]) => {
    out.stderr += `${line.join(' ')}\n`;
  });
  const log = vi.spyOn(console, 'log').mockImplementation((...line: unknown[]) => {
    out.stdout += `${line.join(' ')}\n`;
  });
  try {
    return { status: COMMANDS[name as keyof typeof COMMANDS](args), ...out };
  } finally {
    error.mockRestore();
    log.mockRestore();
  }
}
const at = (name: string) => path.join(root, name);

/** Every file and folder under `dir`, with its size: what "nothing changed" compares. */
function tree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => `${name} ${statSync(path.join(dir, name)).size}`);
}

/** Writes a file of the temporary folder; its absolute path. */
const write = (name: string, bytes: string | Buffer) => {
  writeFileSync(at(name), bytes);
  return at(name);
};
const ARTICLE = 'The council approved the bridge on 3 March. It will cost a lot.\n';
write('article.txt', ARTICLE);
write('a-file', 'not a folder\n');
mkdirSync(path.join(root, 'a-folder'));
mkdirSync(path.join(root, 'full'));
write('full/kept.txt', 'kept\n');

describe('npm run new, given a mistake', () => {
  const article = at('article.txt');
  const out = at('out');
  const refusals: [string, string[], string][] = [
    ['no folder', [article], 'Usage: npm run new -- <article.txt> <folder>'],
    ['a third argument', [article, out, 'more'], 'Usage: npm run new -- <article.txt> <folder>'],
    [
      'an article that does not exist',
      [at('missing.txt'), out],
      `✗ ${at('missing.txt')} does not exist: give the article as a plain-text file.`,
    ],
    [
      'a folder for the article (EISDIR)',
      [at('a-folder'), out],
      `✗ ${at('a-folder')} is a folder, not a file: give the article as a plain-text file.`,
    ],
    [
      'a Latin-1 article',
      [write('latin1.txt', Buffer.from('Caf\xe9 Central opened. It is fine.\n', 'latin1')), out],
      `✗ ${at('latin1.txt')}:1:4  the file is not valid UTF-8 text from here on  (save the file as UTF-8 in your editor)`,
    ],
    [
      'an article over the limit',
      [write('big.txt', 'The council met. '.repeat(LIMITS.fileBytes / 16)), out],
      `✗ ${at('big.txt')} is ${17 * (LIMITS.fileBytes / 16)} bytes, and an article may be at most ${LIMITS.fileBytes} (the check refuses a larger one): give the article's text alone.`,
    ],
    [
      'an article of NUL bytes',
      [write('nul.txt', '\0\0\0\0'), out],
      `✗ ${at('nul.txt')} has no sentences: give the article's text.`,
    ],
    [
      'an empty article',
      [write('empty.txt', ''), out],
      `✗ ${at('empty.txt')} has no sentences: give the article's text.`,
    ],
    [
      'a byte-order mark alone',
      [write('bom-only.txt', '\ufeff'), out],
      `✗ ${at('bom-only.txt')} has no sentences: give the article's text.`,
    ],
    [
      'a file for the folder (ENOTDIR)',
      [article, at('a-file')],
      `✗ ${at('a-file')} is a file: give a new folder for the project.`,
    ],
    [
      'a folder below a file',
      [article, at('a-file/next/explainer')],
      `✗ ${at('a-file/next/explainer')} cannot be made, since ${at('a-file')} is a file: give a new folder for the project.`,
    ],
    [
      'a folder that is not empty',
      [article, at('full')],
      `✗ ${at('full')} is not empty: give a new folder, so nothing there is overwritten.`,
    ],
  ];

  it.each(refusals)('should refuse %s in one line, and create nothing', (_, args, message) => {
    const before = tree(root);
    const run = explainer(['new', ...args]);
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(message.startsWith('Usage') ? 2 : 1);
    expect(tree(root)).toEqual(before);
  });

  it('should refuse a folder inside the engine, before writing anything there', () => {
    const template = tree(path.join(repoRoot, 'template'));
    for (const [folder, message] of [
      [
        'template/next',
        '✗ template/next is inside the engine (.): a new explainer is a project of its own; give a folder outside the engine, such as ../next.',
      ],
      [
        'next-explainer',
        '✗ next-explainer is inside the engine (.): a new explainer is a project of its own; give a folder outside the engine, such as ../next-explainer.',
      ],
      [
        '.',
        '✗ . is the engine: a new explainer is a project of its own; give a folder outside the engine, such as ../my-explainer.',
      ],
    ] as const) {
      // The working directory is the repository's, as for `npm run new` in the engine.
      const run = explainer(['new', article, folder]);
      expect(run.stderr).toBe(`${message}\n`);
      expect(run.status).toBe(1);
      expect(existsSync(path.join(repoRoot, folder, 'vendor'))).toBe(false);
    }
    expect(existsSync(path.join(repoRoot, 'next-explainer'))).toBe(false);
    // Nothing was left in the template, which every later project copies.
    expect(tree(path.join(repoRoot, 'template'))).toEqual(template);
  });

  it('should remove what it made when packing the engine fails, and say so in one line', () => {
    // An npm that fails as npm does, so the engine is not packed.
    const npm = write(
      'failing-npm.js',
      'console.error("npm error code E_FAKE"); process.exit(3);\n',
    );
    const saved = process.env.npm_execpath;
    process.env.npm_execpath = npm;
    mkdirSync(at('empty'));
    try {
      const before = tree(root);
      for (const folder of [at('new/and/deeper'), at('empty')]) {
        const run = explainer(['new', article, folder]);
        expect(run.stderr).toBe(
          '✗ packing the engine failed, so no project was made: npm error code E_FAKE\n',
        );
        expect(run.status).toBe(1);
      }
      // The folders it made are gone; the empty folder it was given is empty again.
      expect(tree(root)).toEqual(before);
    } finally {
      if (saved === undefined) delete process.env.npm_execpath;
      else process.env.npm_execpath = saved;
    }
  });

  it('should say so from the command line too, with no stack trace', { timeout: 60_000 }, () => {
    const asFolder = spawned(['new', 'a-folder', 'out']);
    expect(asFolder.stderr).toBe(
      '✗ a-folder is a folder, not a file: give the article as a plain-text file.\n',
    );
    expect(asFolder.status).toBe(1);
    const inTemplate = spawned(['new', article, 'template/x'], repoRoot);
    expect(inTemplate.stderr).toBe(
      '✗ template/x is inside the engine (.): a new explainer is a project of its own; give a folder outside the engine, such as ../x.\n',
    );
    expect(inTemplate.status).toBe(1);
    expect(existsSync(path.join(repoRoot, 'template/x'))).toBe(false);
  });
});

describe('the project npm run new writes', () => {
  const made = (name: string, article: string | Buffer) => {
    const target = path.join(root, 'projects', name);
    writeProject(target, Buffer.from(article), 'explainer-engine-0.0.0.tgz', '2026-12-01');
    return target;
  };

  it('should pass its own check when the article starts with a byte-order mark', () => {
    const bom = `\ufeff${ARTICLE}`;
    const target = made('bom', bom);
    // The article is kept byte for byte, the mark included, and its SHA-256 is of those bytes.
    expect(readFileSync(path.join(target, 'content/article.txt'))).toEqual(Buffer.from(bom));
    expect(checkContent(path.join(target, 'content')).problems).toEqual([]);
    expect(readFileSync(path.join(target, 'content/explainer.yaml'), 'utf8')).toContain(
      'title: The council approved the bridge on 3 March.\n',
    );
  });

  it("should put $&, $' and $` in the README's title as they are", () => {
    const target = made('dollars', "The mayor's $& and $' and $` plan. It will cost a lot.\n");
    const readme = readFileSync(path.join(target, 'README.md'), 'utf8');
    const template = readFileSync(path.join(repoRoot, 'template/README.md'), 'utf8');
    expect(readme.split('\n')[0]).toBe("# The mayor's $& and $' and $` plan.");
    expect(readme.split('\n').length).toBe(template.split('\n').length);
    expect(checkContent(path.join(target, 'content')).problems).toEqual([]);
  });

  it('should pass its own check when the first sentence holds controls the article may keep', () => {
    const target = made('controls', 'The council\u202e met\u0007 on\f 3\nMarch. It voted.\n');
    expect(checkContent(path.join(target, 'content')).problems).toEqual([]);
    expect(readFileSync(path.join(target, 'content/explainer.yaml'), 'utf8')).toContain(
      'title: The council met on 3 March.\n',
    );
  });
});

describe('the title npm run new takes from the article', () => {
  it('should leave out what would not show, and be undefined when nothing would', () => {
    expect(draftTitle('\u0000\u0000 \u200b. The council met.')).toBe('The council met.');
    expect(draftTitle('\u202e...\u0007 The council\tmet\r\n today.')).toBe(
      'The council met today.',
    );
    expect(draftTitle('\u0000\u0000\u0000')).toBeUndefined();
    expect(draftTitle('A\u200dB\u200cC met.')).toBe('A\u200dB\u200cC met.');
  });

  it('should never cut a character in half', () => {
    const title = draftTitle(`${'a'.repeat(78)}😀 and more words after it.`)!;
    expect(title).toBe(`${'a'.repeat(78)}…`);
    expect(draftTitle(`${'a'.repeat(77)}😀 and more words after it.`)).toBe(`${'a'.repeat(77)}😀…`);
  });
});

describe('check, worklist, diff and revise, given a path that is wrong', () => {
  const FIX = 'give the content folder, the one that holds explainer.yaml.';
  const folders: [string, string][] = [
    ['missing', `✗ ${at('missing')} does not exist: ${FIX}`],
    ['a-file', `✗ ${at('a-file')} is a file, not a folder: ${FIX}`],
    [
      'a-file/content',
      `✗ ${at('a-file/content')} does not exist, since ${at('a-file')} is a file: ${FIX}`,
    ],
  ];
  const commands: [string, (folder: string) => string[]][] = [
    ['check', (folder) => ['check', folder]],
    ['worklist', (folder) => ['worklist', folder]],
    ['diff', (folder) => ['diff', 'main', folder]],
    ['revise', (folder) => ['revise', at('article.txt'), folder]],
  ];
  for (const [name, args] of commands) {
    it.each(folders)(`${name} should refuse %s in one line`, (folder, message) => {
      const before = tree(root);
      const run = explainer(args(at(folder)));
      expect(run.stderr).toBe(
        `${name === 'revise' ? message.replace('✗ ', '✗ nothing was changed: ') : message}\n`,
      );
      expect(run.stdout).toBe('');
      expect(run.status).toBe(1);
      expect(tree(root)).toEqual(before);
    });
  }

  it('should say so from the command line too, with no stack trace', { timeout: 60_000 }, () => {
    const run = spawned(['check', 'a-file/content']);
    expect(run.stderr).toBe(`✗ a-file/content does not exist, since a-file is a file: ${FIX}\n`);
    expect(run.status).toBe(1);
  });

  it('worklist should refuse an option it does not know, and a second folder', () => {
    const unknown = explainer(['worklist', fixtureDir, '--jsn']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.split('\n')[0]).toMatch(/^✗ Unknown option '--jsn'/);
    expect(unknown.stderr.split('\n')[1]).toBe(
      'Usage: npm run worklist -- [content folder] [--json]',
    );
    const extra = explainer(['worklist', fixtureDir, 'more']);
    expect(extra.status).toBe(2);
    expect(extra.stderr).toBe('Usage: npm run worklist -- [content folder] [--json]\n');
  });

  it('revise should refuse content whose files are not what they should be, changing nothing', () => {
    const copy = copyFixture(at('broken'));
    const shownDir = shown(copy.dir);
    rmSync(path.join(copy.dir, 'article.txt'));
    mkdirSync(path.join(copy.dir, 'article.txt'));
    let before = tree(copy.dir);
    const asFolder = explainer(['revise', at('article.txt'), copy.dir]);
    expect(asFolder.stderr).toBe(
      `✗ nothing was changed: ${shownDir}/article.txt is not a file; \`npm run check\` says what is wrong.\n`,
    );
    expect(asFolder.status).toBe(1);
    expect(tree(copy.dir)).toEqual(before);

    rmSync(path.join(copy.dir, 'article.txt'), { recursive: true });
    cpSync(path.join(fixtureDir, 'article.txt'), path.join(copy.dir, 'article.txt'));
    rmSync(path.join(copy.dir, 'topics'), { recursive: true });
    writeFileSync(path.join(copy.dir, 'topics'), 'a file where the folder was\n');
    before = tree(copy.dir);
    const topics = explainer(['revise', at('article.txt'), copy.dir]);
    expect(topics.stderr).toBe(
      `✗ nothing was changed: ${shownDir}/topics cannot be read (a file stands where a folder should be); \`npm run check\` says what is wrong.\n`,
    );
    expect(topics.status).toBe(1);
    expect(tree(copy.dir)).toEqual(before);
  });
});

describe('npm run revise, on an article with a byte-order mark', () => {
  it('should keep each version byte for byte, and the check should agree with its hashes', () => {
    const target = path.join(root, 'projects', 'bom-revised');
    writeProject(target, Buffer.from(`\ufeff${ARTICLE}`), 'x.tgz', '2026-11-01');
    const content = path.join(target, 'content');
    const next = write('bom-next.txt', `\ufeff${ARTICLE.replace('3 March', '4 March')}`);
    const run = explainer(['revise', next, '--date', '2026-11-20', content]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Sentences: 1 unchanged, 0 moved, 1 changed, 0 removed, 0 added.');
    expect(readFileSync(path.join(content, 'versions/2026-11-01.txt'))).toEqual(
      Buffer.from(`\ufeff${ARTICLE}`),
    );
    expect(checkContent(content).problems).toEqual([]);
    // And once more, to a version without the mark: the text is the same, the bytes are not.
    const plain = write('plain-next.txt', ARTICLE.replace('3 March', '4 March'));
    const again = explainer(['revise', plain, '--date', '2026-11-21', content]);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain(
      'Sentences: 2 unchanged, 0 moved, 0 changed, 0 removed, 0 added.',
    );
    expect(checkContent(content).problems).toEqual([]);
  });
});

describe('npm run docs, on a guide whose generated block lost a line', () => {
  it('should say which file and which line, and what to do', () => {
    const guide = readFileSync(path.join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
    const broken = guide.replace('<!-- limits:end -->', '');
    expect(() => withCatalogue(broken, new Map())).toThrow(MissingBlock);
    expect(() => withCatalogue(broken, new Map())).toThrow(
      'CONTRIBUTING.md has no line `<!-- limits:end -->` after `<!-- limits:start (generated by npm run docs; do not edit by hand) -->`: put the pair of lines back around the generated block (git diff CONTRIBUTING.md shows what was there), then run npm run docs again',
    );
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(() => withStatusTable(readme.replace(/<!-- statuses:start[^\n]*/, ''))).toThrow(
      /^README\.md has no line `<!-- statuses:start/,
    );
  });
});
