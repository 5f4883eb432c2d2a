/**
 * The explainer integration: checks the content before Astro builds anything.
 *
 * A build with content problems prints each as `file:line:column  message  (how to fix)` and
 * stops before a single file is written. The dev server prints the same problems and keeps
 * serving, re-checking whenever content changes.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from './lib/check.ts';
import { contentDir } from './lib/content-dir.ts';
import { formatProblem } from './lib/problems.ts';
import { openYamlHandoff } from './lib/yaml-file.ts';
import { plural } from './lib/format.ts';

function report(logger: AstroIntegrationLogger): number {
  const started = performance.now();
  const { problems, counts } = checkContent(contentDir());
  const elapsed = Math.round(performance.now() - started);
  for (const found of problems) console.error(formatProblem(found));
  if (problems.length) logger.error(`${plural(problems.length, 'content problem')} (${elapsed} ms)`);
  else logger.info(`content is valid: ${plural(counts.claims, 'claim')}, ${plural(counts.sources, 'source')}, ${plural(counts.topics, 'topic')} (${elapsed} ms)`);
  return problems.length;
}

export default function explainer(): AstroIntegration {
  return {
    name: 'explainer',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // The loaders then reuse the YAML the check parses instead of parsing it again.
        if (command === 'build') openYamlHandoff();
        if (report(logger) && command === 'build') {
          logger.error('Nothing was built. Fix the problems above and build again; `npm run check` lists them without building.');
          // Exiting here, before Astro starts, guarantees no output is written and no stack
          // trace buries the problems a contributor needs to read.
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        server.watcher.on('change', (file) => {
          if (file.startsWith(dir)) report(logger);
        });
      },
    },
  };
}
