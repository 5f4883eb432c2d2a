import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, type Manifest, type Page } from '../core/kinds.ts';
import { ENGINE_PAGES } from '../core/pages.ts';
import type { Ui } from '../model/ui.ts';

/** A label of the site's navigation, by its key in the interface text. */
type NavLabel = keyof Ui['layout']['nav'];

/**
 * The extension of the engine's own modules: .ts in its repository, .js in the published
 * package (compiled by `npm run build:engine`). Route files written in TypeScript take it too.
 */
export const MODULE_EXTENSION = path.extname(fileURLToPath(import.meta.url));
const ts = (file: string) => `${file}${MODULE_EXTENSION}`;

/** The engine's own pages, with their route files: a TypeScript one takes the module extension. */
const ENGINE_ROUTES: readonly Page[] = ENGINE_PAGES.map((page) => ({
  pattern: page.pattern,
  entrypoint: 'module' in page ? ts(page.entrypoint) : page.entrypoint,
}));

/**
 * Every page of an explainer site, as the integration injects them: the URL pattern and the
 * route file that renders it (relative to this module). The pages of each kind of content come
 * from the manifest (src/core/kinds.ts), in its order, then the engine's own.
 */
export const ROUTES: readonly Page[] = [
  ...Object.values(KINDS as Manifest).flatMap((kind) =>
    [kind.pages?.list, kind.pages?.entry].filter((page) => page !== undefined),
  ),
  ...ENGINE_ROUTES,
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
  { label: 'method', position: 7, page: ENGINE_ROUTES.find((p) => p.pattern === '/method')! },
  { label: 'search', position: 8, page: ENGINE_ROUTES.find((p) => p.pattern === '/search')! },
]
  .sort((a, b) => a.position - b.position)
  .map(({ label, page }) => ({ label: label as NavLabel, page }));
