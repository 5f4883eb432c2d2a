// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import explainer from './src/integration/index.ts';
import { contentDir } from './src/integration/content-dir.ts';
import { CODE_THEMES, codeClasses } from './src/integration/code-highlighting.ts';
import remarkExplainer from './src/integration/remark-explainer.ts';

const content = contentDir();
// Where the site is published. GitHub Actions passes the Pages URL and path; locally the
// preview server's address is used, so canonical links and the sitemap stay well formed.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), explainer()],
  markdown: {
    // Typography is done by remarkExplainer (see typography.ts): remark-smartypants cost half
    // the MDX compile time of a large explainer.
    processor: unified({
      smartypants: false,
      remarkPlugins: [[remarkExplainer, { contentDir: content, base }]],
    }),
    // Class-based colours: Shiki's inline styles would break the strict CSP (see code-highlighting.ts).
    shikiConfig: { themes: CODE_THEMES, transformers: [codeClasses()] },
  },
  // Pages are rendered 16 at a time: a large explainer writes one folder and file per claim and
  // source, and rendering one page by one left the build waiting on the disk (1,000 topics:
  // 19.6 s -> 12-15 s for its 14,000 pages).
  build: { inlineStylesheets: 'never', concurrency: 16 },
  // A strict policy on every page: scripts and styles only from this site (Astro adds the
  // hashes of anything it inlines; src/middleware.ts then drops those a page does not contain),
  // nothing else loaded from anywhere. The search page adds
  // 'wasm-unsafe-eval' for Pagefind's index, and only there (src/pages/search.astro).
  // Astro warns that Shiki's inline styles break a CSP; codeClasses() above removes them all,
  // and the browser suite checks every page for CSP violations.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Each content folder gets its own cache, so building the test fixture never mixes its
  // entries with the real explainer's.
  cacheDir: `./node_modules/.astro/${content.replace(/[^a-z0-9]+/gi, '-')}`,
});
