/**
 * Splits an article into sentences, each with a stable id (s1, s2, …).
 *
 * `Intl.Segmenter` does the work; two guards repair its known misses in news copy:
 * it breaks after abbreviations such as "U.S." when a capital follows, and it treats
 * every line break as a paragraph end, even one that falls inside a sentence.
 * Joining every sentence's `raw` gives back the text exactly.
 */

export interface Sentence {
  /** Stable id used in URLs and content: `s1`, `s2`, … */
  id: string;
  /** Position in the article, from 1. */
  n: number;
  /** The sentence without surrounding whitespace. */
  text: string;
  /** The sentence with the whitespace that follows it, so that joining gives back the article. */
  raw: string;
  /** Offset of `text` in the article. */
  start: number;
  /** Offset just past `text` in the article. */
  end: number;
  /** True when a line break follows the sentence (it ends a line of the article). */
  endsLine: boolean;
  /** True when a blank line follows the sentence (it ends a paragraph). */
  endsParagraph: boolean;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(“"‘'])(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Jr|Sr|Mt|Ft|vs)\.)$/;

/** Punctuation that can end a sentence, optionally followed by closing quotes or brackets. */
const TERMINAL = /[.!?…][”’"')\]]*$/;

const BLANK_LINE = /\n[^\S\n]*\n/;

/** How much of a piece's end the guards read: far more than any abbreviation and its spaces. */
const TAIL = 400;

/** Splits `text` into sentences; see the module comment for the guards. */
export function segmentSentences(text: string, locale = 'en'): Sentence[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  // Each piece is kept as its segments, and the guards read only its last characters: they
  // look at the end of a piece, and a piece of thousands of joined segments (a long list with
  // no full stops) must not be read again for each segment it gains.
  const parts: string[][] = [];
  let tail = '';
  for (const { segment } of segmenter.segment(text)) {
    const previous = parts.at(-1);
    if (previous !== undefined && (segment.trim() === '' || continuesSentence(tail))) {
      previous.push(segment);
      tail = (tail + segment).slice(-TAIL);
    } else {
      parts.push([segment]);
      tail = segment.slice(-TAIL);
    }
  }
  const pieces = parts.map((segments) => segments.join(''));

  const sentences: Sentence[] = [];
  let offset = 0;
  for (const raw of pieces) {
    const leading = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') {
      // Only whitespace before the first sentence can land here; keep it so nothing is lost.
      offset += raw.length;
      continue;
    }
    const start = offset + leading;
    const trailing = raw.slice(leading + body.length);
    const n = sentences.length + 1;
    sentences.push({
      id: sentenceId(n),
      n,
      text: body,
      raw: sentences.length === 0 ? text.slice(0, offset) + raw : raw,
      start,
      end: start + body.length,
      endsLine: trailing.includes('\n'),
      endsParagraph: BLANK_LINE.test(trailing),
    });
    offset += raw.length;
  }
  return sentences;
}

/** Whether the segmenter cut `piece` off in the middle of a sentence. */
function continuesSentence(piece: string): boolean {
  const body = piece.trimEnd();
  const trailing = piece.slice(body.length);
  if (BLANK_LINE.test(trailing)) return false;
  if (ABBREVIATION.test(body)) return true;
  return trailing.includes('\n') && !TERMINAL.test(body);
}

/** The sentence id for a position in the article (`s1`, …), as used by `segmentSentences`. */
export function sentenceId(n: number): string {
  return `s${n}`;
}
