/**
 * Rule family 12, the record (`npm run check -- --since <ref>` only): what an explainer has
 * published never changes silently. Compared with the published version (baseline.ts):
 *
 * - every published claim, source and topic is still there, withdrawn or not;
 * - every published history entry is still there as it was, in the same order;
 * - a changed status, grade or address has entries, added since, that lead from the published
 *   value to today's, each starting where the one before it ends; no new entry changes nothing;
 * - a changed quote or restatement has an `updated` entry;
 * - a passage a published note quoted is still kept, or a `removed` entry records it;
 * - a published withdrawal stands, and no claim newly cites a withdrawn source;
 * - the article is the one published.
 *
 * Nothing applies when the published version was a draft: nothing of it was published.
 */
import { historyKind, type Source } from '../../core/schema.ts';
import { locateQuote, passagesOf } from '../../model/model.ts';
import { passageOf, quotedSpans } from '../../model/quoted.ts';
import type { PublishedEntry, PublishedRecord } from '../baseline.ts';
import { at, byIdOf, type Context, type Located } from '../context.ts';
import { type Location, problem } from '../problems.ts';
import { yamlFile } from '../read.ts';

/** A value as JSON with its keys in order: two entries are the same if these are. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
/** A value from the record as text: what it says, whatever a hostile tree put there. */
const shown = (value: unknown) =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? 'nothing');
const words = (text: unknown) =>
  typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : text;

export function checkRecord(cx: Context, record: PublishedRecord): void {
  if (record.draft) return;
  const { ref } = record;
  // Published is published: a draft again would publish nothing to compare with next time.
  if (cx.explainer?.draft) {
    const file = cx.entries.get('explainer')?.[0];
    if (file) cx.report(problem('published-draft-again', at(file, 'draft'), { ref }));
  }
  const removed = (what: string, published: Iterable<[string, Location]>, kind: string) => {
    const now = cx.known.get(kind);
    for (const [id, where] of published) {
      if (now?.has(id)) continue;
      // A file that does not parse hides what it holds: its own problem is the one to fix.
      if (cx.readable.get(kind) === false) cx.followOn();
      else cx.report(problem('published-removed', where, { what, id, ref }));
    }
  };
  const where = (entries: ReadonlyMap<string, PublishedEntry>) =>
    [...entries].map(([id, e]): [string, Location] => [id, e.where]);
  removed('claim', where(record.claims), 'claims');
  removed('source', where(record.sources), 'sources');
  removed('topic', record.topics, 'topics');

  const sources = byIdOf(cx, 'sources');
  for (const claim of byIdOf(cx, 'claims').values()) {
    const published = record.claims.get(claim.value.id);
    const c = claim.value;
    if (published) {
      const added = checkEntries(cx, claim, published, c.history ?? [], ref);
      checkChain(cx, claim, published.verdict, c.status, added, ref, 'status');
      for (const field of ['quote', 'claim'] as const) {
        // Which occurrence of its words a quote means is part of the quote.
        const same =
          words(published[field]) === words(c[field]) &&
          (field === 'claim' || samePlace(record, published, c, cx.article?.text));
        const updates = added.filter(
          ({ entry }) => (entry as { updated?: string }).updated === field,
        );
        if (!same && !updates.length)
          cx.report(problem('update-unrecorded', at(claim, field), { field, id: c.id, ref }));
        if (same)
          for (const { index } of updates)
            cx.report(problem('update-no-change', at(claim, 'history', index), { field }));
      }
      checkWithdrawal(cx, claim, published, c.withdrawn, ref);
    }
    c.citations.forEach((citation, i) => {
      const withdrawn = sources.get(citation.source)?.value.withdrawn;
      if (!withdrawn || published?.cites?.includes(citation.source)) return;
      cx.report(
        problem('withdrawn-source-cited', at(claim, 'citations', i, 'source'), {
          id: citation.source,
          date: withdrawn.date,
        }),
      );
    });
  }
  for (const source of sources.values()) {
    const published = record.sources.get(source.value.id);
    if (!published) continue;
    const s = source.value;
    const added = checkEntries(cx, source, published, s.history ?? [], ref);
    checkChain(cx, source, published.verdict, s.grade, added, ref, 'grade');
    checkAddress(cx, source, published.url ?? null, s.url ?? null, added, ref);
    checkPassages(cx, source, published, record, added, ref);
    checkWithdrawal(cx, source, published, s.withdrawn, ref);
  }

  checkArticle(cx, record);
}

/**
 * The article published is still here: article.txt, or, after a revision, the version kept in
 * versions/. Each published revision is still listed as it was, the later ones after it.
 */
function checkArticle(cx: Context, record: PublishedRecord): void {
  const { ref } = record;
  const revisions = cx.explainer?.article.revisions ?? [];
  record.revisions.forEach((published, i) => {
    const now = revisions[i];
    const same =
      now &&
      now.version === published.version &&
      now.sha256 === published.sha256 &&
      (now.note ?? null) === (published.note ?? null);
    if (!same)
      cx.report(
        problem(
          'revision-rewritten',
          yamlFile(cx.files, 'explainer')?.locate(['article', 'revisions', i]) ?? published.where,
          { version: shown(published.version), ref },
        ),
      );
  });
  // The first version as published: the day it was received and its SHA-256 stay as they were.
  const article = cx.explainer?.article;
  const explainerFile = yamlFile(cx.files, 'explainer');
  if (article && explainerFile) {
    const first: [string, unknown, unknown][] = [
      ['received', record.received, article.received],
      ['sha256', record.receivedSha256, article.sha256],
    ];
    for (const [field, then, now] of first) {
      if (then === undefined || shown(then) === shown(now ?? null)) continue;
      cx.report(
        problem('first-version-rewritten', explainerFile.locate(['article', field]), {
          field,
          was: shown(then),
          ref,
        }),
      );
    }
  }
  // Every earlier version published is still kept, byte for byte.
  for (const [id, published] of record.versions) {
    const kept = cx.versions.get(id);
    if (kept?.sha256 === published.sha256) continue;
    cx.report(
      problem(
        'published-version-changed',
        kept ? { file: kept.path, line: 1, column: 1 } : published.where,
        { id, ref, gone: !kept },
      ),
    );
  }
  if (!cx.article || !record.articleSha256 || record.articleSha256 === cx.article.sha256) return;
  const kept = [...cx.versions.values()].some((v) => v.sha256 === record.articleSha256);
  if (!kept)
    cx.report(
      problem('article-changed-since', { file: cx.article.path, line: 1, column: 1 }, { ref }),
    );
}

type Added = { entry: object; index: number }[];

/**
 * Whether a quote still means the words it meant when published: the same places in the same
 * article (changing `occurrence` can move it to another sentence).
 */
function samePlace(
  record: PublishedRecord,
  published: PublishedEntry,
  now: { quote: string; occurrence?: number | 'all' | undefined },
  article: string | undefined,
): boolean {
  if (record.articleText === undefined || article !== record.articleText)
    return canonical(published.occurrence) === canonical(now.occurrence);
  const occurrence = published.occurrence;
  const then = locateQuote(
    {
      quote: String(published.quote),
      occurrence: typeof occurrence === 'number' || occurrence === 'all' ? occurrence : undefined,
    },
    record.articleText,
  );
  const place = (l: ReturnType<typeof locateQuote>) =>
    l.found ? l.spans.map((s) => `${s.start}-${s.end}`).join() : `not:${l.reason}`;
  return place(then) === place(locateQuote(now, article));
}

/** `claim "x"` or `source "y"`, as messages name what they are about. */
function subjectOf(item: Located<unknown>): string {
  const value = item.value as { id: string; status?: unknown };
  return `${value.status === undefined ? 'source' : 'claim'} "${value.id}"`;
}

/**
 * The published entries must all be there, unchanged and in order; returns the entries added
 * since, wherever they stand. (The first entry missing is reported: one mistake, one problem.)
 */
function checkEntries(
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
function checkChain(
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
function checkAddress(
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

/**
 * A passage a published citation quoted (or the published summary) stays kept, or an entry
 * added since records its removal, with its words as they were kept: the record still shows
 * what the published note quoted.
 */
function checkPassages(
  cx: Context,
  item: Located<Source>,
  published: PublishedEntry,
  record: PublishedRecord,
  added: Added,
  ref: string,
): void {
  const kept = new Set(passagesOf(item.value).map((p) => words(p.text)));
  const recorded = new Set(
    added.flatMap(({ entry }) =>
      historyKind(entry) === 'removed' ? [words((entry as { removed: string }).removed)] : [],
    ),
  );
  // What quoted this source as published: its summary, and the notes of citations of it or
  // of the sources relaying it.
  const relays = (id: string): boolean => {
    const seen = new Set<string>();
    for (
      let s = record.sources.get(id);
      s && !seen.has(s.id);
      s = record.sources.get(s.derivedFrom ?? '')
    ) {
      if (s.id === published.id) return true;
      seen.add(s.id);
    }
    return false;
  };
  const quoting = [
    ...(published.said === undefined
      ? []
      : [{ by: `source "${published.id}"`, text: published.said }]),
    ...[...record.claims.values()].flatMap((claim) =>
      (claim.notes ?? [])
        .filter((n) => relays(n.source))
        .map((n) => ({ by: `claim "${claim.id}"`, text: n.note })),
    ),
  ];
  for (const passage of published.passages ?? []) {
    const text = words(passage.text) as string;
    if (kept.has(text) || recorded.has(text)) continue;
    const by = quoting.find((q) =>
      quotedSpans(q.text).some((span) => passageOf(span.text, [passage]) !== undefined),
    )?.by;
    if (!by) continue;
    cx.report(
      problem('passage-removed-unrecorded', at(item, item.value.read ? 'read' : 'id'), {
        id: item.value.id,
        passage: text,
        by,
        ref,
      }),
    );
  }
}

/** A published withdrawal stands as it was published. */
function checkWithdrawal(
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
