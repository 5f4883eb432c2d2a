/**
 * Builds explainers with the real engine, in a child process, the way a contributor does.
 * Each build writes to its own folder under the system's temporary folder, so these tests
 * can run beside the others.
 */
import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeExplainer } from '../../src/testing/content-suite.ts';
import { attribute, elementWith, tagsWith, textOf } from '../helpers/html.ts';
import { BUILD_TIMEOUT, build, htmlFiles, output } from '../helpers/build.ts';
import {
  type ContentCopy,
  copyFixture,
  fixtureDir,
  repoRoot,
  buildDir,
} from '../helpers/fixture.ts';

// The fixture explainer as the global setup built it (tests/setup/build-site.ts).
const outDir = inject('siteDir');

// The engine's content suite, on the fixture: a draft, so it also proves the draft markings.
describeExplainer({ content: fixtureDir, site: () => outDir });

describe('building the fixture explainer', () => {
  const page = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

  it('should succeed quietly: no warning or error in what the build prints', () => {
    const log = inject('siteBuildLog');
    expect(log).toMatch(/Complete!/);
    expect(log.split('\n').filter((line) => /\[(WARN|ERROR)\]|warning/i.test(line))).toEqual([]);
  });

  it.each([
    'index.html',
    'article/index.html',
    'topics/bridge/index.html',
    'claims/index.html',
    'sources/index.html',
    'method/index.html',
  ])('should write %s', (file) => {
    expect(existsSync(path.join(outDir, file))).toBe(true);
  });

  it('should mark up every sentence of the article with its id and status', () => {
    const sentences = tagsWith(page('article/index.html'), 'data-sentence');
    expect(
      sentences.map((tag) => [
        attribute(tag, 'id'),
        attribute(tag, 'data-sentence'),
        attribute(tag, 'data-status'),
      ]),
    ).toEqual([
      ['s1', '1', 'established'],
      ['s2', '2', ''],
      ['s3', '3', 'opinion'],
    ]);
  });

  it('should say that the sentence no claim covers is not yet examined', () => {
    const html = page('article/index.html');
    expect(textOf(elementWith(html, 'id="s2"') ?? '')).toBe(
      'Mayor Ana Lopez said the U.S. Department of Transportation would pay half the cost. not yet examined',
    );
    expect(textOf(elementWith(html, 'id="s1"') ?? '')).not.toContain('not yet examined');
    expect(textOf(html)).toContain('2 of 3 sentences have been examined.');
  });

  it('should put the box and both claim cards on the topic page', () => {
    const html = page('topics/bridge/index.html');
    expect(tagsWith(html, 'data-box').map((tag) => attribute(tag, 'data-box'))).toEqual([
      'established-vs-unverified',
    ]);
    const cards = tagsWith(html, 'data-status').filter((tag) => tag.startsWith('<article'));
    expect(cards.map((tag) => attribute(tag, 'id'))).toEqual([
      'council-approved-bridge',
      'bridge-is-waste',
    ]);
  });

  it('should state on the method page how sentences, quoted words and outside documents are graded', () => {
    const headings = [...page('method/index.html').matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map(
      (m) => m[1],
    );
    expect(headings).toEqual(
      expect.arrayContaining([
        'Each sentence as written',
        'Quoted words',
        'Evidence from outside the article',
      ]),
    );
    expect(textOf(page('method/index.html'))).toContain(
      'Whether someone said something, and whether the words in the article’s quotation marks are theirs, are two questions',
    );
  });

  it('should get no map page, having no map.yaml', () => {
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'map'))).toBe(false);
  });

  it('should ship no JavaScript on any page but search', () => {
    const pages = htmlFiles(outDir).map((file) => path.relative(outDir, file));
    // Home, article, claims index, sources index, method, timeline, glossary, corrections,
    // data, search, 404, the topic, a page per claim (2) and per source (3), and, since the
    // fixture is a draft, the worklist.
    expect(pages).toHaveLength(18);
    for (const file of pages.filter((f) => f !== 'search/index.html')) {
      // Structured data is a <script> element, but data, not code.
      const executable = [...page(file).matchAll(/<script\b[^>]*>/gi)]
        .map((m) => m[0])
        .filter((tag) => attribute(tag, 'type') !== 'application/ld+json');
      expect(executable, file).toEqual([]);
    }
    expect(page('search/index.html')).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js">/);
  });
});

describe('building a broken explainer', () => {
  let copy: ContentCopy;
  let outDir: string;
  let result: SpawnSyncReturns<string>;

  beforeAll(() => {
    copy = copyFixture();
    copy.edit(
      'claims/bridge.yaml',
      'footbridge”.\n  rationale: The council',
      'footbridge”.\n    - source: council-minuts\n      stance: context\n  rationale: The council',
    );
    outDir = path.join(buildDir('broken-build'), 'dist');
    result = build(copy.dir, outDir);
  }, BUILD_TIMEOUT);
  afterAll(() => {
    copy.remove();
    rmSync(path.dirname(outDir), { recursive: true, force: true });
  });

  it('should fail', () => {
    expect(result.signal).toBeNull();
    expect(result.status).not.toBe(0);
  });

  it('should print the problem as file:line:column  message  (fix)', () => {
    const file = path.relative(repoRoot, path.join(copy.dir, 'claims/bridge.yaml'));
    expect(output(result).split('\n')).toContain(
      `${file}:10:15  source "council-minuts" does not exist  (did you mean "council-minutes"? cite an id from sources.yaml, or add the source there)`,
    );
  });

  it('should print no stack trace', () => {
    expect(output(result)).not.toMatch(/^ {4}at /m);
  });

  it('should write nothing', () => {
    expect(existsSync(outDir)).toBe(false);
  });
});
