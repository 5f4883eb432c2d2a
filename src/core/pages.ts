/**
 * Where the pages of each kind of content are: part of the manifest (src/core/kinds.ts), kept in
 * a module of its own because links are built in the browser too (the search page's script),
 * and the rest of the manifest carries the schemas, which no page should ship.
 */

/** A page of the site and the route file that renders it (relative to src/routes/). */
export interface Page {
  /** The URL pattern, as Astro's `injectRoute` takes it: `/claims/[id]`. */
  pattern: string;
  entrypoint: string;
}

/** The pages of each kind: the page that lists its entries, and each entry's own page. */
export const KIND_PAGES = {
  article: { list: { pattern: '/article', entrypoint: 'article.astro' } },
  /** Each earlier version of the article, sentence by sentence, with its own sentence ids. */
  versions: { entry: { pattern: '/article/[version]', entrypoint: 'article/[version].astro' } },
  sources: {
    list: { pattern: '/sources', entrypoint: 'sources/index.astro' },
    entry: { pattern: '/sources/[id]', entrypoint: 'sources/[id].astro' },
  },
  claims: {
    list: { pattern: '/claims', entrypoint: 'claims/index.astro' },
    entry: { pattern: '/claims/[id]', entrypoint: 'claims/[id].astro' },
  },
  topics: {
    list: { pattern: '/', entrypoint: 'index.astro' },
    entry: { pattern: '/topics/[topic]', entrypoint: 'topics/[topic].astro' },
  },
  glossary: { list: { pattern: '/glossary', entrypoint: 'glossary.astro' } },
  timeline: { list: { pattern: '/timeline', entrypoint: 'timeline.astro' } },
  map: { list: { pattern: '/map/[...map]', entrypoint: 'map/[...map].astro' } },
} as const satisfies Record<string, { list?: Page; entry?: Page }>;

/**
 * The path of a page in the site, without the base path: a pattern's parameter filled in with
 * `id`, or (for a list page) dropped: `/claims/[id]` → `claims/x/`, `/map/[...map]` → `map/`.
 */
export function pagePath(page: Page, id?: string): string {
  const segments = page.pattern
    .split('/')
    .filter(Boolean)
    .flatMap((segment) =>
      segment.startsWith('[') ? (id === undefined ? [] : [encodeURIComponent(id)]) : [segment],
    );
  return segments.length ? `${segments.join('/')}/` : '';
}

/** The pages that show no one kind of content, each with the route file that renders it. */
export const ENGINE_PAGES = [
  { pattern: '/404', entrypoint: '404.astro' },
  { pattern: '/worklist/[...worklist]', entrypoint: 'worklist/[...worklist].astro' },
  { pattern: '/search', entrypoint: 'search.astro' },
  { pattern: '/article/changes/[version]', entrypoint: 'article/changes/[version].astro' },
  { pattern: '/method', entrypoint: 'method.astro' },
  { pattern: '/corrections', entrypoint: 'corrections.astro' },
  { pattern: '/corrections.xml', entrypoint: 'corrections.xml', module: true },
  { pattern: '/data', entrypoint: 'data.astro' },
  { pattern: '/claims.json', entrypoint: 'claims.json', module: true },
  { pattern: '/claims.csv', entrypoint: 'claims.csv', module: true },
  { pattern: '/claims.schema.json', entrypoint: 'claims.schema.json', module: true },
  { pattern: '/code.css', entrypoint: 'code.css', module: true },
  { pattern: '/_headers', entrypoint: '_headers', module: true },
] as const satisfies readonly (Page & { module?: true })[];
