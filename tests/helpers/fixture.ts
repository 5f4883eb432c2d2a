/**
 * The tiny fixture explainer, and disposable copies of it that a test can break on purpose.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: builds run here, and reported paths are relative to the cwd. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The fixture explainer every test builds on. */
export const fixtureDir = path.join(repoRoot, 'tests/fixtures/tiny/content');

/** A fresh directory under the system's temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `explainer-${prefix}-`));
}

/**
 * A fresh directory for a build's output, inside the project. Astro puts a build's prerender
 * chunks in the project's .astro/ when the output folder is outside it, where two builds at
 * once overwrite each other's; inside the project, each build keeps its own.
 */
export function buildDir(prefix: string): string {
  const root = path.join(repoRoot, '.builds');
  mkdirSync(root, { recursive: true });
  return mkdtempSync(path.join(root, `${prefix}-`));
}

export interface ContentCopy {
  /** The copy's content folder. */
  dir: string;
  /** A file of the copy by its path inside the content folder, as checkContent reports it. */
  shown(file: string): string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces `from` (which must occur exactly once) with `to`, so a typo in a test cannot pass unnoticed. */
  edit(file: string, from: string, to: string): void;
  /** Deletes one file of the copy. */
  unlink(file: string): void;
  /** Removes the temporary copy. */
  remove(): void;
}

/** Copies the fixture explainer into a temporary folder (or into `root`, a new folder). */
export function copyFixture(root = tempDir('content')): ContentCopy {
  const dir = path.join(root, 'content');
  cpSync(fixtureDir, dir, { recursive: true });
  const full = (file: string) => path.join(dir, file);
  return {
    dir,
    shown: (file) => path.relative(process.cwd(), full(file)),
    read: (file) => readFileSync(full(file), 'utf8'),
    write: (file, text) => writeFileSync(full(file), text),
    edit(file, from, to) {
      const text = readFileSync(full(file), 'utf8');
      const count = text.split(from).length - 1;
      if (count !== 1)
        throw new Error(
          `expected ${JSON.stringify(from)} once in ${file}, found it ${count} times`,
        );
      writeFileSync(
        full(file),
        text.replace(from, () => to),
      );
    },
    unlink: (file) => rmSync(full(file)),
    remove: () => {
      if (existsSync(root)) rmSync(root, { recursive: true, force: true });
    },
  };
}
