/**
 * `npm run lighthouse`: Lighthouse 13 (mobile, its default) on the home page, a topic page, a
 * claim page and the annotated article, three runs each, and prints the median scores.
 * Exits 1 below the bar: performance ≥ 0.98, accessibility, best practices and SEO = 1.
 *
 *   npm run lighthouse               audits dist/ (build first)
 *   npm run lighthouse -- path/to/dist
 *
 * Uses CHROME_PATH or Debian's /usr/bin/chromium.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/browser/chromium.ts';
import { serveSite } from '../tests/browser/serve.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const RUNS = 3;
/** The first page of a kind in the built site, whatever the explainer: `topics/<first>/`. */
const first = (folder: string) => {
  const [name] = readdirSync(path.join(dist, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return `${folder}/${name}/`;
};
const PAGES: [string, string][] = [
  ['home', ''],
  ['topic', first('topics')],
  ['claim', first('claims')],
  ['article', 'article/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BAR: Record<(typeof CATEGORIES)[number], number> = {
  performance: 0.98,
  accessibility: 1,
  'best-practices': 1,
  seo: 1,
};

const server = await serveSite(dist);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: CHROMIUM_FLAGS,
});
const failures: string[] = [];
try {
  console.log('| page | performance | accessibility | best practices | SEO |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, sitePath] of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(server.url + sitePath, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${sitePath}`);
      runs.push(result.lhr);
    }
    const median: (typeof runs)[number] = computeMedianRun(runs);
    const scores = CATEGORIES.map((c) => median.categories[c]?.score ?? 0);
    console.log(`| ${name} | ${scores.map((s) => s.toFixed(2)).join(' | ')} |`);
    CATEGORIES.forEach((category, i) => {
      if (scores[i]! < BAR[category]) {
        const weighted = new Set(
          median.categories[category]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id),
        );
        const failing = Object.values(median.audits).filter(
          (a) => weighted.has(a.id) && a.score !== null && a.score < 1,
        );
        failures.push(
          `${name} ${category} ${scores[i]!.toFixed(2)} < ${BAR[category]}: ${failing.map((a) => a.id).join(', ')}`,
        );
      }
    });
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(
  failures.length ? `\n✗ below the bar:\n${failures.join('\n')}` : '\n✓ every page meets the bar',
);
if (failures.length) process.exitCode = 1;
