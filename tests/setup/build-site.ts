/**
 * Vitest global setup: builds two sites once, side by side, into temporary folders.
 *
 * - inject('siteDir'): the fixture explainer, for the engine's tests of a published site, so
 *   they pass whatever content/ holds, a fresh draft included;
 * - inject('contentSiteDir'): the explainer in content/, for the content suite (tests/content/).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAsync } from '../helpers/build.ts';
import { buildDir, fixtureDir, repoRoot } from '../helpers/fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    /** What building the fixture explainer printed. */
    siteBuildLog: string;
    contentSiteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const roots: string[] = [];
  const site = async (prefix: string, name: string, contentDir: string) => {
    const root = buildDir(prefix);
    roots.push(root);
    const dist = path.join(root, 'dist');
    const result = await buildAsync(contentDir, dist);
    if (result.code !== 0) throw new Error(`${name} does not build:\n${result.output}`);
    return { dist, log: result.output };
  };
  const [fixtureSite, contentSite] = await Promise.all([
    site('site', 'The fixture explainer', fixtureDir),
    site('content-site', 'The explainer in content/', path.join(repoRoot, 'content')),
  ]);
  project.provide('siteDir', fixtureSite.dist);
  project.provide('siteBuildLog', fixtureSite.log);
  project.provide('contentSiteDir', contentSite.dist);
  return () => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  };
}
