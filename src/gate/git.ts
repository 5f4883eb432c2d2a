/**
 * Reads a content folder as a git commit has it, in memory: what `--since <ref>` compares with
 * and what `npm run diff -- <ref>` shows the change against. Nothing is ever written to disk,
 * so no name in a tree (`..` included, which some git hosts accept) can reach outside the
 * folder; only blobs of the kinds the layout has a place for are read, each within the size
 * limit, and git runs without a shell.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { KINDS, type Manifest } from '../core/kinds.ts';
import { LIMITS } from '../core/limits.ts';
import { type ContentFile, type ContentListing, firstInvalidUtf8, kindOf } from './files.ts';

export type GitContent =
  { ok: true; listing: ContentListing; commit: string } | { ok: false; reason: string };

function git(args: readonly string[], cwd: string, input?: Buffer) {
  // Room for the most content the gate reads, and its headers.
  const run = spawnSync('git', args, {
    cwd,
    input,
    maxBuffer: LIMITS.totalBytes + 16 * 1024 * 1024,
  });
  return {
    ok: run.status === 0,
    out: run.stdout ?? Buffer.alloc(0),
    error: (run.stderr?.toString().trim() || run.error?.message || `git ${args[0]} failed`).trim(),
  };
}

/**
 * The content folder `contentDir` as commit `ref` has it. Files are shown in messages as
 * `<ref>:<path in the repository>`; their paths are placed under a folder that does not exist,
 * so that nothing can mistake them for files on disk.
 */
export function readContentAt(
  ref: string,
  contentDir: string,
  kinds: Manifest = KINDS,
): GitContent {
  if (!ref || ref.startsWith('-')) return { ok: false, reason: `"${ref}" is not a git ref` };
  let dir: string;
  try {
    // The real path, as git names it: a folder reached through a link is the same folder.
    dir = realpathSync(path.resolve(contentDir));
  } catch {
    return { ok: false, reason: `there is no content folder ${contentDir}` };
  }
  const top = git(['rev-parse', '--show-toplevel'], dir);
  if (!top.ok) return { ok: false, reason: `${dir} is not in a git repository` };
  const repo = realpathSync(top.out.toString().trim());
  const commit = git(
    ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
    repo,
  );
  if (!commit.ok) return { ok: false, reason: `git knows no commit "${ref}"` };
  const sha = commit.out.toString().trim();
  const inRepo = path.relative(repo, dir).split(path.sep).join('/');
  const listed = git(['ls-tree', '-r', '-z', '--full-tree', sha, '--', inRepo || '.'], repo);
  if (!listed.ok) return { ok: false, reason: listed.error };

  const root = path.join(path.parse(dir).root, '.explainer-baseline', sha, 'content');
  const wanted: { object: string; relative: string; kind: string }[] = [];
  for (const line of listed.out.toString().split('\0').filter(Boolean)) {
    const tab = line.indexOf('\t');
    const [mode, type, object] = line.slice(0, tab).split(' ');
    const file = line.slice(tab + 1);
    const relative = inRepo ? file.slice(inRepo.length + 1) : file;
    if (inRepo && !file.startsWith(`${inRepo}/`)) continue;
    if (relative.split('/').some((part) => part === '..' || part === '.' || part === '')) continue;
    const kind = kindOf(relative, kinds);
    if (!kind) continue;
    // A file of the record that is not an ordinary file (a link, a submodule) was not
    // published as content: the record cannot be read. (The executable bit changes nothing.)
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755') || !object)
      return { ok: false, reason: `${ref}:${file} is not an ordinary file` };
    wanted.push({ object, relative, kind });
  }
  if (!wanted.length)
    return { ok: false, reason: `there is no content in ${inRepo || '.'} at ${ref}` };
  if (wanted.length > LIMITS.files)
    return { ok: false, reason: `the content at ${ref} holds more than ${LIMITS.files} files` };

  const sizes = git(
    ['cat-file', '--batch-check=%(objectname) %(objectsize)'],
    repo,
    Buffer.from(wanted.map((w) => w.object).join('\n') + '\n'),
  );
  if (!sizes.ok) return { ok: false, reason: sizes.error };
  const size = new Map(
    sizes.out
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ') as [string, string]),
  );
  // Every file of the record is read, or none is: a record read in part would pass silently.
  const tooLarge = wanted.find((w) => Number(size.get(w.object)) > LIMITS.fileBytes);
  if (tooLarge)
    return {
      ok: false,
      reason: `${ref}:${inRepo ? `${inRepo}/` : ''}${tooLarge.relative} is over ${LIMITS.fileBytes} bytes`,
    };
  const total = wanted.reduce((sum, w) => sum + Number(size.get(w.object)), 0);
  if (total > LIMITS.totalBytes)
    return { ok: false, reason: `the content at ${ref} is over ${LIMITS.totalBytes} bytes` };
  const readable = wanted;
  const blobs = git(
    ['cat-file', '--batch'],
    repo,
    Buffer.from(readable.map((w) => w.object).join('\n') + '\n'),
  );
  if (!blobs.ok) return { ok: false, reason: blobs.error };

  const files: ContentFile[] = [];
  let offset = 0;
  for (const want of readable) {
    const header = blobs.out.indexOf(0x0a, offset);
    const length = Number(blobs.out.subarray(offset, header).toString().split(' ')[2]);
    const bytes = blobs.out.subarray(header + 1, header + 1 + length);
    offset = header + 1 + length + 1;
    if (firstInvalidUtf8(bytes) !== undefined)
      return {
        ok: false,
        reason: `${ref}:${inRepo ? `${inRepo}/` : ''}${want.relative} is not UTF-8 text`,
      };
    files.push({
      kind: want.kind,
      path: path.join(root, ...want.relative.split('/')),
      shown: `${ref}:${inRepo ? `${inRepo}/` : ''}${want.relative}`,
      relative: want.relative,
      text: bytes.toString('utf8').replace(/^\ufeff/, ''),
      bytes,
    });
  }
  files.sort((a, b) => a.relative.localeCompare(b.relative));
  return { ok: true, commit: sha, listing: { root, files, unreadable: [], problems: [] } };
}
