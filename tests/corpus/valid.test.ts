/**
 * The valid-but-unusual corpus (valid-cases.ts): every case passes the check on its own, and
 * all of them together, applied to one explainer, pass the check and build.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { formatProblem } from '../../src/gate/problems.ts';
import { BUILD_TIMEOUT, type BuildRun, buildAsync } from '../helpers/build.ts';
import { buildDir, type ContentCopy, copyFixture } from '../helpers/fixture.ts';
import { validCases } from './valid-cases.ts';

describe('the valid-but-unusual corpus', () => {
  it('should hold at least 30 cases, each named once', () => {
    expect(validCases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(validCases.map((c) => c.name)).size).toBe(validCases.length);
  });

  it.each(validCases.map((c) => [c.name, c] as const))('should accept %s', (_name, valid) => {
    const copy = copyFixture();
    try {
      valid.apply(copy);
      expect(checkContent(copy.dir).problems.map(formatProblem)).toEqual([]);
    } finally {
      copy.remove();
    }
  });
});

describe('building the whole valid corpus at once', () => {
  let copy: ContentCopy;
  let outDir: string;
  let run: BuildRun;
  beforeAll(async () => {
    copy = copyFixture();
    for (const valid of validCases) valid.apply(copy);
    outDir = path.join(buildDir('valid'), 'dist');
    run = await buildAsync(copy.dir, outDir);
  }, BUILD_TIMEOUT);
  afterAll(() => {
    copy.remove();
    rmSync(path.dirname(outDir), { recursive: true, force: true });
  });

  it('should pass the check', () => {
    expect(checkContent(copy.dir).problems.map(formatProblem)).toEqual([]);
  });

  it('should build', () => {
    expect(run.code, run.output).toBe(0);
  });

  it('should publish a page for every claim the cases add', () => {
    const missing = validCases
      .flatMap((c) => c.claims)
      .filter((id) => !existsSync(path.join(outDir, 'claims', id, 'index.html')));
    expect(missing).toEqual([]);
  });

  it('should put the box inside details, and every card where its page places it', () => {
    const page = readFileSync(path.join(outDir, 'topics/box-in-details/index.html'), 'utf8');
    expect(page).toMatch(/<details>[\s\S]*data-box="established-vs-unverified"[\s\S]*<\/details>/);
    const quoted = readFileSync(path.join(outDir, 'topics/card-in-quote/index.html'), 'utf8');
    expect(quoted).toMatch(/<blockquote>[\s\S]*id="card-in-quote-claim"[\s\S]*<\/blockquote>/);
  });
});
