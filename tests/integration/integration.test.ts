/**
 * The explainer integration's hooks, apart from the gate itself (tests/build covers builds
 * that the gate stops): its options, the Shiki highlighter it creates before Vite compiles any
 * MDX, and the dev server, which re-checks content after a burst of changes without starting
 * one check per changed file, and shows the problems in place of every page.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../src/gate/check.ts';

const created = vi.hoisted(() => [] as unknown[]);
vi.mock('@astrojs/markdown-remark/shiki', () => ({
  createShikiHighlighter: async (options: unknown) => {
    created.push(options);
    return {};
  },
}));

/** Checks started, each finished by calling its function with the result it returns. */
const checks = vi.hoisted(() => [] as ((result?: Partial<CheckResult>) => void)[]);
vi.mock('../../src/gate/worker.ts', () => ({
  checkContentInWorker: () =>
    new Promise((resolve) =>
      checks.push((result = {}) =>
        resolve({
          problems: [],
          counts: { claims: 0, sources: 0, topics: 0, files: 0 },
          ...result,
        }),
      ),
    ),
}));

const { default: explainer } = await import('../../src/integration/index.ts');

type Hook<K extends keyof AstroIntegration['hooks']> = NonNullable<AstroIntegration['hooks'][K]>;
const root = path.resolve('/project');
const logger = { info: () => {}, error: () => {}, warn: () => {} };

/** Runs astro:config:setup as the dev server would, finishing the check it starts. */
async function setUp(integration: AstroIntegration, result: Partial<CheckResult> = {}) {
  checks.length = 0;
  const setup = (integration.hooks['astro:config:setup'] as Hook<'astro:config:setup'>)({
    command: 'dev',
    config: {
      root: pathToFileURL(`${root}/`),
      publicDir: pathToFileURL(`${root}/public/`),
      base: '/',
    },
    logger,
    updateConfig: () => ({}),
    injectRoute: () => {},
    addMiddleware: () => {},
  } as never);
  await vi.waitFor(() => expect(checks).toHaveLength(1));
  checks[0]!(result);
  await setup;
}

describe('the options', () => {
  it('should refuse an unknown option, naming it', async () => {
    const integration = explainer({ contnet: './content' } as never);
    await expect(
      (integration.hooks['astro:config:setup'] as Hook<'astro:config:setup'>)({
        command: 'build',
        config: { root: pathToFileURL(`${root}/`), publicDir: pathToFileURL(`${root}/public/`) },
        logger,
      } as never),
    ).rejects.toThrow(
      `The explainer integration's options are wrong: unknown option "contnet"; the options are content and search.`,
    );
  });
});

describe('the build start', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('creates the Shiki highlighter, with the site’s two themes, before Vite compiles MDX', async () => {
    const { hooks } = explainer();
    await (hooks['astro:build:start'] as Hook<'astro:build:start'>)({} as never);
    expect(created).toEqual([{ themes: { light: 'github-light', dark: 'github-dark' } }]);
  });
});

/** A dev server with a file watcher, and a record of what the integration did to it. */
function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), { add: () => {} });
  const handlers: ((req: unknown, res: unknown, next: () => void) => void)[] = [];
  const reloads: unknown[] = [];
  return {
    server: {
      config: { root },
      watcher,
      middlewares: { use: (handler: (typeof handlers)[number]) => handlers.push(handler) },
      moduleGraph: { getModuleById: () => undefined, invalidateModule: () => {} },
      ws: { send: (message: unknown) => reloads.push(message) },
    },
    watcher,
    handlers,
    reloads,
  };
}

describe('the dev server', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  const content = path.join(root, 'content');

  it('checks once more after a burst of changes, not once per changed file', async () => {
    const integration = explainer();
    await setUp(integration);
    const { server, watcher, reloads } = fakeServer();
    (integration.hooks['astro:server:setup'] as Hook<'astro:server:setup'>)({
      server,
      logger,
    } as never);
    checks.length = 0;
    const change = (name: string) => watcher.emit('change', path.join(content, 'claims', name));

    change('a.yaml');
    expect(checks).toHaveLength(1);
    for (const name of ['b.yaml', 'c.yaml', 'd.yaml']) change(name);
    watcher.emit('add', path.join(content, 'claims', 'new.yaml'));
    watcher.emit('change', path.join(root, 'src', 'x.ts'));
    expect(checks).toHaveLength(1);

    checks[0]!();
    await flush();
    expect(checks).toHaveLength(2);
    checks[1]!();
    await flush();
    expect(checks).toHaveLength(2);
    expect(reloads).toEqual([{ type: 'full-reload' }, { type: 'full-reload' }]);

    watcher.emit('unlink', path.join(content, 'topics', 'old.mdx'));
    expect(checks).toHaveLength(3);
  });

  it('shows the problems in place of any page, and the page again once they are fixed', async () => {
    const integration = explainer();
    const problem = {
      file: 'content/claims/a.yaml',
      line: 3,
      column: 11,
      code: 'unknown-source' as const,
      message: 'source "x" does not exist',
      fix: 'cite an id from sources.yaml',
    };
    // The terminal shows the same problems as the page; caught here so the run stays quiet.
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    await setUp(integration, { problems: [problem] });
    expect(printed.mock.calls).toEqual([
      ['content/claims/a.yaml:3:11  source "x" does not exist  (cite an id from sources.yaml)'],
    ]);
    printed.mockRestore();
    const { server, watcher, handlers } = fakeServer();
    (integration.hooks['astro:server:setup'] as Hook<'astro:server:setup'>)({
      server,
      logger,
    } as never);

    const request = (url: string) => {
      let body = '';
      let passed = false;
      const response = {
        statusCode: 200,
        setHeader: () => {},
        end: (text: string) => (body = text),
      };
      // The middlewares in the order they were added, each calling the next.
      const run = (i: number): void => {
        if (i === handlers.length) passed = true;
        else handlers[i]!({ url, method: 'GET' }, response, () => run(i + 1));
      };
      run(0);
      return { body, passed, status: response.statusCode };
    };
    const page = request('/topics/bridge/');
    expect(page.status).toBe(500);
    expect(page.body).toContain('<code>content/claims/a.yaml:3:11</code>');
    expect(page.body).toContain('source &#34;x&#34; does not exist');
    expect(page.body).toContain(
      `/__open-in-editor?file=${encodeURIComponent(`${path.resolve('content/claims/a.yaml')}:3:11`)}`,
    );
    expect(request('/@vite/client').passed).toBe(true);
    expect(request('/_astro/site.css').passed).toBe(true);

    checks.length = 0;
    watcher.emit('change', path.join(content, 'claims', 'a.yaml'));
    checks[0]!({ problems: [] });
    await flush();
    expect(request('/topics/bridge/').passed).toBe(true);
  });
});
