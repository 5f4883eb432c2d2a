/**
 * The Vite plugin serves the gate's verdict to the pages, and refuses to load anything from
 * the content folder: a Markdown image, an import or a `?raw` that names a file there.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashOf } from '../../src/gate/topic.ts';
import { createState, updateState } from '../../src/integration/state.ts';
import { explainerVitePlugin } from '../../src/integration/vite-plugin.ts';
import { INPUT_MODULE, TOPICS_MODULE, topicModule } from '../../src/integration/virtual.ts';

const contentDir = path.resolve('/project/content');
const state = createState(contentDir, 'content', path.join(path.dirname(contentDir), 'public'));
const body = '\n\n# Bridge\n\n<StatusBox/>\n';
updateState(state, {
  problems: [],
  suppressed: 0,
  counts: { claims: 0, sources: 0, topics: 1, files: 1 },
  approved: [{ id: 'bridge', body, hash: hashOf(body), hasCode: false }],
});
const plugin = explainerVitePlugin(state);
const context = {
  error(message: string): never {
    throw new Error(message);
  },
};
const load = (id: string) =>
  (plugin.load as (this: typeof context, id: string) => unknown).call(context, id);
const resolve = (id: string) => (plugin.resolveId as (id: string) => unknown)(id);

describe('the content plugin', () => {
  it('should serve an approved topic page exactly as the gate approved it', () => {
    expect(resolve(topicModule('bridge'))).toBe(`\0${topicModule('bridge')}`);
    expect(load(`\0${topicModule('bridge')}`)).toBe(body);
  });

  it('should list the approved pages, and no other', () => {
    expect(load(`\0${TOPICS_MODULE}`)).toBe(
      'export const topics = {\n  "bridge": () => import("virtual:explainer/topic/bridge.mdx"),\n};',
    );
    expect(() => load(`\0${topicModule('unseen')}`)).toThrow(
      'The topic page "unseen" was not approved by the content check.',
    );
  });

  it('should hand over the content as data, never as code, in letters no bundler reads', () => {
    const code = String(load(`\0${INPUT_MODULE}`));
    const data =
      /export const input = JSON\.parse\(Buffer\.from\("([A-Za-z0-9+/=]*)", 'base64'\)/.exec(code);
    expect(data).not.toBeNull();
    expect(Buffer.from(data![1]!, 'base64').toString('utf8')).toBe('null');
  });

  it.each([
    path.join(contentDir, 'chart.mjs'),
    `${path.join(contentDir, 'topics/bridge.mdx')}?raw`,
    `/@fs${path.join(contentDir, 'claims/chart.mdx')}`,
  ])('should refuse to load %s', (id) => {
    expect(() => load(id)).toThrow('is content, and content files are never imported');
  });

  it('should leave every other module to Vite', () => {
    expect(load(path.resolve('/project/src/page.astro'))).toBeUndefined();
    expect(load(path.resolve('/project/content-notes/a.ts'))).toBeUndefined();
  });
});
