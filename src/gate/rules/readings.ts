/**
 * Rule family 13, what we read: every source keeps the passages it was read for, and what the
 * explainer says a source says is checked against them, as claims' quotes are checked against
 * the article.
 *
 * - Words in quotation marks in a citation's note or a source's `said` are in a passage kept
 *   from that source (or from the source it relays), or in our translation of one.
 * - A citation that supports or disputes a claim quotes at least three words of a passage, and
 *   its source was read: a source no one read gives context only.
 * - Grade A is the primary record read at its source: a reading with no `via`.
 * - A source linked by `url` was read: it keeps a reading, with the passages relied on.
 *
 * The article, and the sources that relay it, are read in full: their passages are the article.
 */
import { LIMITS } from '../../core/limits.ts';
import { gradeRule } from '../../model/evidence.ts';
import { passageOf, quotedSpans, spanParts, unclosedQuote, wordCount } from '../../model/quoted.ts';
import { quoteDifferences } from '../../model/quotes.ts';
import { ui } from '../../model/ui.ts';
import type { Source } from '../../core/schema.ts';
import { at, byIdOf, type Context, type Located } from '../context.ts';
import { problem } from '../problems.ts';

export function checkReadings(cx: Context): void {
  // Like the evidence rules, these judge what was read; the verdict diff reads content written
  // before them with them off (CheckOptions.rules).
  if (!cx.rules) return;
  const sources = byIdOf(cx, 'sources');
  const article = cx.article ? [{ text: cx.article.text }] : [];
  /** The source and the sources it relays, nearest first. */
  const chain = (id: string): Source[] => {
    const found: Source[] = [];
    const seen = new Set<string>();
    for (let s = sources.get(id)?.value; s && !seen.has(s.id);) {
      found.push(s);
      seen.add(s.id);
      s = s.derivedFrom ? sources.get(s.derivedFrom)?.value : undefined;
    }
    return found;
  };
  const ofArticle = (id: string) => chain(id).some((s) => s.kind === 'article');
  /**
   * Whether the chain ends at a derivedFrom that names no source, or goes round in a circle:
   * that mistake is reported on its own, and what follows from it is not.
   */
  const broken = (id: string) => chain(id).at(-1)?.derivedFrom !== undefined;
  const passagesOf = (id: string) =>
    ofArticle(id) ? article : chain(id).flatMap((s) => (s.read ?? []).flatMap((r) => r.passages));

  // The words each source's bearing citations quote, gathered once: per source, a scan of
  // every claim would make the check quadratic in the size of the explainer.
  const reliedOn = new Map<string, string[]>();
  for (const claim of byIdOf(cx, 'claims').values())
    for (const c of claim.value.citations) {
      if (c.stance === 'context') continue;
      const spans = quotedSpans(c.note ?? '').map((span) => span.text);
      reliedOn.set(c.source, [...(reliedOn.get(c.source) ?? []), ...spans]);
    }
  for (const source of sources.values()) {
    const s = source.value;
    const count = (s.read ?? []).reduce((n, r) => n + r.passages.length, 0);
    // Our translation is of words in another language; of the explainer's own, it would be
    // words of ours that the quotes could be checked against.
    const language = ui.lang.split('-')[0]!;
    (s.read ?? []).forEach((reading, r) =>
      reading.passages.forEach((passage, p) => {
        if (passage.translation === undefined) return;
        if (passage.lang === undefined || passage.lang.split('-')[0] === language)
          cx.report(
            problem(
              'translation-same-language',
              at(source, 'read', r, 'passages', p, 'translation'),
              {
                lang: passage.lang ?? language,
              },
            ),
          );
      }),
    );
    if (count > LIMITS.passages)
      cx.report(
        problem('too-many-passages', at(source, 'read'), { count, limit: LIMITS.passages }),
      );
    // A link is a claim that we read the document there: the reading says what we found.
    if (s.url !== undefined && !s.read?.length && s.kind !== 'article' && !broken(s.id))
      cx.report(problem('source-url-unread', at(source, 'url'), { id: s.id }));
    if (s.said !== undefined) checkSpans(cx, source, ['said'], s.said, s.id, passagesOf(s.id));
    // The words relied on: the summary's, and those of every citation resting on the source.
    const relied = [
      ...quotedSpans(s.said ?? '').map((span) => span.text),
      ...(reliedOn.get(s.id) ?? []),
    ];
    // A broken derivedFrom is reported on its own; the grade that rests on it follows.
    const unmet = broken(s.id) ? undefined : gradeRule.unmetBecause(s, relied);
    if (unmet)
      cx.report(
        problem('grade-a-not-primary', at(source, 'grade'), {
          id: s.id,
          because: unmet,
        }),
      );
  }

  for (const claim of byIdOf(cx, 'claims').values()) {
    claim.value.citations.forEach((citation, i) => {
      if (!sources.has(citation.source) || broken(citation.source)) return;
      const where = ['citations', i] as const;
      const passages = passagesOf(citation.source);
      const note = citation.note ?? '';
      const bears = citation.stance !== 'context' && !ofArticle(citation.source);
      if (bears && !chain(citation.source).some((s) => s.read?.length)) {
        // The one mistake: nothing was read, so nothing the note quotes can be found either.
        cx.report(
          problem('source-not-read', at(claim, ...where, 'source'), {
            id: citation.source,
            stance: citation.stance,
          }),
        );
        return;
      }
      checkSpans(cx, claim, [...where, 'note'], note, citation.source, passages);
      if (!bears) return;
      // An unclosed quotation is the mistake already reported; what it hides is not counted.
      if (unclosedQuote(note) !== undefined) return;
      if (!quotedSpans(note).some((span) => wordCount(span.text) >= 3)) {
        cx.report(
          problem(
            'citation-note-unquoted',
            at(claim, ...where, citation.note ? 'note' : 'source'),
            {
              id: citation.source,
              stance: citation.stance,
            },
          ),
        );
      }
    });
  }
}

/** Every quoted span of `text` is in one of `passages`; each one that is not is reported. */
function checkSpans(
  cx: Context,
  item: Located<unknown>,
  field: readonly (string | number)[],
  text: string,
  source: string,
  passages: readonly { text: string; translation?: string | undefined }[],
): void {
  const open = unclosedQuote(text);
  if (open !== undefined)
    cx.report(
      problem('note-quote-unclosed', at(item, ...field), {
        mark: text[open]!,
        after: text.slice(open + 1, open + 41),
      }),
    );
  for (const span of quotedSpans(text)) {
    if (passageOf(span.text, passages) !== undefined) continue;
    const part = spanParts(span.text).join(' ');
    const near = closestPassage(part, passages);
    cx.report(
      problem('note-quote-not-found', at(item, ...field), {
        quote: span.text,
        source,
        passages: passages.length,
        differences: near ? quoteDifferences(part, near) : undefined,
      }),
    );
  }
}

/** The passage (or translation) sharing the most words with `text`, if any shares one. */
function closestPassage(
  text: string,
  passages: readonly { text: string; translation?: string | undefined }[],
): string | undefined {
  const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  let best: string | undefined;
  let bestScore = 0;
  for (const candidate of passages.flatMap((p) => [p.text, p.translation ?? ''])) {
    const score = (candidate.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) =>
      words.has(w),
    ).length;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
