/**
 * Rule family 7, quotes: every claim quotes the article word for word, once (or says which
 * occurrence it means), and the sentences its quote touches count as examined.
 */
import { LIMITS } from '../../core/limits.ts';
import { locateQuote } from '../../model/model.ts';
import { PassageIndex, quoteDifferences, sentencesIn } from '../../model/quotes.ts';
import { at, byIdOf, type Context } from '../context.ts';
import { problem } from '../problems.ts';

export function checkQuotes(cx: Context): void {
  const article = cx.article;
  if (!article) return;
  const passages = new PassageIndex(cx.sentences);
  let hints = 0;
  for (const claim of byIdOf(cx, 'claims').values()) {
    const c = claim.value;
    const location = locateQuote(c, article.text);
    if (location.found) {
      for (const span of location.spans) {
        for (const sentence of sentencesIn(span, cx.sentences)) cx.examined.add(sentence.id);
      }
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
