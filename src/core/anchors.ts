/**
 * Ids that the engine's pages give elements of their own. An entry of content (a claim, a
 * source, a glossary term, a timeline event) becomes an element with its id on some page, and
 * a topic page's heading gets the slug of its text: if one of those were one of these, two
 * elements would share an id, and a link or the skip link would land on the wrong one.
 *
 * tests/architecture/anchors.test.ts checks that every id written in src/layouts,
 * src/components and src/routes is listed here.
 */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  'article-heading',
  'borders',
  'by-status',
  'by-topic',
  'changes',
  'data',
  'example',
  'grades',
  'limits',
  'main',
  'places',
  'policy',
  'read',
  'reading',
  'revisions',
  'rules',
  'search-query',
  'search-status',
  'statuses',
  'tally-heading',
  'this-explainer',
  'topics-heading',
  'withdrawn',
]);

/** The prefix of the ids remark-rehype gives footnotes, and the id of their heading. */
const FOOTNOTE_PREFIX = 'user-content-';
const FOOTNOTE_LABEL = 'footnote-label';

/** Whether `id` is one the engine's pages, or their footnotes, already use. */
export function isReservedId(id: string): boolean {
  return LAYOUT_IDS.has(id) || id === FOOTNOTE_LABEL || id.startsWith(FOOTNOTE_PREFIX);
}
