/**
 * The benchmark's report: the tables it prints and the targets it checks.
 */
import type { Measurement } from './measure.ts';
import type { Phases } from './phases.ts';

/** One build of one size. */
export interface Build extends Measurement {
  /** HTML files the build wrote. */
  pages: number;
  phases: Phases;
  /** Each run's time and peak, when the build ran more than once; the rest are medians. */
  runs?: { wallMs: number; peakBytes: number }[];
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * One build standing for several runs of it: the median time and the median peak. Its pages
 * and phases are those of the run whose time is closest to the median, its processes those of
 * the run whose peak is.
 */
export function medianBuild(runs: readonly Build[]): Build {
  const [first] = runs;
  if (!first) throw new Error('medianBuild needs at least one run');
  if (runs.length === 1) return first;
  const wallMs = median(runs.map((r) => r.wallMs));
  const peakBytes = median(runs.map((r) => r.peakBytes));
  const typical = runs.reduce((best, r) =>
    Math.abs(r.wallMs - wallMs) < Math.abs(best.wallMs - wallMs) ? r : best,
  );
  const peaky = runs.reduce((best, r) =>
    Math.abs(r.peakBytes - peakBytes) < Math.abs(best.peakBytes - peakBytes) ? r : best,
  );
  return {
    ...typical,
    wallMs,
    peakBytes,
    processes: peaky.processes,
    runs: runs.map((r) => ({ wallMs: r.wallMs, peakBytes: r.peakBytes })),
  };
}

/** Everything measured for one size. */
export interface Row {
  topics: number;
  /** `npm run check` on the generated content. */
  check: Measurement;
  /** This engine's build. */
  ours: Build;
  /** The plain Astro site's build of the same topic pages, with the stack's unified (remark) pipeline. */
  plain: Build;
  /** The same plain site with Astro's default Markdown processor, Sätteri (for information). */
  satteri: Build;
}

/** The targets the benchmark checks. */
export const TARGETS = {
  /** The size, in topics, that the absolute targets are about. */
  largest: 1000,
  /** Its build must take less than this. */
  buildMs: 3 * 60_000,
  /** Tenfold content may take at most this many times as long. */
  growth: 11,
  /** What one more topic costs us, at most, over what it costs plain Astro. */
  perTopic: 1.5,
  /** `npm run check` on the largest size must take less than this. */
  checkMs: 10_000,
} as const;

export const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mib = (bytes: number) => String(Math.round(bytes / 2 ** 20));
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const builds = ['ours', 'plain', 'satteri'] as const;

/**
 * What one more topic costs, in ms: the slope of build time between two sizes. Unlike the
 * ratio of whole builds, it leaves out fixed costs such as starting Astro and bundling the engine.
 */
function marginal(from: Row, to: Row, build: (typeof builds)[number]): number {
  return (to[build].wallMs - from[build].wallMs) / (to.topics - from.topics);
}

/** Rows of cells as a Markdown table with right-aligned columns. */
function markdownTable(header: readonly string[], lines: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, c) =>
    Math.max(title.length, ...lines.map((line) => (line[c] ?? '').length)),
  );
  const format = (cells: readonly string[]) =>
    `| ${cells.map((cell, c) => cell.padStart(widths[c] ?? 0)).join(' | ')} |`;
  return [
    format(header),
    `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`,
    ...lines.map(format),
  ];
}

/** The main table: one line per size. */
export function summaryTable(rows: readonly Row[]): string {
  const header = [
    'topics',
    'ours pages',
    'ours s',
    'ours pages/s',
    'ours peak MiB',
    'plain pages',
    'plain s',
    'plain pages/s',
    'plain peak MiB',
    'time ours/plain',
    'ms/topic ours',
    'ms/topic plain',
    'per topic ours/plain',
    'check s',
    'Sätteri s',
    'Sätteri peak MiB',
  ];
  const lines = rows.map((row, i) => {
    const previous = i > 0 ? rows[i - 1] : undefined;
    const perTopic = previous && {
      ours: marginal(previous, row, 'ours'),
      plain: marginal(previous, row, 'plain'),
    };
    const pagesPerSecond = (build: Build) => (build.pages / (build.wallMs / 1000)).toFixed(1);
    return [
      row.topics.toLocaleString('en'),
      String(row.ours.pages),
      seconds(row.ours.wallMs),
      pagesPerSecond(row.ours),
      mib(row.ours.peakBytes),
      String(row.plain.pages),
      seconds(row.plain.wallMs),
      pagesPerSecond(row.plain),
      mib(row.plain.peakBytes),
      ratio(row.ours.wallMs, row.plain.wallMs),
      perTopic ? perTopic.ours.toFixed(0) : '—',
      perTopic ? perTopic.plain.toFixed(0) : '—',
      perTopic ? ratio(perTopic.ours, perTopic.plain) : '—',
      seconds(row.check.wallMs),
      seconds(row.satteri.wallMs),
      mib(row.satteri.peakBytes),
    ];
  });
  const peakFrom = [...new Set(rows.flatMap((row) => builds.map((build) => row[build].peakFrom)))];
  return [
    ...markdownTable(header, lines),
    '',
    'Times are wall-clock; pages are the HTML files each build wrote; peak is the resident memory of',
    'the build and its child processes. ms/topic is the extra build time per topic added since the',
    'row above. "plain" compiles MDX with the unified (remark) processor and its defaults (remark-gfm,',
    'SmartyPants), as this stack does; "Sätteri" is the same plain site with Astro 7\'s default',
    `processor, which runs no remark plugins (for information). Peak memory came from: ${peakFrom.join('; ')}.`,
    '',
  ].join('\n');
}

/** Each run behind the medians, when the builds ran more than once. */
export function runLines(rows: readonly Row[]): string {
  const lines = rows.flatMap((row) =>
    (['ours', 'plain'] as const).flatMap((build) => {
      const runs = row[build].runs;
      if (!runs) return [];
      const times = runs.map((r) => seconds(r.wallMs)).join(', ');
      const peaks = runs.map((r) => mib(r.peakBytes)).join(', ');
      return [
        `  ${row.topics.toLocaleString('en').padStart(6)} ${build.padEnd(5)}  ${times} s; peak ${peaks} MiB`,
      ];
    }),
  );
  if (!lines.length) return '';
  return [
    'Every run, in the order they ran (the table shows medians; the two builds alternated):',
    ...lines,
    '',
  ].join('\n');
}

/** Where each build's time goes, as Astro's log reports it. */
export function phaseTable(rows: readonly Row[]): string {
  const ms = (value: number | undefined) => (value === undefined ? '?' : String(Math.round(value)));
  const lines = rows.flatMap((row) =>
    builds.map((build) => {
      const { checkMs, collectMs, bundleMs, renderMs, totalMs } = row[build].phases;
      // Astro's "Collecting build info" clock starts before the integrations' setup hooks, so
      // it includes our content check; the table shows the two apart.
      const syncMs =
        collectMs !== undefined && checkMs !== undefined ? collectMs - checkMs : collectMs;
      const afterMs =
        totalMs !== undefined &&
        collectMs !== undefined &&
        bundleMs !== undefined &&
        renderMs !== undefined
          ? totalMs - collectMs - bundleMs - renderMs
          : undefined;
      return [
        row.topics.toLocaleString('en'),
        build === 'satteri' ? 'Sätteri' : build,
        ms(row[build].wallMs),
        build === 'ours' ? ms(checkMs) : '—',
        ms(syncMs),
        ms(bundleMs),
        ms(renderMs),
        ms(afterMs),
      ];
    }),
  );
  return [
    "Where the time goes (ms, from Astro's log; ? where the log did not say):",
    '',
    ...markdownTable(
      [
        'topics',
        'build',
        'wall',
        'content check',
        'collect + sync',
        'bundle (vite)',
        'render pages',
        'after render',
      ],
      lines,
    ),
    '',
    'content check: the explainer integration, before Astro starts. collect + sync: config, content',
    'collections and types. bundle: compiling every MDX module and component. render pages: every',
    'page written. after render: build hooks (sitemap, search index).',
    '',
  ].join('\n');
}

/** Each build's processes by peak memory, to tell the build itself from its helpers. */
export function memoryLines(rows: readonly Row[]): string {
  const lines = rows.flatMap((row) =>
    builds.map((build) => {
      const processes = row[build].processes.filter((p) => p.peakBytes >= 16 * 2 ** 20);
      const list = processes.map((p) => `${p.name} ${mib(p.peakBytes)}`).join(', ') || '?';
      return `  ${row.topics.toLocaleString('en').padStart(6)} ${(build === 'satteri' ? 'Sätteri' : build).padEnd(7)}  ${list}`;
    }),
  );
  return ['Peak memory by process (MiB; processes above 16 MiB):', ...lines, ''].join('\n');
}

/** A PASS, FAIL, n/a or INFO line per target, and whether any target failed. */
export function checkTargets(rows: readonly Row[]): { lines: string[]; failed: boolean } {
  const at = (topics: number) => rows.find((row) => row.topics === topics);
  const { largest: size } = TARGETS;
  const largest = at(size);
  const tenth = at(size / 10);
  const hundredth = at(size / 100);
  const lines: string[] = [];
  let failed = false;
  const target = (name: string, pass: boolean | undefined, detail: string) => {
    if (pass === false) failed = true;
    lines.push(`${pass === undefined ? 'n/a ' : pass ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
  };
  const notRun = (topics: number) => `not measured (add ${topics} to --sizes)`;
  const sizeName = size.toLocaleString('en');

  target(
    `${sizeName} topics build in under ${TARGETS.buildMs / 60_000} min`,
    largest && largest.ours.wallMs < TARGETS.buildMs,
    largest ? `${seconds(largest.ours.wallMs)} s` : notRun(size),
  );
  target(
    `${sizeName} topics peak memory no more than plain Astro's`,
    largest && largest.ours.peakBytes <= largest.plain.peakBytes,
    largest
      ? `${mib(largest.ours.peakBytes)} MiB vs ${mib(largest.plain.peakBytes)} MiB (${ratio(largest.ours.peakBytes, largest.plain.peakBytes)})`
      : notRun(size),
  );
  target(
    `10× the content (${size / 10} → ${size} topics) takes at most ${TARGETS.growth}× the time`,
    tenth && largest && largest.ours.wallMs / tenth.ours.wallMs <= TARGETS.growth,
    tenth && largest
      ? ratio(largest.ours.wallMs, tenth.ours.wallMs)
      : notRun(tenth ? size : size / 10),
  );
  if (hundredth && tenth) {
    lines.push(
      `INFO  10× the content (${hundredth.topics} → ${tenth.topics} topics): ${ratio(tenth.ours.wallMs, hundredth.ours.wallMs)} the time`,
    );
  }

  const [from, to] = rows.length > 1 ? rows.slice(-2) : [];
  if (from && to) {
    const ours = marginal(from, to, 'ours');
    const plain = marginal(from, to, 'plain');
    target(
      `per topic page at most ${TARGETS.perTopic}× plain Astro`,
      ours / plain <= TARGETS.perTopic,
      `${ours.toFixed(0)} ms vs ${plain.toFixed(0)} ms per added topic, ${from.topics} → ${to.topics} topics (${ratio(ours, plain)}); whole builds at ${to.topics}: ${ratio(to.ours.wallMs, to.plain.wallMs)}`,
    );
  } else {
    target(
      `per topic page at most ${TARGETS.perTopic}× plain Astro`,
      undefined,
      'not measured (needs two sizes)',
    );
  }
  const last = rows.at(-1);
  if (last) {
    const perPage = (build: Build) => build.wallMs / Math.max(build.pages, 1);
    lines.push(
      `INFO  per HTML page written, at ${last.topics} topics: ${perPage(last.ours).toFixed(1)} ms vs ${perPage(last.plain).toFixed(1)} ms (${ratio(perPage(last.ours), perPage(last.plain))})`,
    );
    lines.push(
      `INFO  against Astro's default Sätteri processor (no remark plugins), at ${last.topics} topics: ${seconds(last.ours.wallMs)} s vs ${seconds(last.satteri.wallMs)} s (${ratio(last.ours.wallMs, last.satteri.wallMs)}), peak ${mib(last.ours.peakBytes)} vs ${mib(last.satteri.peakBytes)} MiB`,
    );
  }

  target(
    `npm run check on ${sizeName} topics takes under ${TARGETS.checkMs / 1000} s`,
    largest && largest.check.wallMs < TARGETS.checkMs,
    largest ? `${seconds(largest.check.wallMs)} s` : notRun(size),
  );
  return { lines, failed };
}
