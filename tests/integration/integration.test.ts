/**
 * The explainer integration's hooks, apart from the content check itself (tests/build covers
 * a build that the check stops).
 *
 * It creates Astro's Shiki highlighter before Vite compiles any MDX, with the options Astro
 * caches highlighters by. Created on first use instead, it made every page of a large explainer
 * wait, tree in memory, until Shiki's engine had loaded (npm run bench shows the peak memory
 * this saves). And the dev server re-checks content after a burst of changes without starting
 * one check per changed file.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { AstroConfig, AstroIntegration } from 'astro';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentDir } from '../../src/integration/content-dir.ts';

const created = vi.hoisted(() => [] as unknown[]);
vi.mock('@astrojs/markdown-remark/shiki', () => ({
  createShikiHighlighter: async (options: unknown) => {
    created.push(options);
    return {};
  },
}));

/** Checks started in the dev server, each finished by calling its function. */
const checks = vi.hoisted(() => [] as (() => void)[]);
vi.mock('../../src/gate/worker.ts', () => ({
  checkContentInWorker: () =>
    new Promise((resolve) =>
      checks.push(() =>
        resolve({ problems: [], counts: { claims: 0, sources: 0, topics: 0, files: 0 } }),
      ),
    ),
}));

const { default: explainer } = await import('../../src/integration/index.ts');

type Hook<K extends keyof AstroIntegration['hooks']> = NonNullable<AstroIntegration['hooks'][K]>;

async function startBuild(markdown: Partial<AstroConfig['markdown']>) {
  const { hooks } = explainer();
  await (hooks['astro:config:done'] as Hook<'astro:config:done'>)({
    config: { markdown },
  } as never);
  await (hooks['astro:build:start'] as Hook<'astro:build:start'>)({} as never);
}

const shikiConfig = {
  langs: [],
  theme: 'github-dark',
  themes: { light: 'github-light', dark: 'github-dark' },
  langAlias: {},
  wrap: false,
  transformers: [],
};

describe('the build start', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('creates the Shiki highlighter with the options Astro caches it by', async () => {
    await startBuild({ syntaxHighlight: 'shiki', shikiConfig } as never);
    expect(created).toEqual([
      {
        langs: [],
        theme: 'github-dark',
        themes: { light: 'github-light', dark: 'github-dark' },
        langAlias: {},
      },
    ]);
  });

  it('does so for the object form of the setting too', async () => {
    await startBuild({
      syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
      shikiConfig,
    } as never);
    expect(created).toHaveLength(1);
  });

  it('creates nothing when the site highlights with Prism or not at all', async () => {
    await startBuild({ syntaxHighlight: 'prism', shikiConfig } as never);
    await startBuild({ syntaxHighlight: false, shikiConfig } as never);
    expect(created).toEqual([]);
  });
});

describe('the dev server', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('checks once more after a burst of changes, not once per changed file', async () => {
    checks.length = 0;
    const watcher = new EventEmitter();
    const logger = { info: () => {}, error: () => {} };
    const { hooks } = explainer();
    await (hooks['astro:server:setup'] as Hook<'astro:server:setup'>)({
      server: { watcher },
      logger,
    } as never);
    const change = (name: string) =>
      watcher.emit('change', path.join(contentDir(), 'claims', name));

    change('a.yaml');
    expect(checks).toHaveLength(1);
    for (const name of ['b.yaml', 'c.yaml', 'd.yaml', 'e.yaml']) change(name);
    watcher.emit('change', path.join(path.dirname(contentDir()), 'src', 'x.ts'));
    expect(checks).toHaveLength(1);

    checks[0]!();
    await flush();
    expect(checks).toHaveLength(2);
    checks[1]!();
    await flush();
    expect(checks).toHaveLength(2);

    change('f.yaml');
    expect(checks).toHaveLength(3);
  });
});
