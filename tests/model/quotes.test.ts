import { describe, expect, it } from 'vitest';
import { findQuote, sentencesIn, quoteDifferences } from '../../src/model/quotes.ts';
import { segmentSentences } from '../../src/model/segment.ts';

const text =
  'The council met on Monday.\nThe council voted for the bridge. Critics called the bridge a waste; the council said the bridge\nwas needed.';

describe('findQuote', () => {
  const quoted = (quote: string) =>
    findQuote(text, quote).map((span) => text.slice(span.start, span.end));

  it('should find a quote across a line break, with any whitespace between words', () => {
    expect(quoted('said the   bridge was needed.')).toEqual(['said the bridge\nwas needed.']);
  });

  it('should find every occurrence, in order', () => {
    expect(findQuote(text, 'the bridge').length).toBe(3);
    expect(quoted('The council')).toEqual(['The council', 'The council']);
  });

  it('should let the first word end a longer word and the last word begin one, like a substring', () => {
    expect(quoted('ouncil voted for the brid')).toEqual(['ouncil voted for the brid']);
  });

  it('should require the inner words to be whole words', () => {
    expect(findQuote(text, 'council vote for the bridge')).toEqual([]);
  });

  it('should match characters exactly, curly quotes included', () => {
    expect(findQuote('He said ‘no’ twice.', "He said 'no' twice.")).toEqual([]);
    expect(findQuote('He said ‘no’ twice.', 'He said ‘no’ twice.')).toEqual([
      { start: 0, end: 19 },
    ]);
  });

  it('should count occurrences that do not overlap, as a regular expression would', () => {
    expect(findQuote('a b a b a b a', 'a b a').map((s) => s.start)).toEqual([0, 8]);
  });
});

describe('sentencesIn', () => {
  const sentences = segmentSentences(text);

  it('should return the sentences a span touches, and only those', () => {
    const [span] = findQuote(text, 'the bridge. Critics called');
    expect(sentencesIn(span!, sentences).map((s) => s.id)).toEqual(['s2', 's3']);
    expect(sentencesIn({ start: 0, end: 3 }, sentences).map((s) => s.id)).toEqual(['s1']);
    expect(sentencesIn({ start: text.length, end: text.length + 1 }, sentences)).toEqual([]);
  });
});

describe('quoteDifferences', () => {
  it.each([
    [
      "Zelensky's team",
      'Zelensky’s team has been left in a precarious position.',
      [{ yours: "Zelensky's", article: 'Zelensky’s' }],
    ],
    [
      'Critics called the plan a waste',
      'Critics called the project a waste of money.',
      [{ yours: 'plan', article: 'project' }],
    ],
    ['the project a waste of money', 'Critics called the project a waste of money.', []],
    [
      'called it the project',
      'Critics called the project a waste.',
      [{ yours: 'it', article: '' }],
    ],
    [
      'Critics the project',
      'Critics called the project a waste.',
      [{ yours: '', article: 'called' }],
    ],
  ] as const)('should mark where %j differs from %j', (quote, passage, differences) => {
    expect(quoteDifferences(quote, passage)).toEqual(differences);
  });
});
