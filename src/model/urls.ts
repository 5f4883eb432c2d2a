/**
 * Every URL the site links to, built in one place so the base path (a project site on
 * GitHub Pages lives under /<repository>/) is applied everywhere and nowhere twice. The pages
 * of each kind of content are where the manifest (src/core/kinds.ts) puts them.
 */
import { KIND_PAGES, type Page, pagePath } from '../core/pages.ts';
import { searchIndexPath, sitePath } from './base-path.ts';

const page = sitePath;
type Kind = keyof typeof KIND_PAGES;
const pages = (kind: Kind): { list?: Page; entry?: Page } => KIND_PAGES[kind];
/** The page that lists a kind's entries (the home page, for topics). */
const list = (kind: Kind) => page(pagePath(pages(kind).list!));
/** An entry's own page. */
const entry = (kind: Kind, id: string) => page(pagePath(pages(kind).entry!, id));

export const urls = {
  /** A page by its route: `/method` → …/method/. */
  page: (route: Page) => page(pagePath(route)),
  /** An entry's page by its route: `/claims/[id]` and `x` → …/claims/x/. */
  entryPage: (route: Page, id: string) => page(pagePath(route, id)),
  home: () => list('topics'),
  article: () => list('article'),
  /** A sentence of the current version, or (with `version`) of an earlier one. */
  sentence: (id: string, version?: string) =>
    `${version === undefined ? list('article') : entry('versions', version)}#${id}`,
  /** An earlier version of the article, sentence by sentence. */
  version: (id: string) => entry('versions', id),
  /** What the revision that brought version `id` changed: a word diff of each sentence. */
  revision: (id: string) => page(`article/changes/${encodeURIComponent(id)}/`),
  topic: (id: string) => entry('topics', id),
  /** The worklist page (only while the explainer is a draft). */
  worklist: () => page('worklist/'),
  /** The map page (only for an explainer with a map.yaml). */
  map: () => list('map'),
  /** A claim's card on its topic page. */
  claimCard: (claim: { id: string; topic: { id: string } }) =>
    `${entry('topics', claim.topic.id)}#${claim.id}`,
  /** A claim's own page: its permalink. */
  claim: (id: string) => entry('claims', id),
  claims: () => list('claims'),
  claimsWithStatus: (status: string) => `${list('claims')}#${status}`,
  sources: () => list('sources'),
  source: (id: string) => entry('sources', id),
  /** A passage kept from a source, on the source's page. */
  passage: (id: string, n: number) => `${entry('sources', id)}#passage-${n}`,
  timeline: () => list('timeline'),
  glossary: () => list('glossary'),
  glossaryTerm: (id: string) => `${list('glossary')}#${id}`,
  search: () => page('search/'),
  /** The site's icon, when public/ has one. */
  favicon: () => page('favicon.svg'),
  /** The folder of the search index Pagefind writes at build time. */
  searchIndex: searchIndexPath,
  corrections: () => page('corrections/'),
  correctionsFeed: () => page('corrections.xml'),
  data: () => page('data/'),
  /** The stylesheet for highlighted code, linked only from pages that show code. */
  codeStylesheet: () => page('code.css'),
  dataset: (format: 'json' | 'csv' | 'schema') =>
    page(format === 'schema' ? 'claims.schema.json' : `claims.${format}`),
  method: () => page('method/'),
};
