/**
 * The bad-input corpus (cases.ts): every case is refused by `npm run check` with exactly the
 * expected problems, and the build refuses it too, printing the same lines, no stack trace,
 * and writing nothing.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { formatProblem } from '../../src/gate/problems.ts';
import { BUILD_TIMEOUT, type BuildRun, buildAsync } from '../helpers/build.ts';
import { type ContentCopy, copyFixture, buildDir } from '../helpers/fixture.ts';
import { type BadInput, cases, PAYLOAD_MARKER } from './cases.ts';

/** Set in every build's environment; it must appear in no output. */
const SECRET = 'explainer-secret-4e1f0c';

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
      // A few cases write thousands of files; on a busy machine that takes more than the
      // default ten seconds.
      beforeAll(() => {
        copy = copyFixture();
        badInput.apply(copy);
      }, 60_000);
      afterAll(() => copy.remove());

      it('should be refused by the check with exactly the expected problems', () => {
        // public/ beside the content folder, as the CLI and the build check it.
        const publicDir = path.join(path.dirname(copy.dir), 'public');
        expect(checkContent(copy.dir, { publicDir }).problems.map(formatProblem)).toEqual(
          expectedLines(copy, badInput),
        );
      });
    },
  );
});

/**
 * The build runs the same gate before Astro starts, so a case the check refuses is refused by
 * the build by construction. A few cases, one of each family (YAML, schema, MDX attack,
 * evidence), are built for real to prove it: the build prints the same lines, no stack trace,
 * and writes nothing.
 */
const BUILT = [
  'an image that names a script beside the content',
  'an image that reads the environment of the build',
  'a misspelt status',
  'an import of a Node module',
];

describe('building refused content', () => {
  const copies: ContentCopy[] = [];
  const outDirs: string[] = [];
  let runs: BuildRun[] = [];

  beforeAll(async () => {
    for (const name of BUILT) {
      const copy = copyFixture();
      cases.find((c) => c.name === name)!.apply(copy);
      copies.push(copy);
      outDirs.push(path.join(buildDir('corpus-out'), 'dist'));
    }
    rmSync(PAYLOAD_MARKER, { force: true });
    runs = await Promise.all(
      copies.map((copy, i) => buildAsync(copy.dir, outDirs[i]!, { EXPLAINER_TEST_SECRET: SECRET })),
    );
  }, BUILD_TIMEOUT * 2);
  afterAll(() => {
    for (const copy of copies) copy.remove();
    for (const dir of outDirs) rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('should build only cases that exist', () => {
    expect(BUILT.every((name) => cases.some((c) => c.name === name))).toBe(true);
  });

  it.each(BUILT.map((name, i) => [name, i] as const))(
    'should refuse %s, print its problems, and write nothing',
    (name, i) => {
      const run = runs[i]!;
      const printed = run.output.split('\n');
      expect(run.code).toBe(1);
      for (const line of expectedLines(
        copies[i]!,
        cases.find((c) => c.name === name)!,
      )) {
        expect(printed).toContain(line);
      }
      expect(run.output).not.toMatch(/^ {4}at /m);
      expect(existsSync(outDirs[i]!)).toBe(false);
      expect(run.output).not.toContain(SECRET);
    },
  );

  it('should never run a script that content names', () => {
    expect(existsSync(PAYLOAD_MARKER)).toBe(false);
  });
});
