/**
 * The record's rule for the corrections policy (record.ts): readers are told how the explainer
 * corrects itself, so a published policy does not change without a word either.
 *
 * - every published entry of `corrections.policyChanges` is still there as it was, in order;
 * - a policy that differs from the one published has an entry added since;
 * - an entry added since that says what the policy said (`was`) quotes the policy as published.
 */
import type { PublishedRecord } from '../baseline.ts';
import { at, type Context } from '../context.ts';
import { problem } from '../problems.ts';
import { canonical, shown } from './record-history.ts';

/** Text with every run of spaces and line breaks as one space: YAML folds lines. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

export function checkPolicy(cx: Context, record: PublishedRecord): void {
  const file = cx.entries.get('explainer')?.[0];
  if (!file) return;
  const { ref } = record;
  const corrections = cx.explainer?.corrections;
  const changes = corrections?.policyChanges ?? [];
  const field = (...path: (string | number)[]) => at(file, 'corrections', 'policyChanges', ...path);

  // The published entries, in order, as published; the others were added since. As with a
  // claim's history, the first one missing is reported: one mistake, one problem.
  const added: number[] = [];
  let next = 0;
  changes.forEach((entry, index) => {
    if (
      next < record.policyChanges.length &&
      canonical(entry) === canonical(record.policyChanges[next])
    )
      next++;
    else added.push(index);
  });
  const today = new Date().toISOString().slice(0, 10);
  for (const index of added) {
    const date = changes[index]!.date;
    if (date > today) cx.report(problem('history-future-date', field(index, 'date'), { date }));
  }
  const lost = next < record.policyChanges.length;
  if (lost) {
    const entry = record.policyChanges[next] as { date?: unknown } | null;
    cx.report(
      problem('published-policy-change-changed', field(), {
        date: shown(entry?.date ?? 'unknown'),
        ref,
      }),
    );
  }

  // No policy was published: a first one changes nothing readers were told.
  if (record.policy === undefined) return;
  const paragraphs = (value: unknown) =>
    (Array.isArray(value) ? value : [value]).map((p) => words(shown(p)));
  const published = paragraphs(record.policy);
  const now = corrections?.policy.map(words) ?? [];
  if (canonical(published) !== canonical(now) && !added.length)
    cx.report(
      problem('policy-change-unrecorded', at(file, 'corrections', 'policy'), {
        ref,
      }),
    );
  // A rewritten entry counts as added: the words it quotes are not judged until it is restored.
  if (lost) return;
  const text = published.join(' ');
  for (const index of added) {
    const was = changes[index]!.was;
    if (was !== undefined && !text.includes(words(was)))
      cx.report(problem('policy-was-not-published', field(index, 'was'), { was, ref }));
  }
}
