/**
 * The explainer model: validated content joined into what the pages show.
 *
 * Built once per build from plain data, then handed to thin components. Every lookup a page
 * needs (a claim's sentences, a source's citing claims, a topic's box) is computed here in
 * one pass, so no page scans the whole collection.
 */
export type { ExplainerInput } from '../core/kinds.ts';
import { visible } from './visible.ts';
import type {
  Claim,
  ClaimHistoryEntry,
  Explainer,
  GlossaryTerm,
  MapContent,
  Source,
  SourceHistoryEntry,
  TimelineEvent,
  Topic,
  UpdateField,
} from '../core/schema.ts';
import { type Evidence } from './evidence.ts';
import { normalised, passageOf, quotedSpans } from './quoted.ts';
import { findQuote, sentencesIn, type Span } from './quotes.ts';
import { compareVersions, versionsOf, type WordChange, wordChanges } from './revisions.ts';
import { type Sentence, segmentSentences } from './segment.ts';
import { SENTENCE_ID_PATTERN } from '../core/schema.ts';
import { type Grade, type Stance, type Status, statuses, statusInfo } from '../core/vocabulary.ts';
import { required } from './required.ts';
import type { ExplainerInput } from '../core/kinds.ts';
import { LIMITS } from '../core/limits.ts';

export interface TimelineEntry extends Omit<TimelineEvent, 'claim' | 'dateSource'> {
  claim: ClaimView;
  dateSource?: SourceView | undefined;
}

export interface Timeline {
  /** Events with a known year, in true date order. */
  dated: TimelineEntry[];
  /** Events whose year is not known, in the order the article mentions them. */
  undated: TimelineEntry[];
}

export interface SentenceView extends Sentence {
  /** The claims whose quotes touch this sentence, in claim order. */
  claims: ClaimView[];
  /** The distinct statuses of those claims. */
  statuses: Status[];
  /** The label of the article's piece that starts with this sentence, if one does. */
  partLabel?: string;
  /** Other sentences of the article this one contradicts, through its claims' conflicts. */
  contradicts: SentenceView[];
  /** The earlier version it belongs to; undefined for the current version. */
  version?: string | undefined;
  /** How the revision that brought its version changed it, when it did. */
  revised?: RevisionChange | undefined;
}

/** What a revision did to one sentence: reworded it, removed it, or added one. */
export type RevisionChange =
  | { kind: 'changed'; before: SentenceView; after: SentenceView; words: WordChange[] }
  | { kind: 'gone'; before: SentenceView }
  | { kind: 'added'; after: SentenceView };

/** A revision of the article: the version it brought, and what it changed. */
export interface RevisionView {
  /** The version it brought, and the one it replaced. */
  version: string;
  previous: string;
  /** The day the new version was received. */
  date: string;
  /** The publisher's note, when there was one. */
  note?: string | undefined;
  /** The sentences it reworded, removed or added, in the order of the texts. */
  changes: RevisionChange[];
  /** How many sentences only moved (the same words at another place). */
  moved: number;
}

/** One version of the article, sentence by sentence. */
export interface VersionView {
  id: string;
  /** The day it was received, and the day the next version replaced it. */
  date: string;
  until?: string | undefined;
  current: boolean;
  text: string;
  sentences: SentenceView[];
  /** The revision that brought it (every version but the first). */
  revision?: RevisionView | undefined;
}

export interface SourceView extends Source {
  /** The source this one ultimately relays (its own id if it relays none). */
  origin: string;
  citedBy: { claim: ClaimView; stance: Stance; note?: string | undefined }[];
}

export interface CitationView {
  source: SourceView;
  stance: Stance;
  note?: string | undefined;
  /** The passages its note quotes: which source keeps each, and its number there. */
  quotes: PassageRef[];
}

/** A passage kept from a source, by its number among the source's passages (from 1). */
export interface PassageRef {
  source: string;
  n: number;
}

/** A source's passages, numbered across its readings from 1, with the reading each is from. */
export function passagesOf(source: Pick<Source, 'read'>): {
  n: number;
  reading: number;
  text: string;
  lang?: string | undefined;
  translation?: string | undefined;
}[] {
  let n = 0;
  return (source.read ?? []).flatMap((reading, i) =>
    reading.passages.map((p) => ({ ...p, n: ++n, reading: i })),
  );
}

export type ConflictView =
  { kind: 'claim'; claim: ClaimView } | { kind: 'sentence'; sentence: SentenceView };

export interface ClaimView extends Omit<Claim, 'citations' | 'conflictsWith' | 'topic'> {
  /** The claim exactly as its contributor wrote it. */
  written: Claim;
  /** The content file the claim is written in, relative to the content folder. */
  file?: string | undefined;
  topic: TopicView;
  citations: CitationView[];
  sentences: SentenceView[];
  /** Where the quote is in the article (its first place, for a quote that occurs more than once). */
  span?: Span | undefined;
  conflicts: ConflictView[];
  /**
   * The earlier version its quote is in, when it is not about the current one: pinned to it
   * (`version:`), or withdrawn after a revision took its words away.
   */
  about?: VersionView | undefined;
}

export type StatusTally = Record<Status, number>;

export interface TopicView extends Topic {
  id: string;
  claims: ClaimView[];
  tally: StatusTally;
  /** Where the article contradicts itself in this topic's claims: each conflict once. */
  conflicts: { claim: ClaimView; with: ConflictView }[];
}

export interface Model {
  explainer: Explainer;
  /** The map page's content, when the explainer has one. */
  map?: MapContent | undefined;
  article: {
    text: string;
    /** The current version's sentences. */
    sentences: SentenceView[];
    /** Every version, oldest first; the last is the current one. */
    versions: VersionView[];
    /** The revisions, oldest first. */
    revisions: RevisionView[];
  };
  sources: SourceView[];
  claims: ClaimView[];
  /** Topics in reading order. */
  topics: TopicView[];
  tally: StatusTally;
  coverage: { covered: number; total: number };
  glossary: GlossaryTerm[];
  timeline: Timeline;
  claimById: ReadonlyMap<string, ClaimView>;
  sourceById: ReadonlyMap<string, SourceView>;
  topicById: ReadonlyMap<string, TopicView>;
  sentenceById: ReadonlyMap<string, SentenceView>;
}

export type QuoteLocation =
  | { found: true; spans: Span[] }
  | { found: false; reason: 'not-found' }
  | { found: false; reason: 'ambiguous'; spans: Span[] }
  | { found: false; reason: 'occurrence-out-of-range'; spans: Span[] }
  | { found: false; reason: 'too-many'; spans: Span[] };

/** Where a claim's quote is in the article, honouring `occurrence`. */
export function locateQuote(
  claim: Pick<Claim, 'quote' | 'occurrence'>,
  text: string,
): QuoteLocation {
  // Occurrences are counted only as far as a verdict needs: to the one asked for, or to one
  // past the most that occurrence: all may cover.
  const numbered = typeof claim.occurrence === 'number';
  const spans = findQuote(
    text,
    claim.quote,
    numbered ? Number(claim.occurrence) : LIMITS.occurrences + 1,
  );
  if (!spans.length) return { found: false, reason: 'not-found' };
  if (claim.occurrence === 'all') {
    return spans.length > LIMITS.occurrences
      ? { found: false, reason: 'too-many', spans }
      : { found: true, spans };
  }
  if (claim.occurrence === undefined) {
    return spans.length === 1
      ? { found: true, spans }
      : { found: false, reason: 'ambiguous', spans };
  }
  const span = spans[claim.occurrence - 1];
  return span
    ? { found: true, spans: [span] }
    : { found: false, reason: 'occurrence-out-of-range', spans };
}

/**
 * The source a source ultimately relays, following `derivedFrom`. Returns undefined for a
 * cycle, which the check reports.
 */
export function originOf(
  id: string,
  sources: ReadonlyMap<string, Pick<Source, 'derivedFrom'>>,
): string | undefined {
  const seen = new Set<string>();
  let current = id;
  while (!seen.has(current)) {
    seen.add(current);
    const next = sources.get(current)?.derivedFrom;
    if (next === undefined || !sources.has(next)) return current;
    current = next;
  }
  return undefined;
}

/**
 * A claim's citations as the evidence rules see them. A withdrawn source is no longer evidence
 * for anything: its citations stay on the page, and count for nothing.
 */
export function evidenceOf(
  claim: Pick<Claim, 'citations'>,
  sources: ReadonlyMap<string, Pick<Source, 'grade' | 'derivedFrom' | 'withdrawn'>>,
): Evidence[] {
  return claim.citations.flatMap((citation) => {
    const source = sources.get(citation.source);
    if (!source || source.withdrawn) return [];
    return [
      {
        source: citation.source,
        grade: source.grade,
        stance: citation.stance,
        origin: originOf(citation.source, sources) ?? citation.source,
        quoted: quotedSpans(citation.note ?? '').map((span) => normalised(span.text)),
      },
    ];
  });
}

export function emptyTally(): StatusTally {
  return Object.fromEntries(statuses.map((s) => [s.id, 0])) as StatusTally;
}

/** What the source page shows of what was read: each reading, with its passages numbered. */
export interface ReadingView {
  at?: string | undefined;
  /** The host of `at`, as a link's words. */
  host?: string | undefined;
  copy?: string | undefined;
  on: string;
  via?: string | undefined;
  passages: ReturnType<typeof passagesOf>;
}

/**
 * A source's readings for its page; `article` when its words are the article's (it is the
 * article, or relays it), which is read in full.
 */
export function readingsOf(
  source: SourceView,
  sources: ReadonlyMap<string, SourceView>,
): { article: boolean; readings: ReadingView[] } {
  const passages = passagesOf(source);
  return {
    article: sources.get(source.origin)?.kind === 'article',
    readings: (source.read ?? []).map((reading, i) => ({
      at: reading.at,
      host: reading.at ? new URL(reading.at).hostname : undefined,
      copy: reading.copy,
      on: reading.on,
      via: reading.via,
      passages: passages.filter((p) => p.reading === i),
    })),
  };
}

/**
 * The passages a citation's note quotes, each found in the cited source or in a source it
 * relays, nearest first: what a reader follows to check the quotation.
 */
function quotedPassages(
  citation: Pick<Claim['citations'][number], 'source' | 'note'>,
  sources: ReadonlyMap<string, Source>,
): PassageRef[] {
  const refs: PassageRef[] = [];
  for (const span of quotedSpans(citation.note ?? '')) {
    const seen = new Set<string>();
    for (let s = sources.get(citation.source); s && !seen.has(s.id);) {
      seen.add(s.id);
      const passages = passagesOf(s);
      const i = passageOf(span.text, passages);
      if (i !== undefined) {
        const ref = { source: s.id, n: passages[i]!.n };
        if (!refs.some((r) => r.source === ref.source && r.n === ref.n)) refs.push(ref);
        break;
      }
      s = s.derivedFrom ? sources.get(s.derivedFrom) : undefined;
    }
  }
  return refs;
}

/** Joins validated content into the model. Assumes `npm run check` passes on it. */
export function buildModel(received: ExplainerInput): Model {
  // The article's versions as pages can show them (visible.ts): same length, so offsets hold.
  const input: ExplainerInput = {
    ...received,
    article: visible(received.article),
    ...(received.versions
      ? { versions: received.versions.map((v) => ({ ...v, text: visible(v.text) })) }
      : {}),
  };
  const { versions, revisions } = versionViews(input);
  const current = versions.at(-1)!;
  const sentences = current.sentences;
  const sentenceById = new Map(sentences.map((s) => [s.id, s]));

  const sourceById = new Map<string, SourceView>();
  for (const source of input.sources)
    sourceById.set(source.id, { ...source, origin: source.id, citedBy: [] });
  for (const source of sourceById.values())
    source.origin = originOf(source.id, sourceById) ?? source.id;

  const topics: TopicView[] = [...input.topics]
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
    .map((topic) => ({ ...topic, claims: [], tally: emptyTally(), conflicts: [] }));
  const topicById = new Map(topics.map((t) => [t.id, t]));

  const claims: ClaimView[] = [];
  const claimById = new Map<string, ClaimView>();
  const earlier = versions.slice(0, -1).reverse();
  for (const claim of input.claims) {
    const topic = required(topicById.get(claim.topic), `topic "${claim.topic}"`);
    // The version the claim is about: the one it is pinned to; else the current one, or, for a
    // claim withdrawn after a revision took its words, the last version that had them.
    let about: VersionView = current;
    let location = locateQuote(claim, current.text);
    if (claim.version !== undefined) {
      about = required(
        versions.find((v) => v.id === claim.version),
        `version "${claim.version}"`,
      );
      location = locateQuote(claim, about.text);
    } else if (!location.found && claim.withdrawn) {
      for (const version of earlier) {
        const there = locateQuote(claim, version.text);
        if (there.found) {
          [about, location] = [version, there];
          break;
        }
      }
    }
    const spans = location.found ? location.spans : [];
    const { file, ...written } = claim;
    const view: ClaimView = {
      ...written,
      written,
      file,
      topic,
      citations: claim.citations.map((c) => ({
        source: required(sourceById.get(c.source), `source "${c.source}"`),
        stance: c.stance,
        note: c.note,
        quotes: quotedPassages(c, sourceById),
      })),
      sentences: [...new Set(spans.flatMap((span) => sentencesIn(span, about.sentences)))],
      span: spans[0],
      conflicts: [],
      about: about === current ? undefined : about,
    };
    claims.push(view);
    claimById.set(view.id, view);
    topic.claims.push(view);
    // A withdrawn claim keeps its card and its page, and counts in no tally.
    if (!view.withdrawn) topic.tally[view.status]++;
  }
  for (const claim of input.claims) {
    const view = required(claimById.get(claim.id), `claim "${claim.id}"`);
    view.conflicts = (claim.conflictsWith ?? []).map((ref): ConflictView =>
      SENTENCE_ID_PATTERN.test(ref)
        ? { kind: 'sentence', sentence: required(sentenceById.get(ref), `sentence "${ref}"`) }
        : { kind: 'claim', claim: required(claimById.get(ref), `claim "${ref}"`) },
    );
  }

  linkConflicts(claimById);

  // Claims read in the order their pages place them: topic by topic, then down each page.
  const position = new Map<string, number>();
  for (const topic of input.topics)
    (topic.placements ?? []).forEach((id, i) => position.set(id, i));
  const byPlacement = (a: ClaimView, b: ClaimView) =>
    (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity);
  for (const topic of topics) topic.claims.sort(byPlacement);
  claims.splice(0, claims.length, ...topics.flatMap((t) => t.claims));
  // Everything that lists claims (a source's citing claims, a sentence's claims and statuses)
  // lists them in that reading order.
  for (const view of claims) {
    for (const citation of view.citations)
      citation.source.citedBy.push({ claim: view, stance: citation.stance, note: citation.note });
    for (const sentence of view.sentences) {
      sentence.claims.push(view);
      if (!view.withdrawn && !sentence.statuses.includes(view.status))
        sentence.statuses.push(view.status);
    }
    // An earlier version's page shows, too, the claims on the words it shares with the others.
    for (const version of earlier) {
      if (version === view.about) continue;
      const there = locateQuote(view, version.text);
      if (!there.found) continue;
      for (const sentence of new Set(
        there.spans.flatMap((s) => sentencesIn(s, version.sentences)),
      )) {
        sentence.claims.push(view);
        if (!view.withdrawn && !sentence.statuses.includes(view.status))
          sentence.statuses.push(view.status);
      }
    }
  }

  const tally = emptyTally();
  for (const claim of claims) if (!claim.withdrawn) tally[claim.status]++;
  const entries = (input.timeline ?? []).map((event): TimelineEntry => ({
    ...event,
    claim: required(claimById.get(event.claim), `claim "${event.claim}"`),
    dateSource:
      event.dateSource === undefined
        ? undefined
        : required(sourceById.get(event.dateSource), `source "${event.dateSource}"`),
  }));
  const firstSentence = (entry: TimelineEntry) => entry.claim.sentences[0]?.n ?? Infinity;
  return {
    explainer: input.explainer,
    map: input.map,
    article: { text: input.article, sentences, versions, revisions },
    sources: [...sourceById.values()],
    claims,
    topics,
    tally,
    coverage: { covered: sentences.filter((s) => s.claims.length).length, total: sentences.length },
    glossary: [...(input.glossary ?? [])].sort((a, b) => a.term.localeCompare(b.term, 'en')),
    timeline: {
      dated: entries
        .filter((e) => e.date !== 'unknown')
        .sort((a, b) => a.date.localeCompare(b.date)),
      undated: entries
        .filter((e) => e.date === 'unknown')
        .sort((a, b) => firstSentence(a) - firstSentence(b)),
    },
    claimById,
    sourceById,
    topicById,
    sentenceById,
  };
}

/**
 * Every version of the article, sentence by sentence, and what each revision changed: the
 * earlier versions from content/versions/, the current one from article.txt.
 */
function versionViews(input: ExplainerInput): {
  versions: VersionView[];
  revisions: RevisionView[];
} {
  const metas = versionsOf(input.explainer.article);
  const texts = new Map((input.versions ?? []).map((v) => [v.id, v.text]));
  const versions = metas.map((meta, i): VersionView => {
    const current = i === metas.length - 1;
    const text = current ? input.article : required(texts.get(meta.id), `version "${meta.id}"`);
    const sentences: SentenceView[] = segmentSentences(text).map((s) => ({
      ...s,
      claims: [],
      statuses: [],
      contradicts: [],
      version: current ? undefined : meta.id,
    }));
    for (const part of input.explainer.article.parts ?? []) {
      const first = sentences.find((s) => s.text.startsWith(part.startsWith));
      if (first) first.partLabel = part.label;
    }
    return { id: meta.id, date: meta.date, until: metas[i + 1]?.date, current, text, sentences };
  });
  const revisions = versions.slice(1).map((after, i): RevisionView => {
    const before = versions[i]!;
    const comparison = compareVersions(before.text, after.text);
    const [was, now] = [before.sentences, after.sentences];
    const changes: RevisionChange[] = [];
    for (const fate of comparison.fates) {
      if (fate.fate === 'changed') {
        const change: RevisionChange = {
          kind: 'changed',
          before: was[fate.from.n - 1]!,
          after: now[fate.to!.n - 1]!,
          words: wordChanges(fate.from.text, fate.to!.text),
        };
        changes.push(change);
        change.after.revised = change;
      } else if (fate.fate === 'gone')
        changes.push({ kind: 'gone', before: was[fate.from.n - 1]! });
    }
    for (const added of comparison.added) {
      const change: RevisionChange = { kind: 'added', after: now[added.n - 1]! };
      changes.push(change);
      change.after.revised = change;
    }
    // In the order a reader meets them: by the place in the new text, a removal where it was.
    const place = (c: RevisionChange) =>
      c.kind === 'gone' ? placeOfGone(c.before, comparison) : c.after.n;
    changes.sort((a, b) => place(a) - place(b));
    const revision: RevisionView = {
      version: after.id,
      previous: before.id,
      date: after.date,
      note: metas[i + 1]!.note,
      changes,
      moved: comparison.fates.filter((f) => f.fate === 'moved').length,
    };
    after.revision = revision;
    return revision;
  });
  return { versions, revisions };
}

/** Where a removed sentence was, among the new text's sentences: just after what preceded it. */
function placeOfGone(sentence: Sentence, comparison: ReturnType<typeof compareVersions>): number {
  for (let n = sentence.n - 1; n >= 1; n--) {
    const to = comparison.fates[n - 1]?.to;
    if (to) return to.n + 0.5;
  }
  return 0.5;
}

/**
 * Where the article contradicts itself: each conflict listed once on the topic of each claim
 * in it, and each sentence marked with the sentences it contradicts. A conflict shows that the
 * article is inconsistent, not which of its sentences is wrong, so it changes no status.
 */
function linkConflicts(claimById: ReadonlyMap<string, ClaimView>): void {
  const listed = new Set<string>();
  const mark = (from: readonly SentenceView[], to: readonly SentenceView[]) => {
    for (const a of from) {
      for (const b of to) {
        if (a !== b && !a.contradicts.includes(b)) a.contradicts.push(b);
        if (a !== b && !b.contradicts.includes(a)) b.contradicts.push(a);
      }
    }
  };
  for (const claim of claimById.values()) {
    for (const conflict of claim.conflicts) {
      const other = conflict.kind === 'claim' ? conflict.claim.id : conflict.sentence.id;
      const key = [claim.id, other].sort().join(' ');
      mark(
        claim.sentences,
        conflict.kind === 'claim' ? conflict.claim.sentences : [conflict.sentence],
      );
      if (listed.has(key)) continue;
      listed.add(key);
      claim.topic.conflicts.push({ claim, with: conflict });
      if (conflict.kind === 'claim' && conflict.claim.topic !== claim.topic) {
        conflict.claim.topic.conflicts.push({
          claim: conflict.claim,
          with: { kind: 'claim', claim },
        });
      }
    }
  }
  for (const sentence of claimById.values().flatMap((c) => c.sentences)) {
    sentence.contradicts.sort((a, b) => a.n - b.n);
  }
}

/** A topic's "established vs. unverified" box: claims grouped by where their status puts them. */
export interface StatusBoxGroups {
  established: ClaimView[];
  notEstablished: { status: Status; claims: ClaimView[] }[];
  opinion: ClaimView[];
}

export function statusBoxGroups(all: readonly ClaimView[]): StatusBoxGroups {
  // A withdrawn claim is no longer a finding: it leaves the box.
  const claims = all.filter((c) => !c.withdrawn);
  const of = (status: Status) => claims.filter((c) => c.status === status);
  return {
    established: claims.filter((c) => statusInfo(c.status).column === 'established'),
    notEstablished: statuses
      .filter((s) => s.column === 'not-established')
      .map((s) => ({ status: s.id, claims: of(s.id) }))
      .filter((group) => group.claims.length),
    opinion: claims.filter((c) => statusInfo(c.status).column === 'opinion'),
  };
}

/** Claims by status, strongest first, and the withdrawn ones apart: the claims index. */
export function claimsByStatus(claims: readonly ClaimView[]): {
  groups: ((typeof statuses)[number] & { claims: ClaimView[] })[];
  withdrawn: ClaimView[];
} {
  return {
    groups: statuses.map((s) => ({
      ...s,
      claims: claims.filter((c) => c.status === s.id && !c.withdrawn),
    })),
    withdrawn: claims.filter((c) => c.withdrawn),
  };
}

/**
 * A claim's quote in its place in the article: the sentence before, the quoted sentences split
 * around the quote (so the quote itself can be marked), and the sentence after.
 */
export function quoteInContext(
  claim: ClaimView,
  article: Model['article'],
): {
  before?: string | undefined;
  lead: string;
  quote: string;
  tail: string;
  after?: string | undefined;
} {
  const span = claim.span;
  const quoted = span ? sentencesIn(span, claim.sentences) : [];
  const first = quoted[0];
  const last = quoted.at(-1);
  if (!span || !first || !last) return { lead: '', quote: claim.quote, tail: '' };
  // A claim about an earlier version is shown in that version's words.
  const { text, sentences } = claim.about ?? article;
  return {
    before: sentences[first.n - 2]?.text,
    lead: text.slice(first.start, span.start),
    quote: text.slice(span.start, span.end),
    tail: text.slice(span.end, last.end),
    after: sentences[last.n]?.text,
  };
}

/** The most recent review date among claims and topics: the page's "last reviewed" date. */
export function latestReview(items: readonly { reviewed: string }[]): string | undefined {
  return items.reduce<string | undefined>(
    (latest, item) => (latest === undefined || item.reviewed > latest ? item.reviewed : latest),
    undefined,
  );
}

/** What a correction is about: a claim or a source. */
export type CorrectionSubject =
  | { claim: ClaimView; source?: never; revision?: never }
  | { source: SourceView; claim?: never; revision?: never }
  | { revision: RevisionView; claim?: never; source?: never };

/** One entry of the public record, as the corrections page and its feed list it. */
export type Correction = CorrectionSubject & { date: string } & (
    | { kind: 'status'; from: Status; to: Status; reason: string }
    | { kind: 'grade'; from: Grade; to: Grade; reason: string }
    | { kind: 'address'; from: string | null; to: string | null; reason: string }
    | { kind: 'update'; updated: UpdateField; reason: string }
    | { kind: 'note'; note: string; about: string }
    | { kind: 'removed'; removed: string; reason: string }
    | { kind: 'withdrawal'; reason: string }
    | { kind: 'revision' }
  );

/** A history entry as a correction of `subject`. */
function correctionOf(
  subject: CorrectionSubject,
  entry: ClaimHistoryEntry | SourceHistoryEntry,
): Correction {
  if ('note' in entry)
    return { ...subject, kind: 'note', date: entry.date, note: entry.note, about: entry.about };
  if ('removed' in entry)
    return {
      ...subject,
      kind: 'removed',
      date: entry.date,
      removed: entry.removed,
      reason: entry.reason,
    };
  if ('url' in entry)
    return {
      ...subject,
      kind: 'address',
      date: entry.date,
      from: entry.url.from,
      to: entry.url.to,
      reason: entry.reason,
    };
  if ('updated' in entry)
    return {
      ...subject,
      kind: 'update',
      date: entry.date,
      updated: entry.updated,
      reason: entry.reason,
    };
  return subject.claim
    ? {
        ...subject,
        kind: 'status',
        date: entry.date,
        from: entry.from as Status,
        to: entry.to as Status,
        reason: entry.reason,
      }
    : {
        ...subject,
        kind: 'grade',
        date: entry.date,
        from: entry.from as Grade,
        to: entry.to as Grade,
        reason: entry.reason,
      };
}

/** One claim's or source's record, in the order it was written: its history, then its withdrawal. */
export function recordOf(
  subject: { claim: ClaimView; source?: never } | { source: SourceView; claim?: never },
): Correction[] {
  const item: ClaimView | SourceView = subject.claim ?? subject.source;
  return [
    ...(item.history ?? []).map((entry) => correctionOf(subject, entry)),
    ...(item.withdrawn
      ? [
          {
            ...subject,
            kind: 'withdrawal' as const,
            date: item.withdrawn.date,
            reason: item.withdrawn.reason,
          },
        ]
      : []),
  ];
}

/**
 * Every entry of every claim's and source's record, withdrawals included, and every revision
 * of the article, newest first.
 */
export function corrections(
  model: Pick<Model, 'claims' | 'sources'> & { article?: Pick<Model['article'], 'revisions'> },
): Correction[] {
  const changes: Correction[] = [
    ...model.claims.flatMap((claim) => recordOf({ claim })),
    ...model.sources.flatMap((source) => recordOf({ source })),
    ...(model.article?.revisions ?? []).map((revision): Correction => ({
      revision,
      kind: 'revision',
      date: revision.date,
    })),
  ];
  const idOf = (c: Correction) => c.claim?.id ?? c.source?.id ?? `article ${c.revision!.version}`;
  return changes.sort((a, b) => b.date.localeCompare(a.date) || idOf(a).localeCompare(idOf(b)));
}
