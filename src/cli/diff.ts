/**
 * `npm run diff -- <git-ref>`: what the content in the working tree does to the verdicts,
 * compared with the content at <git-ref>, as Markdown for a reviewer.
 *
 *   explainer diff <git-ref> [content]
 *
 * The content at the ref is read from git (git ls-tree and git show) into a temporary folder,
 * and both are read by the gate, so the comparison is of what readers would be shown.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../gate/check.ts';
import { plural } from '../model/format.ts';
import { buildModel } from '../model/model.ts';
import { formatVerdictDiff, verdictDiff } from '../review/diff.ts';

function git(args: string[], cwd: string): { ok: boolean; out: Buffer; error: string } {
  const run = spawnSync('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  return {
    ok: run.status === 0,
    out: run.stdout ?? Buffer.alloc(0),
    error: run.stderr?.toString() ?? '',
  };
}

export function printDiff(args: readonly string[]): number {
  const [ref, folder = 'content'] = args;
  if (!ref) {
    console.error('Usage: npm run diff -- <git-ref> [content folder]');
    return 2;
  }
  const contentDir = path.resolve(folder);
  const top = git(['rev-parse', '--show-toplevel'], contentDir);
  if (!top.ok) {
    console.error(`✗ ${folder} is not in a git repository, so there is nothing to compare with.`);
    return 1;
  }
  const root = top.out.toString().trim();
  const relative = path.relative(root, contentDir).split(path.sep).join('/');
  const listed = git(['ls-tree', '-r', '-z', '--name-only', ref, '--', relative], root);
  if (!listed.ok) {
    console.error(`✗ git does not know ${ref}: ${listed.error.trim()}`);
    return 1;
  }
  const before = mkdtempSync(path.join(os.tmpdir(), 'explainer-diff-'));
  try {
    const oldDir = path.join(before, 'content');
    mkdirSync(oldDir, { recursive: true });
    for (const file of listed.out.toString().split('\0').filter(Boolean)) {
      const target = path.join(oldDir, path.relative(relative, file));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, git(['show', `${ref}:${file}`], root).out);
    }
    const now = checkContent(contentDir);
    if (!now.input) {
      console.error(
        `✗ the content has ${plural(now.problems.length, 'problem')}; \`npm run check\` lists them.`,
      );
      return 1;
    }
    // The content at the ref is read as it was written: the rules of its day may have allowed
    // a status today's rules refuse, and the diff is about what readers were shown.
    const then = checkContent(oldDir, { rules: false });
    if (!then.input) {
      console.log(
        `The content at \`${ref}\` does not pass the check, so there are no verdicts to compare with.`,
      );
      return 0;
    }
    console.log(formatVerdictDiff(verdictDiff(buildModel(then.input), buildModel(now.input)), ref));
    return 0;
  } finally {
    rmSync(before, { recursive: true, force: true });
  }
}
