/**
 * The explainer integration: everything an explainer site needs, from one line of config.
 *
 *   export default defineConfig({ integrations: [explainer({ content: './content' })] });
 *
 * It runs the gate on the content folder before Astro builds anything. A build with content
 * problems prints each as `file:line:column  message  (how to fix)` and stops before a single
 * file is written. Otherwise it adds the pages, the middleware, MDX with the engine's Markdown
 * pipeline, the sitemap, the strict Content-Security-Policy and, after the build, the search
 * index. The dev server shows the problems in place of every page until they are fixed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { rehypeShiki, unified } from '@astrojs/markdown-remark';
import { createShikiHighlighter } from '@astrojs/markdown-remark/shiki';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContentInWorker } from '../gate/worker.ts';
import { formatProblem, problemSummary } from '../gate/problems.ts';
import { plural } from '../model/format.ts';
import { CODE_THEMES, codeClasses } from './code-highlighting.ts';
import { serveProblems } from './dev-problems.ts';
import { type ExplainerOptions, parseOptions } from './options.ts';
import recmaInertText from './recma-inert-text.ts';
import remarkExplainer from './remark-explainer.ts';
import { MODULE_EXTENSION, ROUTES } from './routes.ts';
import { writeSearchIndex } from './search-index.ts';
import { createState, type GateState, updateState } from './state.ts';
import { explainerVitePlugin } from './vite-plugin.ts';
import { INPUT_MODULE, TOPICS_MODULE } from './virtual.ts';

export type { ExplainerOptions } from './options.ts';

/** Runs the gate and reports what it found: every problem, or a one-line summary. */
async function runGate(state: GateState, logger: AstroIntegrationLogger): Promise<number> {
  const started = performance.now();
  const result = await checkContentInWorker(state.contentDir, state.publicDir);
  const elapsed = Math.round(performance.now() - started);
  updateState(state, result);
  const { problems, counts, suppressed } = result;
  for (const found of problems) console.error(formatProblem(found));
  if (problems.length) {
    logger.error(`content: ${problemSummary(problems.length, suppressed)} (${elapsed} ms)`);
  } else {
    logger.info(
      `content is valid: ${plural(counts.claims, 'claim')}, ${plural(counts.sources, 'source')}, ${plural(counts.topics, 'topic')} (${elapsed} ms)`,
    );
  }
  return problems.length;
}

/**
 * Stops a build whose content has problems, before Astro starts, so nothing is written. From
 * the command line it exits: Astro would otherwise print an "unhandled error" and a stack
 * trace of the engine below the problems a contributor needs to read. A build started from
 * code (Astro's build() function, as the tests do) gets an error it can catch instead.
 */
function refuseBuild(problems: number, logger: AstroIntegrationLogger): never {
  const message = `${plural(problems, 'content problem')}: nothing was built.`;
  const hint =
    'Fix the problems listed above and build again; `npm run check` lists them without building.';
  if (/[\\/]astro(?:\.m?js)?$/.test(process.argv[1] ?? '')) {
    logger.error(`${message} ${hint}`);
    process.exit(1);
  }
  const error = new AstroError(message, hint);
  error.stack = '';
  throw error;
}

export default function explainer(userOptions?: ExplainerOptions): AstroIntegration {
  let state: GateState | undefined;
  let search = true;
  return {
    name: 'explainer',
    hooks: {
      'astro:config:setup': async ({
        command,
        config,
        logger,
        updateConfig,
        injectRoute,
        addMiddleware,
      }) => {
        const options = parseOptions(userOptions);
        if (!options.ok) {
          throw new AstroError(
            `The explainer integration's options are wrong: ${options.messages.join('; ')}.`,
            'Write them as explainer({ content: "./content" }) in astro.config.mjs.',
          );
        }
        search = options.value.search;
        const root = fileURLToPath(config.root);
        const contentDir = path.resolve(root, options.value.content);
        state = createState(
          contentDir,
          path.relative(root, contentDir).split(path.sep).join('/') || '.',
          path.resolve(fileURLToPath(config.publicDir)),
        );

        if (command === 'build' || command === 'dev') {
          const problems = await runGate(state, logger);
          if (problems && command === 'build') refuseBuild(problems, logger);
        }

        const base = process.env.BASE_PATH || config.base;
        const processor = unified({
          // Typography is done by remarkExplainer (see typography.ts): remark-smartypants cost
          // half the MDX compile time of a large explainer.
          smartypants: false,
          remarkPlugins: [[remarkExplainer, { state, base }]],
          // Shiki runs as a rehype plugin of the engine's own rather than as Astro's highlighter:
          // Astro warns on every build that Shiki's inline styles break a CSP whenever it is
          // the highlighter, and codeClasses() removes every one of them (the browser suite
          // checks every page for CSP violations).
          rehypePlugins: [[rehypeShiki, { themes: CODE_THEMES, transformers: [codeClasses()] }]],
          // Every string of a compiled topic page reaches the bundle as base64, decoded when the
          // page renders, so no text in it can be read as a bundler placeholder.
          recmaPlugins: [recmaInertText],
        });
        updateConfig({
          // Where the site is published: GitHub Actions passes the Pages URL and path.
          ...(process.env.SITE_URL || !config.site
            ? { site: process.env.SITE_URL || 'http://localhost:4321' }
            : {}),
          ...(process.env.BASE_PATH ? { base: process.env.BASE_PATH } : {}),
          trailingSlash: 'always',
          integrations: [
            mdx({ processor }),
            sitemap({ filter: (page) => !page.endsWith('/404/') }),
          ],
          markdown: { processor, syntaxHighlight: false },
          // Pages are rendered 16 at a time: a large explainer writes one folder and file per
          // claim and source, and rendering one page by one left the build waiting on the disk.
          build: { inlineStylesheets: 'never', concurrency: 16 },
          // A strict policy on every page: scripts and styles only from this site (Astro adds
          // the hashes of anything it inlines; middleware.ts then drops those a page does not
          // contain), nothing else loaded from anywhere. The search page adds
          // 'wasm-unsafe-eval' for Pagefind's index, and only there (routes/search.astro).
          security: {
            csp: {
              // Given in full: a policy added by an integration is not filled in with defaults.
              algorithm: 'SHA-256',
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
          vite: { plugins: [explainerVitePlugin(state)] },
        });
        for (const route of ROUTES) {
          injectRoute({
            pattern: route.pattern,
            entrypoint: new URL(route.entrypoint, import.meta.url),
            prerender: true,
          });
        }
        addMiddleware({
          entrypoint: new URL(`./middleware${MODULE_EXTENSION}`, import.meta.url),
          order: 'post',
        });
      },
      'astro:build:start': async () => {
        // Created before Vite compiles any MDX: see createHighlighterEarly.
        await createShikiHighlighter({ themes: CODE_THEMES });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (search) await writeSearchIndex(fileURLToPath(dir), logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        const gate = state!;
        serveProblems(server, gate);
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
          void runGate(gate, logger)
            .then(() => {
              for (const id of [
                INPUT_MODULE,
                TOPICS_MODULE,
                ...[...gate.approved.keys()].map((t) => `virtual:explainer/topic/${t}.mdx`),
              ]) {
                const module = server.moduleGraph.getModuleById(`\0${id}`);
                if (module) server.moduleGraph.invalidateModule(module);
              }
              server.ws.send({ type: 'full-reload' });
            })
            .finally(() => {
              running = false;
              if (again) {
                again = false;
                recheck();
              }
            });
        };
        const inContent = (file: string) =>
          [gate.contentDir, gate.publicDir].some((folder) =>
            path.resolve(file).startsWith(folder + path.sep),
          );
        server.watcher.add([gate.contentDir, gate.publicDir]);
        for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) {
          server.watcher.on(event, (file: string) => {
            if (inContent(file)) recheck();
          });
        }
      },
    },
  };
}
