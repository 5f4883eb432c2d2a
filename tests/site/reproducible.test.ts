/**
 * Two clean builds of the same content produce a byte-identical site, so a published page can
 * be traced to the commit that built it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILD_TIMEOUT, build, output } from '../helpers/build.ts';
import { buildDir, fixtureDir } from '../helpers/fixture.ts';

function digests(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(path.join(dir, file)).isFile())
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(path.join(dir, file)))
          .digest('hex'),
      ]),
  );
}

describe('building twice', () => {
  const root = buildDir('rebuild');
  const second = path.join(root, 'dist');

  beforeAll(() => {
    const result = build(fixtureDir, second);
    if (result.status !== 0) throw new Error(output(result));
  }, BUILD_TIMEOUT);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('should produce a byte-identical dist/', () => {
    const first = digests(inject('siteDir'));
    // The whole site, its data files and its search index, not an empty or half-built folder.
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining([
        'index.html',
        'claims.csv',
        'claims.json',
        'sitemap-index.xml',
        'pagefind/pagefind.js',
      ]),
    );
    expect(digests(second)).toEqual(first);
  });
});
