/**
 * The bad-input corpus (cases.ts): every case is refused by `npm run check` with exactly the
 * expected problems, and the build refuses it too, printing the same lines, no stack trace,
 * and writing nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { formatProblem } from '../../src/gate/problems.ts';
import { BUILD_TIMEOUT } from '../helpers/build.ts';
import { type ContentCopy, copyFixture, repoRoot, buildDir } from '../helpers/fixture.ts';
import { type BadInput, cases } from './cases.ts';
import { stripVTControlCharacters } from 'node:util';

/** The expected lines with files made relative to the working directory, as contributors see them. */
function expectedLines(copy: ContentCopy, badInput: BadInput): string[] {
  const shown = (file: string) => copy.shown(file);
  return badInput.expected.map((line) => {
    const [file, rest] = [
      line.slice(0, line.search(/:\d+:\d+ {2}/)),
      line.slice(line.search(/:\d+:\d+ {2}/)),
    ];
    return `${shown(file)}${rest}`
      .replace('CLAIMS_FILE', shown('claims/bridge.yaml'))
      .replace('SOURCES_FILE', shown('sources.yaml'))
      .replace('TOPIC_FILE', shown('topics/bridge.mdx'));
  });
}

describe('the bad-input corpus', () => {
  it('should hold at least 40 malformed and 20 attack cases, each named once', () => {
    expect(cases.filter((c) => c.kind === 'malformed').length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.kind === 'attack').length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  describe.each(cases.map((c) => [c.kind, c.name, c] as const))(
    '%s: %s',
    (_kind, _name, badInput) => {
      let copy: ContentCopy;
      beforeAll(() => {
        copy = copyFixture();
        badInput.apply(copy);
      });
      afterAll(() => copy.remove());

      it('should be refused by the check with exactly the expected problems', () => {
        expect(checkContent(copy.dir).problems.map(formatProblem)).toEqual(
          expectedLines(copy, badInput),
        );
      });
    },
  );
});

interface BuildRun {
  code: number | null;
  output: string;
  outDir: string;
}

/** Builds each case's content in a child process, a few at a time. */
async function buildAll(copies: ContentCopy[], concurrency: number): Promise<BuildRun[]> {
  const runs: BuildRun[] = [];
  let next = 0;
  const worker = async () => {
    while (next < copies.length) {
      const index = next++;
      const outDir = path.join(buildDir('corpus-out'), 'dist');
      runs[index] = await new Promise<BuildRun>((resolve) => {
        const env = Object.fromEntries(
          Object.entries(process.env).filter(
            ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
          ),
        );
        const child = spawn(
          process.execPath,
          ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
          {
            cwd: repoRoot,
            env: {
              ...env,
              EXPLAINER_CONTENT: path.relative(repoRoot, copies[index]!.dir),
              NO_COLOR: '1',
              FORCE_COLOR: '0',
            },
          },
        );
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => resolve({ code, output, outDir }));
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return runs;
}

describe('building the bad-input corpus', () => {
  const copies: ContentCopy[] = [];
  let runs: BuildRun[] = [];

  beforeAll(async () => {
    for (const badInput of cases) {
      const copy = copyFixture();
      badInput.apply(copy);
      copies.push(copy);
    }
    runs = await buildAll(copies, 3);
  }, BUILD_TIMEOUT * 3);
  afterAll(() => {
    for (const copy of copies) copy.remove();
    for (const run of runs) rmSync(path.dirname(run.outDir), { recursive: true, force: true });
  });

  it.each(cases.map((c, i) => [c.name, i] as const))(
    'should refuse %s, print its problems, and write nothing',
    (_name, i) => {
      const run = runs[i]!;
      const printed = stripVTControlCharacters(run.output).split('\n');
      expect(run.code).toBe(1);
      for (const line of expectedLines(copies[i]!, cases[i]!)) expect(printed).toContain(line);
      expect(run.output).not.toMatch(/^ {4}at /m);
      expect(existsSync(run.outDir)).toBe(false);
    },
  );
});
