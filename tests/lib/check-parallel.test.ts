/**
 * The parallel check (worker threads parse the topic pages of a large explainer) must report
 * exactly what the single-threaded check reports.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateExplainer, writeExplainer } from '../../scripts/bench/generate.ts';
import { checkContent, checkContentInParallel } from '../../src/lib/check.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { PARALLEL_FROM, prescanTopics } from '../../src/lib/topic-scan-pool.ts';
import { tempDir } from '../helpers/fixture.ts';

describe('the content check on a large explainer', () => {
  const root = tempDir('parallel');
  const dir = path.join(root, 'content');
  const topics = PARALLEL_FROM + 12;
  writeExplainer(generateExplainer({ topics }), dir);
  const page = (n: number) => path.join(dir, 'topics', `topic-${String(n).padStart(4, '0')}.mdx`);
  // Three mistakes on three pages: a script, a claim that does not exist, broken MDX.
  appendFileSync(page(3), '\n<script>alert(1)</script>\n');
  appendFileSync(page(17), '\n<Claim id="no-such-claim"/>\n');
  writeFileSync(page(40), readFileSync(page(40), 'utf8').replace('<StatusBox/>', '<StatusBox'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('should parse the topic pages in worker threads', async () => {
    expect((await prescanTopics(dir, 2)).size).toBe(topics);
  });

  it('should report exactly what the single-threaded check reports', async () => {
    const parallel = (await checkContentInParallel(dir)).problems.map(formatProblem);
    expect(parallel).toEqual(checkContent(dir).problems.map(formatProblem));
    expect(parallel.map((line) => line.split('  ')[0]?.replace(/^.*topics\//, ''))).toEqual([
      expect.stringMatching(/^topic-0003\.mdx:\d+:1$/),
      expect.stringMatching(/^topic-0017\.mdx:\d+:1$/),
      expect.stringMatching(/^topic-0040\.mdx:\d+:\d+$/),
    ]);
  });
});
