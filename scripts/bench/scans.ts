/**
 * `npm run bench:scans`: the scans of an article cannot blow up. Times `check`, `build` and
 * `worklist` on two drafts of the same size, the largest article the gate accepts (1 MiB):
 *
 * - **ordinary**: the fixture's article followed by plain news sentences;
 * - **adversarial**: the fixture's article followed by the red team's a02 payload (an opening
 *   quotation mark, then a long run of spaces: it made the worklist's quotation cue quadratic,
 *   483 s), and one generated worst case for each other scan of an article's text: the
 *   worklist's named-body cue (a long run of punctuation before a capitalised word), the
 *   sentence segmenter (a run with no sentence end), and the quote matcher (a run of one word).
 *
 * Each step runs once per draft, alternating, three times by default, and the medians are
 * compared: the target is that the adversarial draft costs at most 3× the ordinary one, for
 * each step. Timed here, not in a unit test: the machine is shared, so only ratios within one
 * run mean anything.
 *
 *   npm run bench:scans                 three rounds
 *   npm run bench:scans -- --runs 1     one round
 *   npm run bench:scans -- --no-fail    exit 0 even when a target is missed
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LIMITS } from '../../src/core/limits.ts';
import { measure } from './measure.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixture = path.join(repoRoot, 'tests/fixtures/tiny/content');
const TARGET = 3;
const USAGE = 'Usage: npm run bench:scans -- [--runs 3] [--no-fail]';

/** Text of exactly `bytes` UTF-8 bytes (ASCII), from repeating `unit`, ending in `end`. */
function fill(unit: string, bytes: number, end = ''): string {
  const body = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes - end.length);
  return body + end;
}

/** The two articles: the fixture's, then 1 MiB less its size of ordinary or hostile text. */
export function articles(base: string): { ordinary: string; adversarial: string } {
  const room = LIMITS.fileBytes - Buffer.byteLength(base) - 16;
  const ordinary = fill(
    'Officials said the next round of talks would take place in Abu Dhabi in February. ',
    room,
    '\n',
  );
  const quarter = Math.floor(room / 4);
  const adversarial = [
    // a02: an opening quotation mark, then spaces that never close it.
    fill(' ', quarter * 2, 'x.\n\n'),
    // The named-body cue: punctuation before a capitalised word, then a speech verb.
    fill(', ', quarter - 40, ' Kremlin officials said so.\n\n'),
    // The segmenter and the quote matcher: one word, over and over, with no sentence end.
    fill('word ', room - quarter * 3 - 20, '\n'),
  ];
  return {
    ordinary: `${base}\n${ordinary}`,
    adversarial: `${base}\n\nHe wrote "${adversarial.join('')}`.slice(0, LIMITS.fileBytes - 1),
  };
}

interface Options {
  runs: number;
  fail: boolean;
}

function parseOptions(): Options | undefined {
  try {
    const { values } = parseArgs({
      options: { runs: { type: 'string', default: '3' }, 'no-fail': { type: 'boolean' } },
    });
    const runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number');
    return { runs, fail: !values['no-fail'] };
  } catch (error) {
    console.error(`✗ ${(error as Error).message}\n${USAGE}`);
    return undefined;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function main(): Promise<number> {
  const options = parseOptions();
  if (!options) return 2;
  const root = mkdtempSync(path.join(os.tmpdir(), 'explainer-scans-'));
  const configs = path.join(repoRoot, '.builds', `scans-${process.pid}`);
  try {
    const base = readFileSync(path.join(fixture, 'article.txt'), 'utf8').trimEnd();
    const drafts = Object.entries(articles(base)).map(([name, text]) => {
      const content = path.join(root, name, 'content');
      cpSync(fixture, content, { recursive: true });
      writeFileSync(path.join(content, 'article.txt'), text);
      const folder = path.join(configs, name);
      mkdirSync(folder, { recursive: true });
      const config = path.join(folder, 'astro.config.mjs');
      writeFileSync(
        config,
        `import { defineConfig } from 'astro/config';\nimport explainer from ${JSON.stringify(path.join(repoRoot, 'src/index.ts'))};\nexport default defineConfig({ outDir: ${JSON.stringify(path.join(folder, 'dist'))}, integrations: [explainer({ content: ${JSON.stringify(content)} })] });\n`,
      );
      return { name, content, config, bytes: Buffer.byteLength(text) };
    });
    const steps = {
      check: (d: (typeof drafts)[number]) => ['src/cli/index.ts', 'check', d.content],
      build: (d: (typeof drafts)[number]) => [
        'node_modules/astro/bin/astro.mjs',
        'build',
        '--config',
        path.relative(repoRoot, d.config),
      ],
      worklist: (d: (typeof drafts)[number]) => ['src/cli/index.ts', 'worklist', d.content],
    };
    const times = new Map<string, number[]>();
    for (let round = 0; round < options.runs; round++) {
      for (const [step, args] of Object.entries(steps)) {
        for (const draft of drafts) {
          const log = path.join(root, `${draft.name}-${step}-${round}.log`);
          const m = await measure(process.execPath, args(draft), {
            cwd: repoRoot,
            env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
            log,
          });
          if (m.code !== 0) {
            console.error(`✗ ${step} of the ${draft.name} draft failed:`);
            console.error(readFileSync(log, 'utf8').split('\n').slice(-15).join('\n'));
            return 1;
          }
          const key = `${step}:${draft.name}`;
          times.set(key, [...(times.get(key) ?? []), m.wallMs]);
        }
      }
    }
    console.log(
      `Article size: ${drafts.map((d) => `${d.name} ${d.bytes} bytes`).join(', ')}; medians of ${options.runs} run${options.runs === 1 ? '' : 's'}.\n`,
    );
    console.log('| step | ordinary | adversarial | ratio | target |');
    console.log('|---|--:|--:|--:|--:|');
    let missed = 0;
    for (const step of Object.keys(steps)) {
      const [a, b] = [
        median(times.get(`${step}:ordinary`)!),
        median(times.get(`${step}:adversarial`)!),
      ];
      const ratio = b / a;
      if (ratio > TARGET) missed++;
      console.log(
        `| ${step} | ${(a / 1000).toFixed(2)} s | ${(b / 1000).toFixed(2)} s | ${ratio.toFixed(2)}× | ≤ ${TARGET}× ${ratio > TARGET ? '✗' : '✓'} |`,
      );
    }
    if (missed && options.fail) {
      console.error(`\n✗ ${missed} step${missed === 1 ? '' : 's'} over the target`);
      return 1;
    }
    return 0;
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(configs, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
