/**
 * When a page has one of its own ids: always, or only when the content has what that part of
 * the page shows (the links rule, src/gate/rules/links.ts, decides each for the content).
 */
export type IdCondition =
  | 'always'
  /** The article has been revised (article.astro's list of revisions). */
  | 'revisions'
  /** Some claim is withdrawn (claims/index.astro). */
  | 'withdrawn'
  /** explainer.yaml states a corrections policy (corrections.astro). */
  | 'policy'
  /** explainer.yaml has its research notes, `method:` (method.astro). */
  | 'method'
  /** There is a claim to show as the example (method.astro). */
  | 'claims'
  /** Map pages' ids, which the links rule does not check. */
  | 'map';

/**
 * The ids the engine's pages give elements of their own, by the route file (relative to
 * src/routes/) that writes them, with when each is there; `*` is the layout every HTML page
 * has. An entry of content (a claim, a source, a glossary term, a timeline event) becomes an
 * element with its id on some page, and a topic page's heading gets the slug of its text: if
 * one of those were one of these, two elements would share an id, and a link or the skip link
 * would land on the wrong one.
 *
 * tests/architecture/anchors.test.ts checks that every id written in src/layouts,
 * src/components and src/routes is listed here under its file, and each listed id is written.
 */
export const PAGE_IDS: Readonly<Record<string, Readonly<Record<string, IdCondition>>>> = {
  '*': { main: 'always' },
  'article.astro': { revisions: 'revisions' },
  'claims/index.astro': { 'by-status': 'always', 'by-topic': 'always', withdrawn: 'withdrawn' },
  'corrections.astro': { policy: 'policy', changes: 'always' },
  'index.astro': {
    'article-heading': 'always',
    'tally-heading': 'always',
    'topics-heading': 'always',
  },
  'map/[...map].astro': { borders: 'map', data: 'map', limits: 'map', places: 'map' },
  'method.astro': {
    example: 'claims',
    grades: 'always',
    reading: 'always',
    rules: 'always',
    statuses: 'always',
    'this-explainer': 'method',
  },
  'search.astro': { 'search-query': 'always', 'search-status': 'always' },
  'sources/[id].astro': { read: 'always' },
  'sources/index.astro': { grades: 'always' },
};

/** Every id the engine's pages give elements of their own, on any page. */
export const LAYOUT_IDS: ReadonlySet<string> = new Set(
  Object.values(PAGE_IDS).flatMap((ids) => Object.keys(ids)),
);

/** The prefix of the ids remark-rehype gives footnotes, and the id of their heading. */
const FOOTNOTE_PREFIX = 'user-content-';
const FOOTNOTE_LABEL = 'footnote-label';

/** Whether `id` is one the engine's pages, or their footnotes, already use. */
export function isReservedId(id: string): boolean {
  return LAYOUT_IDS.has(id) || id === FOOTNOTE_LABEL || id.startsWith(FOOTNOTE_PREFIX);
}
