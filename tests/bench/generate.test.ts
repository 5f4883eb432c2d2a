/**
 * The benchmark's synthetic explainers: complete, valid content of a known size, the same
 * every time. (The benchmark's timings are printed by `npm run bench`, never asserted here.)
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  generateExplainer,
  withoutComponents,
  writeExplainer,
} from '../../scripts/bench/generate.ts';
import { checkContent } from '../../src/gate/check.ts';
import { segmentSentences } from '../../src/model/segment.ts';
import { tempDir } from '../helpers/fixture.ts';

/** Every file under `dir`, by its path inside it. */
function readTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  return new Map(
    files
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [path.relative(dir, file), readFileSync(file, 'utf8')]),
  );
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('the benchmark generator', () => {
  const root = tempDir('bench');
  const dir = path.join(root, 'first', 'content');
  const explainer = generateExplainer({ topics: 10 });
  writeExplainer(explainer, dir);
  const result = checkContent(dir);
  const topicPages = [...explainer.files].filter(([file]) => file.startsWith('topics/'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('should generate an explainer that npm run check accepts', () => {
    expect(result.problems).toEqual([]);
  });

  it('should generate 10 topics, 100 claims and 30 sources', () => {
    expect(result.counts).toMatchObject({ topics: 10, claims: 100, sources: 30 });
    expect(explainer.counts).toMatchObject({
      topics: 10,
      claims: 100,
      sources: 30,
      sentences: 100,
    });
  });

  it('should write an article of one sentence per claim, each quoted by exactly one claim', () => {
    const sentences = segmentSentences(readFileSync(path.join(dir, 'article.txt'), 'utf8'));
    const quotes = (result.input?.claims ?? []).map((claim) => claim.quote);
    expect(sentences).toHaveLength(100);
    expect(new Set(quotes).size).toBe(100);
    expect(sentences.map((sentence) => sentence.text).sort()).toEqual(quotes.sort());
  });

  it('should use every status the evidence rules know', () => {
    const statuses = new Set((result.input?.claims ?? []).map((claim) => claim.status));
    expect([...statuses].sort()).toEqual([
      'contradicted',
      'disputed',
      'established',
      'opinion',
      'reported',
      'unverified',
    ]);
  });

  it('should give each topic page about 2,000 words, headings, a list, a status box and its 10 claims', () => {
    expect(topicPages).toHaveLength(10);
    for (const [file, text] of topicPages) {
      const prose = withoutComponents(text.replace(/^---[\s\S]*?---/, ''));
      expect(count(text, /^<Claim id="[^"]+"\/>$/gm), file).toBe(10);
      expect(count(text, /^<StatusBox\/>$/gm), file).toBe(1);
      expect(count(text, /^## /gm), file).toBeGreaterThanOrEqual(2);
      expect(count(text, /^- /gm), file).toBeGreaterThanOrEqual(3);
      expect(prose.split(/\s+/).filter(Boolean).length, file).toBeGreaterThanOrEqual(1900);
      expect(prose.split(/\s+/).filter(Boolean).length, file).toBeLessThanOrEqual(2300);
    }
  });

  it('should generate the same files every time', () => {
    const again = generateExplainer({ topics: 10 });
    expect(again.files).toEqual(explainer.files);
    const second = path.join(root, 'second', 'content');
    writeExplainer(again, second);
    expect(readTree(second)).toEqual(readTree(dir));
  });

  it('should keep the prose but no component in the plain Astro copy of a page', () => {
    const [, page] = topicPages[1] ?? ['', ''];
    const plain = withoutComponents(page);
    expect(plain).not.toMatch(/<[A-Z]/);
    expect(plain).toContain('## Background');
    expect(plain).toContain('The minutes are the primary record.');
  });
});
