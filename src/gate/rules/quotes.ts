/**
 * Rule family 7, quotes: every claim quotes the article word for word, once (or says which
 * occurrence it means), and the sentences its quote touches count as examined.
 */
import { LIMITS } from '../../core/limits.ts';
import { locateQuote } from '../../model/model.ts';
import { PassageIndex, quoteDifferences, sentencesIn } from '../../model/quotes.ts';
import type { Claim } from '../../core/schema.ts';
import { versionsOf } from '../../model/revisions.ts';
import { segmentSentences } from '../../model/segment.ts';
import { at, byIdOf, type Context, type Located } from '../context.ts';
import { problem } from '../problems.ts';

export function checkQuotes(cx: Context): void {
  const article = cx.article;
  if (!article) return;
  const passages = new PassageIndex(cx.sentences);
  // The earlier versions, newest first: where a quote the current version lacks may be.
  const versions = cx.explainer ? versionsOf(cx.explainer.article).slice(0, -1).reverse() : [];
  const revised = cx.explainer?.article.revisions?.at(-1)?.version;
  const earlierWith = (c: Claim) =>
    versions.find((v) => {
      const kept = cx.versions.get(v.id);
      return kept !== undefined && locateQuote(c, kept.text).found;
    });
  let hints = 0;
  for (const claim of byIdOf(cx, 'claims').values()) {
    const c = claim.value;
    if (c.version !== undefined) {
      checkPinned(cx, claim);
      continue;
    }
    const location = locateQuote(c, article.text);
    if (location.found) {
      for (const span of location.spans) {
        for (const sentence of sentencesIn(span, cx.sentences)) cx.examined.add(sentence.id);
      }
    } else if (location.reason === 'not-found' && revised && earlierWith(c)) {
      // A withdrawn claim may rest on words a revision took away: it is no longer a verdict.
      if (!c.withdrawn)
        cx.report(
          problem('quote-revised', at(claim, 'quote'), {
            revised: revised.slice(0, 10),
            version: earlierWith(c)!.id,
          }),
        );
    } else if (location.reason === 'not-found') {
      // Finding the closest passage costs a search of the article; a folder of bad quotes
      // gets hints for the first few only.
      const near = hints++ < LIMITS.closestPassages ? passages.closest(c.quote) : undefined;
      cx.report(
        problem('quote-not-found', at(claim, 'quote'), {
          closest: near && { id: near.id, text: near.text.replace(/\s+/g, ' ') },
          differences: near && quoteDifferences(c.quote, near.text),
        }),
      );
    } else if (location.reason === 'ambiguous') {
      const ids = location.spans
        .slice(0, 8)
        .map((span) => sentencesIn(span, cx.sentences)[0]?.id ?? '?');
      cx.report(
        problem('quote-ambiguous', at(claim, 'quote'), {
          count: location.spans.length,
          sentences: ids,
        }),
      );
    } else if (location.reason === 'too-many') {
      cx.report(
        problem('occurrence-all-too-many', at(claim, 'occurrence'), {
          limit: LIMITS.occurrences,
        }),
      );
    } else {
      cx.report(
        problem('occurrence-out-of-range', at(claim, 'occurrence'), {
          occurrence: Number(c.occurrence),
          count: location.spans.length,
        }),
      );
    }
  }
}

/**
 * A claim pinned to an earlier version: its quote is checked against that version, and it
 * examines none of the current version's sentences.
 */
function checkPinned(cx: Context, claim: Located<Claim>): void {
  const c = claim.value;
  const kept = cx.versions.get(c.version!);
  // An unknown version is the references family's to report; the current one, the revisions'.
  if (!kept) return;
  const location = locateQuote(c, kept.text);
  if (location.found) return;
  const sentences = segmentSentences(kept.text);
  const near =
    location.reason === 'not-found' ? new PassageIndex(sentences).closest(c.quote) : undefined;
  cx.report(
    location.reason === 'not-found'
      ? problem('quote-not-found', at(claim, 'quote'), {
          closest: near && { id: near.id, text: near.text.replace(/\s+/g, ' ') },
          differences: near && quoteDifferences(c.quote, near.text),
          version: c.version,
        })
      : location.reason === 'ambiguous'
        ? problem('quote-ambiguous', at(claim, 'quote'), {
            count: location.spans.length,
            sentences: location.spans
              .slice(0, 8)
              .map((span) => sentencesIn(span, sentences)[0]?.id ?? '?'),
          })
        : location.reason === 'too-many'
          ? problem('occurrence-all-too-many', at(claim, 'occurrence'), {
              limit: LIMITS.occurrences,
            })
          : problem('occurrence-out-of-range', at(claim, 'occurrence'), {
              occurrence: Number(c.occurrence),
              count: location.spans.length,
            }),
  );
}
