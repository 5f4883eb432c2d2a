/**
 * Every URL the site links to, built in one place so the base path (a project site on
 * GitHub Pages lives under /<repository>/) is applied everywhere and nowhere twice.
 */
const base = withTrailingSlash(import.meta.env.BASE_URL ?? '/');

function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

const page = (path = '') => `${base}${path}`;

export const urls = {
  home: () => page(),
  article: () => page('article/'),
  sentence: (id: string) => `${page('article/')}#${id}`,
  topic: (id: string) => page(`topics/${id}/`),
  /** The worklist page (only while the explainer is a draft). */
  worklist: () => page('worklist/'),
  /** The map page (only for an explainer with a map.yaml). */
  map: () => page('map/'),
  /** A claim's card on its topic page. */
  claimCard: (claim: { id: string; topic: { id: string } }) =>
    `${page(`topics/${claim.topic.id}/`)}#${claim.id}`,
  /** A claim's own page: its permalink. */
  claim: (id: string) => page(`claims/${id}/`),
  claims: () => page('claims/'),
  claimsWithStatus: (status: string) => `${page('claims/')}#${status}`,
  sources: () => page('sources/'),
  source: (id: string) => page(`sources/${id}/`),
  timeline: () => page('timeline/'),
  glossary: () => page('glossary/'),
  glossaryTerm: (id: string) => `${page('glossary/')}#${id}`,
  search: () => page('search/'),
  favicon: () => page('favicon.svg'),
  /** The folder of the search index Pagefind writes at build time. */
  searchIndex: () => page('pagefind/'),
  corrections: () => page('corrections/'),
  correctionsFeed: () => page('corrections.xml'),
  data: () => page('data/'),
  /** The stylesheet for highlighted code, linked only from pages that show code. */
  codeStylesheet: () => page('code.css'),
  dataset: (format: 'json' | 'csv' | 'schema') =>
    page(format === 'schema' ? 'claims.schema.json' : `claims.${format}`),
  method: () => page('method/'),
};
