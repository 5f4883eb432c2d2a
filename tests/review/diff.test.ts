/**
 * npm run diff: a branch that changes a status prints that change, with the citation that
 * changed and the reason from the claim's history, as a reviewer reads it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, repoRoot } from '../helpers/fixture.ts';

const copy = copyFixture();
const repo = path.dirname(copy.dir);
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: repo,
  });
afterAll(() => copy.remove());

git('init', '-q', '-b', 'main');
git('add', '.');
git('commit', '-q', '-m', 'The fixture');
// A branch that adds a named source for the critics' claim and makes it "reported".
copy.write(
  'sources.yaml',
  `${copy.read('sources.yaml')}- id: gazette-report\n  title: Report on the footbridge\n  publisher: Riverside Gazette\n  kind: news-report\n  date: 2026-03-05\n  grade: C\n  gradeReason: A local paper quoting critics it does not name.\n`,
);
copy.edit(
  'claims/bridge.yaml',
  '  status: opinion\n  citations:\n    - source: unnamed-critics\n      stance: supports',
  '  status: reported\n  citations:\n    - source: unnamed-critics\n      stance: supports\n    - source: gazette-report\n      stance: supports',
);
copy.edit(
  'claims/bridge.yaml',
  '  rationale: A judgement about value',
  '  history:\n    - date: 2026-11-30\n      from: opinion\n      to: reported\n      reason: The Gazette reports the criticism.\n  rationale: A judgement about value',
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
      '1 status change, 1 source added.',
      '',
      '### Status changes',
      '',
      '| Claim | Old → new | Citations that changed | Why (its history) |',
      '|---|---|---|---|',
      '| `bridge-is-waste`: Unnamed critics call the footbridge a waste of money. | opinion → **reported** | `gazette-report` (C) added, supports | The Gazette reports the criticism. |',
      '',
      '### Sources',
      '',
      '| Source | Change | Why |',
      '|---|---|---|',
      '| `gazette-report`: Report on the footbridge | added, grade C |  |',
      '',
      '',
    ]);
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
});
