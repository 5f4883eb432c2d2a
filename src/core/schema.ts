/**
 * The content model: one Zod schema per thing a contributor writes.
 *
 * Astro's content layer and `npm run check` validate with these same schemas, and the
 * friendly error map (messages.ts) turns their issues into messages that name the field.
 */
import { z } from 'astro/zod';
import { LIMITS } from './limits.ts';
import {
  type Grade,
  gradeIds,
  sourceKindIds,
  stanceIds,
  type Status,
  statusIds,
} from './vocabulary.ts';

/** Ids are lowercase words joined by hyphens, so they read well in URLs and YAML. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Sentence ids as the segmenter makes them: s1, s2, … */
export const SENTENCE_ID_PATTERN = /^s[1-9][0-9]*$/;
/** Names Windows will not give a file or folder, so a page named after one cannot be written there. */
export const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** An entry's id: the schema every id field shares. */
export const entryId = z
  .string()
  .max(LIMITS.idLength, { error: 'id-too-long', abort: true })
  .regex(ID_PATTERN, { error: 'kebab-id' })
  .refine((value) => !WINDOWS_RESERVED.test(value), { error: 'id-reserved' })
  .refine((value) => !SENTENCE_ID_PATTERN.test(value), { error: 'id-like-sentence' })
  .describe('an id of lowercase words joined by hyphens, e.g. "ft-report"');

/**
 * A real date that HTML's `datetime` can hold, not just the right shape: a year from 0001 to
 * 9999, a month that exists, and a day that exists in it (for YYYY-MM-DD).
 */
export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (!year || year < 1) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day >= 1 && day <= days;
}
const isCalendarDay = isRealDate;

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
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
  .pipe(
    z.union([
      z.literal('unknown'),
      z
        .string()
        .regex(ISO_PARTIAL, { error: 'iso-partial' })
        .refine(isRealDate, { error: 'iso-partial' }),
    ]),
  )
  .describe('a date written YYYY-MM-DD, YYYY-MM or YYYY, or unknown');

/**
 * A version of the article: the day it was received, `2026-12-03`, and a number after it when
 * a day brought two (`2026-12-03-2`). The first version's id is the day it was received.
 */
export const versionId = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:-[2-9]|-[1-9]\d+)?$/)
  .refine((value) => isRealDate(value.slice(0, 10)), { error: 'iso-day' })
  .describe(
    'a version of the article: the day it was received (YYYY-MM-DD), and -2, -3… after it for a second or third that day',
  );

/** An absolute web address. Only http and https are allowed (checked with a clear message). */
export const webUrl = z
  .string()
  .refine(
    (value) => {
      if (!URL.canParse(value)) return false;
      return ['http:', 'https:'].includes(new URL(value).protocol);
    },
    { error: 'web-url' },
  )
  .describe('a web address starting with https://');

/**
 * The kinds of history entry, by the fields that make each one. History is a public record that
 * only grows: a wrong entry is never edited, a later note amends it.
 */
export const HISTORY_KINDS = {
  /** A change of verdict (a claim's status, a source's grade). */
  change: { marks: ['from', 'to'], fields: ['from', 'to', 'reason'] },
  /** A change of a source's address; `to` is null when a link is removed. */
  address: { marks: ['url'], fields: ['url', 'reason'] },
  /** A change of a published claim's quote or restatement. */
  update: { marks: ['updated'], fields: ['updated', 'reason'] },
  /** A note on an earlier entry (named by its date) that changes no verdict. */
  note: { marks: ['note', 'about'], fields: ['note', 'about'] },
  /**
   * A passage taken out of what was kept from a source (sources): its words as published, so
   * the record still shows what a citation once quoted.
   */
  removed: { marks: ['removed'], fields: ['removed', 'reason'] },
} as const;
export type HistoryKind = keyof typeof HISTORY_KINDS;

/** The kind of a history entry that passed its schema. */
export function historyKind(entry: object): HistoryKind {
  if ('note' in entry) return 'note';
  if ('removed' in entry) return 'removed';
  if ('url' in entry) return 'address';
  if ('updated' in entry) return 'update';
  return 'change';
}

/**
 * A history entry: one of the kinds `allowed`, each with exactly its own fields. A field that
 * belongs to another kind is refused where it is written, and a field the kind needs is
 * reported missing.
 */
function historyEntry<S extends z.ZodRawShape>(allowed: readonly HistoryKind[], shape: S) {
  return z.strictObject(shape).superRefine((entry, ctx) => {
    const fieldsOf = entry as Record<string, unknown>;
    const given = Object.keys(entry).filter((key) => key !== 'date' && fieldsOf[key] !== undefined);
    // Each kind is known by the fields only it has (a reason is shared by several).
    const kind = allowed.find((k) =>
      HISTORY_KINDS[k].marks.some((field: string) => given.includes(field)),
    );
    if (!kind) {
      ctx.addIssue({ code: 'custom', message: 'history-entry-kind', input: entry, path: [] });
      return;
    }
    const fields: readonly string[] = HISTORY_KINDS[kind].fields;
    for (const key of given.filter((key) => !fields.includes(key)))
      ctx.addIssue({ code: 'custom', message: 'history-entry-kind', input: entry, path: [key] });
    for (const key of fields.filter((key) => !given.includes(key)))
      ctx.addIssue({ code: 'custom', message: 'missing', input: undefined, path: [key] });
  });
}

/** A change of verdict: a claim's status or a source's grade. */
export interface ChangeEntry<V extends string> {
  date: string;
  from: V;
  to: V;
  reason: string;
}
export interface AddressEntry {
  date: string;
  url: { from: string | null; to: string | null };
  reason: string;
}
/** The fields an `updated` entry may name: a claim's words, or a source's identifying fields. */
export const CLAIM_UPDATE_FIELDS = ['quote', 'claim'] as const;
export const SOURCE_UPDATE_FIELDS = ['title', 'publisher', 'kind', 'date'] as const;
export type UpdateField =
  (typeof CLAIM_UPDATE_FIELDS)[number] | (typeof SOURCE_UPDATE_FIELDS)[number];
export interface UpdateEntry {
  date: string;
  updated: UpdateField;
  reason: string;
}
export interface NoteEntry {
  date: string;
  note: string;
  about: string;
}
export type ClaimHistoryEntry = ChangeEntry<Status> | UpdateEntry | NoteEntry;
export interface RemovedEntry {
  date: string;
  removed: string;
  reason: string;
}
export type SourceHistoryEntry =
  ChangeEntry<Grade> | AddressEntry | NoteEntry | RemovedEntry | UpdateEntry;

/** Whether a history entry is a change of verdict. */
export const isChange = <V extends string>(entry: object): entry is ChangeEntry<V> =>
  historyKind(entry) === 'change';

const historyReason = z.string().min(1);

/**
 * One entry of a source's history: a change of grade or address, a passage removed, or a note
 * on an earlier entry.
 */
// The schemas check each entry's shape; their types say which shapes there are.
export const sourceHistoryEntrySchema = historyEntry(
  ['change', 'address', 'note', 'removed', 'update'],
  {
    /** The day of the change, or of the note. */
    date: isoDay,
    /** For a change of grade: the grade before. */
    from: z.enum(gradeIds).optional(),
    /** For a change of grade: the grade after; the last change's is the source's grade. */
    to: z.enum(gradeIds).optional(),
    /** For a change of address: the address before and after (null where there was none). */
    url: z
      .strictObject({
        /** The address before, or null. */
        from: webUrl.nullable().describe('a web address, or null'),
        /** The address after, or null when the link is removed. */
        to: webUrl.nullable().describe('a web address, or null'),
      })
      .optional(),
    /** For a passage removed: its text, exactly as it was kept. */
    removed: z.string().min(1).optional(),
    /** For an update of a published source: which field changed (title, publisher, kind, date). */
    updated: z.enum(SOURCE_UPDATE_FIELDS).optional(),
    /** Why, for the corrections page (a change, an address change or a passage removed). */
    reason: historyReason.optional(),
    /** For a note: what it adds or corrects, for the corrections page. */
    note: z.string().min(1).optional(),
    /** For a note: the date of the entry it amends. */
    about: isoDay.optional(),
  },
) as unknown as z.ZodType<SourceHistoryEntry>;

/** A withdrawal: the item stays, with its page, marked withdrawn from this date for this reason. */
export const withdrawalSchema = z.strictObject({
  /** The day it was withdrawn. */
  date: isoDay,
  /** Why, for its page and the corrections page. */
  reason: z.string().min(1),
});

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * Whether `tag` names a language the platform's locale data (CLDR, through Intl) knows: `uk`,
 * `ru`, `de-CH`, not `ua` (a country code, Ukraine's) or `xx`. HTML's `lang` must be a
 * registered tag, and the Nu checker refuses the rest.
 */
export function isKnownLanguage(tag: string): boolean {
  try {
    return (
      languageNames.of(tag.split('-')[0]!) !== undefined && languageNames.of(tag) !== undefined
    );
  } catch {
    return false;
  }
}

/** A passage kept from a source: its words exactly as read, so anyone can check what we read. */
export const passageSchema = z.strictObject({
  /** The words, copied character for character from the page or copy read. */
  text: z.string().min(1).max(LIMITS.passageLength),
  /** Their language, as a tag such as `uk` or `ru`, when it is not the explainer's. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
    .refine(isKnownLanguage, { error: 'lang-unknown' })
    .describe('a language tag such as "uk" or "ru"')
    .optional(),
  /** Our translation into the explainer's language, shown as ours. */
  translation: z
    .string()
    .min(1)
    .max(LIMITS.passageLength * 2)
    .optional(),
});

/** One reading of a source: where, when and whose copy was read, and the passages kept. */
export const readingSchema = z
  .strictObject({
    /** The page actually read: the document itself, or a copy or report of it. */
    at: webUrl.optional(),
    /** For a copy with no address (print, a PDF sent to us): what copy it was. */
    copy: z.string().min(1).optional(),
    /** The day it was read. */
    on: isoDay,
    /**
     * Whose copy was read, whenever it was not the publisher's own: "The Moscow Times". A
     * statement read only via another outlet is that outlet's report, and cannot be grade A.
     */
    via: z.string().min(1).optional(),
    /** The passages it was read for, verbatim: what the citations' notes quote. */
    passages: z.array(passageSchema).min(1),
  })
  .superRefine((reading, ctx) => {
    if (reading.at === undefined && reading.copy === undefined)
      ctx.addIssue({ code: 'custom', message: 'reading-at-or-copy', input: reading, path: [] });
  });

/** One source: a specific report or statement, not a whole outlet. */
export const sourceSchema = z.strictObject({
  /** Stable id, used by citations and in the source's address: `ft-report`. */
  id: entryId,
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
  derivedFrom: entryId.optional(),
  /** How reliable it is for what it is cited for; see the method page. */
  grade: z.enum(gradeIds),
  /** Why it has this grade, in a sentence or two. */
  gradeReason: z.string().min(1),
  /** What the source says, in brief; words in quotation marks must be in a passage of `read`. */
  said: z.string().min(1).optional(),
  /**
   * What we read of it: where, when, whose copy, and the passages kept, verbatim. A source with
   * none is cited by name, publisher and date, and can only give context.
   */
  read: z.array(readingSchema).max(LIMITS.readings).optional(),
  /**
   * True for a document from outside the article, found by our research. It is graded and cited
   * like any source: as supports or disputes where it bears on a claim's truth, as context where
   * it is background only. (Named `outside`, not `context`, so it is not read as the stance.)
   */
  outside: z.boolean().default(false),
  /**
   * Its record, newest last: each entry a change of grade, a change of address, or a note on an
   * earlier entry, with only that kind's fields (CONTRIBUTING.md, "Correcting a published
   * explainer").
   */
  history: z.array(sourceHistoryEntrySchema).optional(),
  /** When and why the source was withdrawn; it stays, marked withdrawn. */
  withdrawn: withdrawalSchema.optional(),
});

/** One citation on a claim: which source, and how it bears on the claim. */
export const citationSchema = z.strictObject({
  /** A source id from sources.yaml. */
  source: entryId,
  /** supports, disputes, or context. */
  stance: z.enum(stanceIds),
  /** Optional precision: what in the source bears on the claim. */
  note: z.string().min(1).optional(),
});

/** One entry of a claim's history: a change of status, an update, or a note on an earlier entry. */
export const claimHistoryEntrySchema = historyEntry(['change', 'update', 'note'], {
  /** The day of the change, the update or the note. */
  date: isoDay,
  /** For a change of status: the status before. */
  from: z.enum(statusIds).optional(),
  /** For a change of status: the status after; the last change's is the claim's status. */
  to: z.enum(statusIds).optional(),
  /** For an update of a published claim: which field changed, `quote` or `claim`. */
  updated: z.enum(CLAIM_UPDATE_FIELDS).optional(),
  /** Why, for the corrections page (a change or an update). */
  reason: historyReason.optional(),
  /** For a note: what it adds or corrects, for the corrections page. */
  note: z.string().min(1).optional(),
  /** For a note: the date of the entry it amends. */
  about: isoDay.optional(),
}) as unknown as z.ZodType<ClaimHistoryEntry>;

export const CLAIM_MAX_LENGTH = 120;

/** One claim the article makes, with the explainer's verdict on it. */
export const claimSchema = z.strictObject({
  /** Stable id, used in URLs and by `<Claim id="…"/>`. */
  id: entryId,
  /** The topic page the claim belongs to (the topic file's name without .mdx). */
  topic: entryId,
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
  /**
   * Its record, newest last: each entry a change of status, an update of its words, or a note on
   * an earlier entry, with only that kind's fields (CONTRIBUTING.md, "Correcting a published
   * explainer").
   */
  history: z.array(claimHistoryEntrySchema).optional(),
  /** When and why the claim was withdrawn; it stays, marked withdrawn. */
  withdrawn: withdrawalSchema.optional(),
  /**
   * For a claim about words a revision changed: the earlier version it is about ("the article
   * said this until…"). Its quote is checked against that version.
   */
  version: versionId.optional(),
});

/** A topic page's frontmatter. */
export const topicSchema = z.strictObject({
  /** The page's title, as the home page lists it. */
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

/** A reference to a sentence that a revision changed or removed, for a contributor to settle. */
export const pendingSchema = z.strictObject({
  /** The content file that refers to it. */
  file: z.string().min(1),
  /** The sentence id written there, which meant this sentence of the earlier version. */
  sentence: z.string().regex(/^s\d+$/),
  /** The sentence it meant, as the earlier version has it. */
  was: z.string().min(1),
});

/** A revision of the article: a new version, received on a day, with the publisher's note. */
export const revisionSchema = z.strictObject({
  /** The new version's id (the day it was received); the one before is kept in content/versions/. */
  version: versionId,
  /** The SHA-256 of the new version's bytes, as received. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('the 64 lowercase hex digits of the SHA-256 of the version'),
  /** The publisher's note on the change, exactly as published; absent when there was none. */
  note: z.string().min(1).optional(),
  /** References to sentences the revision changed or removed, until a contributor settles them. */
  pending: z.array(pendingSchema).optional(),
});

/** The article's metadata: what arrived, when, and what we know of where it came from. */
export const articleSchema = z.strictObject({
  /** A descriptive title the explainer gives the article. */
  title: z.string().min(1),
  /** The headline exactly as received, if it came with one. */
  titleAsReceived: z.string().min(1).optional(),
  /** When the explainer received the text: the desk's date, not the article's. */
  received: isoDay,
  /** The outlet that published the article, when it is known. Never filled in by guess. */
  outlet: z.string().min(1).optional(),
  /** Who wrote it, when it is known. */
  author: z.string().min(1).optional(),
  /** The article's own date of publication, when it is known. */
  published: isoDay.optional(),
  /** Where the article was published, when it is known. */
  url: webUrl.optional(),
  /**
   * The SHA-256 of the article as first received (64 hex digits): the check refuses an article
   * that no longer matches it, since the article is the record and is never edited. A revised
   * article is a new version (`revisions`), whose own SHA-256 article.txt then matches.
   */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('the 64 lowercase hex digits of the SHA-256 of article.txt')
    .optional(),
  /** Notes on provenance: how the text arrived and what is known about its origin. */
  provenance: z.array(z.string().min(1)).min(1),
  /** Where the pieces of a composite article start. */
  parts: z.array(articlePartSchema).max(LIMITS.articleParts).optional(),
  /**
   * The revisions of the article, oldest first (`npm run revise` adds them): article.txt is the
   * last version, and each earlier one is kept, byte for byte, in content/versions/<id>.txt.
   */
  revisions: z.array(revisionSchema).max(LIMITS.revisions).optional(),
});

/**
 * A change to the corrections policy once it was published: shown under the policy, and in the
 * corrections feed. Published entries stay as they were published (`npm run check -- --since`).
 */
export const policyChangeSchema = z.strictObject({
  /** The day the policy changed. */
  date: isoDay,
  /** Why it changed, for readers. */
  reason: z.string().min(1),
  /**
   * The words the change replaced or took out, exactly as they were published, so readers see
   * what the policy said; absent when words were only added.
   */
  was: z.string().min(1).optional(),
});

/** How this explainer corrects itself: shown on the corrections page. */
export const correctionsPolicySchema = z.strictObject({
  /** The corrections policy, in paragraphs. */
  policy: z.array(z.string().min(1)).min(1),
  /**
   * Every change to the policy since it was published, oldest first: a published explainer's
   * policy does not change without one (CONTRIBUTING.md, "Correcting a published explainer").
   */
  policyChanges: z.array(policyChangeSchema).optional(),
  /**
   * Where readers report an error. Without it, the site links to a pre-filled issue form in the
   * repository, when the build knows the repository.
   */
  report: webUrl.optional(),
});

/** How this explainer was researched: shown on the method page, beside the rules. */
export const methodNotesSchema = z.strictObject({
  /** How sources were searched for. */
  search: z.string().min(1),
  /** The date research stopped: nothing published later was looked for. */
  cutoff: isoDay,
  /** How people accused without a named source are treated, and whether they were asked. */
  accused: z.string().min(1),
});

/** The explainer as a whole: content/explainer.yaml. */
export const explainerSchema = z.strictObject({
  /** The site's name. */
  title: z.string().min(1),
  /** One sentence: what the site is. */
  description: z.string().min(1),
  /**
   * True while the explainer is being written: sentences not yet examined are a to-do list,
   * every page says it is a draft, and search engines are asked not to index it. When false,
   * the check refuses an explainer with any sentence not examined.
   */
  draft: z.boolean().default(false),
  /** Who publishes the explainer; the author of its fact-checks. */
  organization: z.strictObject({
    /** Its name, as readers and search engines see it. */
    name: z.string().min(1),
    /** Its web site. */
    url: webUrl.optional(),
  }),
  /**
   * The repository that holds this content, for "edit this page" links. When absent, the
   * build uses the repository GitHub Actions names (GITHUB_SERVER_URL/GITHUB_REPOSITORY).
   */
  repository: webUrl.optional(),
  /** The branch that "edit this page" links open. */
  branch: z
    .string()
    .min(1)
    // A git branch name as git allows it (control characters are refused for every file):
    // no "..", no spaces, ~^:?*[\
    // or leading "/" or "-" (git check-ref-format), so that no edit link leaves the repository.
    .regex(/^(?![/-])(?!.*\.\.)(?!.*\/\/)(?!.*[/.]$)[^\s~^:?*[\\]+$/, {
      error: 'branch-name',
    })
    .default('main'),
  /** The licence under which others may reuse the explainer's own work. */
  license: z.strictObject({
    /** The licence's name: "CC BY 4.0". */
    name: z.string().min(1),
    /** The licence's text. */
    url: webUrl,
  }),
  /** The article: what arrived, when, and what is known of where it came from. */
  article: articleSchema,
  /** The corrections policy and where to report an error. */
  corrections: correctionsPolicySchema.optional(),
  /** How the explainer was researched. */
  method: methodNotesSchema.optional(),
});

/** A term a general reader may not know, linked from its first use on each topic page. */
export const glossaryTermSchema = z.strictObject({
  /** Stable id, used as the term's anchor on the glossary page. */
  id: entryId,
  /** The term as it is usually written. */
  term: z.string().min(1),
  /** Other forms to link, such as plurals or other spellings ("oblasts", "demilitarized zone"). */
  aliases: z.array(z.string().min(1)).optional(),
  /** A plain explanation in one to three sentences. */
  definition: z.string().min(1),
  /** A source in sources.yaml the definition rests on, if any. */
  source: entryId.optional(),
});

/** An event the article mentions, for the timeline. */
export const timelineEventSchema = z.strictObject({
  /** Stable id, used as the event's anchor on the timeline page. */
  id: entryId,
  /** When it happened: YYYY-MM-DD, YYYY-MM or YYYY; `unknown` when not even the year is known. */
  date: sourceDate,
  /** The date as the article gives it, when that is wrong, conflicting or incomplete. */
  articleDate: z.string().min(1).optional(),
  /** What happened, in a short neutral sentence. */
  event: z.string().min(1),
  /** The claim behind the event; the timeline shows its status. */
  claim: entryId,
  /** The source (usually context) that gives the date, when the article does not give it right. */
  dateSource: entryId.optional(),
});

export type Source = z.output<typeof sourceSchema>;
export type Citation = z.output<typeof citationSchema>;
export type Claim = z.output<typeof claimSchema>;
export type Topic = z.output<typeof topicSchema>;
export type ArticleMeta = z.output<typeof articleSchema>;
export type Revision = z.output<typeof revisionSchema>;
export type Explainer = z.output<typeof explainerSchema>;
export type PolicyChange = z.output<typeof policyChangeSchema>;
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
export type TimelineEvent = z.output<typeof timelineEventSchema>;

// --- The map page (content/map.yaml, optional) -------------------------------------------

/** Where a label sits beside its place's marker. */
export const labelSides = ['right', 'left', 'above', 'below'] as const;

/**
 * A place as a gazetteer lists it. The contributor writes what identifies it (name, country,
 * region code); `scripts/places.ts` copies the rest from the gazetteer, so no coordinate is
 * ever typed by hand.
 */
export const gazetteerEntrySchema = z.strictObject({
  /** The name exactly as the gazetteer spells it, which may differ from ours ("Slovyansk"). */
  name: z.string().min(1),
  /** The country, as a two-letter ISO 3166-1 code. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .describe('a two-letter country code in capitals, e.g. "FR"'),
  /** The gazetteer's code for the first-level region, in quotes; needed when the name is not unique. */
  admin1: z.string().min(1).describe('the region code as text, in quotes, e.g. "05"').optional(),
  /** The region's name, as the gazetteer gives it (written by scripts/places.ts). */
  region: z.string().min(1).optional(),
  /** Degrees north (written by scripts/places.ts). */
  lat: z.number().min(-90).max(90).describe('a latitude from -90 to 90').optional(),
  /** Degrees east (written by scripts/places.ts). */
  lon: z.number().min(-180).max(180).describe('a longitude from -180 to 180').optional(),
});

/** The gazetteer every coordinate in a map file comes from, credited on the page. */
export const gazetteerCreditSchema = z.strictObject({
  /** Who compiled it: "GeoNames". */
  name: z.string().min(1),
  /** Its home page. */
  url: webUrl,
  /** The licence it is used under, as its licence requires it to be credited. */
  licence: z.strictObject({
    /** The licence's name. */
    name: z.string().min(1),
    /** The licence's text. */
    url: webUrl,
  }),
  /** The package and version it was read from, so anyone can repeat the look-up. */
  via: z.string().min(1),
});

/** A place the map draws and lists. */
export const mapPlaceSchema = z.strictObject({
  /** Stable id, used by the views and as the place's anchor in the list. */
  id: entryId,
  /** The name readers see, spelled as the explainer spells it. */
  name: z.string().min(1),
  /** Where its coordinates come from. */
  gazetteer: gazetteerEntrySchema,
  /** True for places in the region the map highlights. */
  highlighted: z.boolean().default(false),
  /** What the article says about the place, in a sentence or two. */
  says: z.string().min(1),
  /** The sentences of the article that name it. */
  sentences: z
    .array(z.string().regex(SENTENCE_ID_PATTERN).describe('a sentence id such as s12'))
    .optional(),
  /** Claims about the place, by id. */
  claims: z.array(entryId).optional(),
});

/** A place drawn in one view, and where its label sits. */
export const mapViewPlaceSchema = z.strictObject({
  /** A place id from `places`. */
  place: entryId,
  /** Where the label sits beside the marker. */
  label: z.enum(labelSides).default('right'),
});

/** One map on the page: what it is fitted to, and what it draws. */
export const mapViewSchema = z.strictObject({
  /** Stable id, used for the figure's anchor. */
  id: entryId,
  /** The figure's title; screen readers announce it as the map's name. */
  title: z.string().min(1),
  /** What the map shows, in words: the text alternative for readers who cannot see it. */
  description: z.string().min(1),
  /** What the view is fitted to: countries, named as the boundary data names them, or two or more places. */
  frame: z.strictObject({
    /** Countries to fit the view to, as the boundary data names them. */
    countries: z.array(z.string().min(1)).min(1).optional(),
    /** Two or more place ids to fit the view to. */
    places: z.array(entryId).min(1).optional(),
  }),
  /** Room around the frame, as a share of the map's width. */
  margin: z
    .number()
    .min(0)
    .max(0.5)
    .describe('a share of the width from 0 to 0.5, e.g. 0.1')
    .default(0.1),
  /** The places drawn and labelled. */
  places: z.array(mapViewPlaceSchema).min(1),
  /** Countries to name on the map, as the boundary data names them. */
  countryLabels: z.array(z.string().min(1)).optional(),
});

/** A part that the boundary data gives to one country and the map draws within another. */
export const mapRedrawSchema = z.strictObject({
  /** Stable id, for the legend. */
  id: entryId,
  /** The part's name, for the legend. */
  name: z.string().min(1),
  /** The country the boundary data gives it to. */
  from: z.string().min(1),
  /** The country the map draws it in. */
  to: z.string().min(1),
  /** A gazetteer place inside the part: it picks out which of the country's shapes is meant. */
  anchor: gazetteerEntrySchema,
  /** Why the map departs from the boundary data; shown on the page. */
  reason: z.string().min(1),
});

/** The map page: content/map.yaml. Without that file, the site has no map page. */
export const mapSchema = z.strictObject({
  /** The page's title. */
  title: z.string().min(1),
  /** One or two sentences, for search results and link previews. */
  summary: z.string().min(1),
  /** Paragraphs shown above the maps. */
  intro: z.array(z.string().min(1)).optional(),
  /** The topic page the map belongs with (a topic id); the page links back to it. */
  topic: entryId.optional(),
  /** The country the maps are about, shaded: named as the boundary data names it. */
  focus: z.string().min(1),
  /** The region the highlighted places are in, as the legend names it. */
  highlight: z.string().min(1).optional(),
  /** Where the coordinates come from (written by scripts/places.ts). */
  gazetteer: gazetteerCreditSchema,
  /** The places, in the order the list shows them. */
  places: z.array(mapPlaceSchema).min(1).max(LIMITS.mapPlaces),
  /** The maps, in page order; the first marks the area each later one shows. */
  views: z.array(mapViewSchema).min(1).max(LIMITS.mapViews),
  /** Parts drawn differently from the boundary data, each with its reason. */
  redraw: z.array(mapRedrawSchema).optional(),
  /** What the maps do not show, and why. */
  limits: z.array(z.string().min(1)).optional(),
});

export type GazetteerEntry = z.output<typeof gazetteerEntrySchema>;
export type MapPlace = z.output<typeof mapPlaceSchema>;
export type MapView = z.output<typeof mapViewSchema>;
export type MapContent = z.output<typeof mapSchema>;
