/**
 * Claim pages carry exactly one ClaimReview (none for an opinion), with the fields Google documents for fact-check
 * markup; the dataset validates against the JSON Schema published beside it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { z } from 'astro/zod';
import { checkContent } from '../../src/gate/check.ts';
import { buildModel } from '../../src/model/model.ts';
import { RATING_SCALE, statusInfo } from '../../src/core/vocabulary.ts';
import { fixtureDir } from '../helpers/fixture.ts';

// The fixture explainer, which inject('siteDir') holds built.
const model = buildModel(checkContent(fixtureDir).input!);

/**
 * Google's fact-check markup (ClaimReview): required claimReviewed, reviewRating (with
 * alternateName) and url; recommended author (name), datePublished and itemReviewed (a Claim
 * with an appearance). Numeric ratings need bestRating and worstRating beside ratingValue.
 */
const googleClaimReview = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  claimReviewed: z.string().min(1),
  url: z.url(),
  datePublished: z.iso.date(),
  author: z.object({
    '@type': z.enum(['Organization', 'Person']),
    name: z.string().min(1),
    url: z.url().optional(),
  }),
  reviewRating: z.union([
    z.strictObject({ '@type': z.literal('Rating'), alternateName: z.string().min(1) }),
    z.strictObject({
      '@type': z.literal('Rating'),
      alternateName: z.string().min(1),
      ratingValue: z.number(),
      bestRating: z.number(),
      worstRating: z.number(),
    }),
  ]),
  itemReviewed: z.object({
    '@type': z.literal('Claim'),
    appearance: z
      .object({ '@type': z.literal('CreativeWork') })
      .or(z.array(z.object({ '@type': z.literal('CreativeWork') }))),
  }),
});

describe('ClaimReview on claim pages', () => {
  const siteDir = inject('siteDir');

  it('should have both kinds of claim to look at: a checked claim and an opinion', () => {
    const rated = model.claims.map((c) => statusInfo(c.status).rating !== null);
    expect(rated).toContain(true);
    expect(rated).toContain(false);
  });

  it.each(model.claims.map((c) => [c.id, c] as const))(
    'should validate on the page of %s',
    (id, claim) => {
      const html = readFileSync(path.join(siteDir, 'claims', id, 'index.html'), 'utf8');
      const blocks = [
        ...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs),
      ].map((m) => JSON.parse(m[1]!));
      // ClaimReview is for checked claims; an opinion carries none.
      if (statusInfo(claim.status).rating === null) return expect(blocks).toHaveLength(0);
      expect(blocks).toHaveLength(1);
      const review = googleClaimReview.parse(blocks[0]);
      expect(review.claimReviewed).toBe(claim.claim);
      expect(review.reviewRating.alternateName).toBe(statusInfo(claim.status).label);
      expect(review.reviewRating).toMatchObject({
        ratingValue: statusInfo(claim.status).rating,
        bestRating: RATING_SCALE.best,
        worstRating: RATING_SCALE.worst,
      });
      expect(new URL(review.url).pathname).toBe(`/claims/${id}/`);
      expect(review.author.name).toBe(model.explainer.organization.name);
    },
  );
});

describe('the dataset', () => {
  const siteDir = inject('siteDir');
  const json = JSON.parse(readFileSync(path.join(siteDir, 'claims.json'), 'utf8'));
  const schema = JSON.parse(readFileSync(path.join(siteDir, 'claims.schema.json'), 'utf8'));

  it('should validate against its published JSON Schema', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('should hold every claim with its status, quote, sentences and graded citations', () => {
    expect(json.claims.map((c: { id: string }) => c.id)).toEqual(model.claims.map((c) => c.id));
    for (const claim of model.claims) {
      expect(json.claims.find((c: { id: string }) => c.id === claim.id)).toMatchObject({
        status: claim.status,
        sentences: claim.sentences.map((s) => s.id),
        citations: claim.citations.map((c) => ({
          source: c.source.id,
          grade: c.source.grade,
          stance: c.stance,
        })),
      });
    }
  });

  it('should publish the same claims as CSV, one row each', () => {
    const rows = parse(readFileSync(path.join(siteDir, 'claims.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(model.claims.map((c) => c.id));
    for (const claim of model.claims) {
      expect(rows.find((r) => r.id === claim.id)).toMatchObject({
        status: claim.status,
        sentences: claim.sentences.map((s) => s.id).join(' '),
        citations: claim.citations
          .map((c) => `${c.source.id} (${c.source.grade}, ${c.stance})`)
          .join('; '),
      });
    }
  });

  it('should state a licence and a suggested citation', () => {
    expect(json.license).toEqual(model.explainer.license);
    expect(json.citation).toContain(model.explainer.title);
  });
});
