/**
 * Content reaches the bundle inert, whatever it says: random strings shaped like the bundler's
 * own placeholders and directives (`__VITE_ASSET__…__`, `__VITE_IS_MODERN__`, `__ASTRO_…`,
 * `import.meta.env.…`, `%PUBLIC_URL%`, `$$`, `${…}`) are written into every kind of content
 * text: the article, a claim's fields, a source's, topic prose and code, the glossary and the
 * timeline. The build must succeed, and each page must show the text exactly as written
 * (red team 2026-12-03, F2: such text crashed the build, or was silently rewritten).
 *
 * Seeded; `npm test` builds two explainers, `npm run test:property` more.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { formatProblem } from '../../src/gate/problems.ts';
import { BUILD_TIMEOUT, buildAsync } from '../helpers/build.ts';
import { buildDir, copyFixture, type ContentCopy } from '../helpers/fixture.ts';
import { textOf } from '../helpers/html.ts';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261203);
const RUNS = Math.max(2, Math.ceil(Number(process.env.PROPERTY_RUNS ?? 12) / 6));

const MARKERS = [
  '__VITE_ASSET__',
  '__VITE_PUBLIC_ASSET__',
  '__VITE_CSS_URL__',
  '__VITE_IS_MODERN__',
  '__VITE_PRELOAD__',
  '__ASTRO_',
  '__astro_',
  'import.meta.env.',
  'import.meta.url',
  '%PUBLIC_URL%',
  '%VITE_',
  '$$',
  '$&',
  '${',
];
/** Strings Vite is known to act on (red team 2026-12-03, b04 and b05). */
const KNOWN = [
  '__VITE_IS_MODERN__',
  '__VITE_PUBLIC_ASSET__abcdef12__',
  '__VITE_ASSET__abcdefghijklmnopqrstuv__',
  '__VITE_CSS_URL__2f6574632f706173737764__',
];
const payload = fc.oneof(
  fc.constantFrom(...KNOWN),
  fc
    .tuple(
      fc.constantFrom(...MARKERS),
      fc.oneof(
        fc.stringMatching(/^[a-f0-9]{8}$/),
        fc.stringMatching(/^[a-z0-9]{20,24}$/),
        fc.stringMatching(/^[A-Za-z0-9]{0,16}$/),
      ),
      fc.constantFrom('__', '}', '%', '', '__abc__'),
    )
    .map((parts) => parts.join('')),
);
/** Eight payloads, one for each place content text reaches a page. */
const samples = fc.sample(fc.array(payload, { minLength: 8, maxLength: 8 }), {
  seed: SEED,
  numRuns: RUNS,
});

/** A payload as literal text in MDX prose: every character MDX would read as syntax escaped. */
const mdxText = (text: string) => text.replace(/[\\`*_{}<>[\]$%&.#!|~]/g, (c) => `\\${c}`);
const yamlText = (text: string) => JSON.stringify(text);

function write(copy: ContentCopy, p: string[]): void {
  copy.write(
    'article.txt',
    `${copy.read('article.txt').trimEnd()}\nThe payload was ${p[0]} there.\n`,
  );
  copy.edit(
    'claims/bridge.yaml',
    "  rationale: The council's minutes record the vote.",
    `  rationale: ${yamlText(`Recorded: ${p[1]}.`)}\n  wouldSettle: ${yamlText(p[2]!)}`,
  );
  copy.edit(
    'sources.yaml',
    "  gradeReason: The council's own record of its vote.",
    `  gradeReason: ${yamlText(`Its own record ${p[3]}`)}\n  said: ${yamlText(p[4]!)}`,
  );
  copy.write(
    'topics/bridge.mdx',
    `${copy.read('topics/bridge.mdx')}\nProse ${mdxText(p[5]!)} here.\n\n\`\`\`text\n${p[6]}\n\`\`\`\n`,
  );
  copy.write(
    'glossary.yaml',
    `- id: zzqx\n  term: zzqx\n  definition: ${yamlText(`Defined as ${p[7]}`)}\n`,
  );
  copy.write(
    'timeline.yaml',
    `- id: vote\n  date: 2026-03-03\n  event: ${yamlText(`Vote ${p[0]}`)}\n  claim: council-approved-bridge\n`,
  );
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe(`placeholder-like text in every kind of content (seed ${SEED}, ${RUNS} explainers)`, () => {
  it.each(samples.map((p, i) => [i, p] as const))(
    'explainer %i: builds, and every page shows the text as written',
    async (_i, p) => {
      const copy = copyFixture();
      try {
        write(copy, p);
        expect(checkContent(copy.dir).problems.map(formatProblem)).toEqual([]);
        const dist = path.join(buildDir('inert'), 'dist');
        roots.push(path.dirname(dist));
        const run = await buildAsync(copy.dir, dist);
        expect(run.code, run.output).toBe(0);
        const text = (page: string) =>
          textOf(readFileSync(path.join(dist, page, 'index.html'), 'utf8'));
        expect(text('article')).toContain(`The payload was ${p[0]} there.`);
        const claim = text('claims/council-approved-bridge');
        expect(claim).toContain(`Recorded: ${p[1]}.`);
        expect(claim).toContain(p[2]);
        const source = text('sources/council-minutes');
        expect(source).toContain(`Its own record ${p[3]}`);
        expect(source).toContain(p[4]);
        const topic = text('topics/bridge');
        expect(topic).toContain(`Prose ${p[5]} here.`);
        expect(topic).toContain(p[6]);
        expect(text('glossary')).toContain(`Defined as ${p[7]}`);
        expect(text('timeline')).toContain(`Vote ${p[0]}`);
      } finally {
        copy.remove();
      }
    },
    BUILD_TIMEOUT,
  );
});
