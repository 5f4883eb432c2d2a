import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The extension of the engine's own modules: .ts in its repository, .js in the published
 * package (compiled by `npm run build:engine`). Route files written in TypeScript take it too.
 */
export const MODULE_EXTENSION = path.extname(fileURLToPath(import.meta.url));
const ts = (file: string) => `${file}${MODULE_EXTENSION}`;

/**
 * Every page of an explainer site, as the integration injects them: the URL pattern and the
 * route file that renders it (relative to this module).
 */
export const ROUTES: readonly { pattern: string; entrypoint: string }[] = [
  { pattern: '/', entrypoint: '../routes/index.astro' },
  { pattern: '/404', entrypoint: '../routes/404.astro' },
  { pattern: '/article', entrypoint: '../routes/article.astro' },
  { pattern: '/topics/[topic]', entrypoint: '../routes/topics/[topic].astro' },
  { pattern: '/claims', entrypoint: '../routes/claims/index.astro' },
  { pattern: '/claims/[id]', entrypoint: '../routes/claims/[id].astro' },
  { pattern: '/sources', entrypoint: '../routes/sources/index.astro' },
  { pattern: '/sources/[id]', entrypoint: '../routes/sources/[id].astro' },
  { pattern: '/timeline', entrypoint: '../routes/timeline.astro' },
  { pattern: '/map/[...map]', entrypoint: '../routes/map/[...map].astro' },
  { pattern: '/worklist/[...worklist]', entrypoint: '../routes/worklist/[...worklist].astro' },
  { pattern: '/glossary', entrypoint: '../routes/glossary.astro' },
  { pattern: '/search', entrypoint: '../routes/search.astro' },
  { pattern: '/method', entrypoint: '../routes/method.astro' },
  { pattern: '/corrections', entrypoint: '../routes/corrections.astro' },
  { pattern: '/corrections.xml', entrypoint: ts('../routes/corrections.xml') },
  { pattern: '/data', entrypoint: '../routes/data.astro' },
  { pattern: '/claims.json', entrypoint: ts('../routes/claims.json') },
  { pattern: '/claims.csv', entrypoint: ts('../routes/claims.csv') },
  { pattern: '/claims.schema.json', entrypoint: ts('../routes/claims.schema.json') },
  { pattern: '/code.css', entrypoint: ts('../routes/code.css') },
  { pattern: '/favicon.svg', entrypoint: ts('../routes/favicon.svg') },
  { pattern: '/_headers', entrypoint: ts('../routes/_headers') },
];
