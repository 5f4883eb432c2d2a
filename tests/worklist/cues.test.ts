/**
 * Cues for triage, on sentences written for this test (not from any explainer's article): the
 * worklist is for the next article, so its rules are held to news writing in general.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cuesOf } from '../../src/worklist/cues.ts';
import { fixtureDir, repoRoot } from '../helpers/fixture.ts';

describe('cuesOf', () => {
  it.each([
    [
      'Two officials familiar with the plan said the vote was delayed.',
      ['anonymous-source', 'number'],
    ],
    [
      'The decision was made, according to people with knowledge of the talks.',
      ['anonymous-source'],
    ],
    [
      'A senior diplomat, speaking on condition of anonymity, described the mood as tense.',
      ['anonymous-source'],
    ],
    ['Mayor Ana Lopez said the city would pay for the repairs.', ['named-source', 'hedge']],
    ['The ministry denied the report, according to Reuters.', ['named-source']],
    ['The bridge was reportedly closed for repairs.', ['hedge']],
    ['The council allegedly ignored the warnings.', ['hedge']],
    ['Costs rose by 12% to $4.5 million.', ['number']],
    ['The vote took place on March 3.', ['date']],
    ['The talks resumed last week.', ['date']],
    ['Critics called it “a waste of money” and left.', ['direct-quote']],
    ['The river is wide and slow.', []],
  ] as const)('%s → %s', (sentence, cues) => {
    expect(cuesOf(sentence)).toEqual(cues);
  });

  it('should not read an apostrophe as a quotation', () => {
    expect(cuesOf('The council’s plan and the mayor’s budget.')).toEqual([]);
  });
});

describe('npm run worklist', () => {
  it('should print the sentences not yet examined as JSON, with their cues', () => {
    const run = spawnSync(
      process.execPath,
      ['src/cli/index.ts', 'worklist', fixtureDir, '--json'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        sentence: 2,
        text: 'Mayor Ana Lopez said the U.S. Department of Transportation would pay half the cost.',
        cues: ['named-source', 'hedge', 'number'],
      },
    ]);
  });
});
