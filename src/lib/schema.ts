/**
 * The content model: one Zod schema per thing a contributor writes.
 *
 * Astro's content layer and `npm run check` validate with these same schemas, and the
 * friendly error map (messages.ts) turns their issues into messages that name the field.
 */
import { z } from 'astro/zod';
import { gradeIds, sourceKindIds, stanceIds, statusIds } from './vocabulary.ts';

/** Ids are lowercase words joined by hyphens, so they read well in URLs and YAML. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Sentence ids as the segmenter makes them: s1, s2, … */
export const SENTENCE_ID_PATTERN = /^s[1-9][0-9]*$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const id = z
  .string()
  .regex(ID_PATTERN, { error: 'kebab-id' })
  .refine((value) => !SENTENCE_ID_PATTERN.test(value), { error: 'id-like-sentence' })
  .describe('an id of lowercase words joined by hyphens, e.g. "ft-report"');

/** A real calendar day, not just the right shape. */
function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A day written YYYY-MM-DD. YAML parsers that follow YAML 1.1 (Astro's frontmatter parser)
 * turn unquoted dates into Date objects, so those are accepted and written back as text.
 */
export const isoDay = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(ISO_DAY, { error: 'iso-day' }).refine(isCalendarDay, { error: 'iso-day' }))
  .describe('a date written YYYY-MM-DD');

/**
 * A source's date: a day, a month (YYYY-MM), a year, or `unknown` when nothing gives it.
 * YAML reads an unquoted year as a number, so numbers are accepted and written back as text.
 */
export const sourceDate = z
  .union([z.string(), z.date(), z.number().int()])
  .transform((value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : String(value),
  )
  .pipe(
    z.union([
      z.literal('unknown'),
      z
        .string()
        .regex(ISO_PARTIAL, { error: 'iso-partial' })
        .refine((value) => value.length < 10 || isCalendarDay(value), { error: 'iso-partial' }),
    ]),
  )
  .describe('a date written YYYY-MM-DD, YYYY-MM or YYYY, or unknown');

/** An absolute web address. Only http and https are allowed (checked with a clear message). */
export const webUrl = z.string().refine(
  (value) => {
    if (!URL.canParse(value)) return false;
    return ['http:', 'https:'].includes(new URL(value).protocol);
  },
  { error: 'web-url' },
).describe('a web address starting with https://');

/** One source: a specific report or statement, not a whole outlet. */
export const sourceSchema = z.strictObject({
  /** Stable id, used by citations: `ft-report`. */
  id,
  /** What the source is, specifically: "Report on US conditions for security guarantees". */
  title: z.string().min(1),
  /** The outlet that published it, or the person or body that said it. */
  publisher: z.string().min(1),
  /** What kind of thing it is; see vocabulary.ts. */
  kind: z.enum(sourceKindIds),
  /** When it was published or said: YYYY-MM-DD, YYYY-MM, YYYY, or `unknown`. */
  date: sourceDate,
  /** Where to read it; only when the address is certain. */
  url: webUrl.optional(),
  /** The source this one relays. Sources that relay one another count once. */
  derivedFrom: id.optional(),
  /** How reliable it is for what it is cited for; see the method page. */
  grade: z.enum(gradeIds),
  /** Why it has this grade, in a sentence or two. */
  gradeReason: z.string().min(1),
  /** What the source says, in brief. */
  said: z.string().min(1).optional(),
  /** True for material from outside the article (public record brought in as context). */
  context: z.boolean().default(false),
});

/** One citation on a claim: which source, and how it bears on the claim. */
export const citationSchema = z.strictObject({
  /** A source id from sources.yaml. */
  source: id,
  /** supports, disputes, or context. */
  stance: z.enum(stanceIds),
  /** Optional precision: what in the source bears on the claim. */
  note: z.string().min(1).optional(),
});

/** One change of a claim's status, kept so corrections are public. */
export const historyEntrySchema = z.strictObject({
  date: isoDay,
  from: z.enum(statusIds),
  to: z.enum(statusIds),
  reason: z.string().min(1),
});

export const CLAIM_MAX_LENGTH = 120;

/** One claim the article makes, with the explainer's verdict on it. */
export const claimSchema = z.strictObject({
  /** Stable id, used in URLs and by `<Claim id="…"/>`. */
  id,
  /** The topic page the claim belongs to (the topic file's name without .mdx). */
  topic: id,
  /** The article's exact words. Any run of spaces or line breaks matches any other. */
  quote: z.string().min(1),
  /** Which occurrence the quote means when the words appear more than once: 1, 2, … or `all`. */
  occurrence: z
    .union([z.number().int().min(1), z.literal('all')])
    .describe('a whole number from 1, or all')
    .optional(),
  /** A neutral restatement, used as the card's headline and in structured data. */
  claim: z.string().min(1).max(CLAIM_MAX_LENGTH),
  /** The verdict; the evidence rules decide which statuses the citations can justify. */
  status: z.enum(statusIds),
  /** Who says so, and how each source bears on the claim. */
  citations: z.array(citationSchema).min(1),
  /** Why this status, in one to three sentences. */
  rationale: z.string().min(1),
  /** Other claims (by id) or sentences of the article (s12) this claim contradicts. */
  conflictsWith: z.array(z.string().min(1)).optional(),
  /** What evidence would change the status. */
  wouldSettle: z.string().min(1).optional(),
  /** When the claim was last reviewed. */
  reviewed: isoDay,
  /** Earlier statuses, newest last. */
  history: z.array(historyEntrySchema).optional(),
});

/** A topic page's frontmatter. */
export const topicSchema = z.strictObject({
  title: z.string().min(1),
  /** One or two sentences shown on the home page and in search results. */
  summary: z.string().min(1),
  /** Position among the topics, smallest first. */
  order: z.number().int(),
  /** When the page was last reviewed. */
  reviewed: isoDay,
});

/** Where a piece of a composite article starts, for the annotated article. */
export const articlePartSchema = z.strictObject({
  /** The words that open the piece; they must open a sentence of the article. */
  startsWith: z.string().min(1),
  /** A short label for the piece. */
  label: z.string().min(1),
});

/** The article's metadata: what arrived, when, and what we know of where it came from. */
export const articleSchema = z.strictObject({
  /** A descriptive title the explainer gives the article. */
  title: z.string().min(1),
  /** The headline exactly as received, if it came with one. */
  titleAsReceived: z.string().min(1).optional(),
  /** When the explainer received the text. */
  received: isoDay,
  /** Notes on provenance: how the text arrived and what is known about its origin. */
  provenance: z.array(z.string().min(1)).min(1),
  /** Where the pieces of a composite article start. */
  parts: z.array(articlePartSchema).optional(),
});

/** The explainer as a whole: content/explainer.yaml. */
export const explainerSchema = z.strictObject({
  /** The site's name. */
  title: z.string().min(1),
  /** One sentence: what the site is. */
  description: z.string().min(1),
  /** Who publishes the explainer; the author of its fact-checks. */
  organization: z.strictObject({
    name: z.string().min(1),
    url: webUrl.optional(),
  }),
  /** The repository that holds this content, for "edit this page" links. */
  repository: webUrl.optional(),
  article: articleSchema,
});

export type Source = z.output<typeof sourceSchema>;
export type Citation = z.output<typeof citationSchema>;
export type Claim = z.output<typeof claimSchema>;
export type Topic = z.output<typeof topicSchema>;
export type ArticleMeta = z.output<typeof articleSchema>;
export type Explainer = z.output<typeof explainerSchema>;
