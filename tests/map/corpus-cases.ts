/**
 * Bad map files, in the shape of the bad-input corpus (tests/corpus/cases.ts), so the corpus
 * can include them (`...mapCases`) and the problem catalogue gets a real example of each map
 * problem the check reports. Each case puts the fixture map (tests/map/fixture/map.yaml) into
 * the copy of the fixture explainer with one mistake. Expected lines name files relative to
 * the content folder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BadInput } from '../corpus/cases.ts';
import { type ContentCopy, repoRoot } from '../helpers/fixture.ts';

const MAP = 'map.yaml';
const fixtureMap = readFileSync(path.join(repoRoot, 'tests/map/fixture/map.yaml'), 'utf8');

/** Writes the fixture map with `from` (which must occur once) replaced by `to`. */
const mapWith = (from: string, to: string) => (copy: ContentCopy) => {
  copy.write(MAP, fixtureMap);
  copy.edit(MAP, from, to);
};

export const mapCases: BadInput[] = [
  {
    name: 'a map naming a country the boundary data does not know',
    kind: 'malformed',
    apply: mapWith('countryLabels: [United States of America]', 'countryLabels: [United States]'),
    expected: [
      `${MAP}:51:21  country "United States" is not in the boundary data  (name countries as Natural Earth does, e.g. "France" or "United States of America")`,
    ],
  },
  {
    name: 'a map place whose coordinates were not filled in from the gazetteer',
    kind: 'malformed',
    apply: mapWith('      lat: 33.95335\n      lon: -117.39616\n', ''),
    expected: [
      `${MAP}:20:7  place "riverside" has no coordinates  (run \`npx node scripts/places.ts\` to copy them from the gazetteer; never type coordinates by hand)`,
    ],
  },
  {
    name: 'a map view drawing a place that does not exist',
    kind: 'malformed',
    apply: mapWith('      - place: riverside\n', '      - place: riversid\n'),
    expected: [
      `${MAP}:48:16  place "riversid" does not exist  (did you mean "riverside"? use an id from places in map.yaml, or add the place there)`,
    ],
  },
  {
    name: 'a map place that no view draws',
    kind: 'malformed',
    apply: mapWith('      - place: corona\n        label: left\n', ''),
    expected: [
      `${MAP}:30:9  place "corona" is on no map  (add it to the places of a view, or remove it from places)`,
    ],
  },
  {
    name: 'a map view framed by both countries and places',
    kind: 'malformed',
    apply: mapWith(
      '      places: [riverside, corona]\n',
      '      places: [riverside, corona]\n      countries: [Mexico]\n',
    ),
    expected: [
      `${MAP}:45:7  frame names both countries and places  (fit the view either to countries (countries: [...]) or to two or more places (places: [...]))`,
    ],
  },
  {
    name: 'a map view framed by a single place',
    kind: 'malformed',
    apply: mapWith('      places: [riverside, corona]\n', '      places: [riverside]\n'),
    expected: [
      `${MAP}:45:15  frame names only one place; a view needs at least two to fit to  (add another place to frame.places, or fit the view to countries instead)`,
    ],
  },
  // Red team 22, H6: a frame that spans no distance draws paths of NaN. Judged by the
  // coordinates, not the ids: two places can be at one point.
  {
    name: 'a map view framed by one place twice',
    kind: 'malformed',
    apply: mapWith('      places: [riverside, corona]\n', '      places: [riverside, riverside]\n'),
    expected: [
      `${MAP}:45:15  frame places "riverside" and "riverside" are all at one point, so the view has no extent to fit to  (add a place some distance from these to frame.places, or fit the view to countries instead; coordinates come from the gazetteer (\`npx node scripts/places.ts\`), never typed by hand)`,
    ],
  },
  {
    name: 'a map view framed by two places at one point',
    kind: 'malformed',
    apply: mapWith(
      '      lat: 33.87529\n      lon: -117.56644\n',
      '      lat: 33.95335\n      lon: -117.39616\n',
    ),
    expected: [
      `${MAP}:45:15  frame places "riverside" and "corona" are all at one point, so the view has no extent to fit to  (add a place some distance from these to frame.places, or fit the view to countries instead; coordinates come from the gazetteer (\`npx node scripts/places.ts\`), never typed by hand)`,
    ],
  },
  {
    name: 'a map view framed by places on one meridian, their coordinates typed by hand',
    kind: 'malformed',
    apply: mapWith('      lon: -117.56644\n', '      lon: -117.39616\n'),
    expected: [
      `${MAP}:45:15  frame places "riverside" and "corona" are all on one meridian, so the view has no width to fit to  (add a place some distance from these to frame.places, or fit the view to countries instead; coordinates come from the gazetteer (\`npx node scripts/places.ts\`), never typed by hand)`,
    ],
  },
  {
    name: 'a map view framed by places on one parallel, their coordinates typed by hand',
    kind: 'malformed',
    apply: mapWith('      lat: 33.87529\n', '      lat: 33.95335\n'),
    expected: [
      `${MAP}:45:15  frame places "riverside" and "corona" are all on one parallel, so the view has no height to fit to  (add a place some distance from these to frame.places, or fit the view to countries instead; coordinates come from the gazetteer (\`npx node scripts/places.ts\`), never typed by hand)`,
    ],
  },
  {
    name: 'a map view framed by places a few metres apart',
    kind: 'malformed',
    apply: mapWith(
      '      lat: 33.87529\n      lon: -117.56644\n',
      '      lat: 33.95336\n      lon: -117.39617\n',
    ),
    expected: [
      `${MAP}:45:15  frame places "riverside" and "corona" are all within 0.01° (about a kilometre) of one another, too close for the map to be fitted to  (add a place some distance from these to frame.places, or fit the view to countries instead; coordinates come from the gazetteer (\`npx node scripts/places.ts\`), never typed by hand)`,
    ],
  },
  {
    name: 'a map redraw whose anchor is not in the country it moves a part from',
    kind: 'malformed',
    apply: (copy) => {
      const anchor = fixtureMap.slice(
        fixtureMap.indexOf('      name: Riverside\n'),
        fixtureMap.indexOf('    highlighted: true'),
      );
      copy.write(
        MAP,
        `${fixtureMap}redraw:\n  - id: island\n    name: An island\n    from: Mexico\n    to: United States of America\n    anchor:\n${anchor}    reason: A test.\n`,
      );
    },
    expected: [
      `${MAP}:58:7  the anchor of redraw "island" is in no shape of Mexico in the boundary data  (choose an anchor place inside the part to redraw, then run \`npx node scripts/places.ts\`)`,
    ],
  },
  {
    name: 'a map page of thirteen maps',
    kind: 'attack',
    apply: (copy) => {
      copy.write(MAP, fixtureMap);
      const view = fixtureMap.slice(
        fixtureMap.indexOf('  - id: town'),
        fixtureMap.indexOf('    countryLabels'),
      );
      const extra = Array.from({ length: 12 }, (_, i) =>
        view.replace('id: town', `id: town-${i}`),
      ).join('');
      copy.edit(MAP, '  - id: town', `${extra}  - id: town`);
    },
    expected: [
      `${MAP}:41:3  views has 13 entries; the limit is 12  (keep views to the 12 that matter most)`,
    ],
  },
];
