/**
 * What the rule families share while checking one explainer: the files as read, each kind's
 * valid entries and the ids written anywhere, the article's sentences, and the means to report.
 */
import type { z } from 'astro/zod';
import { KINDS, type Manifest } from '../core/kinds.ts';
import type { Explainer } from '../core/schema.ts';
import type { Sentence } from '../model/segment.ts';
import type { Location, Problem } from './problems.ts';
import type { PublishedRecord } from './baseline.ts';
import type { ContentFiles } from './read.ts';
import type { ContentYaml } from './topic.ts';
import type { DataPath } from './yaml.ts';

/** A valid entry, with the file and the path in it where it is written. */
export interface Located<T> {
  value: T;
  file: ContentYaml;
  path: DataPath;
}

/** The kinds whose files are lists of entries, and what an entry of each is. */
type ListKinds = {
  [K in keyof typeof KINDS]: (typeof KINDS)[K] extends { format: 'yaml-list' } ? K : never;
}[keyof typeof KINDS];
export type EntryOf<K extends ListKinds> = z.output<(typeof KINDS)[K]['schema']>;

/** A topic page's frontmatter, with its id (the file name) and the claims it places. */
export interface TopicEntry extends z.output<typeof KINDS.topics.schema> {
  id: string;
  placements: string[];
}

export interface CheckOptions {
  /**
   * Whether to judge each status by today's evidence rules (and conflicts by today's rules).
   * Off only to read content as it was written under older rules: the verdict diff's "before".
   */
  rules?: boolean;
  /**
   * The published version to compare with (`--since <ref>`): what it published must not change
   * silently. Without it, only the content as it stands is checked.
   */
  baseline?: PublishedRecord;
}

export interface Context {
  files: ContentFiles;
  kinds: Manifest;
  /** Whether statuses and conflicts are judged by the evidence rules. */
  rules: boolean;
  report(...found: Problem[]): void;
  /** How many problems have been reported so far. */
  reported(): number;
  /** Counts a problem that follows from one shown, and so is left unsaid. */
  followOn(): void;
  suggest(value: string, candidates: Iterable<string>): string | undefined;
  explainer?: Explainer;
  /** The article, when it could be read. */
  article?: { path: string; text: string; sha256: string };
  /** The article's earlier versions that could be read (content/versions/), by id. */
  versions: Map<string, { id: string; path: string; text: string; sha256: string }>;
  /** The valid entries of every kind, by kind: a list's items, a mapping's one value. */
  entries: Map<string, Located<unknown>[]>;
  /** The valid entries of every kind with ids, by kind and id: each id's first entry. */
  byId: Map<string, Map<string, Located<unknown>>>;
  topics: Located<TopicEntry>[];
  /**
   * The ids written for each kind (and the article's sentences, as `sentences`), valid or not:
   * a reference to one is not reported as unknown, since its entry's own problem is the mistake.
   */
  known: Map<string, Set<string>>;
  /** Whether each kind's files could all be read, so its ids are all known. */
  readable: Map<string, boolean>;
  /** Topic pages that exist but could not be read, so their placements are unknown. */
  unreadableTopics: Set<string>;
  sentences: Sentence[];
  /** Source ids cited anywhere, even by an entry with a schema problem. */
  cited: Set<string>;
  /** Sentence ids that some claim's quote touches. */
  examined: Set<string>;
}

/** Where a field of an entry is written. */
export const at = (item: { file: ContentYaml; path: DataPath }, ...field: DataPath): Location =>
  item.file.locate([...item.path, ...field]);

/** The valid entries of a list kind, typed. */
export function entriesOf<K extends ListKinds>(cx: Context, kind: K): Located<EntryOf<K>>[] {
  return (cx.entries.get(kind) ?? []) as Located<EntryOf<K>>[];
}

/** The valid entries of a list kind by id, typed. */
export function byIdOf<K extends ListKinds>(
  cx: Context,
  kind: K,
): ReadonlyMap<string, Located<EntryOf<K>>> {
  return (cx.byId.get(kind) ?? new Map()) as Map<string, Located<EntryOf<K>>>;
}

/** The ids written for a kind (or `sentences`). */
export function knownIds(cx: Context, target: string): ReadonlySet<string> {
  return cx.known.get(target) ?? new Set();
}
