/**
 * The record's promise, on random sequences of corrections to a published explainer: status
 * changes, updates of a claim's words, notes and withdrawals, each written as the contributor
 * guide says. After every step the check passes `--since` the published version, and the
 * correction list the corrections page renders holds every correction made since publication
 * exactly once, beside every entry that was published, none lost. At each sequence's last step
 * the site is built, and its /corrections/ page lists them all.
 *
 * Seeded; `npm test` runs a few sequences, `npm run test:property` more (PROPERTY_RUNS / 3).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { formatProblem } from '../../src/gate/problems.ts';
import { buildModel, corrections } from '../../src/model/model.ts';
import { BUILD_TIMEOUT, buildAsync } from '../helpers/build.ts';
import { buildDir } from '../helpers/fixture.ts';
import { tagsWith } from '../helpers/html.ts';
import { type PublishedCopy, publishedCopy } from '../record/published.ts';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261203);
const SEQUENCES = Math.max(2, Math.ceil(Number(process.env.PROPERTY_RUNS ?? 12) / 3));

/** The claims of the published copy, where they are written, and the statuses their citations allow. */
const CLAIMS = {
  'council-approved-bridge': {
    file: 'claims/bridge.yaml',
    allowed: ['established', 'reported', 'unverified', 'opinion'],
  },
  'bridge-is-waste': { file: 'claims/bridge.yaml', allowed: ['unverified', 'opinion'] },
  'us-pays-half': { file: 'claims/budget.yaml', allowed: ['unverified', 'opinion'] },
} as const;
type ClaimId = keyof typeof CLAIMS;
const ids = Object.keys(CLAIMS) as ClaimId[];

type Step =
  | { kind: 'status'; claim: ClaimId; pick: number }
  | { kind: 'update'; claim: ClaimId }
  | { kind: 'note'; claim: ClaimId }
  | { kind: 'withdrawal'; claim: ClaimId };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('status' as const),
    claim: fc.constantFrom(...ids),
    pick: fc.nat(3),
  }),
  fc.record({ kind: fc.constant('update' as const), claim: fc.constantFrom(...ids) }),
  fc.record({ kind: fc.constant('note' as const), claim: fc.constantFrom(...ids) }),
  fc.record({ kind: fc.constant('withdrawal' as const), claim: fc.constantFrom(...ids) }),
);
const sequences = fc.sample(fc.array(step, { minLength: 1, maxLength: 6 }), {
  seed: SEED,
  numRuns: SEQUENCES,
});

interface Claim {
  id: string;
  status: string;
  claim: string;
  history?: Record<string, unknown>[];
  withdrawn?: unknown;
}

/**
 * Applies a step as a contributor would: the change, and the entry that records it, dated the
 * step's day. Returns the key of the correction it makes, or undefined when the step does not
 * apply (a withdrawn claim changes no more; a note needs an entry to amend).
 */
function apply(copy: PublishedCopy, s: Step, day: string): string | undefined {
  const { file, allowed } = CLAIMS[s.claim];
  const claims = parse(copy.read(file)) as Claim[];
  const claim = claims.find((c) => c.id === s.claim)!;
  if (claim.withdrawn) return undefined;
  const history = (claim.history ??= []);
  let key: string;
  if (s.kind === 'status') {
    const to = allowed.filter((status) => status !== claim.status)[s.pick % (allowed.length - 1)]!;
    history.push({ date: day, from: claim.status, to, reason: `Step of ${day}.` });
    key = `status:${s.claim}:${day}:${claim.status}-${to}`;
    claim.status = to;
  } else if (s.kind === 'update') {
    claim.claim = `${claim.claim.replace(/ \(rev\. .*\)$/, '')} (rev. ${day})`;
    history.push({ date: day, updated: 'claim', reason: `Reworded on ${day}.` });
    key = `update:${s.claim}:${day}`;
  } else if (s.kind === 'note') {
    const amended = history.findLast((h) => !('note' in h));
    if (!amended) return undefined;
    history.push({ date: day, note: `A note of ${day}.`, about: amended.date });
    key = `note:${s.claim}:${day}`;
  } else {
    claim.withdrawn = { date: day, reason: `Withdrawn on ${day}.` };
    key = `withdrawal:${s.claim}:${day}`;
  }
  copy.write(file, stringify(claims));
  return key;
}

const keyOf = (c: ReturnType<typeof corrections>[number]) => {
  const id = c.claim?.id ?? c.source!.id;
  return c.kind === 'status'
    ? `status:${id}:${c.date}:${c.from}-${c.to}`
    : `${c.kind}:${id}:${c.date}`;
};

const builds: string[] = [];
afterAll(() => {
  for (const dir of builds) rmSync(dir, { recursive: true, force: true });
});

describe(`random corrections of a published explainer (seed ${SEED}, ${SEQUENCES} sequences)`, () => {
  it.each(sequences.map((sequence, i) => [i, sequence] as const))(
    'sequence %i: every correction listed once, no published entry lost',
    async (_i, sequence) => {
      const copy = publishedCopy();
      try {
        const published = corrections(buildModel(checkContent(copy.dir).input!)).map(keyOf);
        const made: string[] = [];
        sequence.forEach((s, k) => {
          const key = apply(copy, s, `2026-11-${String(k + 10).padStart(2, '0')}`);
          if (key) made.push(key);
          const check = copy.checkSince();
          expect(check.problems.map(formatProblem), JSON.stringify(s)).toEqual([]);
          const listed = corrections(buildModel(check.input!)).map(keyOf);
          expect([...listed].sort()).toEqual([...published, ...made].sort());
        });
        const dist = path.join(buildDir('record-property'), 'dist');
        builds.push(path.dirname(dist));
        const run = await buildAsync(copy.dir, dist);
        expect(run.code, run.output).toBe(0);
        const page = readFileSync(path.join(dist, 'corrections/index.html'), 'utf8');
        expect(tagsWith(page, 'data-correction').length).toBe(published.length + made.length);
      } finally {
        copy.remove();
      }
    },
    BUILD_TIMEOUT,
  );
});
