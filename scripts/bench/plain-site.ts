/**
 * The benchmark's baselines: the same topic pages built by a plain Astro site, with MDX and a
 * content collection but none of the explainer's components, checks or extra pages.
 *
 * The baseline the targets are checked against compiles MDX the way this project's stack does:
 * Astro's unified (remark) processor with its defaults, remark-gfm and SmartyPants, which is what
 * any Astro 7 site that uses remark-gfm or a remark plugin runs. Astro 7's own default, the
 * Sätteri processor, runs no remark plugins; the benchmark builds it too, for information only.
 *
 * The project is written to a temporary folder and borrows this repository's node_modules
 * through a symbolic link, so the baseline runs the very same Astro and MDX versions.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type GeneratedExplainer, withoutComponents } from './generate.ts';

/** How the plain site compiles Markdown and MDX. */
export type MarkdownProcessor = 'unified' | 'satteri';

const config = (processor: MarkdownProcessor) => `// @ts-check
import mdx from '@astrojs/mdx';
${processor === 'unified' ? "import { unified } from '@astrojs/markdown-remark';\n" : ''}import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
${processor === 'unified' ? '  markdown: { processor: unified() },\n' : ''}  // Keep Astro's cache inside this throwaway project, not in the borrowed node_modules.
  cacheDir: './.astro-cache',
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  topics: defineCollection({
    loader: glob({ base: './topics', pattern: '*.mdx' }),
    schema: z.object({ title: z.string(), summary: z.string(), order: z.number() }),
  }),
};
`;

const TOPIC_ROUTE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('topics');
  return entries.map((entry) => ({ params: { topic: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{entry.data.title}</title>
    <meta name="description" content={entry.data.summary} />
  </head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`;

/**
 * Writes a plain Astro project for the topic pages of `explainer` into `dir` (which must not
 * exist yet), using the node_modules folder at `nodeModules` and the given Markdown processor.
 */
export function writePlainSite(
  explainer: GeneratedExplainer,
  dir: string,
  nodeModules: string,
  processor: MarkdownProcessor,
): void {
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify({ name: 'plain-astro-bench', private: true, type: 'module' }, null, 2)}\n`,
    'astro.config.mjs': config(processor),
    'src/content.config.ts': COLLECTIONS,
    'src/pages/topics/[topic].astro': TOPIC_ROUTE,
  };
  for (const [file, text] of explainer.files) {
    if (file.startsWith('topics/')) files[file] = withoutComponents(text);
  }
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
}
