/**
 * The published record: what an explainer said at a git commit, read leniently so that it
 * still reads after later renames and rule changes. Only ids, verdicts, addresses, words,
 * citations and their notes, passages kept, history, withdrawals, whether it was a draft, the
 * article's hash, and the corrections policy with its changes are read;
 * unknown fields and rule failures there are ignored. `--since` compares the content with it
 * (rules/record.ts).
 */
import { KINDS, type Manifest } from '../core/kinds.ts';
import type { ContentListing } from './files.ts';
import { readContentAt } from './git.ts';
import { parseListing, textFile, textFiles, topicFiles, yamlFile, yamlFiles } from './read.ts';
import type { Location } from './problems.ts';

/** One published claim or source, as the record needs it. */
export interface PublishedEntry {
  id: string;
  /** A claim's status or a source's grade, as written. */
  verdict: unknown;
  history: unknown[];
  withdrawn: unknown;
  /** Where it was written: `<ref>:content/claims/x.yaml`, and the line of its id. */
  where: Location;
  /** Claims: the quote (and which occurrence of it), the restatement, the sources cited. */
  quote?: unknown;
  occurrence?: unknown;
  claim?: unknown;
  cites?: string[];
  /** Claims: the notes of their citations, by source: what they quoted. */
  notes?: { source: string; note: string }[];
  /** Sources: the address. */
  url?: unknown;
  /** Sources: the fields that say which document it is, as written. */
  title?: unknown;
  publisher?: unknown;
  kind?: unknown;
  date?: unknown;
  /** Sources: the source relayed, the summary, and the passages kept (text and translation). */
  derivedFrom?: string;
  said?: string;
  passages?: { text: string; translation?: string }[];
}

export interface PublishedRecord {
  ref: string;
  /** Whether the explainer was a draft there: nothing of a draft was published. */
  draft: boolean;
  articleSha256?: string;
  /** The article's text, to find where a published quote was. */
  articleText?: string;
  /** The revisions explainer.yaml listed: a revision is published as the article is. */
  revisions: { version: unknown; sha256: unknown; note: unknown; where: Location }[];
  /** The first version's record: the day it was received, and its SHA-256. */
  received?: unknown;
  receivedSha256?: unknown;
  /** The earlier versions kept in versions/, by id: their SHA-256, and where they were. */
  versions: Map<string, { sha256: string; where: Location }>;
  claims: Map<string, PublishedEntry>;
  sources: Map<string, PublishedEntry>;
  /** Topic ids, with where each page was. */
  topics: Map<string, Location>;
  /** The corrections policy's paragraphs as written, if it had one, and its changes. */
  policy?: unknown;
  policyChanges: unknown[];
}

export type Baseline = { ok: true; record: PublishedRecord } | { ok: false; reason: string };

/** The record at `ref`, read from git in memory. */
export function readBaseline(ref: string, contentDir: string, kinds: Manifest = KINDS): Baseline {
  const content = readContentAt(ref, contentDir, kinds);
  if (!content.ok) return content;
  // A file of the record that does not parse would leave out what it published.
  const files = parseListing(content.listing, kinds);
  const unreadable = new Set(
    content.listing.files.filter((f) => files.unreadable.includes(f.path)).map((f) => f.shown),
  );
  const broken = files.problems.find((p) => unreadable.has(p.file));
  if (broken)
    return { ok: false, reason: `${broken.file}:${broken.line} cannot be read: ${broken.message}` };
  return { ok: true, record: recordOf(ref, content.listing, kinds) };
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** The record a listing holds. */
export function recordOf(
  ref: string,
  listing: ContentListing,
  kinds: Manifest = KINDS,
): PublishedRecord {
  const files = parseListing(listing, kinds);
  const explainer = asRecord(yamlFile(files, 'explainer')?.data);
  const article = textFile(files, 'article');
  const entries = (kind: string) => {
    const found = new Map<string, { data: Record<string, unknown>; where: Location }>();
    for (const file of yamlFiles(files, kind)) {
      if (!Array.isArray(file.data)) continue;
      file.data.forEach((item, i) => {
        const data = asRecord(item);
        if (typeof data.id === 'string' && !found.has(data.id))
          found.set(data.id, { data, where: file.locate([i, 'id']) });
      });
    }
    return found;
  };
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  const claims = new Map<string, PublishedEntry>();
  for (const [id, { data, where }] of entries('claims')) {
    claims.set(id, {
      id,
      where,
      verdict: data.status,
      history: list(data.history),
      withdrawn: data.withdrawn,
      quote: data.quote,
      occurrence: data.occurrence,
      claim: data.claim,
      cites: list(data.citations).flatMap((c) => {
        const source = asRecord(c).source;
        return typeof source === 'string' ? [source] : [];
      }),
      notes: list(data.citations).flatMap((c) => {
        const { source, note } = asRecord(c);
        return typeof source === 'string' && typeof note === 'string' ? [{ source, note }] : [];
      }),
    });
  }
  const sources = new Map<string, PublishedEntry>();
  for (const [id, { data, where }] of entries('sources')) {
    sources.set(id, {
      id,
      where,
      verdict: data.grade,
      history: list(data.history),
      withdrawn: data.withdrawn,
      url: data.url,
      title: data.title,
      publisher: data.publisher,
      kind: data.kind,
      date: data.date,
      ...(typeof data.derivedFrom === 'string' ? { derivedFrom: data.derivedFrom } : {}),
      ...(typeof data.said === 'string' ? { said: data.said } : {}),
      passages: list(data.read).flatMap((r) =>
        list(asRecord(r).passages).flatMap((p) => {
          const { text, translation } = asRecord(p);
          if (typeof text !== 'string') return [];
          return [{ text, ...(typeof translation === 'string' ? { translation } : {}) }];
        }),
      ),
    });
  }
  return {
    ref,
    // An explainer is published unless it says it is a draft (the schema's default).
    draft: explainer.draft === true,
    ...(article ? { articleSha256: article.sha256, articleText: article.text } : {}),
    received: asRecord(explainer.article).received,
    receivedSha256: asRecord(explainer.article).sha256,
    versions: new Map(
      textFiles(files, 'versions').map((v) => [
        v.id,
        { sha256: v.sha256, where: { file: v.path, line: 1, column: 1 } },
      ]),
    ),
    revisions: list(asRecord(explainer.article).revisions).map((r, i) => {
      const { version, sha256, note } = asRecord(r);
      return {
        version,
        sha256,
        note,
        where: yamlFile(files, 'explainer')!.locate(['article', 'revisions', i]),
      };
    }),
    claims,
    sources,
    topics: new Map(topicFiles(files).map((t) => [t.id, { file: t.path, line: 1, column: 1 }])),
    ...('policy' in asRecord(explainer.corrections)
      ? { policy: asRecord(explainer.corrections).policy }
      : {}),
    policyChanges: list(asRecord(explainer.corrections).policyChanges),
  };
}
