/**
 * Lists and reads an explainer's content folder: the only code that touches its files.
 *
 * What it may hold is the manifest of content kinds (src/core/kinds.ts): explainer.yaml,
 * article.txt, sources.yaml, claims/*.yaml, topics/*.mdx, and the optional files.
 *
 * Nothing else is accepted: no other kind of file, no folder inside claims/ or topics/, no
 * symbolic link (it could name a file outside the folder), nothing that is not a regular file,
 * nothing that is not UTF-8, and no more than LIMITS allow. Each file is opened without
 * following links and its size is checked before a byte is read.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
} from 'node:fs';
import path from 'node:path';
import { folderList, KINDS, type KindName, layoutList, type Manifest } from '../core/kinds.ts';
import { LIMITS } from '../core/limits.ts';
import { type Location, type Problem, problem } from './problems.ts';

/** Where each kind's files are, by kind: `sources.yaml`, or the folder `claims`. */
export const LAYOUT = Object.fromEntries(
  Object.entries(KINDS).map(([name, kind]) => [
    name,
    typeof kind.path === 'string' ? kind.path : kind.path.folder,
  ]),
) as { readonly [K in KindName]: string };

/** What a file in the content folder is, by where it is and what it is called: its kind's name. */
export type FileKind = string;

/** A content file that was read: its text, and the names it goes by. */
export interface ContentFile {
  kind: FileKind;
  /** The absolute path. */
  path: string;
  /** The path relative to the working directory, as messages show it. */
  shown: string;
  /** The path inside the content folder, with forward slashes: `claims/territory.yaml`. */
  relative: string;
  /** The text: the bytes as UTF-8, without a byte-order mark. */
  text: string;
  /** The bytes exactly as in the file, a byte-order mark included: what a hash is taken of. */
  bytes: Buffer;
}

export interface ContentListing {
  /** The content folder, as an absolute path. */
  root: string;
  /** Every file read, sorted by path so reports are stable. */
  files: ContentFile[];
  /** Files that exist but could not be read; checks that depend on them are suspended. */
  unreadable: string[];
  problems: Problem[];
}

/** Shows a path as messages do: relative to the working directory. */
export function shownPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/**
 * The kind of the file at `relative` (forward slashes, inside the content folder), if the
 * layout has a place for it: a top-level file of a kind, or a file with its kind's extension
 * directly in its kind's folder.
 */
export function kindOf(relative: string, kinds: Manifest = KINDS): FileKind | undefined {
  const parts = relative.split('/');
  for (const [name, kind] of Object.entries(kinds)) {
    if (typeof kind.path === 'string') {
      if (parts.length === 1 && parts[0] === kind.path) return name;
    } else if (
      parts.length === 2 &&
      parts[0] === kind.path.folder &&
      parts[1]!.endsWith(kind.path.extension) &&
      parts[1]!.length > kind.path.extension.length
    ) {
      return name;
    }
  }
  return undefined;
}

/** Lists and reads every file in `contentDir`, refusing whatever the layout does not allow. */
export function readContentFolder(contentDir: string, kinds: Manifest = KINDS): ContentListing {
  const topLevel = new Map<string, FileKind>();
  const folders = new Map<string, { kind: FileKind; extension: string }>();
  for (const [name, kind] of Object.entries(kinds)) {
    if (typeof kind.path === 'string') topLevel.set(kind.path, name);
    else folders.set(kind.path.folder, { kind: name, extension: kind.path.extension });
  }
  const holds = layoutList(kinds);
  const folderNames = folderList(kinds);
  const root = path.resolve(contentDir);
  const listing: ContentListing = { root, files: [], unreadable: [], problems: [] };
  const at = (file: string): Location => ({ file: shownPath(file), line: 1, column: 1 });
  const refuse = (found: Problem) => listing.problems.push(found);

  let rootStat;
  try {
    rootStat = lstatSync(root);
  } catch {
    refuse(problem('content-missing', at(root)));
    return listing;
  }
  // The folder itself is named by the project's configuration, which a maintainer controls;
  // what is inside it comes from contributors.
  if (!rootStat.isDirectory() && !rootStat.isSymbolicLink()) {
    refuse(problem('content-missing', at(root)));
    return listing;
  }

  const found: { file: string; kind: FileKind; size: number }[] = [];
  const visit = (folder: string, inside: string | undefined) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (error) {
      refuse(problem('file-unreadable', at(folder), { reason: (error as Error).message }));
      return;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      const stat = lstatSync(file, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isSymbolicLink()) {
        listing.unreadable.push(file);
        refuse(problem('file-symlink', at(file)));
        continue;
      }
      const sub = inside === undefined ? folders.get(name) : undefined;
      if (stat.isDirectory()) {
        if (sub) visit(file, name);
        else
          refuse(
            problem('unknown-file', at(file), {
              name: relativeTo(root, file),
              folder: true,
              holds,
            }),
          );
        continue;
      }
      if (!stat.isFile()) {
        listing.unreadable.push(file);
        refuse(problem('file-not-regular', at(file), { folders: folderNames }));
        continue;
      }
      const kind =
        inside === undefined
          ? topLevel.get(name)
          : name.endsWith(folders.get(inside)!.extension)
            ? folders.get(inside)!.kind
            : undefined;
      if (!kind) {
        refuse(
          problem('unknown-file', at(file), { name: relativeTo(root, file), folder: false, holds }),
        );
        continue;
      }
      found.push({ file, kind, size: stat.size });
    }
  };
  visit(root, undefined);

  if (found.length > LIMITS.files) {
    refuse(problem('too-many-files', at(root), { count: found.length, limit: LIMITS.files }));
    listing.unreadable.push(...found.map((f) => f.file));
    return listing;
  }
  const total = found.reduce((sum, f) => sum + f.size, 0);
  if (total > LIMITS.totalBytes) {
    refuse(problem('content-too-large', at(root), { bytes: total, limit: LIMITS.totalBytes }));
    listing.unreadable.push(...found.map((f) => f.file));
    return listing;
  }

  for (const { file, kind } of found) {
    const read = readText(file, folderNames);
    if ('bytes' in read) {
      listing.files.push({
        kind,
        path: file,
        shown: shownPath(file),
        relative: relativeTo(root, file),
        ...read,
      });
    } else {
      listing.unreadable.push(file);
      refuse(read);
    }
  }
  return listing;
}

function relativeTo(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** A file's text and bytes, or the problem that stopped it being read. Never follows a link. */
function readText(
  file: string,
  folders: readonly string[],
): { text: string; bytes: Buffer } | Problem {
  const at = { file: shownPath(file), line: 1, column: 1 };
  let fd: number | undefined;
  try {
    // O_NOFOLLOW: a file swapped for a link after it was listed is refused, not followed.
    // O_NONBLOCK: a file swapped for a pipe cannot hang the check.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return problem('file-not-regular', at, { folders });
    if (stat.size > LIMITS.fileBytes) {
      return problem('file-too-large', at, { bytes: stat.size, limit: LIMITS.fileBytes });
    }
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    const invalid = firstInvalidUtf8(bytes.subarray(0, read));
    if (invalid !== undefined) {
      const before = bytes.subarray(0, invalid).toString('utf8');
      const lines = before.split('\n');
      return problem('file-not-utf8', {
        ...at,
        line: lines.length,
        column: (lines.at(-1)?.length ?? 0) + 1,
      });
    }
    // A byte-order mark, which some editors write, is not part of the text.
    const exact = bytes.subarray(0, read);
    return { text: exact.toString('utf8').replace(/^\ufeff/, ''), bytes: exact };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return problem('file-symlink', at);
    return problem('file-unreadable', at, { reason: (error as Error).message });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The length of the sequence, and the range its second byte must fall in (which rules out
    // overlong forms, surrogates and code points above U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return undefined;
}
