/**
 * `npm run check`: runs the gate on a content folder without building the site.
 * Prints every problem as `file:line:column  message  (how to fix)` and exits 1 if any.
 *
 *   explainer check                      checks ./content
 *   explainer check path/to/content      checks another folder
 */
import path from 'node:path';
import { checkContent } from '../gate/check.ts';
import { formatProblem, problemSummary } from '../gate/problems.ts';
import { plural } from '../model/format.ts';

export function check(args: readonly string[]): number {
  const started = performance.now();
  const dir = path.resolve(args[0] ?? 'content');
  const { problems, counts, suppressed } = checkContent(dir);
  const elapsed = Math.round(performance.now() - started);
  const where = path.relative(process.cwd(), dir) || '.';

  for (const found of problems) console.error(formatProblem(found));
  if (problems.length) {
    console.error(`\n✗ ${where}/: ${problemSummary(problems.length, suppressed)} (${elapsed} ms)`);
    return 1;
  }
  console.log(
    `✓ ${where}/ is valid: ${plural(counts.claims, 'claim')}, ${plural(counts.sources, 'source')}, ${plural(counts.topics, 'topic')} (${elapsed} ms)`,
  );
  return 0;
}
