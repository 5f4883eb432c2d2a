/**
 * The benchmark's verdicts: with several runs per build, targets are judged on medians, so one
 * build's lucky or unlucky garbage collection does not decide them.
 */
import { describe, expect, it } from 'vitest';
import {
  type Build,
  checkTargets,
  medianBuild,
  type Row,
  runLines,
} from '../../scripts/bench/report.ts';

const MiB = 2 ** 20;

function build(wallMs: number, peakMiB: number, pages = 14_011): Build {
  return {
    code: 0,
    wallMs,
    peakBytes: peakMiB * MiB,
    peakFrom: 'sum of the process tree (polled)',
    processes: [{ pid: wallMs, name: 'node astro.mjs', peakBytes: peakMiB * MiB }],
    pages,
    phases: { totalMs: wallMs },
  };
}

describe('medianBuild', () => {
  it('takes the median time and the median peak of three runs, and keeps every run', () => {
    const median = medianBuild([build(39_000, 1_760), build(37_000, 1_600), build(38_000, 2_300)]);
    expect(median.wallMs).toBe(38_000);
    expect(median.peakBytes).toBe(1_760 * MiB);
    // The processes are those of the run whose peak is the median.
    expect(median.processes[0]?.pid).toBe(39_000);
    expect(median.runs).toEqual([
      { wallMs: 39_000, peakBytes: 1_760 * MiB },
      { wallMs: 37_000, peakBytes: 1_600 * MiB },
      { wallMs: 38_000, peakBytes: 2_300 * MiB },
    ]);
  });

  it('averages the two middle runs of an even number', () => {
    expect(
      medianBuild([build(10, 100), build(20, 300), build(30, 200), build(40, 400)]).peakBytes,
    ).toBe(250 * MiB);
  });

  it('leaves a single run as it is', () => {
    const only = build(30_000, 1_800);
    expect(medianBuild([only])).toBe(only);
  });
});

describe('the memory target', () => {
  const row = (ours: Build, plain: Build): Row => ({
    topics: 1000,
    check: build(3_000, 400),
    ours,
    plain,
    satteri: build(9_000, 1_300, 1_000),
  });

  it("passes when the median of our peaks is at most the median of plain Astro's, though one run was above", () => {
    const ours = medianBuild([build(38_000, 1_700), build(37_000, 2_000), build(39_000, 1_750)]);
    const plain = medianBuild([build(30_000, 1_800), build(31_000, 1_760), build(29_000, 2_300)]);
    const { lines } = checkTargets([row(ours, plain)]);
    expect(lines).toContain(
      "PASS  1,000 topics peak memory no more than plain Astro's: 1750 MiB vs 1800 MiB (0.97×)",
    );
  });

  it('fails when the medians are the other way round', () => {
    const ours = medianBuild([build(38_000, 1_900), build(37_000, 1_850), build(39_000, 1_700)]);
    const plain = medianBuild([build(30_000, 1_800), build(31_000, 1_760), build(29_000, 2_300)]);
    const { lines, failed } = checkTargets([row(ours, plain)]);
    expect(failed).toBe(true);
    expect(lines).toContain(
      "FAIL  1,000 topics peak memory no more than plain Astro's: 1850 MiB vs 1800 MiB (1.03×)",
    );
  });

  it('lists each run behind the medians', () => {
    const ours = medianBuild([build(38_000, 1_700), build(37_000, 2_000), build(39_000, 1_750)]);
    expect(runLines([row(ours, build(30_000, 1_800))])).toBe(
      [
        'Every run, in the order they ran (the table shows medians; the two builds alternated):',
        '   1,000 ours   38.0, 37.0, 39.0 s; peak 1700, 2000, 1750 MiB',
        '',
      ].join('\n'),
    );
  });
});
