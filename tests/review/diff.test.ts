/**
 * npm run diff: a branch that changes a status prints that change, with the citation that
 * changed and the reason from the claim's history, and what it changed in what we read, as a
 * reviewer reads it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, repoRoot } from '../helpers/fixture.ts';

const copy = copyFixture();
const repo = path.dirname(copy.dir);
const git = (...args: (string | { input: string | Buffer })[]) => {
  const last = args.at(-1);
  const input = typeof last === 'object' ? last.input : undefined;
  const list = args.filter((a): a is string => typeof a === 'string');
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...list],
    {
      cwd: repo,
      input,
      encoding: 'utf8',
    },
  );
};
afterAll(() => copy.remove());

git('init', '-q', '-b', 'main');
git('add', '.');
git('commit', '-q', '-m', 'The fixture');
// A branch that adds a named source for the critics' claim and makes it "reported".
copy.write(
  'sources.yaml',
  `${copy.read('sources.yaml')}- id: gazette-report\n  title: Report on the footbridge\n  publisher: Riverside Gazette\n  kind: news-report\n  date: 2026-03-05\n  grade: C\n  gradeReason: A local paper quoting critics it does not name.\n  read:\n    - copy: The printed paper of 5 March 2026\n      on: 2026-11-30\n      passages:\n        - text: Critics told the Gazette the footbridge was a waste of money.\n`,
);
copy.edit(
  'claims/bridge.yaml',
  '  status: opinion\n  citations:\n    - source: unnamed-critics\n      stance: supports',
  '  status: reported\n  citations:\n    - source: unnamed-critics\n      stance: supports\n    - source: gazette-report\n      stance: supports\n      note: Critics told the paper it was “a waste of money”.',
);
copy.edit(
  'claims/bridge.yaml',
  '  rationale: A judgement about value',
  '  history:\n    - date: 2026-11-30\n      from: opinion\n      to: reported\n      reason: The Gazette reports the criticism.\n  rationale: A judgement about value',
);

// It also keeps a second passage of the minutes, and a reading of them in the Gazette.
copy.edit(
  'sources.yaml',
  '        - text: The council approved the construction of a new footbridge over the Riverside canal.\n',
  '        - text: The council approved the construction of a new footbridge over the Riverside canal.\n        - text: The vote was twelve to three.\n    - at: https://gazette.example/minutes\n      on: 2026-11-30\n      via: The Riverside Gazette\n      passages:\n        - text: The minutes record twelve votes for and three against.\n',
);

describe('npm run diff', () => {
  it('should print a changed status with the citation that changed and why', () => {
    const run = spawnSync(process.execPath, ['src/cli/index.ts', 'diff', 'main', copy.dir], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      '## What this change does to the verdicts (against `main`)',
      '',
      '1 status change, 1 source with changes to what we read, 1 source added.',
      '',
      '### Status changes',
      '',
      '- `bridge-is-waste` `Unnamed critics call the footbridge a waste of money.`: opinion → **reported**. Citations that changed: `gazette-report` (C) added, supports. Why: `The Gazette reports the criticism.`.',
      '',
      '### Sources',
      '',
      '- `council-minutes` `Minutes of the council meeting`: reading `at https://gazette.example/minutes on 2026-11-30 via The Riverside Gazette` added; passage `The vote was twelve to three.` added; passage `The minutes record twelve votes for and three against.` added.',
      '- `gazette-report` `Report on the footbridge`: added, grade C.',
      '',
      '',
    ]);
  });

  it('should compare with content written before the rules on what was read', () => {
    // The minutes as an older explainer had them: grade A, and no reading kept.
    const now = copy.read('sources.yaml');
    const claimsNow = copy.read('claims/bridge.yaml');
    const before = now.replace(/ {2}read:\n(?: {4}.*\n)+?(?=- id: unnamed-critics)/, '');
    expect(before).not.toContain('printed minutes');
    git('checkout', '-q', '-b', 'before-readings', 'main');
    copy.write('sources.yaml', before.replace(/- id: gazette-report[\s\S]*$/, ''));
    copy.write('claims/bridge.yaml', git('show', 'main:content/claims/bridge.yaml'));
    git('commit', '-q', '-am', 'Before what was read was kept');
    git('checkout', '-q', 'main');
    copy.write('sources.yaml', now);
    copy.write('claims/bridge.yaml', claimsNow);
    const run = spawnSync(
      process.execPath,
      ['src/cli/index.ts', 'diff', 'before-readings', copy.dir],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    git('branch', '-q', '-D', 'before-readings');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      "- `council-minutes` `Minutes of the council meeting`: reading `in The council's printed minutes, as filed at the town hall on 2026-03-04` added;",
    );
  });

  it('should refuse a ref git does not know', () => {
    const run = spawnSync(
      process.execPath,
      ['src/cli/index.ts', 'diff', 'no-such-branch', copy.dir],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      '✗ the content at no-such-branch cannot be read: git knows no commit "no-such-branch"\n',
    );
  });

  it('should refuse, in one line, a working tree whose content has a problem', () => {
    copy.edit('claims/bridge.yaml', '  status: reported', '  status: reportd');
    const run = spawnSync(process.execPath, ['src/cli/index.ts', 'diff', 'main', copy.dir], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    copy.edit('claims/bridge.yaml', '  status: reportd', '  status: reported');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('✗ the content has 1 problem; `npm run check` lists them.\n');
  });

  it('should never write a name from a git tree to disk, not even one with ".." in it', () => {
    // A tree git's own checks would refuse, made by hand (red team 2026-12-03, F3): the file
    // content/../../<name> would land two folders above the temporary folder.
    const name = `escaped-${process.pid}.txt`;
    const blob = git('hash-object', '-w', '--stdin', { input: 'escaped\n' }).trim();
    const tree = (mode: string, entry: string, sha: string) =>
      git('hash-object', '-t', 'tree', '--literally', '-w', '--stdin', {
        input: Buffer.concat([Buffer.from(`${mode} ${entry}\0`), Buffer.from(sha, 'hex')]),
      }).trim();
    const top = tree(
      '40000',
      'content',
      tree('40000', '..', tree('40000', '..', tree('100644', name, blob))),
    );
    const commit = git('commit-tree', top, '-m', 'A tree with .. in it').trim();
    git('update-ref', 'refs/heads/evil', commit);
    const places = [
      path.join(os.tmpdir(), name),
      path.join(path.dirname(os.tmpdir()), name),
      path.join(repo, '..', name),
    ];
    for (const args of [
      ['diff', 'evil', copy.dir],
      ['check', copy.dir, '--since', 'evil'],
    ]) {
      const run = spawnSync(process.execPath, ['src/cli/index.ts', ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('there is no content in content at evil');
    }
    for (const place of places) expect(existsSync(place), place).toBe(false);
  });
});
