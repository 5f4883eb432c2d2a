/**
 * `npm run check`: validates a content folder without building the site.
 * Prints every problem as `file:line:column  message  (how to fix)` and exits 1 if any.
 *
 *   npm run check                      checks content/ (or $EXPLAINER_CONTENT)
 *   npm run check -- path/to/content   checks another folder
 */
import { checkContent } from '../src/gate/check.ts';
import { contentDir } from '../src/integration/content-dir.ts';
import { formatProblem } from '../src/gate/problems.ts';
import path from 'node:path';

const started = performance.now();
const dir = process.argv[2] ? path.resolve(process.argv[2]) : contentDir();
const { problems, counts } = checkContent(dir);
const elapsed = Math.round(performance.now() - started);
const where = path.relative(process.cwd(), dir) || '.';

for (const found of problems) console.error(formatProblem(found));
if (problems.length) {
  console.error(
    `\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${where}/ (${elapsed} ms)`,
  );
  process.exitCode = 1;
} else {
  console.log(
    `✓ ${where}/ is valid: ${counts.claims} claims, ${counts.sources} sources, ${counts.topics} topics (${elapsed} ms)`,
  );
}
