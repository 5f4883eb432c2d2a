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
 * Every place the quote occurs in the text, in order (at most `max` of them): wherever its words appear with only
 * whitespace between them (the first word may end a longer word, the last may begin one).
 *
 * A site checks thousands of quotes against one article, so the article is indexed once by
 * word and each quote is tried only where its rarest inner word occurs.
 */
export function findQuote(text: string, quote: string, max = Infinity): Span[] {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  if (words.length < 3) {
    const pattern = new RegExp(words.map((word) => RegExp.escape(word)).join('\\s+'), 'g');
    const found: Span[] = [];
    for (const match of text.matchAll(pattern)) {
      found.push({ start: match.index, end: match.index + match[0].length });
      if (found.length >= max) break;
    }
    return found;
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
    if (spans.length >= max) break;
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

/** Where a quote differs from the passage it was copied from: its words, and the article's. */
export interface QuoteDifference {
  yours: string;
  article: string;
}

/**
 * The differences between a quote and the passage it most likely comes from, word by word:
 * the quote's words set against the passage's, leaving out the words of the passage before and
 * after the quoted stretch. As when quotes are found, the quote's first word may end a longer
 * word of the passage and its last word may begin one. At most `limit` differences.
 */
export function quoteDifferences(quote: string, passage: string, limit = 3): QuoteDifference[] {
  const a = quote.trim().split(/\s+/).filter(Boolean).slice(0, 400);
  const b = passage.trim().split(/\s+/).filter(Boolean).slice(0, 400);
  const same = (i: number, j: number) =>
    a[i] === b[j] ||
    (i === 0 && b[j]!.endsWith(a[i]!)) ||
    (i === a.length - 1 && b[j]!.startsWith(a[i]!));
  // Longest common subsequence of words, by dynamic programming from the end.
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = same(i, j)
        ? lcs[i + 1]![j + 1]! + 1
        : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  // The edit: M a word in both, A a word only the quote has, B a word only the passage has.
  const ops: { kind: 'M' | 'A' | 'B'; word: string }[] = [];
  for (let i = 0, j = 0; i < a.length || j < b.length;) {
    if (i < a.length && j < b.length && same(i, j)) {
      ops.push({ kind: 'M', word: a[i]! });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      ops.push({ kind: 'B', word: b[j++]! });
    } else {
      ops.push({ kind: 'A', word: a[i++]! });
    }
  }
  // The passage's words outside the quoted stretch are not differences, except as many as the
  // quote has words there of its own, which are the words the quote changed.
  const trim = (edge: typeof ops) => {
    const end = edge.findIndex((op) => op.kind === 'M');
    const head = end < 0 ? edge : edge.slice(0, end);
    const own = head.filter((op) => op.kind === 'A').length;
    const theirs = head.filter((op) => op.kind === 'B');
    const kept = new Set(theirs.slice(theirs.length - own));
    return [
      ...head.filter((op) => op.kind === 'A' || kept.has(op)),
      ...(end < 0 ? [] : edge.slice(end)),
    ];
  };
  const trimmed = trim(trim(ops).reverse()).reverse();

  const differences: QuoteDifference[] = [];
  let yours: string[] = [];
  let article: string[] = [];
  for (const op of [...trimmed, { kind: 'M' as const, word: '' }]) {
    if (op.kind === 'A') yours.push(op.word);
    else if (op.kind === 'B') article.push(op.word);
    else if (yours.length || article.length) {
      differences.push({ yours: yours.join(' '), article: article.join(' ') });
      yours = [];
      article = [];
    }
  }
  return differences.slice(0, limit);
}
