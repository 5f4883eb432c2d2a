/**
 * `npm run check`: runs the gate on a content folder without building the site.
 * Prints every problem as `file:line:column  message  (how to fix)` and exits 1 if any.
 *
 *   explainer check                      checks ./content
 *   explainer check path/to/content      checks another folder
 *   explainer check --since <git-ref>    also compares with what was published at <git-ref>:
 *                                        nothing published may change without a record
 *   explainer check --publish            also refuses what must not be published: the
 *                                        template's placeholders, a localhost address, and no
 *                                        way for readers to report an error
 */
import path from 'node:path';
import { readBaseline } from '../gate/baseline.ts';
import { checkContent } from '../gate/check.ts';
import { formatProblem, printable, problemSummary, sortProblems } from '../gate/problems.ts';
import { publishingProblems } from '../gate/publish.ts';
import { plural } from '../model/format.ts';
import { contentFolderProblem, parseCommand } from './paths.ts';

const USAGE = 'Usage: explainer check [content folder] [--since <git-ref>] [--publish]';

export function check(args: readonly string[]): number {
  const parsed = parseCommand(
    args,
    { since: { type: 'string' }, publish: { type: 'boolean', default: false } },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, folder } = parsed;
  const problem = contentFolderProblem(folder);
  if (problem) {
    console.error(`✗ ${problem}.`);
    return 1;
  }
  const started = performance.now();
  const dir = path.resolve(folder);
  const where = path.relative(process.cwd(), dir) || '.';
  let baseline;
  if (values.since !== undefined) {
    const read = readBaseline(values.since, dir);
    if (!read.ok) {
      // Never a silent pass: a record that cannot be read cannot show that nothing changed.
      console.error(
        `✗ the published version at ${printable(values.since)} cannot be read: ${printable(read.reason)}`,
      );
      return 1;
    }
    baseline = read.record;
  }
  // public/ beside the content folder, as a project made by `npm run new` has it.
  const publicDir = path.join(path.dirname(dir), 'public');
  const result = checkContent(dir, { publicDir, ...(baseline ? { baseline } : {}) });
  const problems = sortProblems([
    ...result.problems,
    ...(values.publish && result.input ? publishingProblems(dir, result.input) : []),
  ]);
  const elapsed = Math.round(performance.now() - started);

  for (const found of problems) console.error(formatProblem(found));
  if (problems.length) {
    console.error(
      `\n✗ ${where}/: ${problemSummary(problems.length, result.suppressed)} (${elapsed} ms)`,
    );
    return 1;
  }
  const { counts } = result;
  const since = baseline
    ? baseline.draft
      ? `; ${values.since} was a draft, so nothing was published to compare with`
      : `; nothing published at ${values.since} changed without a record`
    : '';
  console.log(
    `✓ ${where}/ is valid: ${plural(counts.claims, 'claim')}, ${plural(counts.sources, 'source')}, ${plural(counts.topics, 'topic')}${printable(since)}${values.publish ? '; ready to publish' : ''} (${elapsed} ms)`,
  );
  return 0;
}
