/**
 * The reusable dataset: every claim with its status, quote, sentences and citations, published
 * as /claims.json (with a JSON Schema beside it) and /claims.csv.
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'astro/zod';
import { type Model, passagesOf } from './model.ts';
import { gradeIds, stanceIds, statusIds } from '../core/vocabulary.ts';

/** One claim as published in the dataset. */
export const datasetClaimSchema = z.strictObject({
  id: z.string().describe('Stable id of the claim.'),
  url: z.string().describe("Absolute URL of the claim's page."),
  topic: z.string().describe('Id of the topic the claim belongs to.'),
  claim: z.string().describe('Neutral restatement of the claim.'),
  quote: z.string().describe('The words of the article the claim is about, verbatim.'),
  sentences: z
    .array(z.string())
    .describe(
      'Ids of the article sentences the quote spans (s1, s2, …), in the version named by `version`.',
    ),
  version: z
    .string()
    .nullable()
    .describe(
      'The earlier version of the article the claim is about (its id, the day it was received), when the current version no longer has its words; null for the current version.',
    ),
  status: z.enum(statusIds).describe('The verdict; see the method page.'),
  rationale: z.string().describe('Why the claim has this status.'),
  wouldSettle: z.string().nullable().describe('What evidence would change the status, if stated.'),
  reviewed: z.string().describe('Date of the latest review, YYYY-MM-DD.'),
  withdrawn: z
    .strictObject({
      date: z.string().describe('The day the claim was withdrawn, YYYY-MM-DD.'),
      reason: z.string().describe('Why it was withdrawn.'),
    })
    .nullable()
    .describe('When and why the claim was withdrawn; null while it stands.'),
  citations: z
    .array(
      z.strictObject({
        source: z.string().describe('Id of the source.'),
        title: z.string(),
        publisher: z.string(),
        grade: z.enum(gradeIds).describe('How reliable the source is for what it is cited for.'),
        stance: z.enum(stanceIds).describe('How the source bears on the claim.'),
        outside: z
          .boolean()
          .describe('True for a document from outside the article, found by our research.'),
        withdrawn: z.boolean().describe('True for a source that was withdrawn.'),
        quoted: z
          .array(
            z.strictObject({
              source: z.string().describe('Id of the source that keeps the passage.'),
              passage: z.number().int().describe('The passage’s number on that source’s page.'),
              text: z.string().describe('The passage, exactly as read.'),
              lang: z.string().nullable().describe('Its language, when not the explainer’s.'),
              translation: z.string().nullable().describe('Our translation, if any.'),
            }),
          )
          .describe('The passages the citation’s note quotes, kept from the source.'),
      }),
    )
    .describe('Who says so, and how each source bears on the claim.'),
});

export const datasetSchema = z.strictObject({
  title: z.string(),
  license: z.strictObject({ name: z.string(), url: z.string() }),
  citation: z.string().describe('How to cite this dataset.'),
  claims: z.array(datasetClaimSchema),
});

export type Dataset = z.output<typeof datasetSchema>;

/** Builds the dataset from the model; `absolute` turns a site path into an absolute URL. */
export function toDataset(
  model: Model,
  absolute: (path: string) => string,
  claimPath: (id: string) => string,
): Dataset {
  const { explainer } = model;
  return {
    title: explainer.title,
    license: explainer.license,
    citation: suggestedCitation(model, absolute('/')),
    claims: model.claims.map((claim) => ({
      id: claim.id,
      url: absolute(claimPath(claim.id)),
      topic: claim.topic.id,
      claim: claim.claim.trim(),
      quote: claim.quote.trim().replace(/\s+/g, ' '),
      sentences: claim.sentences.map((s) => s.id),
      version: claim.about?.id ?? null,
      status: claim.status,
      rationale: claim.rationale.trim(),
      wouldSettle: claim.wouldSettle?.trim() ?? null,
      reviewed: claim.reviewed,
      withdrawn: claim.withdrawn
        ? { date: claim.withdrawn.date, reason: claim.withdrawn.reason.trim() }
        : null,
      citations: claim.citations.map((c) => ({
        source: c.source.id,
        title: c.source.title,
        publisher: c.source.publisher,
        grade: c.source.grade,
        stance: c.stance,
        outside: c.source.outside,
        withdrawn: c.source.withdrawn !== undefined,
        quoted: c.quotes.map((q) => {
          const passage = passagesOf(model.sourceById.get(q.source)!).find((p) => p.n === q.n)!;
          return {
            source: q.source,
            passage: q.n,
            text: passage.text,
            lang: passage.lang ?? null,
            translation: passage.translation ?? null,
          };
        }),
      })),
    })),
  };
}

/** The JSON Schema for /claims.json, generated from the same Zod schema that types it. */
export function datasetJsonSchema(): unknown {
  return z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' });
}

/** The dataset as CSV: one row per claim, citations joined as `source (grade, stance)`, formulas neutralised. */
export function toCsv(dataset: Dataset): string {
  return stringify(
    dataset.claims.map((c) => ({
      ...c,
      sentences: c.sentences.join(' '),
      wouldSettle: c.wouldSettle ?? '',
      withdrawn: c.withdrawn ? `${c.withdrawn.date}: ${c.withdrawn.reason}` : '',
      citations: c.citations.map((x) => `${x.source} (${x.grade}, ${x.stance})`).join('; '),
    })),
    {
      header: true,
      // A cell that starts with =, +, -, @, a tab or a return is a formula to a spreadsheet
      // (OWASP's CSV injection); each is prefixed with an apostrophe so it stays text.
      escape_formulas: true,
      columns: [
        'id',
        'url',
        'topic',
        'status',
        'claim',
        'quote',
        'sentences',
        'citations',
        'rationale',
        'wouldSettle',
        'reviewed',
        'withdrawn',
      ],
    },
  );
}

/** "Organisation, “Title”, year. URL" */
export function suggestedCitation(model: Model, siteUrl: string): string {
  const year = (
    model.claims
      .map((c) => c.reviewed)
      .sort()
      .at(-1) ?? model.explainer.article.received
  ).slice(0, 4);
  return `${model.explainer.organization.name}, “${model.explainer.title}”, ${year}. ${siteUrl}`;
}
