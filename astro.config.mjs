// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import explainer from './src/integration.ts';
import { contentDir } from './src/lib/content-dir.ts';
import remarkExplainer from './src/lib/remark-explainer.ts';

const content = contentDir();

export default defineConfig({
  integrations: [mdx(), explainer()],
  markdown: {
    processor: unified({ remarkPlugins: [[remarkExplainer, { contentDir: content }]] }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  build: { inlineStylesheets: 'never' },
  // Each content folder gets its own cache, so building the test fixture never mixes its
  // entries with the real explainer's.
  cacheDir: `./node_modules/.astro/${content.replace(/[^a-z0-9]+/gi, '-')}`,
});
