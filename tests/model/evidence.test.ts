import { describe, expect, it } from 'vitest';
import {
  contextMislabels,
  type Evidence,
  everyClaimRequirement,
  evidenceRules,
  judge,
  strongestAllowed,
} from '../../src/model/evidence.ts';
import { evidenceOf, originOf } from '../../src/model/model.ts';
import type { Source } from '../../src/core/schema.ts';
import { type Grade, type Stance, type Status, statusIds } from '../../src/core/vocabulary.ts';

/**
 * A citation written the way the table reads: `B+` supports, `B-` disputes, `B~` gives context.
 * Each gets its own source, so every citation in a row is independent.
 */
function cite(spec: string, index: number): Evidence {
  const grade = spec[0] as Grade;
  const stance: Stance = spec[1] === '+' ? 'supports' : spec[1] === '-' ? 'disputes' : 'context';
  const source = `${grade.toLowerCase()}${index + 1}`;
  return { source, grade, stance, origin: source };
}

const claim = (status: Status, specs: string) => ({
  status,
  evidence: specs.split(' ').filter(Boolean).map(cite),
});

type Row = [status: Status, citations: string, justified: boolean, why: string];

/** Every status, with citations that justify it and citations that do not. */
const table: Row[] = [
  // established: one A, or two independent B-or-better; no C-or-better dispute.
  ['established', 'A+', true, 'a primary record supports it'],
  ['established', 'B+ B+', true, 'two independent B sources support it'],
  ['established', 'A+ B+', true, 'a primary record and a B source support it'],
  ['established', 'A+ D-', true, 'only an interested party disputes a primary record'],
  ['established', 'A+ E-', true, 'only an unattributed source disputes it'],
  ['established', 'A+ C~', true, 'a context citation counts for nothing either way'],
  ['established', 'B+', false, 'one B source is not confirmation'],
  ['established', 'B+ C+', false, 'a C source cannot be the second confirmation'],
  ['established', 'C+ C+', false, 'two anonymous-sourcing reports are not confirmation'],
  ['established', 'D+ E+ F+', false, 'no source is B or better'],
  ['established', 'A+ C-', false, 'a C source disputes it'],
  ['established', 'A+ B-', false, 'a B source disputes it'],
  ['established', 'B+ B+ A-', false, 'a primary record disputes it'],
  ['established', 'B~ B~', false, 'context is not support'],

  // reported: a C-or-better supporter, no A-to-D dispute.
  ['reported', 'B+', true, 'one B source supports it'],
  ['reported', 'C+', true, 'one C source supports it'],
  ['reported', 'B+ E-', true, 'only an unattributed source disputes it'],
  ['reported', 'C+ F-', true, 'only an unjudgeable source disputes it'],
  ['reported', 'D+', false, 'only an interested party supports it'],
  ['reported', 'E+ F+', false, 'only unattributed sources support it'],
  ['reported', 'B+ D-', false, 'a named party disputes it (so it is disputed)'],
  ['reported', 'C+ A-', false, 'a primary record disputes it'],

  // disputed: a D-or-better supporter and a D-or-better disputer.
  ['disputed', 'D+ D-', true, 'two interested parties disagree on record'],
  ['disputed', 'B+ A-', true, 'a report is denied on the record'],
  ['disputed', 'A+ D-', true, 'a named party disputes a primary record'],
  ['disputed', 'E+ A-', false, 'a denial cannot turn an unattributed claim into a dispute'],
  ['disputed', 'F+ B-', false, 'the supporter cannot be judged'],
  ['disputed', 'B+ E-', false, 'the only dispute is unattributed'],
  ['disputed', 'B+', false, 'nothing disputes it'],
  ['disputed', 'B+ D~', false, 'context is not a dispute'],

  // unverified: any supporter.
  ['unverified', 'D+', true, 'an interested party supports it'],
  ['unverified', 'E+', true, 'an unattributed source supports it'],
  ['unverified', 'F+', true, 'an unjudgeable source supports it'],
  ['unverified', 'E+ D-', true, 'an interested party disputes an unattributed claim'],
  ['unverified', 'D~', false, 'nothing supports it'],

  // contradicted: a B-or-better dispute; a conflict with the article's own sentences is not one.
  ['contradicted', 'E+ B-', true, 'a B source disputes it'],
  ['contradicted', 'D+ A-', true, 'a primary record disputes it'],
  ['contradicted', 'E+ C-', false, 'a C source is not the public record'],
  ['contradicted', 'E+ D-', false, 'an interested party is not the public record'],
  ['contradicted', 'E+', false, 'nothing disputes it'],
  ['contradicted', 'B-', false, 'nothing supports it: who makes the claim is unknown'],
  ['contradicted', 'B- A-', false, 'disputes still need a supporter'],

  // opinion: any supporter.
  ['opinion', 'E+', true, 'an unattributed source holds it'],
  ['opinion', 'F+', true, 'an unjudgeable source holds it'],
  ['opinion', 'D+ A-', true, 'someone disputes an opinion'],
  ['opinion', 'A-', false, 'nobody is named as holding it'],
];

describe('judge', () => {
  it('should cover every status, both allowed and refused', () => {
    for (const status of statusIds) {
      expect(
        table.some(([s, , ok]) => s === status && ok),
        `${status} allowed`,
      ).toBe(true);
      expect(
        table.some(([s, , ok]) => s === status && !ok),
        `${status} refused`,
      ).toBe(true);
    }
  });

  it.each(table)(
    'should judge "%s" with citations %s justified: %s — %s',
    (status, citations, justified) => {
      const verdict = judge(claim(status, citations));
      expect(verdict.justified).toBe(justified);
      if (!verdict.justified) {
        const supported = citations.includes('+');
        // A refusal names the rule that was not met, as the method page states it.
        expect(verdict.requirement).toBe(
          supported ? evidenceRules[status].requirement : everyClaimRequirement,
        );
        expect(verdict.because).not.toBe('');
      }
    },
  );

  describe('every claim needs a supporting citation', () => {
    it.each(statusIds)('should refuse "%s" for a claim with only context citations', (status) => {
      expect(judge(claim(status, 'A~ B~'))).toEqual({
        justified: false,
        requirement: everyClaimRequirement,
        because: 'nothing supports it',
      });
    });
  });

  describe('weaker statuses', () => {
    it.each(['established', 'reported', 'unverified', 'opinion'] as const)(
      'should allow "%s" for a claim a primary record supports',
      (status) => {
        expect(judge(claim(status, 'A+'))).toEqual({ justified: true });
      },
    );

    it('should allow "unverified" for a claim a B source supports, though "reported" is allowed too', () => {
      expect(judge(claim('reported', 'B+')).justified).toBe(true);
      expect(judge(claim('unverified', 'B+')).justified).toBe(true);
    });
  });

  describe('independence', () => {
    const registry = (sources: Record<string, Pick<Source, 'grade' | 'derivedFrom'>>) =>
      new Map(Object.entries(sources));
    const supports = (...ids: string[]) => ({
      citations: ids.map((source) => ({ source, stance: 'supports' as const })),
    });

    it('should count two B sources once when one relays the other', () => {
      const sources = registry({
        'ft-report': { grade: 'B' },
        'ft-relay': { grade: 'B', derivedFrom: 'ft-report' },
      });
      const evidence = evidenceOf(supports('ft-report', 'ft-relay'), sources);
      expect(evidence.map((e) => e.origin)).toEqual(['ft-report', 'ft-report']);
      expect(judge({ status: 'established', evidence })).toMatchInlineSnapshot(`
        {
          "because": "its B-or-better sources (ft-report (B), ft-relay (B)) relay one another, so they count once",
          "justified": false,
          "requirement": "a supporting source graded A, or two independent supporting sources graded B or better, and no source graded C or better disputing it",
        }
      `);
    });

    it('should count two B sources once when both relay a third that is not cited', () => {
      const sources = registry({
        'wire-story': { grade: 'B' },
        'paper-one': { grade: 'B', derivedFrom: 'wire-story' },
        'paper-two': { grade: 'B', derivedFrom: 'paper-one' },
      });
      const evidence = evidenceOf(supports('paper-one', 'paper-two'), sources);
      expect(evidence.map((e) => e.origin)).toEqual(['wire-story', 'wire-story']);
      expect(judge({ status: 'established', evidence }).justified).toBe(false);
    });

    it('should establish a claim two independent B sources support', () => {
      const sources = registry({ 'ft-report': { grade: 'B' }, 'ap-report': { grade: 'B' } });
      const evidence = evidenceOf(supports('ft-report', 'ap-report'), sources);
      expect(judge({ status: 'established', evidence })).toEqual({ justified: true });
    });

    it('should follow derivedFrom to the source a chain starts from, and give up on a cycle', () => {
      const sources = registry({
        a: { grade: 'A' },
        b: { grade: 'B', derivedFrom: 'a' },
        c: { grade: 'B', derivedFrom: 'b' },
        x: { grade: 'B', derivedFrom: 'y' },
        y: { grade: 'B', derivedFrom: 'x' },
      });
      expect(originOf('c', sources)).toBe('a');
      expect(originOf('a', sources)).toBe('a');
      expect(originOf('x', sources)).toBeUndefined();
    });
  });

  describe('the reasons a refusal gives', () => {
    it('should say who disputes an "established" claim', () => {
      expect(
        judge({
          status: 'established',
          evidence: [
            {
              source: 'council-minutes',
              grade: 'A',
              stance: 'supports',
              origin: 'council-minutes',
            },
            { source: 'audit-report', grade: 'B', stance: 'disputes', origin: 'audit-report' },
          ],
        }),
      ).toMatchInlineSnapshot(`
        {
          "because": "it is disputed by audit-report (B)",
          "justified": false,
          "requirement": "a supporting source graded A, or two independent supporting sources graded B or better, and no source graded C or better disputing it",
        }
      `);
    });

    it('should point a "reported" claim that a named party denies to "disputed"', () => {
      expect(
        judge({
          status: 'reported',
          evidence: [
            { source: 'ft-report', grade: 'B', stance: 'supports', origin: 'ft-report' },
            {
              source: 'ministry-denial',
              grade: 'D',
              stance: 'disputes',
              origin: 'ministry-denial',
            },
          ],
        }),
      ).toMatchInlineSnapshot(`
        {
          "because": "it is disputed by ministry-denial (D), so it is disputed",
          "justified": false,
          "requirement": "a supporting source graded C or better, and no named source (A to D) disputing it",
        }
      `);
    });

    it('should refuse to call an unattributed claim "disputed" and say why', () => {
      expect(
        judge({
          status: 'disputed',
          evidence: [
            {
              source: 'unnamed-critics',
              grade: 'E',
              stance: 'supports',
              origin: 'unnamed-critics',
            },
            {
              source: 'council-minutes',
              grade: 'A',
              stance: 'disputes',
              origin: 'council-minutes',
            },
          ],
        }),
      ).toMatchInlineSnapshot(`
        {
          "because": "its supporting sources are unnamed-critics (E), and a denial cannot turn an unattributed claim into a dispute",
          "justified": false,
          "requirement": "a supporting source graded D or better and a disputing source graded D or better (a credible source or a named party on record)",
        }
      `);
    });

    it('should refuse "contradicted" without a dispute from the public record', () => {
      expect(
        judge({
          status: 'contradicted',
          evidence: [
            {
              source: 'unnamed-critics',
              grade: 'E',
              stance: 'supports',
              origin: 'unnamed-critics',
            },
            { source: 'local-blog', grade: 'C', stance: 'disputes', origin: 'local-blog' },
          ],
        }),
      ).toMatchInlineSnapshot(`
        {
          "because": "no source graded B or better disputes it",
          "justified": false,
          "requirement": "a disputing source graded B or better (the public record)",
        }
      `);
    });
  });
});

describe('strongestAllowed', () => {
  it.each([
    ['A+', 'established'],
    ['B+', 'reported'],
    ['B+ B+', 'established'],
    ['A+ B-', 'disputed'],
    ['E+ B-', 'contradicted'],
    ['D+', 'unverified'],
    ['E+ D-', 'unverified'],
    ['B-', undefined],
  ] as const)('should allow at most %s → %s', (citations, status) => {
    expect(strongestAllowed(claim('opinion', citations).evidence)).toBe(status);
  });
});

describe('contextMislabels', () => {
  const cited = (stance: Stance, id: string, title: string, publisher: string) => ({
    stance,
    source: { id, title, publisher },
  });
  const citations = [
    cited(
      'supports',
      'ft-report',
      'The FT on the talks',
      'Financial Times, as reported by LIGA.net',
    ),
    cited(
      'disputes',
      'kelly-denial',
      'The White House denial',
      'Anna Kelly, Deputy Press Secretary',
    ),
    cited(
      'context',
      'isw-assessment',
      'An assessment of the front',
      'Institute for the Study of War (ISW)',
    ),
  ];
  const found = (rationale: string) =>
    contextMislabels(rationale, citations).map((m) => [m.nth, m.source, m.stance, m.named]);

  it('should find a supporting or disputing source named by id, title or publisher', () => {
    expect(found('The Financial Times reported it (context).')).toEqual([
      [0, 'ft-report', 'supports', 'Financial Times'],
    ]);
    expect(found('Per ft-report (context), it was so.')).toEqual([
      [0, 'ft-report', 'supports', 'ft-report'],
    ]);
    expect(found('A denial: The White House\ndenial (context).')).toEqual([
      [0, 'kelly-denial', 'disputes', 'The White House\ndenial'],
    ]);
  });

  it('should report the source named nearest the "(context)"', () => {
    expect(found('The Financial Times, and Anna Kelly’s words (context).')).toEqual([
      [0, 'kelly-denial', 'disputes', 'Anna Kelly'],
    ]);
  });

  it('should accept "(context)" in a stretch that names a context source', () => {
    expect(found('The Financial Times and the Institute for the Study of War (context).')).toEqual(
      [],
    );
  });

  it('should read back only to the end of the sentence, or the "(context)", before', () => {
    expect(found('The Financial Times reported it. The war began in 2014 (context).')).toEqual([]);
    expect(found('The Financial Times (context) and the map (context).')).toEqual([
      [0, 'ft-report', 'supports', 'Financial Times'],
    ]);
  });

  it('should find a name that ends inside another, and names that share their words', () => {
    const overlapping = [
      cited('supports', 'irish-times', 'The Irish Times analysis', 'The Irish Times'),
      cited('context', 'times-atlas', 'An atlas', 'Times'),
    ];
    // "Times" names the atlas, cited as context, in the same stretch: nothing to refuse.
    expect(contextMislabels('As The Irish Times says (context).', overlapping)).toEqual([]);
    expect(contextMislabels('As The Irish Times analysis says (context).', overlapping)).toEqual(
      [],
    );
    const many = Array.from({ length: 2000 }, (_, i) =>
      cited('supports', `source-${i}`, 'The The', 'The'),
    );
    // Two thousand names on one word, a rationale of that word: one pass, not their product.
    const found = contextMislabels('The The (context) '.repeat(20_000), many);
    expect(found).toHaveLength(20_000);
    expect(found[0]).toEqual({
      nth: 0,
      index: 8,
      source: 'source-0',
      stance: 'supports',
      named: 'The',
    });
  });

  it('should match whole words, with their capitals as written', () => {
    expect(found('The financial times said so (context).')).toEqual([]);
    expect(found('Financial Timesheets (context).')).toEqual([]);
    expect(found('No "(context)" here, nor context.')).toEqual([]);
  });
});
