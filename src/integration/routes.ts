import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, type Manifest, type Page } from '../core/kinds.ts';
import type { Ui } from '../model/ui.ts';

/** A label of the site's navigation, by its key in the interface text. */
type NavLabel = keyof Ui['layout']['nav'];

/**
 * The extension of the engine's own modules: .ts in its repository, .js in the published
 * package (compiled by `npm run build:engine`). Route files written in TypeScript take it too.
 */
export const MODULE_EXTENSION = path.extname(fileURLToPath(import.meta.url));
const ts = (file: string) => `${file}${MODULE_EXTENSION}`;

/** The pages that show no one kind of content, each with the route file that renders it. */
const ENGINE_PAGES: readonly Page[] = [
  { pattern: '/404', entrypoint: '404.astro' },
  { pattern: '/worklist/[...worklist]', entrypoint: 'worklist/[...worklist].astro' },
  { pattern: '/search', entrypoint: 'search.astro' },
  { pattern: '/article/changes/[version]', entrypoint: 'article/changes/[version].astro' },
  { pattern: '/method', entrypoint: 'method.astro' },
  { pattern: '/corrections', entrypoint: 'corrections.astro' },
  { pattern: '/corrections.xml', entrypoint: ts('corrections.xml') },
  { pattern: '/data', entrypoint: 'data.astro' },
  { pattern: '/claims.json', entrypoint: ts('claims.json') },
  { pattern: '/claims.csv', entrypoint: ts('claims.csv') },
  { pattern: '/claims.schema.json', entrypoint: ts('claims.schema.json') },
  { pattern: '/code.css', entrypoint: ts('code.css') },
  { pattern: '/_headers', entrypoint: ts('_headers') },
];

/**
 * Every page of an explainer site, as the integration injects them: the URL pattern and the
 * route file that renders it (relative to this module). The pages of each kind of content come
 * from the manifest (src/core/kinds.ts), in its order, then the engine's own.
 */
export const ROUTES: readonly Page[] = [
  ...Object.values(KINDS as Manifest).flatMap((kind) =>
    [kind.pages?.list, kind.pages?.entry].filter((page) => page !== undefined),
  ),
  ...ENGINE_PAGES,
].map((page) => ({ pattern: page.pattern, entrypoint: `../routes/${page.entrypoint}` }));

/** The pages whose HTML search indexes: those of the kinds the manifest marks searchable. */
export const SEARCHABLE = `{${Object.values(KINDS as Manifest)
  .flatMap((kind) => (kind.searchable ? [kind.searchable] : []))
  .join(',')}}/**/*.html`;

/** The site's navigation: the kinds' pages the manifest names, then the engine's, in order. */
export const NAVIGATION: readonly { label: NavLabel; page: Page }[] = [
  ...Object.values(KINDS as Manifest).flatMap((kind) =>
    kind.nav && kind.pages?.list ? [{ ...kind.nav, page: kind.pages.list }] : [],
  ),
  { label: 'method', position: 7, page: ENGINE_PAGES.find((p) => p.pattern === '/method')! },
  { label: 'search', position: 8, page: ENGINE_PAGES.find((p) => p.pattern === '/search')! },
]
  .sort((a, b) => a.position - b.position)
  .map(({ label, page }) => ({ label: label as NavLabel, page }));
