/**
 * The explainer's vocabularies, each defined once.
 *
 * Schemas, components, legends, the method page and structured data all derive from these
 * lists, so the words a reader sees can never drift from the rules the build enforces.
 */

/** How reliable a source is for what it is cited for (Admiralty-style, in reader words). */
export const grades = [
  {
    id: 'A',
    label: 'Primary record',
    meaning:
      'An official document, a transcript, or an on-record statement by the named person. Reliable for “X said Y”.',
  },
  {
    id: 'B',
    label: 'Sourced reporting',
    meaning: 'An established outlet or pollster with named or documented sourcing.',
  },
  {
    id: 'C',
    label: 'Anonymous sourcing',
    meaning: 'An established outlet relying on anonymous sources.',
  },
  {
    id: 'D',
    label: 'Interested party',
    meaning: 'A government, military or campaign speaking about its own side or its adversary.',
  },
  {
    id: 'E',
    label: 'Unattributed',
    meaning:
      'Asserted without any identifiable source (“multiple sources”, “whistleblowers”, the article’s own assertion).',
  },
  {
    id: 'F',
    label: 'Cannot be judged',
    meaning: 'Too little is known about the source to judge it.',
  },
] as const;

export type Grade = (typeof grades)[number]['id'];
export const gradeIds = grades.map((grade) => grade.id) as [Grade, ...Grade[]];

/** Where a claim's status puts it in a topic's "established vs. unverified" box. */
export type BoxColumn = 'established' | 'not-established' | 'opinion';

/** The numeric scale published in ClaimReview structured data: how well supported a claim is. */
export const RATING_SCALE = { best: 5, worst: 1 } as const;

/** What the explainer concludes about a claim, strongest first. */
export const statuses = [
  {
    id: 'established',
    rating: 5,
    label: 'Established',
    meaning:
      'Confirmed by a primary record (grade A), or by two independent sources graded B or better.',
    column: 'established',
  },
  {
    id: 'reported',
    rating: 4,
    label: 'Reported',
    meaning:
      'Supported by a credible source (C or better), but not confirmed as established requires.',
    column: 'not-established',
  },
  {
    id: 'disputed',
    rating: 3,
    label: 'Disputed',
    meaning: 'Credible sources conflict, or a named party denies it on record.',
    column: 'not-established',
  },
  {
    id: 'unverified',
    rating: 2,
    label: 'Unverified',
    meaning: 'Supported only by interested-party (D) or unattributed (E/F) sources.',
    column: 'not-established',
  },
  {
    id: 'contradicted',
    rating: 1,
    label: 'Contradicted',
    meaning: 'Conflicts with the public record: a source graded B or better disputes it.',
    column: 'not-established',
  },
  {
    id: 'opinion',
    // Opinion is not on a scale of support: its structured data carries the name only.
    rating: null,
    label: 'Opinion',
    meaning: 'Interpretation, prediction or rhetoric, not a checkable fact.',
    column: 'opinion',
  },
] as const satisfies readonly {
  id: string;
  rating: number | null;
  label: string;
  meaning: string;
  column: BoxColumn;
}[];

export type Status = (typeof statuses)[number]['id'];
export const statusIds = statuses.map((status) => status.id) as [Status, ...Status[]];

/** How a citation bears on the claim that cites it. */
export const stances = [
  { id: 'supports', label: 'supports', meaning: 'The source says what the claim says.' },
  { id: 'disputes', label: 'disputes', meaning: 'The source denies or contradicts the claim.' },
  {
    id: 'context',
    label: 'context',
    meaning: 'The source gives background; it neither supports nor disputes the claim.',
  },
] as const;

export type Stance = (typeof stances)[number]['id'];
export const stanceIds = stances.map((stance) => stance.id) as [Stance, ...Stance[]];

/** What kind of thing a source is. The grade says how far to trust it; the kind says what it is. */
export const sourceKinds = [
  { id: 'official-record', label: 'official record' },
  { id: 'statement', label: 'statement' },
  { id: 'news-report', label: 'news report' },
  { id: 'poll', label: 'poll' },
  { id: 'anonymous-sources', label: 'anonymous sources' },
  { id: 'party-claim', label: 'claim by a party to the conflict' },
  { id: 'research', label: 'research or monitoring report' },
  { id: 'unattributed', label: 'unattributed' },
  { id: 'article', label: 'the article itself' },
] as const;

export type SourceKind = (typeof sourceKinds)[number]['id'];
export const sourceKindIds = sourceKinds.map((kind) => kind.id) as [SourceKind, ...SourceKind[]];

/** Looks up a vocabulary entry by id; the types guarantee it exists. */
function lookup<T extends { id: string }>(list: readonly T[], id: T['id']): T {
  return list.find((entry) => entry.id === id) as T;
}

export const gradeInfo = (id: Grade) => lookup(grades, id);
export const statusInfo = (id: Status) => lookup(statuses, id);
export const stanceInfo = (id: Stance) => lookup(stances, id);
export const sourceKindInfo = (id: SourceKind) => lookup(sourceKinds, id);

/** Grades ordered best first; a lower rank is a better source. */
export function gradeRank(grade: Grade): number {
  return gradeIds.indexOf(grade);
}
