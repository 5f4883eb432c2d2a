/**
 * Vitest global setup: builds the real explainer in content/ once, into a temporary folder,
 * for every test that reads the published site. Tests get the folder with inject('siteDir').
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, output } from '../helpers/build.ts';
import { repoRoot, buildDir } from '../helpers/fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  const root = buildDir('site');
  const siteDir = path.join(root, 'dist');
  const result = build(path.join(repoRoot, 'content'), siteDir);
  if (result.status !== 0)
    throw new Error(`The explainer in content/ does not build:\n${output(result)}`);
  project.provide('siteDir', siteDir);
  return () => rmSync(root, { recursive: true, force: true });
}
