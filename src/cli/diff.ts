/**
 * `npm run diff -- <git-ref>`: what the content in the working tree does to the verdicts,
 * compared with the content at <git-ref>, as Markdown for a reviewer.
 *
 *   explainer diff <git-ref> [content]
 *
 * The content at the ref is read from git in memory (gate/git.ts), never written to disk, and
 * both are read by the gate, so the comparison is of what readers would be shown. Above the
 * table come the problems `npm run check -- --since <git-ref>` reports: what changes the
 * published record without saying so.
 */
import path from 'node:path';
import { recordOf } from '../gate/baseline.ts';
import { checkContent, checkFiles } from '../gate/check.ts';
import { readContentAt } from '../gate/git.ts';
import { formatProblem, printable, type ProblemCode } from '../gate/problems.ts';
import { parseListing } from '../gate/read.ts';
import { plural } from '../model/format.ts';
import { buildModel } from '../model/model.ts';
import { cell, formatVerdictDiff, shownRef, verdictDiff } from '../review/diff.ts';
import { contentFolderProblem } from './paths.ts';

/** The problems only a comparison with the published version finds (rules/record.ts). */
const RECORD: readonly ProblemCode[] = [
  'published-removed',
  'published-draft-again',
  'history-future-date',
  'update-no-change',
  'published-history-changed',
  'history-no-change',
  'history-chain-broken',
  'history-chain-next',
  'change-unrecorded',
  'address-unrecorded',
  'update-unrecorded',
  'source-update-unrecorded',
  'published-withdrawal-changed',
  'withdrawn-source-cited',
  'article-changed-since',
  'policy-change-unrecorded',
  'published-policy-change-changed',
  'policy-was-not-published',
];

export function printDiff(args: readonly string[]): number {
  const [ref, folder = 'content'] = args;
  if (!ref || args.length > 2 || args.some((arg) => arg.startsWith('-'))) {
    console.error('Usage: npm run diff -- <git-ref> [content folder]');
    return 2;
  }
  const problem = contentFolderProblem(folder);
  if (problem) {
    console.error(`✗ ${problem}.`);
    return 1;
  }
  const contentDir = path.resolve(folder);
  const then = readContentAt(ref, contentDir);
  if (!then.ok) {
    console.error(`✗ the content at ${printable(ref)} cannot be read: ${printable(then.reason)}`);
    return 1;
  }
  const record = recordOf(ref, then.listing);
  const now = checkContent(contentDir, { baseline: record });
  const own = now.problems.filter((p) => !RECORD.includes(p.code));
  if (own.length) {
    console.error(
      `✗ the content has ${plural(own.length, 'problem')}; \`npm run check\` lists them.`,
    );
    return 1;
  }
  const current = now.input ?? checkContent(contentDir).input;
  // The content at the ref is read as it was written: the rules of its day may have allowed
  // a status today's rules refuse, and the diff is about what readers were shown.
  const before = checkFiles(parseListing(then.listing), { rules: false });
  const out: string[] = [];
  if (now.problems.length) {
    out.push(
      `## Changes to the published record that nothing records (against ${shownRef(ref)})`,
      '',
      ...now.problems.map((p) => `- ${cell(formatProblem(p))}`),
      '',
    );
  }
  if (!before.input || !current) {
    out.push(
      `The content at ${shownRef(ref)} does not pass the check, so there are no verdicts to compare with.`,
    );
  } else {
    out.push(formatVerdictDiff(verdictDiff(buildModel(before.input), buildModel(current)), ref));
  }
  console.log(out.join('\n'));
  return 0;
}
