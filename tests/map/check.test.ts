import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { formatProblem } from '../../src/gate/problems.ts';
import { type ContentCopy, copyFixture, repoRoot } from '../helpers/fixture.ts';

/**
 * Each test puts a map file with one mistake into a copy of the fixture explainer and reads the
 * report a contributor would read: `file:line:column  message  (how to fix)`.
 *
 * Line numbers are those of tests/map/fixture/map.yaml:
 *   focus 7; place riverside 17-29 (its gazetteer 19-25, lat 24, claims 29);
 *   place corona 30-39; view town 41-51 (frame 44-45, places 47-50, countryLabels 51)
 */
const fixtureMap = readFileSync(path.join(repoRoot, 'tests/map/fixture/map.yaml'), 'utf8');

let copy: ContentCopy;
beforeEach(() => {
  copy = copyFixture();
  copy.write('map.yaml', fixtureMap);
});
afterEach(() => copy.remove());

const report = () => checkContent(copy.dir).problems.map(formatProblem);
const at = (line: number, column: number, text: string) =>
  `${copy.shown('map.yaml')}:${line}:${column}  ${text}`;

describe('checking map.yaml', () => {
  it('should find no problems in the fixture map', () => {
    expect(report()).toEqual([]);
  });

  it('should find no problems in an explainer without a map, which simply has no map page', () => {
    copy.remove();
    copy = copyFixture();
    expect(report()).toEqual([]);
  });

  it('should report a country the boundary data does not know, suggesting the likely one', () => {
    copy.edit(
      'map.yaml',
      'countryLabels: [United States of America]',
      'countryLabels: [United States of Americ]',
    );
    expect(report()).toEqual([
      at(
        51,
        21,
        'country "United States of Americ" is not in the boundary data  (did you mean "United States of America"? name countries as Natural Earth does, e.g. "France" or "United States of America")',
      ),
    ]);
  });

  it('should refuse a place whose coordinates were not filled in from the gazetteer', () => {
    copy.edit('map.yaml', '      lat: 33.95335\n', '');
    expect(report()).toEqual([
      at(
        20,
        7,
        'place "riverside" has no coordinates  (run `npx node scripts/places.ts` to copy them from the gazetteer; never type coordinates by hand)',
      ),
    ]);
  });

  it('should report a view that draws an unknown place, once, suggesting the likely one', () => {
    copy.edit('map.yaml', '      - place: corona\n', '      - place: corna\n');
    expect(report()).toEqual([
      at(
        49,
        16,
        'place "corna" does not exist  (did you mean "corona"? use an id from places in map.yaml, or add the place there)',
      ),
    ]);
  });

  it('should report a place that no map draws', () => {
    copy.edit('map.yaml', '      - place: corona\n        label: left\n', '');
    expect(report()).toEqual([
      at(
        30,
        9,
        'place "corona" is on no map  (add it to the places of a view, or remove it from places)',
      ),
    ]);
  });

  it('should report a claim or a sentence that does not exist', () => {
    copy.edit(
      'map.yaml',
      'sentences: [s1]\n    claims: [council-approved-bridge]',
      'sentences: [s9]\n    claims: [council-approved-brige]',
    );
    expect(report()).toEqual([
      at(
        28,
        17,
        'sentence "s9" does not exist; the article has sentences s1 to s3  (find the sentence id on the annotated article page (/article/))',
      ),
      at(
        29,
        14,
        'claim "council-approved-brige" does not exist  (did you mean "council-approved-bridge"? use an id from claims/*.yaml, or add the claim there)',
      ),
    ]);
  });

  it('should name the field and the allowed values for a wrong label side', () => {
    copy.edit('map.yaml', '        label: left', '        label: top');
    expect(report()).toEqual([
      at(
        50,
        16,
        'views[0].places[1].label "top" is not one of right, left, above, below  (use one of right, left, above, below; the method page explains each)',
      ),
    ]);
  });

  it('should refuse a frame that names both countries and places', () => {
    copy.edit(
      'map.yaml',
      '      places: [riverside, corona]\n',
      '      places: [riverside, corona]\n      countries: [Mexico]\n',
    );
    expect(report()).toEqual([
      at(
        45,
        7,
        'frame names both countries and places  (fit the view either to countries (countries: [...]) or to two or more places (places: [...]))',
      ),
    ]);
  });
});
