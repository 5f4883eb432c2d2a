/**
 * The gate's promise, tested on random explainers: `npm run check` accepts an explainer
 * exactly when the build succeeds. The build runs the gate first, so a refusal by the check is
 * a refusal by the build by construction; the builds are spent on the explainers the check
 * accepts, each of which must build.
 *
 * Seeded, so a failure can be rebuilt. `npm test` builds a few; `npm run test:property` builds
 * more (PROPERTY_RUNS), as CI does.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { formatProblem } from '../../src/gate/problems.ts';
import { BUILD_TIMEOUT, type BuildRun, buildAsync } from '../helpers/build.ts';
import { buildDir, tempDir } from '../helpers/fixture.ts';
import { explainerArbitrary, writeFiles } from './arbitrary.ts';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261130);
/** How many random explainers are generated and checked; those the check accepts are built. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 12);
/** Builds at once: this machine has two cores. */
const PARALLEL = 2;

const samples = fc.sample(explainerArbitrary, { seed: SEED, numRuns: RUNS });
const root = tempDir('property');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const checked = samples.map((sample, i) => {
  const dir = path.join(root, `case-${i}`, 'content');
  writeFiles(sample.files, dir);
  return { ...sample, dir, problems: checkContent(dir).problems.map(formatProblem) };
});
const accepted = checked.filter((c) => c.problems.length === 0);

async function buildEach(cases: typeof accepted): Promise<BuildRun[]> {
  const runs: BuildRun[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      const outDir = path.join(buildDir('property'), 'dist');
      runs[i] = await buildAsync(cases[i]!.dir, outDir);
      rmSync(path.dirname(outDir), { recursive: true, force: true });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return runs;
}

describe(`random explainers (seed ${SEED}, ${RUNS} runs)`, () => {
  it('should include explainers the check accepts and explainers it refuses', () => {
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.length).toBeLessThan(checked.length);
  });

  it(
    'should build every explainer the check accepts',
    async () => {
      const runs = await buildEach(accepted);
      const failed = runs.flatMap((run, i) =>
        run.code === 0
          ? []
          : [
              `${accepted[i]!.dir} (mutations: ${accepted[i]!.mutations.join(', ') || 'none'})\n${run.output.slice(-2000)}`,
            ],
      );
      expect(failed).toEqual([]);
    },
    BUILD_TIMEOUT * Math.ceil(RUNS / PARALLEL),
  );
});
