/**
 * Finds a claim's quote in the article and the sentences it covers.
 *
 * Quotes are verbatim: every character must match, curly quotes and dashes included. The one
 * allowance is whitespace, since YAML folds lines: any run of spaces or line breaks in a quote
 * matches any run in the article.
 */
import type { Sentence } from './segment.ts';

export interface Span {
  start: number;
  end: number;
}

/** Every place the quote occurs in the text, in order. */
export function findQuote(text: string, quote: string): Span[] {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The sentences a span of the article touches, in order. */
export function sentencesIn<S extends Sentence>(span: Span, sentences: readonly S[]): S[] {
  return sentences.filter((sentence) => sentence.start < span.end && span.start < sentence.end);
}

/**
 * The sentence most like `quote`, to point a contributor at what they probably meant.
 * Likeness is the share of the quote's words that the sentence contains.
 */
export function closestSentence(quote: string, sentences: readonly Sentence[]): Sentence | undefined {
  const wanted = wordsOf(quote);
  if (!wanted.length) return undefined;
  let best: Sentence | undefined;
  let bestScore = 0;
  for (const sentence of sentences) {
    const have = new Set(wordsOf(sentence.text));
    const score = wanted.filter((word) => have.has(word)).length / wanted.length;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return bestScore >= 0.5 ? best : undefined;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
