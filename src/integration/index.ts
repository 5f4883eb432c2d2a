/**
 * The explainer integration: checks the content before Astro builds anything.
 *
 * A build with content problems prints each as `file:line:column  message  (how to fix)` and
 * stops before a single file is written. The dev server prints the same problems and keeps
 * serving, re-checking whenever content changes.
 */
import { createShikiHighlighter } from '@astrojs/markdown-remark/shiki';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContentInWorker } from '../gate/worker.ts';
import { contentDir } from './content-dir.ts';
import { formatProblem } from '../gate/problems.ts';
import { openYamlHandoff } from '../gate/yaml.ts';
import { plural } from '../model/format.ts';

async function report(logger: AstroIntegrationLogger, { handOver = false } = {}): Promise<number> {
  const started = performance.now();
  const { problems, counts } = await checkContentInWorker(contentDir(), { handOver });
  const elapsed = Math.round(performance.now() - started);
  for (const found of problems) console.error(formatProblem(found));
  if (problems.length)
    logger.error(`${plural(problems.length, 'content problem')} (${elapsed} ms)`);
  else
    logger.info(
      `content is valid: ${plural(counts.claims, 'claim')}, ${plural(counts.sources, 'source')}, ${plural(counts.topics, 'topic')} (${elapsed} ms)`,
    );
  return problems.length;
}

/**
 * Creates the Shiki highlighter the MDX pipeline will ask for, before Vite starts compiling.
 *
 * Astro's rehype-shiki step awaits the highlighter on every page, code or not, and creates it
 * on first use; Shiki's engine then loads while the bundler queues up every MDX page. Each page
 * is parsed and converted, then waits there, so all of their trees were held at once (about
 * 300 MB of a 1,000-topic build's heap, which V8 then let grow to 1.4 GB). Astro caches
 * highlighters by theme, so creating it here, with the same options, means each page finishes
 * its pipeline as soon as it starts. Peak memory at 1,000 topics: 2.4 GB -> 1.8 GB.
 */
async function createHighlighterEarly(markdown: AstroConfig['markdown'] | undefined) {
  const highlighting = markdown?.syntaxHighlight;
  const type = typeof highlighting === 'object' && highlighting ? highlighting.type : highlighting;
  if (!markdown || type !== 'shiki') return;
  const { langs, theme, themes, langAlias } = markdown.shikiConfig;
  await createShikiHighlighter({ langs, theme, themes, langAlias });
}

export default function explainer(): AstroIntegration {
  let markdown: AstroConfig['markdown'] | undefined;
  return {
    name: 'explainer',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // The loaders then reuse the YAML the check parses instead of parsing it again.
        if (command === 'build') openYamlHandoff();
        if ((await report(logger, { handOver: command === 'build' })) && command === 'build') {
          logger.error(
            'Nothing was built. Fix the problems above and build again; `npm run check` lists them without building.',
          );
          // Exiting here, before Astro starts, guarantees no output is written and no stack
          // trace buries the problems a contributor needs to read.
          process.exit(1);
        }
      },
      'astro:config:done': ({ config }) => {
        markdown = config.markdown;
      },
      'astro:build:start': () => createHighlighterEarly(markdown),
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        // A burst of changes (a branch switch, a search-and-replace) runs one check after the
        // one under way, not one per file.
        let running = false;
        let again = false;
        const recheck = () => {
          if (running) {
            again = true;
            return;
          }
          running = true;
          void report(logger).finally(() => {
            running = false;
            if (again) {
              again = false;
              recheck();
            }
          });
        };
        server.watcher.on('change', (file) => {
          if (file.startsWith(dir)) recheck();
        });
      },
    },
  };
}
