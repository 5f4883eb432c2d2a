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

/**
 * Every place the quote occurs in the text, in order: wherever its words appear with only
 * whitespace between them (the first word may end a longer word, the last may begin one).
 *
 * A site checks thousands of quotes against one article, so the article is indexed once by
 * word and each quote is tried only where its rarest inner word occurs.
 */
export function findQuote(text: string, quote: string): Span[] {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  if (words.length < 3) {
    const pattern = new RegExp(words.map((word) => RegExp.escape(word)).join('\\s+'), 'g');
    return [...text.matchAll(pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
    }));
  }
  const { tokens, positions } = indexFor(text);
  let anchor = 1;
  for (let k = 2; k < words.length - 1; k++) {
    if ((positions.get(words[k]!)?.length ?? 0) < (positions.get(words[anchor]!)?.length ?? 0))
      anchor = k;
  }
  const spans: Span[] = [];
  for (const position of positions.get(words[anchor]!) ?? []) {
    const first = position - anchor;
    const last = first + words.length - 1;
    if (first < 0 || last >= tokens.length) continue;
    if (!tokens[first]!.word.endsWith(words[0]!) || !tokens[last]!.word.startsWith(words.at(-1)!))
      continue;
    if (
      !words.every(
        (word, k) => k === 0 || k === words.length - 1 || tokens[first + k]!.word === word,
      )
    )
      continue;
    const span = {
      start: tokens[first]!.end - words[0]!.length,
      end: tokens[last]!.start + words.at(-1)!.length,
    };
    // Like a regular expression, count occurrences that do not overlap.
    if (!spans.length || span.start >= spans.at(-1)!.end) spans.push(span);
  }
  return spans;
}

interface ArticleIndex {
  text: string;
  tokens: { word: string; start: number; end: number }[];
  positions: Map<string, number[]>;
}

let lastIndex: ArticleIndex | undefined;

function indexFor(text: string): ArticleIndex {
  if (lastIndex?.text === text) return lastIndex;
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = positions.get(token.word);
    if (list) list.push(i);
    else positions.set(token.word, [i]);
  });
  lastIndex = { text, tokens, positions };
  return lastIndex;
}

/** The sentences a span of the article touches, in order. Sentences must be in article order. */
export function sentencesIn<S extends Sentence>(span: Span, sentences: readonly S[]): S[] {
  // Binary search for the first sentence ending after the span starts.
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.end <= span.start) low = middle + 1;
    else high = middle;
  }
  const found: S[] = [];
  for (let i = low; i < sentences.length && sentences[i]!.start < span.end; i++)
    found.push(sentences[i]!);
  return found;
}

/**
 * Finds the sentence most like a quote, to point a contributor at what they probably meant.
 * Likeness is the share of the quote's words that the sentence contains.
 *
 * The article is indexed once, by word, so each search touches only the sentences that share
 * a word with the quote, and reads at most the quote's first MAX_WORDS distinct words.
 */
export class PassageIndex<S extends Sentence = Sentence> {
  static readonly MAX_WORDS = 200;
  private readonly sentences: readonly S[];
  private readonly byWord = new Map<string, number[]>();

  constructor(sentences: readonly S[]) {
    this.sentences = sentences;
    sentences.forEach((sentence, i) => {
      for (const word of new Set(wordsOf(sentence.text))) {
        const list = this.byWord.get(word);
        if (list) list.push(i);
        else this.byWord.set(word, [i]);
      }
    });
  }

  /** The sentence sharing at least half of the quote's words, the most of them; ties go to the first. */
  closest(quote: string): S | undefined {
    const wanted = [...new Set(wordsOf(quote))].slice(0, PassageIndex.MAX_WORDS);
    if (!wanted.length) return undefined;
    const scores = new Map<number, number>();
    for (const word of wanted) {
      for (const i of this.byWord.get(word) ?? []) scores.set(i, (scores.get(i) ?? 0) + 1);
    }
    let best = -1;
    let bestScore = 0;
    for (const [i, score] of scores) {
      if (score > bestScore || (score === bestScore && i < best)) {
        best = i;
        bestScore = score;
      }
    }
    return best >= 0 && bestScore / wanted.length >= 0.5 ? this.sentences[best] : undefined;
  }
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
