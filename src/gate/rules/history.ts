/**
 * Rule family 4, history: a claim's statuses and a source's grades are a public record of
 * corrections, so the last change recorded must end in the verdict the entry has now.
 */
import { at, byIdOf, type Context } from '../context.ts';
import { problem } from '../problems.ts';

export function checkHistory(cx: Context): void {
  for (const source of byIdOf(cx, 'sources').values()) {
    const history = source.value.history ?? [];
    const last = history.at(-1);
    if (last && last.to !== source.value.grade) {
      cx.report(
        problem('grade-history-mismatch', at(source, 'history', history.length - 1, 'to'), {
          last: last.to,
          grade: source.value.grade,
        }),
      );
    }
  }
  for (const claim of byIdOf(cx, 'claims').values()) {
    const history = claim.value.history ?? [];
    const last = history.at(-1);
    if (last && last.to !== claim.value.status) {
      cx.report(
        problem('history-mismatch', at(claim, 'history', history.length - 1, 'to'), {
          last: last.to,
          status: claim.value.status,
        }),
      );
    }
  }
}
