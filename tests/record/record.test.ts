/**
 * The record corpus (cases.ts): each change to a published explainer gets exactly the expected
 * problems from `npm run check -- --since main`, or none; and the command itself says so.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/gate/problems.ts';
import { repoRoot } from '../helpers/fixture.ts';
import { type PublishedCopy, publishedCopy } from './published.ts';
import { type RecordCase, recordCases } from './cases.ts';

/** The expected lines with files shown as the check shows them: relative to the working directory. */
function expectedLines(copy: PublishedCopy, recordCase: RecordCase): string[] {
  return recordCase.expected.map((line) => {
    if (line.startsWith('main:')) return line;
    const at = line.search(/:\d+:\d+ {2}/);
    return `${copy.shown(line.slice(0, at))}${line.slice(at)}`;
  });
}

describe('the record corpus', () => {
  it('should hold cases the record allows and cases it refuses, each named once', () => {
    expect(recordCases.filter((c) => !c.expected.length).length).toBeGreaterThanOrEqual(8);
    expect(recordCases.filter((c) => c.expected.length).length).toBeGreaterThanOrEqual(15);
    expect(new Set(recordCases.map((c) => c.name)).size).toBe(recordCases.length);
  });

  describe.each(recordCases.map((c) => [c.name, c] as const))('%s', (_name, recordCase) => {
    let copy: PublishedCopy;
    beforeAll(() => {
      copy = publishedCopy();
      recordCase.apply(copy);
    }, 30_000);
    afterAll(() => copy.remove());

    it('should get exactly the expected problems --since the published version', () => {
      expect(copy.checkSince().problems.map(formatProblem)).toEqual(
        expectedLines(copy, recordCase),
      );
    });
  });
});

describe('npm run check -- --since', () => {
  const run = (copy: PublishedCopy, ...args: string[]) =>
    spawnSync(process.execPath, ['src/cli/index.ts', 'check', copy.dir, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
    });

  it('should pass, saying so, when nothing published changed without a record', () => {
    const copy = publishedCopy();
    const result = run(copy, '--since', 'main');
    copy.remove();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /is valid: 4 claims, 5 sources, 2 topics; nothing published at main changed without a record \(\d+ ms\)\n$/,
    );
  });

  it('should fail, naming the claim, when a published status changed silently', () => {
    const copy = publishedCopy();
    recordCases.find((c) => c.name === 'a published status changed without an entry')!.apply(copy);
    const result = run(copy, '--since', 'main');
    copy.remove();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('claim "us-pays-half" was published at main');
  });

  it('should fail in one line, never pass, when the published version cannot be read', () => {
    const copy = publishedCopy();
    const result = run(copy, '--since', 'no-such-ref');
    copy.remove();
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      '✗ the published version at no-such-ref cannot be read: git knows no commit "no-such-ref"\n',
    );
  });

  it('should refuse a ref that looks like an option', () => {
    const copy = publishedCopy();
    const result = run(copy, '--since', '--output=x');
    copy.remove();
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
  });

  it('should read a file committed as executable like any other (red team of the record, R1)', () => {
    const copy = publishedCopy();
    chmodSync(path.join(copy.dir, 'claims/budget.yaml'), 0o755);
    copy.commit('Modes only');
    recordCases.find((c) => c.name === 'a published status changed without an entry')!.apply(copy);
    const result = run(copy, '--since', 'main');
    copy.remove();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('claim "us-pays-half" was published at main');
  });

  it('should refuse to compare with a published version it cannot read in full (R3)', () => {
    const copy = publishedCopy();
    copy.write('sources.yaml', `${copy.read('sources.yaml')}<<<<<<< HEAD\n`);
    copy.commit('A merge conflict, committed');
    const result = run(copy, '--since', 'main');
    copy.remove();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^✗ the published version at main cannot be read: main:\S*content\/sources\.yaml:\d+ cannot be read: YAML syntax error/,
    );
  });
});
