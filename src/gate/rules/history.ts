/**
 * Rule family 4, history: a claim's statuses and a source's grades are a public record of
 * corrections, so the last change recorded must end in the verdict the entry has now, a note
 * amends an entry that is there, and a passage recorded as removed is no longer kept. (What may change since publication is the record
 * family's, rules/record.ts, which compares with the published version.)
 */
import { type ChangeEntry, historyKind, isChange, type RemovedEntry } from '../../core/schema.ts';
import { passagesOf } from '../../model/model.ts';
import { at, byIdOf, type Context, type Located } from '../context.ts';
import { problem } from '../problems.ts';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

export function checkHistory(cx: Context): void {
  for (const source of byIdOf(cx, 'sources').values()) {
    const history = source.value.history ?? [];
    const last = lastChange(history);
    if (last && last.entry.to !== source.value.grade) {
      cx.report(
        problem('grade-history-mismatch', at(source, 'history', last.index, 'to'), {
          last: last.entry.to,
          grade: source.value.grade,
        }),
      );
    }
    const address = history.findLast((entry) => historyKind(entry) === 'address');
    if (address && 'url' in address && address.url.to !== (source.value.url ?? null)) {
      cx.report(
        problem(
          'address-history-mismatch',
          at(source, 'history', history.lastIndexOf(address), 'url', 'to'),
          {
            last: address.url.to,
            url: source.value.url ?? null,
          },
        ),
      );
    }
    // A passage recorded as removed is no longer kept: both cannot be true.
    const kept = new Set(passagesOf(source.value).map((p) => words(p.text)));
    history.forEach((entry, i) => {
      if (historyKind(entry) === 'removed' && kept.has(words((entry as RemovedEntry).removed)))
        cx.report(problem('removed-still-kept', at(source, 'history', i, 'removed')));
    });
    checkNotes(cx, source, history);
  }
  for (const claim of byIdOf(cx, 'claims').values()) {
    const history = claim.value.history ?? [];
    const last = lastChange(history);
    if (last && last.entry.to !== claim.value.status) {
      cx.report(
        problem('history-mismatch', at(claim, 'history', last.index, 'to'), {
          last: last.entry.to,
          status: claim.value.status,
        }),
      );
    }
    checkNotes(cx, claim, history);
  }
}

/** The last change of verdict in a history, and where it is. */
function lastChange<E extends object>(
  history: readonly E[],
): { entry: ChangeEntry<string>; index: number } | undefined {
  for (let index = history.length - 1; index >= 0; index--) {
    const entry = history[index]!;
    if (isChange<string>(entry)) return { entry, index };
  }
  return undefined;
}

/** A note names, by its date, an entry before it in the same history. */
function checkNotes(cx: Context, item: Located<unknown>, history: readonly object[]): void {
  history.forEach((entry, i) => {
    if (historyKind(entry) !== 'note') return;
    const about = (entry as { about: string }).about;
    const amended = history
      .slice(0, i)
      .some(
        (earlier) =>
          historyKind(earlier) !== 'note' && (earlier as { date: string }).date === about,
      );
    if (!amended) {
      const dates = history
        .slice(0, i)
        .filter((earlier) => historyKind(earlier) !== 'note')
        .map((earlier) => (earlier as { date: string }).date);
      cx.report(problem('note-about-unknown', at(item, 'history', i, 'about'), { about, dates }));
    }
  });
}
