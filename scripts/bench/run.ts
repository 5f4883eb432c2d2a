/**
 * `npm run bench`: how the build scales, against a plain Astro site with the same pages.
 *
 *   npm run bench                        10, 100 and 1,000 topics
 *   npm run bench -- --sizes 10,100      only these sizes
 *   npm run bench -- --runs 1            build each site once per size (default 3)
 *   npm run bench -- --keep              keep the generated content, sites and logs
 *   npm run bench -- --no-fail           exit 0 even when a target is missed
 *
 * For each size it generates a synthetic explainer (generate.ts), times `npm run check` on it,
 * builds it with this engine, then builds the same topic pages, without the explainer's
 * components, as a plain Astro site (plain-site.ts): once with the Markdown pipeline this
 * project's stack uses, the baseline of the targets, and once with Astro's default, for
 * information. It prints tables and checks the targets in report.ts. Steps run one at a time,
 * each in its own process, on the Node running this script.
 *
 * The engine's build and the plain build alternate, three times each by default, and the report
 * compares their medians: one build's peak memory depends on when V8 happens to collect garbage
 * (the plain build's ranged from 1.7 to 2.3 GB at 1,000 topics), so a single pair of runs can
 * show either one ahead. The numbers are only as steady as the machine, and the report says
 * when other builds or test runs competed for it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateExplainer, writeExplainer } from './generate.ts';
import { competingProcesses, countHtml, type Measurement, measure, tail } from './measure.ts';
import { readPhases } from './phases.ts';
import { type MarkdownProcessor, writePlainSite } from './plain-site.ts';
import {
  type Build,
  checkTargets,
  medianBuild,
  memoryLines,
  phaseTable,
  type Row,
  runLines,
  seconds,
  summaryTable,
} from './report.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
/** How long a step waits for other builds and test runs to finish before it starts anyway. */
const QUIET_WAIT_MS = 5 * 60_000;
const USAGE = 'Usage: npm run bench -- [--sizes 10,100,1000] [--runs 3] [--keep] [--no-fail]';

interface Run {
  /** The temporary folder holding every size's content, sites and logs. */
  root: string;
  keep: boolean;
  /** How many times each size's engine and plain builds run. */
  runs: number;
  /** The environment of every step. */
  env: NodeJS.ProcessEnv;
  /** Other builds and test runs seen while measuring. */
  competition: Set<string>;
}

const progress = (message: string) => console.error(`[bench] ${message}`);

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10,100,1000' },
      runs: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
      'no-fail': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const sizes = [...new Set(values.sizes.split(',').map((size) => Number(size.trim())))].sort(
    (a, b) => a - b,
  );
  if (!sizes.length || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new UsageError(
      `--sizes takes whole numbers of topics separated by commas, e.g. --sizes 10,100 (got "${values.sizes}")`,
    );
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new UsageError(
      `--runs takes a whole number of builds per site, e.g. --runs 1 (got "${values.runs}")`,
    );
  }
  return { sizes, runs, keep: values.keep, failOnMiss: !values['no-fail'], help: values.help };
}

class UsageError extends Error {}

/** Measures one size: check, our build, the plain build. */
async function benchmark(run: Run, topics: number): Promise<Row> {
  const dir = path.join(run.root, String(topics));
  const content = path.join(dir, 'content');
  mkdirSync(dir, { recursive: true });

  progress(`${topics} topics: generating`);
  const explainer = generateExplainer({ topics });
  writeExplainer(explainer, content);

  progress(`${topics} topics: npm run check`);
  const check = await step(
    run,
    dir,
    'check',
    ['src/cli/index.ts', 'check', content],
    repoRoot,
    run.env,
  );
  const config = engineConfig(dir, content);

  const plainSite = (name: 'plain' | 'satteri', processor: MarkdownProcessor) => {
    const plainDir = path.join(dir, name);
    writePlainSite(explainer, plainDir, path.join(repoRoot, 'node_modules'), processor);
    return plainDir;
  };
  const plainDir = plainSite('plain', 'unified');
  const satteriDir = plainSite('satteri', 'satteri');
  const oursDist = path.join(dir, 'ours-dist');
  // Inside each plain project, so the prerender chunks Astro writes there find their packages
  // through the project's node_modules link.
  const plainDist = path.join(plainDir, 'dist');
  const satteriDist = path.join(satteriDir, 'dist');

  // The two builds alternate, so a slow or busy spell of the machine falls on both.
  const oursRuns: Build[] = [];
  const plainRuns: Build[] = [];
  for (let i = 1; i <= run.runs; i++) {
    const suffix = run.runs > 1 ? `-${i}` : '';
    const of = run.runs > 1 ? ` (run ${i} of ${run.runs})` : '';
    progress(`${topics} topics: building with the engine${of}`);
    // Every run starts cold: no cache or output from the run before.
    removeEngineCaches();
    rmSync(oursDist, { recursive: true, force: true });
    // The engine's build includes the search index, which it writes after Astro has finished.
    oursRuns.push(await build(run, dir, `ours${suffix}`, oursDist, repoRoot, run.env, config));
    progress(`${topics} topics: building the plain Astro site (unified Markdown processor)${of}`);
    plainRuns.push(await buildPlain(run, dir, `plain${suffix}`, plainDir));
  }
  progress(
    `${topics} topics: building the plain Astro site (Sätteri Markdown processor, for information)`,
  );
  const satteri = await buildPlain(run, dir, 'satteri', satteriDir);
  const ours = medianBuild(oursRuns);
  const plain = medianBuild(plainRuns);

  if (!run.keep) {
    // A 1,000-topic site takes hundreds of megabytes; the numbers are all we need.
    for (const built of [oursDist, plainDist, satteriDist])
      rmSync(built, { recursive: true, force: true });
  }
  const median = run.runs > 1 ? ' (medians)' : '';
  progress(
    `${topics} topics: ours ${seconds(ours.wallMs)} s, plain ${seconds(plain.wallMs)} s${median} (Sätteri ${seconds(satteri.wallMs)} s), check ${seconds(check.wallMs)} s`,
  );
  return { topics, check, ours, plain, satteri };
}

/** Builds a plain site from cold: without the cache, types or output of a build before. */
function buildPlain(run: Run, dir: string, name: string, plainDir: string): Promise<Build> {
  for (const left of ['.astro', '.astro-cache', 'dist'])
    rmSync(path.join(plainDir, left), { recursive: true, force: true });
  return build(run, dir, name, path.join(plainDir, 'dist'), plainDir, run.env);
}

/** Runs `astro build` into `outDir` and reads what it wrote and logged. */
async function build(
  run: Run,
  dir: string,
  name: string,
  outDir: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  config?: string,
): Promise<Build> {
  const args = [astroBin, 'build', '--outDir', outDir, ...(config ? ['--config', config] : [])];
  const measured = await step(run, dir, name, args, cwd, env);
  return {
    ...measured,
    pages: countHtml(outDir),
    phases: readPhases(readFileSync(path.join(dir, `${name}.log`), 'utf8')),
  };
}

/**
 * Runs one measured step on Node, stopping the benchmark with the log's tail if it fails.
 *
 * A build whose output folder is outside the project puts its prerender chunks in the project's
 * own .astro/.prerender/, so two such builds of this checkout at once (the test suite's, say)
 * overwrite each other's chunks. Each step therefore waits for other builds to finish first,
 * and a build that fails with missing chunks there is run once more.
 */
async function step(
  run: Run,
  dir: string,
  name: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Measurement> {
  const log = path.join(dir, `${name}.log`);
  for (let attempt = 1; ; attempt++) {
    await waitForQuiet(run);
    const noteCompetition = () =>
      competingProcesses().forEach((found) => run.competition.add(found));
    const watcher = setInterval(noteCompetition, 2000);
    const result = await measure(process.execPath, args, { cwd, env, log }).finally(() =>
      clearInterval(watcher),
    );
    noteCompetition();
    if (result.code === 0) return result;
    const clobbered = /Cannot find module '[^']*\.astro[/\\]\.prerender[/\\]/.test(
      readFileSync(log, 'utf8'),
    );
    if (clobbered && attempt === 1) {
      progress(
        `${name}: another build replaced the chunks in .astro/.prerender/; running it again`,
      );
      continue;
    }
    const hint = run.keep
      ? ''
      : '\nRun again with --keep to keep the whole log and the generated content.';
    throw new Error(
      `${name} failed (exit ${result.code}); the end of ${log}:\n${tail(log)}${hint}`,
    );
  }
}

/** Waits, up to QUIET_WAIT_MS, for other builds and test runs to end; notes those that do not. */
async function waitForQuiet(run: Run) {
  let found = competingProcesses();
  if (!found.length) return;
  progress(
    `waiting for ${found.length} other build or test process(es) to finish (at most ${QUIET_WAIT_MS / 60_000} min)`,
  );
  const deadline = Date.now() + QUIET_WAIT_MS;
  while (found.length && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    found = competingProcesses();
  }
  found.forEach((other) => run.competition.add(other));
}

/** The Astro caches of this checkout, which the engine's builds share. */
function removeEngineCaches() {
  for (const cache of ['node_modules/.astro', '.astro']) {
    rmSync(path.join(repoRoot, cache), { recursive: true, force: true });
  }
}

/**
 * A three-line config that builds `content` with the engine, as a new explainer's would. It is
 * written inside the checkout (Astro joins --config to the project root).
 */
function engineConfig(dir: string, content: string): string {
  const folder = path.join(repoRoot, '.builds', `bench-${path.basename(dir)}-${process.pid}`);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'astro.config.mjs');
  const engine = path.join(repoRoot, 'src/index.ts');
  writeFileSync(
    file,
    `import { defineConfig } from 'astro/config';\nimport explainer from ${JSON.stringify(engine)};\nexport default defineConfig({ integrations: [explainer({ content: ${JSON.stringify(content)} })] });\n`,
  );
  return path.relative(repoRoot, file);
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'explainer-bench-'));
  progress(`working in ${root}${options.keep ? ' (kept)' : ''}`);
  // Each step runs as a contributor would: none of the variables a test runner sets, no colour
  // codes in the logs, and no telemetry traffic to time.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
    ),
  );
  Object.assign(env, { NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' });
  const run: Run = { root, keep: options.keep, runs: options.runs, env, competition: new Set() };

  const rows: Row[] = [];
  try {
    for (const topics of options.sizes) rows.push(await benchmark(run, topics));
  } finally {
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  }

  console.log(
    ['', summaryTable(rows), runLines(rows), phaseTable(rows), memoryLines(rows)].join('\n'),
  );
  if (run.competition.size) {
    console.log(
      `NOTE  ${run.competition.size} other build, test or check process(es) ran during the benchmark; its times are noisy:`,
    );
    for (const found of [...run.competition].slice(0, 5)) console.log(`        ${found}`);
    console.log('');
  }
  const { lines, failed } = checkTargets(rows);
  console.log(lines.join('\n'));
  return failed && options.failOnMiss ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
  else console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
