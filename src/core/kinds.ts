/**
 * The manifest of content kinds: every kind of file an explainer's content holds, in one table.
 *
 * Each kind says where its files are, how they are written, the schema that validates them, how
 * their entries are identified, which fields name entries of other kinds, whether the kind is
 * required, and, when it has pages, their routes, its place in the site's navigation and
 * whether search indexes them. The gate reads the content folder, validates and cross-checks
 * it from this table alone (src/gate/), and the layout check, the `unknown-file` advice, the
 * model's input, the routes, the navigation, the search index and docs/reference.md all derive
 * from it. Adding a kind is one entry here, its rules (if it has any beyond references) and, if
 * it has pages, its route files.
 */
import type { z } from 'astro/zod';
import {
  claimSchema,
  explainerSchema,
  glossaryTermSchema,
  mapSchema,
  SENTENCE_ID_PATTERN,
  sourceSchema,
  timelineEventSchema,
  topicSchema,
} from './schema.ts';
import { KIND_PAGES, type Page } from './pages.ts';

export { type Page, pagePath } from './pages.ts';

/** How a kind's files are written. */
export type Format = 'text' | 'yaml-mapping' | 'yaml-list' | 'mdx';

/**
 * The problems a reference to a missing id can get. Most kinds have a problem of their own,
 * worded for them; a kind without one gets `unknown-reference`, worded from its `entry` names.
 */
export type UnknownProblem =
  | 'unknown-source'
  | 'unknown-claim'
  | 'unknown-topic'
  | 'unknown-sentence'
  | 'unknown-conflict'
  | 'unknown-derived-from'
  | 'unknown-version'
  | 'unknown-reference';

/** What a reference may name: the entries of a kind, or the article's sentences (s1, s2, …). */
export type Target = string;

/** A field of a kind's entries that names entries of another kind (or of the same one). */
export interface Reference {
  /**
   * Where the ids are in each entry, as a path: `topic`, `citations[].source` (a field of each
   * item of a list), `conflictsWith[]` (each item of a list), `places[].claims[]`.
   */
  field: string;
  /**
   * The kind whose ids it names. With several, an id that looks like one's ids (its `matches`)
   * names that one, and any other names the last.
   */
  to: Target | readonly Target[];
  /**
   * The problem an id that is not there gets, when not the target's own. (An id that looks like
   * a sentence's always gets the sentences' own.)
   */
  unknown?: UnknownProblem;
  /** Whether naming a source here cites it, so that it is not "cited by nothing". */
  cites?: boolean;
}

/** A component topic pages may place, and the attributes it takes. */
export interface ComponentRule {
  attributes: readonly string[];
  required: readonly string[];
  example: string;
  /** Renders a block (a card, a box, a quotation), so it must stand on a line of its own. */
  block: boolean;
}

/** One kind of content. */
export interface ContentKind {
  /** Where its files are: one file's name, or a folder and the extension of the files in it. */
  path: string | { folder: string; extension: string };
  format: Format;
  /** The schema of an entry (of the file, for a mapping; of the frontmatter, for MDX). */
  schema?: z.ZodType;
  /** What one entry is called in messages, and what several are: source, sources. */
  entry: { one: string; many: string };
  /**
   * How entries are identified: by their `id` field, or, for one entry per file, by the file's
   * name. Kinds without ids (a single mapping, the article) are not referred to by id.
   */
  id?: 'id' | 'file-name';
  /** Whether an explainer must have it. */
  required: boolean;
  references?: readonly Reference[];
  /** The problem a reference to one of its ids that is not there gets, by default. */
  unknown?: UnknownProblem;
  /**
   * Fields renamed since an earlier release, old name to new. Content written before is read
   * with the new name when it is read as it was written (the verdict diff's "before"); today's
   * check asks for the new name, saying it is only a rename.
   */
  renamed?: Readonly<Record<string, string>>;
  /** The components a kind's MDX may place (topic pages only). */
  components?: Readonly<Record<string, ComponentRule>>;
  /** The pages that show it: the page that lists its entries, and each entry's own page. */
  pages?: { list?: Page; entry?: Page };
  /** Its list page's place in the site's navigation: the label's key in `ui.layout.nav`. */
  nav?: { label: string; position: number };
  /** Whether search indexes its pages (the folder their HTML is written in). */
  searchable?: string;
  /** Its section of docs/reference.md. */
  doc?: { title: string; schema: string; note: string };
}

/** The components topic pages may place, and the attributes each takes. */
const topicComponents = {
  Claim: { attributes: ['id'], required: ['id'], example: '<Claim id="claim-id"/>', block: true },
  ClaimRef: {
    attributes: ['id'],
    required: ['id'],
    example: '<ClaimRef id="claim-id"/>',
    block: false,
  },
  Source: {
    attributes: ['id'],
    required: ['id'],
    example: '<Source id="source-id"/>',
    block: false,
  },
  Sentence: { attributes: ['id'], required: ['id'], example: '<Sentence id="s12"/>', block: true },
  StatusBox: { attributes: [], required: [], example: '<StatusBox/>', block: true },
} as const satisfies Record<string, ComponentRule>;

/** The components topic pages may place, by the names contributors write. */
export type ContentComponent = keyof typeof topicComponents;

/**
 * Every kind of content, in the order the check reads them and its messages list them. The
 * article's sentences are not a kind of file, but references may name them (`sentences`).
 */
export const KINDS = {
  explainer: {
    path: 'explainer.yaml',
    format: 'yaml-mapping',
    schema: explainerSchema,
    entry: { one: 'explainer', many: 'explainer' },
    required: true,
    doc: {
      title: 'explainer.yaml',
      schema: 'explainerSchema',
      note: 'The explainer as a whole: a mapping of these fields.',
    },
  },
  article: {
    path: 'article.txt',
    format: 'text',
    entry: { one: 'article', many: 'article' },
    required: true,
    pages: KIND_PAGES.article,
    nav: { label: 'article', position: 2 },
    searchable: 'article',
  },
  versions: {
    path: { folder: 'versions', extension: '.txt' },
    format: 'text',
    entry: { one: 'version', many: 'versions' },
    id: 'file-name',
    required: false,
    unknown: 'unknown-version',
    pages: KIND_PAGES.versions,
  },
  sources: {
    path: 'sources.yaml',
    format: 'yaml-list',
    schema: sourceSchema,
    entry: { one: 'source', many: 'sources' },
    id: 'id',
    required: true,
    unknown: 'unknown-source',
    references: [{ field: 'derivedFrom', to: 'sources', unknown: 'unknown-derived-from' }],
    renamed: { context: 'outside' },
    pages: KIND_PAGES.sources,
    nav: { label: 'sources', position: 4 },
    searchable: 'sources',
    doc: {
      title: 'sources.yaml',
      schema: 'sourceSchema',
      note: 'The source registry: a list of sources, each one specific report or statement.',
    },
  },
  claims: {
    path: { folder: 'claims', extension: '.yaml' },
    format: 'yaml-list',
    schema: claimSchema,
    entry: { one: 'claim', many: 'claims' },
    id: 'id',
    required: false,
    unknown: 'unknown-claim',
    references: [
      { field: 'topic', to: 'topics' },
      { field: 'citations[].source', to: 'sources', cites: true },
      { field: 'conflictsWith[]', to: ['sentences', 'claims'], unknown: 'unknown-conflict' },
      { field: 'version', to: 'versions' },
    ],
    pages: KIND_PAGES.claims,
    nav: { label: 'claims', position: 3 },
    searchable: 'claims',
    doc: {
      title: 'claims/*.yaml',
      schema: 'claimSchema',
      note: 'A list of claims per file; by convention one file per topic.',
    },
  },
  topics: {
    path: { folder: 'topics', extension: '.mdx' },
    format: 'mdx',
    schema: topicSchema,
    entry: { one: 'topic', many: 'topics' },
    id: 'file-name',
    required: false,
    unknown: 'unknown-topic',
    components: topicComponents,
    pages: KIND_PAGES.topics,
    nav: { label: 'topics', position: 1 },
    searchable: 'topics',
    doc: {
      title: 'topics/*.mdx (frontmatter)',
      schema: 'topicSchema',
      note: 'The frontmatter of a topic page, between the two `---` lines; the file name is the topic id.',
    },
  },
  glossary: {
    path: 'glossary.yaml',
    format: 'yaml-list',
    schema: glossaryTermSchema,
    entry: { one: 'glossary term', many: 'glossary terms' },
    id: 'id',
    required: false,
    references: [{ field: 'source', to: 'sources', cites: true }],
    pages: KIND_PAGES.glossary,
    nav: { label: 'glossary', position: 6 },
    searchable: 'glossary',
    doc: {
      title: 'glossary.yaml (optional)',
      schema: 'glossaryTermSchema',
      note: 'A list of terms, each linked from its first use on each topic page.',
    },
  },
  timeline: {
    path: 'timeline.yaml',
    format: 'yaml-list',
    schema: timelineEventSchema,
    entry: { one: 'timeline event', many: 'timeline events' },
    id: 'id',
    required: false,
    references: [
      { field: 'claim', to: 'claims' },
      { field: 'dateSource', to: 'sources', cites: true },
    ],
    pages: KIND_PAGES.timeline,
    nav: { label: 'timeline', position: 5 },
    doc: {
      title: 'timeline.yaml (optional)',
      schema: 'timelineEventSchema',
      note: 'A list of the events of the timeline page.',
    },
  },
  map: {
    path: 'map.yaml',
    format: 'yaml-mapping',
    schema: mapSchema,
    entry: { one: 'map', many: 'map' },
    required: false,
    references: [
      { field: 'places[].claims[]', to: 'claims' },
      { field: 'places[].sentences[]', to: 'sentences' },
      { field: 'topic', to: 'topics' },
    ],
    pages: KIND_PAGES.map,
    doc: {
      title: 'map.yaml (optional)',
      schema: 'mapSchema',
      note: 'The map page. Coordinates are filled in by `npx node scripts/places.ts`, never typed by hand.',
    },
  },
} as const satisfies Record<string, ContentKind>;

export type Manifest = Readonly<Record<string, ContentKind>>;
export type KindName = keyof typeof KINDS;

/** The article's sentences, as references name them: s1, s2, … */
export const SENTENCES = {
  name: 'sentences',
  matches: SENTENCE_ID_PATTERN,
  unknown: 'unknown-sentence',
} as const;

/** The path a kind's files are shown by in messages: `sources.yaml`, `claims/*.yaml`. */
export function shownPattern(kind: ContentKind): string {
  return typeof kind.path === 'string' ? kind.path : `${kind.path.folder}/*${kind.path.extension}`;
}

/** Every file and folder a content folder may hold, as the `unknown-file` advice lists them. */
export function layoutList(kinds: Manifest = KINDS): string[] {
  const all = Object.values(kinds);
  return [
    ...all.filter((k) => typeof k.path === 'string'),
    ...all.filter((k) => typeof k.path !== 'string'),
  ].map(shownPattern);
}

/** The folders a content folder may hold: `claims/`, `topics/`. */
export function folderList(kinds: Manifest = KINDS): string[] {
  return Object.values(kinds).flatMap((k) =>
    typeof k.path === 'string' ? [] : [`${k.path.folder}/`],
  );
}

/** The names of the components topic pages may place. */
export const componentNames = Object.keys(topicComponents) as ContentComponent[];

/** What an entry of a kind is, as the model receives it. */
type EntryOf<K extends ContentKind> = K extends { schema: infer S extends z.ZodType }
  ? z.output<S>
  : string;

/** Entries of a folder of files carry the file they are written in; MDX pages, their id and placements. */
type InputEntryOf<K extends ContentKind> = K extends { format: 'mdx' }
  ? EntryOf<K> & {
      id: string;
      /** The ids of the claims the page places, in page order. */
      placements?: readonly string[];
    }
  : K extends { path: { folder: string } }
    ? EntryOf<K> & {
        /** The content file the entry is written in, relative to the content folder. */
        file?: string | undefined;
      }
    : EntryOf<K>;

type InputOf<K extends ContentKind> = K extends { format: 'yaml-list' | 'mdx' }
  ? readonly InputEntryOf<K>[]
  : K extends { format: 'text'; path: { folder: string } }
    ? /** A folder of texts (the article's earlier versions): each file's id and its text. */
      readonly { id: string; text: string }[]
    : InputEntryOf<K>;

/** The kinds the input always has: the required ones, and folders (empty when there is none). */
type PresentKinds = {
  [K in KindName]: (typeof KINDS)[K] extends { required: true } | { path: { folder: string } }
    ? K
    : never;
}[KindName];

/**
 * The validated content the gate hands to the model: one field per kind, named as the kind,
 * optional for the files an explainer may leave out. The article is its text.
 */
export type ExplainerInput = { [K in PresentKinds]: InputOf<(typeof KINDS)[K]> } & {
  [K in Exclude<KindName, PresentKinds>]?: InputOf<(typeof KINDS)[K]>;
};
