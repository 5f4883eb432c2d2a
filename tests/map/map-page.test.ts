/**
 * Builds the fixture explainer with the fixture map (tests/map/fixture/map.yaml) and reads its
 * map page as a reader gets it. Every expectation comes from the map file itself. (That an
 * explainer without a map.yaml gets no map page is checked on the fixture's own build, in
 * tests/build/fixture-build.test.ts.)
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, build, output } from '../helpers/build.ts';
import { buildDir, type ContentCopy, copyFixture } from '../helpers/fixture.ts';
import { attribute, elementWith, tagsWith, textOf } from '../helpers/html.ts';
import { mapFrom } from './helpers.ts';

/** The budget for the whole map page, gzipped: its maps, the list and the notes. */
const PAGE_BUDGET = 12 * 1024;

describe('the map page', () => {
  const root = buildDir('map-site');
  const outDir = path.join(root, 'dist');
  const content = mapFrom('tests/map/fixture/map.yaml');
  let copy: ContentCopy;
  let html = '';

  beforeAll(() => {
    copy = copyFixture();
    copy.write(
      'map.yaml',
      readFileSync(path.join(import.meta.dirname, 'fixture/map.yaml'), 'utf8'),
    );
    const result = build(copy.dir, outDir);
    if (result.status !== 0) throw new Error(output(result));
    html = readFileSync(path.join(outDir, 'map/index.html'), 'utf8');
  }, BUILD_TIMEOUT);
  afterAll(() => {
    copy.remove();
    rmSync(root, { recursive: true, force: true });
  });

  it('should show each map as an image with a name and a description', () => {
    const svgs = tagsWith(html, 'role').filter((tag) => tag.startsWith('<svg'));
    expect(svgs.map((svg) => [attribute(svg, 'role'), attribute(svg, 'aria-labelledby')])).toEqual(
      content.views.map((view) => ['img', `map-${view.id}-title map-${view.id}-desc`]),
    );
    for (const view of content.views) expect(textOf(html)).toContain(view.description);
  });

  it('should list every place, with its region and coordinates, and draw each on a map', () => {
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
    for (const place of content.places) {
      const row = textOf(elementWith(html, `id="place-${place.id}"`) ?? '');
      const { lat, lon, region } = place.gazetteer;
      expect(row).toContain(`${place.name}`);
      expect(row).toContain(`${region}`);
      expect(row).toContain(
        `${Math.abs(lat!).toFixed(2)}° ${lat! >= 0 ? 'N' : 'S'}, ${Math.abs(lon!).toFixed(2)}° ${lon! >= 0 ? 'E' : 'W'}`,
      );
      expect(row).toContain(place.says);
    }
  });

  it('should credit the boundary data and the gazetteer, with the licence it requires', () => {
    const text = textOf(html.slice(html.indexOf('id="data"')));
    expect(text).toContain('Country borders: Natural Earth, 1:50m countries');
    expect(text).toContain(
      `Coordinates and regions of places: ${content.gazetteer.name}, licensed under ${content.gazetteer.licence.name}, via ${content.gazetteer.via}.`,
    );
    expect(tagsWith(html, 'href').map((tag) => attribute(tag, 'href'))).toEqual(
      expect.arrayContaining([
        'https://www.naturalearthdata.com/',
        content.gazetteer.url,
        content.gazetteer.licence.url,
      ]),
    );
  });

  it(`should stay under ${PAGE_BUDGET / 1024} KiB gzipped`, () => {
    expect(gzipSync(html).length).toBeLessThan(PAGE_BUDGET);
  });
});
