/**
 * `npm run depth` (scripts/depth.ts) on the fixture explainer, with a disputing source added:
 * each party's claims found by the words of its restatement, and the sources for and against
 * them in each topic, the article and its relays left out unless asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { buildModel, type Model } from '../../src/model/model.ts';
import { depth, formatDepth, readParties } from '../../scripts/depth.ts';
import { type ContentCopy, copyFixture } from '../helpers/fixture.ts';

const PARTIES = readParties(
  'match: first\nparties:\n  Council: [council, Riverside council]\n  Critics: [critics]\n  Mayor: [Mayor, Lopez]\n',
);

let copy: ContentCopy;
let model: Model;
beforeAll(() => {
  copy = copyFixture();
  copy.write(
    'sources.yaml',
    `${copy.read('sources.yaml')}- id: gazette-doubt
  title: The Gazette doubts the vote
  publisher: Riverside Gazette
  kind: party-claim
  date: 2026-03-05
  grade: D
  gradeReason: A campaign paper, on its own side.
  read:
    - copy: The printed paper of 5 March 2026
      on: 2026-03-05
      passages:
        - text: The vote on the footbridge was never properly held.
`,
  );
  copy.edit(
    'claims/bridge.yaml',
    '  rationale: The council',
    '    - source: gazette-doubt\n      stance: disputes\n      note: The Gazette says the vote “was never properly held”.\n  rationale: The council',
  );
  const { input, problems } = checkContent(copy.dir);
  if (!input) throw new Error(problems.map((p) => p.message).join('; '));
  model = buildModel(input);
});
afterAll(() => copy.remove());

describe('the equal-depth table', () => {
  it('should put each claim with the party its restatement names, and its sources for and against', () => {
    const d = depth(model, PARTIES);
    expect(d.topics).toEqual([{ id: 'bridge', title: 'The footbridge' }]);
    expect(d.cells.get('Council')!.get('bridge')).toEqual({
      claims: ['council-approved-bridge'],
      for: ['council-minutes'],
      against: ['gazette-doubt'],
    });
    // The critics' words are the article's: left out, unless asked for.
    expect(d.cells.get('Critics')!.get('bridge')).toEqual({
      claims: ['bridge-is-waste'],
      for: [],
      against: [],
    });
    expect(d.cells.get('Mayor')!.get('bridge')!.claims).toEqual([]);
    expect(
      depth(model, PARTIES, { withArticle: true }).cells.get('Critics')!.get('bridge'),
    ).toEqual({
      claims: ['bridge-is-waste'],
      for: ['unnamed-critics', 'article-text'],
      against: [],
    });
  });

  it('should print the sources and their counts as Markdown tables', () => {
    expect(formatDepth(depth(model, PARTIES), 'About.')).toBe(
      [
        '## Sources for and against each party’s positions',
        '',
        'About.',
        '',
        '| Party | The footbridge |',
        '| --- | --- |',
        '| Council | for (1): council-minutes<br>against (1): gazette-doubt |',
        '| Critics | for (0): none<br>against (0): none |',
        '| Mayor | — |',
        '',
        '## Counts: sources for / against (claims)',
        '',
        '| Party | The footbridge | All topics |',
        '| --- | --- | --- |',
        '| Council | 1 / 1 (1) | 1 / 1 (1) |',
        '| Critics | 0 / 0 (1) | 0 / 0 (1) |',
        '| Mayor | — | 0 / 0 (0) |',
        '',
        'Every claim names a party.',
        '',
      ].join('\n'),
    );
  });

  it('should count a claim for every party it names when asked to', () => {
    const all = readParties(
      'match: all\nparties:\n  Council: [council]\n  Footbridge: [footbridge]\n',
    );
    expect(depth(model, all).cells.get('Footbridge')!.get('bridge')!.claims).toEqual([
      'council-approved-bridge',
      'bridge-is-waste',
    ]);
  });
});
