import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapContent, MapPlace } from '../../src/core/schema.ts';
import { drawMaps, formatPosition, frameFault, placesFrame } from '../../src/map/map.ts';
import { mapFrom } from './helpers.ts';

/** The points of a path made of M (absolute), l (relative) and z commands, in map units. */
function pointsOf(d: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    if (command === 'z') continue;
    const [a, b] = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number) as [number, number];
    [x, y] = command === 'M' ? [a, b] : [x + a, y + b];
    points.push([x, y]);
  }
  return points;
}

describe('drawMaps', () => {
  const content = mapFrom('tests/map/fixture/donbas-map.yaml');
  const drawings = drawMaps(content);
  const [ukraine, donbas] = drawings;

  it('should draw one map per view, numbered in page order', () => {
    expect(drawings.map((d) => [d.number, d.id, d.title])).toEqual([
      [1, 'ukraine', 'Ukraine and its neighbours'],
      [2, 'donbas', 'The Donbas cities the article names'],
    ]);
  });

  it('should put every place of every view inside the map', () => {
    for (const drawing of drawings) {
      expect(drawing.places.map((p) => p.id)).toEqual(
        content.views.find((v) => v.id === drawing.id)!.places.map((p) => p.place),
      );
      for (const place of drawing.places) {
        expect(place.x, place.id).toBeGreaterThan(0);
        expect(place.x, place.id).toBeLessThan(drawing.width);
        expect(place.y, place.id).toBeGreaterThan(0);
        expect(place.y, place.id).toBeLessThan(drawing.height);
      }
    }
  });

  it('should place the cities where their coordinates say: Sloviansk north of Kramatorsk, Luhansk east of Donetsk', () => {
    const at = Object.fromEntries(donbas!.places.map((p) => [p.id, p]));
    expect(at.sloviansk!.y).toBeLessThan(at.kramatorsk!.y);
    expect(at.kramatorsk!.y).toBeLessThan(at.druzhkivka!.y);
    expect(at.druzhkivka!.y).toBeLessThan(at.kostiantynivka!.y);
    expect(at.kostiantynivka!.y).toBeLessThan(at.donetsk!.y);
    expect(at.luhansk!.x).toBeGreaterThan(at.donetsk!.x);
  });

  it('should shade the focus country with the part redrawn into it, and hatch that part', () => {
    const focus = [ukraine!.focus];
    expect(focus.map((c) => c.name)).toEqual(['Ukraine']);
    expect(ukraine!.parts.map((p) => p.name)).toEqual(['Crimea']);
    // The shaded country reaches as far south as Crimea's southern tip.
    const south = (d: string) => Math.max(...pointsOf(d).map(([, y]) => y));
    expect(south(focus[0]!.d)).toBeCloseTo(south(ukraine!.parts[0]!.d), 1);
    expect(ukraine!.partEdges).not.toBe('');
  });

  it('should outline the area of map 2 on map 1 only, around the Donbas cities', () => {
    expect(ukraine!.extents.map((e) => e.number)).toEqual([2]);
    expect(donbas!.extents).toEqual([]);
    const outline = pointsOf(ukraine!.extents[0]!.d);
    for (const id of ['donetsk', 'luhansk']) {
      const place = ukraine!.places.find((p) => p.id === id)!;
      expect(Math.min(...outline.map(([x]) => x))).toBeLessThan(place.x);
      expect(Math.max(...outline.map(([x]) => x))).toBeGreaterThan(place.x);
      expect(Math.min(...outline.map(([, y]) => y))).toBeLessThan(place.y);
      expect(Math.max(...outline.map(([, y]) => y))).toBeGreaterThan(place.y);
    }
  });

  it('should name the countries asked for, each inside its own shape', () => {
    expect(ukraine!.countryLabels.map((l) => l.name).sort()).toEqual([
      'Belarus',
      'Moldova',
      'Poland',
      'Romania',
      'Russia',
      'Ukraine',
    ]);
    expect(donbas!.countryLabels.map((l) => l.name)).toEqual(['Ukraine', 'Russia']);
  });

  it('should keep coordinates to one decimal place, so the SVG stays small', () => {
    const numbers = drawings.flatMap(
      (d) =>
        [
          d.land,
          d.focus.d,
          d.borders,
          d.partEdges,
          ...d.parts.map((p) => p.d),
          ...d.extents.map((e) => e.d),
        ]
          .join(' ')
          .match(/\d+(?:\.\d+)?/g) ?? [],
    );
    expect(numbers.length).toBeGreaterThan(1000);
    expect(numbers.filter((n) => /\.\d\d/.test(n))).toEqual([]);
  });

  it('should draw a map for another explainer in another country just as well', () => {
    const [town] = drawMaps(mapFrom('tests/map/fixture/map.yaml'));
    expect(town!.focus.name).toBe('United States of America');
    expect(town!.focus.d).not.toBe('');
    const [riverside, corona] = town!.places;
    expect(riverside!.x).toBeGreaterThan(corona!.x);
    expect(riverside!.y).toBeLessThan(corona!.y);
  });
});

describe('formatPosition', () => {
  it('should give degrees north and east, or south and west, to two decimal places', () => {
    const entry = (lat: number, lon: number) => ({
      gazetteer: { name: 'x', country: 'XX', lat, lon },
    });
    expect(formatPosition(entry(48.84974, 37.59739))).toBe('48.85° N, 37.60° E');
    expect(formatPosition(entry(-33.95335, -117.39616))).toBe('33.95° S, 117.40° W');
  });
});

/** Every number in `value`, and every number written in its strings (its SVG paths), is finite. */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return !/NaN|Infinity/.test(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

// Red team 2026-12-22, H6: a frame of places that span no distance drew paths of NaN. The
// check refuses any frame `frameFault` finds a fault in; every other frame draws finite numbers
// (and in good time: a frame of a few nanodegrees took all memory).
describe('frameFault', () => {
  const fixture = mapFrom('tests/map/fixture/map.yaml');
  const position = fc.tuple(
    fc.double({ min: -180, max: 180, noNaN: true }),
    fc.double({ min: -89.99, max: 89.99, noNaN: true }),
  );
  /** Two positions, often sharing a longitude, a latitude or both, as hand-typed ones might. */
  const pair = fc
    .tuple(
      position,
      position,
      fc.constantFrom('apart', 'near', 'meridian', 'parallel', 'point'),
      fc.tuple(fc.double({ min: -0.02, max: 0.02 }), fc.double({ min: -0.02, max: 0.02 })),
    )
    .map(([a, b, how, [dx, dy]]): [number, number][] => {
      if (how === 'near') return [a, [a[0] + dx, a[1] + dy]];
      if (how === 'meridian') return [a, [a[0], b[1]]];
      if (how === 'parallel') return [a, [b[0], a[1]]];
      if (how === 'point') return [a, [...a]];
      return [a, b];
    });

  it('should find a fault in a frame at one point, on one meridian or parallel, or too small', () => {
    const at = (positions: [number, number][]) => frameFault(placesFrame(positions), 0.1);
    expect(
      at([
        [30.5, 50.4],
        [30.5, 50.4],
      ]),
    ).toBe('point');
    expect(
      at([
        [30.5, 50.4],
        [30.5, 48],
      ]),
    ).toBe('no-width');
    expect(
      at([
        [30.5, 50.4],
        [36, 50.4],
      ]),
    ).toBe('no-height');
    expect(
      at([
        [30.5, 50.4],
        [36, 48],
      ]),
    ).toBeUndefined();
  });

  it('should leave only frames whose drawing has finite numbers', () => {
    fc.assert(
      fc.property(pair, fc.double({ min: 0, max: 0.5, noNaN: true }), (positions, margin) => {
        if (frameFault(placesFrame(positions), margin)) return;
        const [riverside, corona] = fixture.places as [MapPlace, MapPlace];
        const content: MapContent = {
          ...fixture,
          places: [riverside, corona].map((place, i) => ({
            ...place,
            gazetteer: { ...place.gazetteer, lon: positions[i]![0], lat: positions[i]![1] },
          })),
          views: fixture.views.map((view) => ({ ...view, margin })),
        };
        expect(allFinite(drawMaps(content))).toBe(true);
      }),
      { numRuns: 100, seed: 22 },
    );
  }, 120_000);
});
