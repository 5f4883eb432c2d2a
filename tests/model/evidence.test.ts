import { describe, expect, it } from 'vitest';
import {
  type Evidence,
  everyClaimRequirement,
  evidenceRules,
  judge,
} from '../../src/model/evidence.ts';
import { evidenceOf, originOf } from '../../src/model/model.ts';
import type { Source } from '../../src/model/schema.ts';
import { type Grade, type Stance, type Status, statusIds } from '../../src/model/vocabulary.ts';

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

const claim = (status: Status, specs: string, conflicts = 0) => ({
  status,
  evidence: specs.split(' ').filter(Boolean).map(cite),
  conflicts,
});

type Row = [status: Status, citations: string, conflicts: number, justified: boolean, why: string];

/** Every status, with citations that justify it and citations that do not. */
const table: Row[] = [
  // established: one A, or two independent B-or-better; no C-or-better dispute.
  ['established', 'A+', 0, true, 'a primary record supports it'],
  ['established', 'B+ B+', 0, true, 'two independent B sources support it'],
  ['established', 'A+ B+', 0, true, 'a primary record and a B source support it'],
  ['established', 'A+ D-', 0, true, 'only an interested party disputes a primary record'],
  ['established', 'A+ E-', 0, true, 'only an unattributed source disputes it'],
  ['established', 'A+ C~', 0, true, 'a context citation counts for nothing either way'],
  ['established', 'B+', 0, false, 'one B source is not confirmation'],
  ['established', 'B+ C+', 0, false, 'a C source cannot be the second confirmation'],
  ['established', 'C+ C+', 0, false, 'two anonymous-sourcing reports are not confirmation'],
  ['established', 'D+ E+ F+', 0, false, 'no source is B or better'],
  ['established', 'A+ C-', 0, false, 'a C source disputes it'],
  ['established', 'A+ B-', 0, false, 'a B source disputes it'],
  ['established', 'B+ B+ A-', 0, false, 'a primary record disputes it'],
  ['established', 'B~ B~', 0, false, 'context is not support'],

  // reported: a C-or-better supporter, no A-to-D dispute.
  ['reported', 'B+', 0, true, 'one B source supports it'],
  ['reported', 'C+', 0, true, 'one C source supports it'],
  ['reported', 'B+ E-', 0, true, 'only an unattributed source disputes it'],
  ['reported', 'C+ F-', 0, true, 'only an unjudgeable source disputes it'],
  ['reported', 'D+', 0, false, 'only an interested party supports it'],
  ['reported', 'E+ F+', 0, false, 'only unattributed sources support it'],
  ['reported', 'B+ D-', 0, false, 'a named party disputes it (so it is disputed)'],
  ['reported', 'C+ A-', 0, false, 'a primary record disputes it'],

  // disputed: a D-or-better supporter and a D-or-better disputer.
  ['disputed', 'D+ D-', 0, true, 'two interested parties disagree on record'],
  ['disputed', 'B+ A-', 0, true, 'a report is denied on the record'],
  ['disputed', 'A+ D-', 0, true, 'a named party disputes a primary record'],
  ['disputed', 'E+ A-', 0, false, 'a denial cannot turn an unattributed claim into a dispute'],
  ['disputed', 'F+ B-', 0, false, 'the supporter cannot be judged'],
  ['disputed', 'B+ E-', 0, false, 'the only dispute is unattributed'],
  ['disputed', 'B+', 0, false, 'nothing disputes it'],
  ['disputed', 'B+ D~', 0, false, 'context is not a dispute'],

  // unverified: any supporter.
  ['unverified', 'D+', 0, true, 'an interested party supports it'],
  ['unverified', 'E+', 0, true, 'an unattributed source supports it'],
  ['unverified', 'F+', 0, true, 'an unjudgeable source supports it'],
  ['unverified', 'E+ D-', 0, true, 'an interested party disputes an unattributed claim'],
  ['unverified', 'D~', 0, false, 'nothing supports it'],

  // contradicted: a B-or-better dispute, or a listed conflict with the article.
  ['contradicted', 'E+ B-', 0, true, 'a B source disputes it'],
  ['contradicted', 'D+ A-', 0, true, 'a primary record disputes it'],
  ['contradicted', 'E+', 1, true, 'it conflicts with the article itself'],
  ['contradicted', 'E+ C-', 2, true, 'it conflicts with the article, whatever the dispute'],
  ['contradicted', 'E+ C-', 0, false, 'a C source is not the public record'],
  ['contradicted', 'E+ D-', 0, false, 'an interested party is not the public record'],
  ['contradicted', 'E+', 0, false, 'nothing disputes it'],
  ['contradicted', 'B-', 0, false, 'nothing supports it: who makes the claim is unknown'],
  ['contradicted', 'B- A-', 3, false, 'disputes and conflicts still need a supporter'],

  // opinion: any supporter.
  ['opinion', 'E+', 0, true, 'an unattributed source holds it'],
  ['opinion', 'F+', 0, true, 'an unjudgeable source holds it'],
  ['opinion', 'D+ A-', 0, true, 'someone disputes an opinion'],
  ['opinion', 'A-', 0, false, 'nobody is named as holding it'],
];

describe('judge', () => {
  it('should cover every status, both allowed and refused', () => {
    for (const status of statusIds) {
      expect(
        table.some(([s, , , ok]) => s === status && ok),
        `${status} allowed`,
      ).toBe(true);
      expect(
        table.some(([s, , , ok]) => s === status && !ok),
        `${status} refused`,
      ).toBe(true);
    }
  });

  it.each(table)(
    'should judge "%s" with citations %s (conflicts: %i) justified: %s — %s',
    (status, citations, conflicts, justified) => {
      const verdict = judge(claim(status, citations, conflicts));
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
      expect(judge({ status: 'established', evidence, conflicts: 0 })).toMatchInlineSnapshot(`
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
      expect(judge({ status: 'established', evidence, conflicts: 0 }).justified).toBe(false);
    });

    it('should establish a claim two independent B sources support', () => {
      const sources = registry({ 'ft-report': { grade: 'B' }, 'ap-report': { grade: 'B' } });
      const evidence = evidenceOf(supports('ft-report', 'ap-report'), sources);
      expect(judge({ status: 'established', evidence, conflicts: 0 })).toEqual({ justified: true });
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
          conflicts: 0,
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
          conflicts: 0,
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
          conflicts: 0,
        }),
      ).toMatchInlineSnapshot(`
        {
          "because": "its supporting sources are unnamed-critics (E), and a denial cannot turn an unattributed claim into a dispute",
          "justified": false,
          "requirement": "a supporting source graded D or better and a disputing source graded D or better (a credible source or a named party on record)",
        }
      `);
    });

    it('should refuse "contradicted" without a strong dispute or a conflict', () => {
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
          conflicts: 0,
        }),
      ).toMatchInlineSnapshot(`
        {
          "because": "no source graded B or better disputes it and it lists no conflict with the article",
          "justified": false,
          "requirement": "a disputing source graded B or better (the public record), or a listed conflict with the article itself (conflictsWith)",
        }
      `);
    });
  });
});
