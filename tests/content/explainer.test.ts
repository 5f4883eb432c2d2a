/**
 * The Donbas explainer in content/: the editorial guarantees the site makes to its readers.
 * These read the real content, so they fail the moment a contribution breaks a guarantee.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { buildModel } from '../../src/model/model.ts';
import { formatProblem } from '../../src/gate/problems.ts';
import { repoRoot } from '../helpers/fixture.ts';

const contentDir = path.join(repoRoot, 'content');
const result = checkContent(contentDir);
const model = result.input && buildModel(result.input);
const articleText = readFileSync(path.join(contentDir, 'article.txt'), 'utf8');

describe('the Donbas explainer', () => {
  it('should pass every content check, so every status is justified by the evidence rules', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('should keep the article exactly as received', () => {
    // The SHA-256 of the seed article as it arrived; the explainer must never edit it.
    const digest = createHash('sha256').update(articleText).digest('hex');
    expect(digest).toBe('528f805079c1f5300c3838c6900d3c7f78b81cad7c159a64a3fddb7be71561af');
    expect(model?.article.sentences).toHaveLength(110);
  });

  it('should cover every one of the 110 sentences with at least one claim', () => {
    const uncovered = model!.article.sentences.filter((s) => s.claims.length === 0).map((s) => s.id);
    expect(uncovered).toEqual([]);
    expect(model!.coverage).toEqual({ covered: 110, total: 110 });
  });

  it('should quote the article verbatim in every claim', () => {
    // Whitespace may differ (YAML folds lines); every other character must match exactly.
    const flat = articleText.replace(/\s+/g, ' ');
    const missing = model!.claims.filter((c) => !flat.includes(c.quote.trim().replace(/\s+/g, ' '))).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('should resolve every citation to a source in the registry', () => {
    const ids = new Set(model!.sources.map((s) => s.id));
    const dangling = model!.claims.flatMap((c) => c.written.citations.filter((x) => !ids.has(x.source)).map((x) => `${c.id} → ${x.source}`));
    expect(dangling).toEqual([]);
  });

  it('should cite every source at least once', () => {
    expect(model!.sources.filter((s) => s.citedBy.length === 0).map((s) => s.id)).toEqual([]);
  });

  it('should give every topic claims, including the four the article is about', () => {
    const topics = model!.topics.map((t) => [t.id, t.claims.length > 0]);
    expect(topics).toEqual(expect.arrayContaining([
      ['territory', true],
      ['security-guarantees', true],
      ['economy', true],
      ['allegations', true],
      ['diplomacy', true],
    ]));
    expect(topics.every(([, hasClaims]) => hasClaims)).toBe(true);
  });

  it('should mark outside material as context and give it a date', () => {
    const context = model!.sources.filter((s) => s.context);
    expect(context.length).toBeGreaterThan(0);
    for (const source of context) expect(source.date, source.id).not.toBe('unknown');
  });

  it('should grade no allegation that names no source above unverified', () => {
    const unattributed = new Set(model!.sources.filter((s) => s.grade === 'E' || s.grade === 'F').map((s) => s.id));
    const overRated = model!.claims.filter(
      (c) =>
        c.status !== 'opinion' &&
        c.status !== 'contradicted' &&
        c.citations.filter((x) => x.stance === 'supports').every((x) => unattributed.has(x.source.id)) &&
        c.status !== 'unverified',
    );
    expect(overRated.map((c) => c.id)).toEqual([]);
  });
});
