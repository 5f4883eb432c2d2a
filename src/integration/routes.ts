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
  { pattern: '/glossary', entrypoint: '../routes/glossary.astro' },
  { pattern: '/search', entrypoint: '../routes/search.astro' },
  { pattern: '/method', entrypoint: '../routes/method.astro' },
  { pattern: '/corrections', entrypoint: '../routes/corrections.astro' },
  { pattern: '/corrections.xml', entrypoint: '../routes/corrections.xml.ts' },
  { pattern: '/data', entrypoint: '../routes/data.astro' },
  { pattern: '/claims.json', entrypoint: '../routes/claims.json.ts' },
  { pattern: '/claims.csv', entrypoint: '../routes/claims.csv.ts' },
  { pattern: '/claims.schema.json', entrypoint: '../routes/claims.schema.json.ts' },
  { pattern: '/code.css', entrypoint: '../routes/code.css.ts' },
  { pattern: '/favicon.svg', entrypoint: '../routes/favicon.svg.ts' },
  { pattern: '/_headers', entrypoint: '../routes/_headers.ts' },
];
