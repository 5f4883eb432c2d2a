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
 * - the article is the one published;
 * - the corrections policy does not change without an entry, and its entries stay as published.
 *
 * Nothing applies when the published version was a draft: nothing of it was published.
 */
import { historyKind, SOURCE_UPDATE_FIELDS, type Source } from '../../core/schema.ts';
import { locateQuote, passagesOf } from '../../model/model.ts';
import { passageOf, quotedSpans } from '../../model/quoted.ts';
import type { PublishedEntry, PublishedRecord } from '../baseline.ts';
import { at, byIdOf, type Context, type Located } from '../context.ts';
import { type Location, problem } from '../problems.ts';
import { checkArticle } from './record-article.ts';
import { checkPolicy } from './record-policy.ts';
import {
  type Added,
  checkAddress,
  checkChain,
  checkEntries,
  checkWithdrawal,
  canonical,
} from './record-history.ts';

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
    // Which document it is: a published source's title, publisher, kind and date change only
    // with an entry, as a claim's words do. (An entry for a field as it was published is let
    // stand: these entries are new, and may record late a change published before them.)
    for (const field of SOURCE_UPDATE_FIELDS) {
      const same = String(words(published[field])) === String(words(s[field]));
      const recorded = added.some(({ entry }) => (entry as { updated?: string }).updated === field);
      if (!same && !recorded)
        cx.report(problem('source-update-unrecorded', at(source, field), { field, id: s.id, ref }));
    }
    checkPassages(cx, source, published, record, added, ref);
    checkWithdrawal(cx, source, published, s.withdrawn, ref);
  }

  checkArticle(cx, record);
  checkPolicy(cx, record);
}

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
  // A passage is kept as it was published when its words and its translation both are: a note
  // may quote either.
  const keyOf = (p: { text: string; translation?: string | undefined }) =>
    `${words(p.text)}\n${p.translation === undefined ? '' : words(p.translation)}`;
  const keptTexts = new Set(passagesOf(item.value).map((p) => words(p.text)));
  const kept = new Set(passagesOf(item.value).map(keyOf));
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
    const translation =
      passage.translation === undefined ? undefined : (words(passage.translation) as string);
    if (kept.has(keyOf(passage)) || recorded.has(text)) continue;
    // Its words still kept, its translation changed: recorded by an entry removing the old one.
    const retranslated = keptTexts.has(text);
    if (retranslated && translation !== undefined && recorded.has(translation)) continue;
    const by = quoting.find((q) =>
      quotedSpans(q.text).some((span) => passageOf(span.text, [passage]) !== undefined),
    )?.by;
    if (!by) continue;
    cx.report(
      retranslated
        ? problem(
            'passage-translation-changed-unrecorded',
            at(item, item.value.read ? 'read' : 'id'),
            { id: item.value.id, translation: translation ?? '', by, ref },
          )
        : problem('passage-removed-unrecorded', at(item, item.value.read ? 'read' : 'id'), {
            id: item.value.id,
            passage: text,
            by,
            ref,
          }),
    );
  }
}
