/**
 * What is at a path given on the command line, so that a command can say in one line what is
 * wrong with it (missing, a file where a folder is wanted, below a file) instead of failing
 * later with the operating system's error and a stack trace.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { printable } from '../gate/problems.ts';

/** The option values `parseArgs` gives for `options`. */
type ParsedValues<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true }>
>['values'];

export type Found =
  | { kind: 'file' | 'folder' | 'other' }
  /** Nothing is there; `below` is the nearest enclosing path that is a file, if one is. */
  | { kind: 'missing'; below?: string }
  | { kind: 'unreadable'; reason: string };

/** What `given` is, following links as the commands read it. */
export function whatIsAt(given: string): Found {
  try {
    const stat = statSync(given);
    return { kind: stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      return { kind: 'unreadable', reason: reason(error) };
  }
  // Nothing there: is the way to it blocked by a file?
  for (let up = path.dirname(path.resolve(given)); ; up = path.dirname(up)) {
    try {
      // Written as the path was given: in full when it was given in full.
      if (!statSync(up).isDirectory())
        return { kind: 'missing', below: path.isAbsolute(given) ? printable(up) : shown(up) };
      return { kind: 'missing' };
    } catch {
      if (path.dirname(up) === up) return { kind: 'missing' };
    }
  }
}

/**
 * A path as messages show it, printable: relative to the working directory when it is in it or
 * beside it (`content`, `../next`), else in full.
 */
export function shown(file: string): string {
  const full = path.resolve(file);
  const relative = path.relative(process.cwd(), full) || '.';
  return printable(relative.startsWith(`..${path.sep}..`) ? full : relative);
}

/** The operating system's reason, in a few words: "permission denied". */
export function reason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
    ENOTDIR: 'a file stands where a folder should be',
    EISDIR: 'a folder stands where a file should be',
  };
  return printable((code && words[code]) ?? message ?? String(error));
}

/**
 * Why `given` cannot be read as a content folder, in one line without the "✗ ", or undefined
 * when it is a folder.
 */
export function contentFolderProblem(given: string): string | undefined {
  const found = whatIsAt(given);
  const what = printable(given);
  const fix = 'give the content folder, the one that holds explainer.yaml';
  switch (found.kind) {
    case 'folder':
      return undefined;
    case 'file':
      return `${what} is a file, not a folder: ${fix}`;
    case 'other':
      return `${what} is not a folder: ${fix}`;
    case 'unreadable':
      return `${what} cannot be read (${found.reason}): ${fix}`;
    case 'missing':
      return found.below
        ? `${what} does not exist, since ${found.below} is a file: ${fix}`
        : `${what} does not exist: ${fix}`;
  }
}

/**
 * A command's options and its one optional content folder, or the exit code after saying, in
 * one line, what is wrong with them (2, as for any misuse of a command).
 */
export function parseCommand<const O extends ParseArgsOptionsConfig>(
  args: readonly string[],
  options: O,
  usage: string,
): { values: ParsedValues<O>; folder: string } | number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options });
  } catch (error) {
    console.error(`✗ ${printable((error as Error).message)}\n${usage}`);
    return 2;
  }
  if (parsed.positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  return { values: parsed.values, folder: parsed.positionals[0] ?? 'content' };
}
