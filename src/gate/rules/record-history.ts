/**
 * The record's history rules (record.ts): published entries stay as published, new entries
 * lead from the published verdict or address to today's, and a published withdrawal stands.
 */
import { historyKind } from '../../core/schema.ts';
import type { PublishedEntry } from '../baseline.ts';
import { at, type Context, type Located } from '../context.ts';
import { problem } from '../problems.ts';

/** A value as JSON with its keys in order: two entries are the same if these are. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** A value from the record as text: what it says, whatever a hostile tree put there. */
export const shown = (value: unknown) =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? 'nothing');

/** `claim "x"` or `source "y"`, as messages name what they are about. */
function subjectOf(item: Located<unknown>): string {
  const value = item.value as { id: string; status?: unknown };
  return `${value.status === undefined ? 'source' : 'claim'} "${value.id}"`;
}

export type Added = { entry: object; index: number }[];

/**
 * The published entries must all be there, unchanged and in order; returns the entries added
 * since, wherever they stand. (The first entry missing is reported: one mistake, one problem.)
 */
export function checkEntries(
  cx: Context,
  item: Located<unknown>,
  published: PublishedEntry,
  history: readonly object[],
  ref: string,
): Added {
  const added: Added = [];
  let next = 0;
  history.forEach((entry, index) => {
    if (next < published.history.length && canonical(entry) === canonical(published.history[next]))
      next++;
    else added.push({ entry, index });
  });
  // An entry is dated when its change was made: never after the day it is written.
  const today = new Date().toISOString().slice(0, 10);
  for (const { entry, index } of added) {
    const date = (entry as { date?: string }).date;
    if (date && date > today)
      cx.report(problem('history-future-date', at(item, 'history', index, 'date'), { date }));
  }
  if (next < published.history.length) {
    const lost = published.history[next] as Record<string, unknown>;
    cx.report(
      problem('published-history-changed', at(item, 'history'), {
        subject: subjectOf(item),
        date: shown(lost?.date ?? 'unknown'),
        ref,
      }),
    );
  }
  return added;
}

/** One step of a record: where it starts, where it ends, and whether it was added since. */
interface Step {
  from: unknown;
  to: unknown;
  index: number;
  added: boolean;
  /** The field a wrong start is reported at, inside the entry. */
  field: (string | number)[];
}

/**
 * Steps added since must fit the record: each starts where the step before it ends, and one
 * that a published step follows ends where that one starts. A step with none before it
 * (and no published step after it) starts from the published value, or ends in it: it then
 * records, late, a change made before publication (a link removed without a word, say).
 */
function checkSteps(
  cx: Context,
  item: Located<unknown>,
  steps: readonly Step[],
  published: unknown,
  what: string,
): void {
  steps.forEach((step, k) => {
    if (!step.added) return;
    const before = steps[k - 1];
    const after = steps[k + 1];
    const laterPublished = steps.slice(k + 1).some((s) => !s.added);
    const was = before ? before.to : published;
    const fits = before
      ? step.from === before.to
      : laterPublished || step.from === published || step.to === published;
    if (!fits)
      cx.report(
        problem('history-chain-broken', at(item, 'history', step.index, ...step.field), {
          what,
          from: shown(step.from),
          was: shown(was),
        }),
      );
    else if (after && !after.added && after.from !== step.to)
      cx.report(
        problem('history-chain-next', at(item, 'history', step.index), {
          what,
          to: shown(step.to),
          next: shown(after.from),
        }),
      );
  });
}

/** A changed status or grade: entries added since record how it got from the published one. */
export function checkChain(
  cx: Context,
  item: Located<unknown>,
  was: unknown,
  now: string,
  added: Added,
  ref: string,
  what: 'status' | 'grade',
): void {
  const isNew = new Set(added.map((a) => a.index));
  const history = (item.value as { history?: object[] }).history ?? [];
  const steps: Step[] = [];
  history.forEach((entry, index) => {
    if (historyKind(entry) !== 'change') return;
    const { from, to } = entry as { from: string; to: string };
    if (isNew.has(index) && from === to) {
      cx.report(problem('history-no-change', at(item, 'history', index), { what, from }));
      return;
    }
    steps.push({ from, to, index, added: isNew.has(index), field: ['from'] });
  });
  checkSteps(cx, item, steps, was, what);
  // A last entry that does not end in today's verdict is reported by the history family.
  const last = steps.at(-1);
  if (was !== now && !steps.some((s) => s.added) && (last === undefined || last.to === now)) {
    cx.report(
      problem('change-unrecorded', at(item, what), {
        subject: subjectOf(item),
        what,
        was: shown(was),
        now,
        ref,
      }),
    );
  }
}

/** A changed address: entries added since record how it got from the published one. */
export function checkAddress(
  cx: Context,
  item: Located<unknown>,
  was: unknown,
  now: string | null,
  added: Added,
  ref: string,
): void {
  const published = typeof was === 'string' ? was : null;
  const isNew = new Set(added.map((a) => a.index));
  const history = (item.value as { history?: object[] }).history ?? [];
  const steps: Step[] = history.flatMap((entry, index) => {
    if (historyKind(entry) !== 'address') return [];
    const { from, to } = (entry as { url: { from: string | null; to: string | null } }).url;
    if (isNew.has(index) && from === to) {
      cx.report(
        problem('history-no-change', at(item, 'history', index), {
          what: 'address',
          from: shown(from),
        }),
      );
      return [];
    }
    return [{ from, to, index, added: isNew.has(index), field: ['url', 'from'] }];
  });
  checkSteps(cx, item, steps, published, 'address');
  if (published !== now && !steps.some((s) => s.added)) {
    cx.report(
      problem('address-unrecorded', at(item, now === null ? 'id' : 'url'), {
        subject: subjectOf(item),
        was: published,
        now,
        ref,
      }),
    );
  }
}

/** A published withdrawal stands as it was published. */
export function checkWithdrawal(
  cx: Context,
  item: Located<unknown>,
  published: PublishedEntry,
  now: unknown,
  ref: string,
): void {
  if (published.withdrawn === undefined || canonical(published.withdrawn) === canonical(now))
    return;
  cx.report(
    problem('published-withdrawal-changed', at(item, now === undefined ? 'id' : 'withdrawn'), {
      subject: subjectOf(item),
      ref,
    }),
  );
}
