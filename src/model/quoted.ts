/**
 * What a note or a source's summary puts in quotation marks, and where in the passages we kept
 * from the source those words are.
 *
 * A quoted span is text between double quotation marks: “…”, "…", «…» or „…“ (single quotes
 * inside it are part of it). An ellipsis (… or ...) or a bracketed insertion ([the US]) inside
 * a span marks words left out or added: each part must be found, in order, in one passage or
 * its translation. Matching is as for the article's quotes: every character counts, curly
 * quotes and dashes included, and any run of spaces or line breaks matches any other.
 */
import { findQuote } from './quotes.ts';

/** The closing mark of each opening one. */
const PAIRS: Record<string, readonly string[]> = {
  '“': ['”'],
  '"': ['"'],
  '«': ['»'],
  '„': ['“', '”'],
};

export interface QuotedSpan {
  /** The words between the marks. */
  text: string;
  /** Where they are in the note: the offset of the opening mark. */
  start: number;
}

/**
 * The quotations of `text` in order, each from its opening mark to its closing one, and the
 * offset of an opening mark never closed, if there is one (scanning stops there).
 */
function scanQuotations(text: string): { spans: QuotedSpan[]; unclosed?: number } {
  const spans: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const closing = PAIRS[text[i]!];
    if (!closing) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && !closing.includes(text[end]!)) end++;
    if (end >= text.length) return { spans, unclosed: i };
    const inner = text.slice(i + 1, end);
    if (inner.trim()) spans.push({ text: inner, start: i });
    i = end + 1;
  }
  return { spans };
}

/**
 * Where `text` opens a quotation it never closes (the offset of the opening mark), if it does:
 * the words after it are quoted in no span that can be checked, so the gate refuses it.
 */
export const unclosedQuote = (text: string): number | undefined => scanQuotations(text).unclosed;

/** Every quoted span in `text`, in order. An opening mark never closed quotes nothing. */
export const quotedSpans = (text: string): QuotedSpan[] => scanQuotations(text).spans;

/** The parts of a span that must each be found: split at ellipses and bracketed insertions. */
export function spanParts(span: string): string[] {
  return (
    span
      // An editorial insertion is one pair of brackets, not nested: each `[` ends the one before.
      .split(/…|\.\.\.|\[[^[\]]*\]/)
      .map((part) => part.trim())
      .filter((part) => /[\p{L}\p{N}]/u.test(part))
  );
}

/** How many words a span quotes. */
export const wordCount = (span: string) =>
  spanParts(span).reduce((n, part) => n + part.split(/\s+/).filter(Boolean).length, 0);

/** A passage as the matching sees it: its words, and our translation of them, if any. */
export interface Passage {
  text: string;
  translation?: string | undefined;
}

/**
 * The index of the first passage in which every part of `span` is found, in order, in its text
 * or in its translation; undefined when none has them all.
 */
export function passageOf(span: string, passages: readonly Passage[]): number | undefined {
  const parts = spanParts(span);
  if (!parts.length) return undefined;
  const inOrder = (text: string) => {
    let from = 0;
    for (const part of parts) {
      const found = wholeWords(text.slice(from), part);
      if (!found) return false;
      from += found.end;
    }
    return true;
  };
  const index = passages.findIndex(
    (p) => inOrder(p.text) || (p.translation !== undefined && inOrder(p.translation)),
  );
  return index < 0 ? undefined : index;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * The first place `part` occurs in `text` as whole words: a part that starts or ends with a
 * letter or digit does not start or end inside a longer word (“approved” is not in
 * “disapproved”). The article's quotes may start mid-word; what a note quotes of a source may not.
 */
function wholeWords(text: string, part: string): { start: number; end: number } | undefined {
  const starts = WORD.test(part[0] ?? '');
  const ends = WORD.test(part.at(-1) ?? '');
  return findQuote(text, part).find(
    ({ start, end }) =>
      !(starts && WORD.test(text[start - 1] ?? '')) && !(ends && WORD.test(text[end] ?? '')),
  );
}

/** A span's words, normalised: what two citations are compared by when counting them. */
export const normalised = (span: string) =>
  spanParts(span)
    .map((part) => part.replace(/\s+/g, ' '))
    .join(' … ');
