/**
 * The article's versions, and what a revision did to its sentences.
 *
 * An article that its publisher revised has several versions: the one first received, then
 * one per revision (`article.revisions` in explainer.yaml). Sentence ids are positions in a
 * version (s1, s2, …), so a revision can move every sentence after an added one. Comparing two
 * versions says, for each sentence of the earlier one, what became of it:
 *
 * - **unchanged**: the same words at the same place (the same id);
 * - **moved**: the same words at another place (another id);
 * - **changed**: its words were reworded (it is paired with the sentence that replaced it);
 * - **gone**: removed, with nothing that replaces it.
 *
 * The comparison is a diff of the two versions' sequences of sentences (jsdiff's `diffArrays`,
 * whitespace between words ignored), bounded by `LIMITS.revisionEdits` so that a revision of a
 * 1 MiB article stays cheap. Sentences the diff leaves unmatched are then matched by their
 * words: the same words elsewhere (a sentence moved) or most of the same words nearby (a
 * sentence reworded). When the diff gives up (more edits than the limit), that search is all
 * there is, within a window around each sentence's place. The words of a changed sentence are
 * diffed too (`diffWords`), for readers.
 */
import { diffArrays, diffWords } from 'diff';
import { LIMITS } from '../core/limits.ts';
import type { ArticleMeta } from '../core/schema.ts';
import { type Sentence, segmentSentences } from './segment.ts';

/** One version of the article, as explainer.yaml lists it. */
export interface VersionMeta {
  /** `2026-11-20`, or `2026-12-03-2` for a second version received that day. */
  id: string;
  /** The day it was received. */
  date: string;
  /** The SHA-256 of its bytes, when recorded. */
  sha256?: string | undefined;
  /** The publisher's note on the revision that brought it (not for the first version). */
  note?: string | undefined;
  /** Whether a revision brought it (every version but the first). */
  revised: boolean;
}

/** Every version of the article, oldest first: the last is the current one (article.txt). */
export function versionsOf(
  article: Pick<ArticleMeta, 'received' | 'sha256' | 'revisions'>,
): VersionMeta[] {
  return [
    { id: article.received, date: article.received, sha256: article.sha256, revised: false },
    ...(article.revisions ?? []).map((r) => ({
      id: r.version,
      date: r.version.slice(0, 10),
      sha256: r.sha256,
      note: r.note,
      revised: true,
    })),
  ];
}

export type Fate = 'unchanged' | 'moved' | 'changed' | 'gone';

/** What became of one sentence of the earlier version. */
export interface SentenceFate {
  from: Sentence;
  fate: Fate;
  /** The sentence it is now (unchanged, moved), or the one that replaced it (changed). */
  to?: Sentence | undefined;
}

export interface VersionComparison {
  before: Sentence[];
  after: Sentence[];
  /** One per sentence of the earlier version, in its order. */
  fates: SentenceFate[];
  /** Sentences of the later version with no counterpart in the earlier one. */
  added: Sentence[];
  /** Whether the diff gave up (more edits than the limit) and sentences were matched by words. */
  approximate: boolean;
}

/** A sentence's words, as the comparison sees them: whitespace between them does not count. */
const key = (s: Sentence) => s.text.replace(/\s+/g, ' ');

/** The share of two sentences' words they have in common (Dice's coefficient, on word sets). */
function similarity(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** How alike a sentence and its replacement must be, at least, to be paired as reworded. */
const REWORDED = 0.5;
/** Without a diff, how far from its place a sentence's replacement is looked for. */
const WINDOW = 20;

/** Compares two versions of the article, sentence by sentence; see the module comment. */
export function compareVersions(beforeText: string, afterText: string): VersionComparison {
  const before = segmentSentences(beforeText);
  const after = segmentSentences(afterText);
  const fates = new Map<Sentence, SentenceFate>();
  const matched = new Set<Sentence>();
  const settle = (from: Sentence, fate: Fate, to?: Sentence) => {
    fates.set(from, { from, fate, to });
    if (to) matched.add(to);
  };

  // 1. The diff of the sequences of sentences: what it keeps is unchanged or moved.
  const parts = diffArrays(before.map(key), after.map(key), {
    maxEditLength: LIMITS.revisionEdits,
  });
  /** Runs of sentences the diff removed and added, side by side: where rewordings are. */
  const hunks: { removed: Sentence[]; added: Sentence[] }[] = [];
  if (parts) {
    let [i, j] = [0, 0];
    let hunk: (typeof hunks)[number] | undefined;
    for (const part of parts) {
      const n = part.count ?? part.value.length;
      if (!part.added && !part.removed) {
        for (let k = 0; k < n; k++) {
          const [from, to] = [before[i + k]!, after[j + k]!];
          settle(from, from.n === to.n ? 'unchanged' : 'moved', to);
        }
        i += n;
        j += n;
        hunk = undefined;
        continue;
      }
      if (!hunk) hunks.push((hunk = { removed: [], added: [] }));
      if (part.removed) {
        hunk.removed.push(...before.slice(i, i + n));
        i += n;
      } else {
        hunk.added.push(...after.slice(j, j + n));
        j += n;
      }
    }
  } else {
    hunks.push({ removed: before, added: after });
  }

  // 2. The same words elsewhere: a sentence moved out of its run.
  const byWords = new Map<string, Sentence[]>();
  for (const s of hunks.flatMap((h) => h.added))
    byWords.set(key(s), [...(byWords.get(key(s)) ?? []), s]);
  for (const s of hunks.flatMap((h) => h.removed)) {
    const same = byWords.get(key(s))?.find((t) => !matched.has(t));
    if (same) settle(s, 'moved', same);
  }

  // 3. Most of the same words nearby: a sentence reworded. Pairs are taken best first.
  for (const hunk of hunks) {
    const removed = hunk.removed.filter((s) => !fates.has(s));
    const added = hunk.added.filter((s) => !matched.has(s));
    const pairs: { from: Sentence; to: Sentence; score: number }[] = [];
    removed.forEach((from, a) => {
      // Without a diff, the run is the whole article: look only near the sentence's place.
      const centre = parts
        ? undefined
        : Math.round((a / Math.max(1, removed.length)) * added.length);
      const near =
        centre === undefined ? added : added.slice(Math.max(0, centre - WINDOW), centre + WINDOW);
      for (const to of near) {
        const score = similarity(from.text, to.text);
        if (score >= REWORDED) pairs.push({ from, to, score });
      }
    });
    pairs.sort((x, y) => y.score - x.score || x.from.n - y.from.n || x.to.n - y.to.n);
    for (const { from, to } of pairs) {
      if (fates.has(from) || matched.has(to)) continue;
      settle(from, 'changed', to);
    }
  }
  for (const s of before) if (!fates.has(s)) settle(s, 'gone');

  return {
    before,
    after,
    fates: before.map((s) => fates.get(s)!),
    added: after.filter((s) => !matched.has(s)),
    approximate: !parts,
  };
}

/** One run of a word diff: words kept, taken out or put in. */
export interface WordChange {
  kind: 'kept' | 'removed' | 'added';
  text: string;
}

/** The words that differ between a sentence and the one that replaced it, for readers. */
export function wordChanges(before: string, after: string): WordChange[] {
  const parts = diffWords(before, after, { maxEditLength: LIMITS.revisionEdits });
  if (!parts)
    return [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ];
  return parts.map((p) => ({
    kind: p.added ? 'added' : p.removed ? 'removed' : 'kept',
    text: p.value,
  }));
}
