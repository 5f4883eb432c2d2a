/**
 * The gate's promise, tested on random explainers: `npm run check` accepts an explainer
 * exactly when the build succeeds and the built site passes `npm run check:site`. The build
 * runs the gate first, so a refusal by the check is a refusal by the build by construction; the
 * builds are spent on the explainers the check accepts, each of which must build into a site
 * that passes html-validate, the link and #anchor audit and the unsafe-markup scan (run on each
 * site as it is built) and the W3C Nu HTML checker (run once, over all of them, as Java takes a
 * few seconds to start).
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
import { NO_JAVA, auditLines, auditSite, nuCheck } from '../../scripts/site-audit.ts';
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

/** The site's base path, as check:site reads it. */
const BASE = process.env.BASE_PATH || '/';

interface Built {
  run: BuildRun;
  /** The built site, kept until the Nu checker has read it. */
  dist: string;
  /** What html-validate, the link and #anchor audit and the unsafe-markup scan found. */
  audit: string[];
}
const builds: string[] = [];
afterAll(() => {
  for (const dir of builds) rmSync(dir, { recursive: true, force: true });
});

/** Builds each case, two at a time, and audits each site as soon as it is built. */
async function buildEach(cases: typeof accepted): Promise<Built[]> {
  const done: Built[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      const root = buildDir('property');
      builds.push(root);
      const dist = path.join(root, 'dist');
      const run = await buildAsync(cases[i]!.dir, dist);
      const audit = run.code === 0 ? auditLines(await auditSite(dist, BASE)) : [];
      done[i] = { run, dist, audit };
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return done;
}

const named = (c: (typeof accepted)[number]) =>
  `${c.dir} (mutations: ${c.mutations.join(', ') || 'none'})`;

describe(`random explainers (seed ${SEED}, ${RUNS} runs)`, () => {
  let built: Built[] = [];

  it('should include explainers the check accepts and explainers it refuses', () => {
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.length).toBeLessThan(checked.length);
  });

  it(
    'should build every explainer the check accepts',
    async () => {
      built = await buildEach(accepted);
      const failed = built.flatMap(({ run }, i) =>
        run.code === 0 ? [] : [`${named(accepted[i]!)}\n${run.output.slice(-2000)}`],
      );
      expect(failed).toEqual([]);
    },
    BUILD_TIMEOUT * Math.ceil(RUNS / PARALLEL),
  );

  it('should build each into a site that passes html-validate and the link and id audit', () => {
    const failed = built.flatMap(({ audit }, i) =>
      audit.length ? [`${named(accepted[i]!)}\n  ${audit.join('\n  ')}`] : [],
    );
    expect(failed).toEqual([]);
  });

  it('should build each into a site that passes the Nu HTML checker, run once over all', () => {
    const sites = built.filter(({ run }) => run.code === 0);
    if (!sites.length) return;
    const nu = nuCheck(sites.map((b) => b.dist));
    expect(nu.ran, NO_JAVA).toBe(true);
    const owner = (line: string) => sites.find(({ dist }) => line.includes(`${dist}/`));
    const failed = sites.flatMap((site) => {
      const errors = nu.errors
        .filter((line) => owner(line) === site)
        .map((line) => line.replace(/^"file:[^"]*?\/dist\//, '"'));
      return errors.length
        ? [`${named(accepted[built.indexOf(site)]!)}\n  ${errors.join('\n  ')}`]
        : [];
    });
    // An error in no site's folder (the checker's own) is reported as it is.
    expect([...failed, ...nu.errors.filter((line) => !owner(line))]).toEqual([]);
  }, 120_000);
});
