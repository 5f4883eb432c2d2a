import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Sentence, segmentSentences, sentenceId } from '../../src/model/segment.ts';
import { fixtureDir, repoRoot } from '../helpers/fixture.ts';

const texts = (sentences: readonly Sentence[]) => sentences.map((s) => s.text);
const joined = (sentences: readonly Sentence[]) => sentences.map((s) => s.raw).join('');

describe('segmentSentences', () => {
  describe('abbreviations', () => {
    it('should keep a sentence broken across a line after "U.S." as one sentence', () => {
      const text =
        'Mayor Lopez said the U.S.\nDepartment of Transportation would pay. Critics laughed.';
      expect(texts(segmentSentences(text))).toEqual([
        'Mayor Lopez said the U.S.\nDepartment of Transportation would pay.',
        'Critics laughed.',
      ]);
    });

    it('should keep "U.S." followed by a capital on the same line inside its sentence', () => {
      expect(
        texts(segmentSentences('Officials in the U.S. State Department agreed. Others did not.')),
      ).toEqual(['Officials in the U.S. State Department agreed.', 'Others did not.']);
    });

    it('should not split after Mr. or Dr.', () => {
      expect(texts(segmentSentences('Mr. Smith met Dr. Jones at noon. They talked.'))).toEqual([
        'Mr. Smith met Dr. Jones at noon.',
        'They talked.',
      ]);
    });

    it('should not split after an abbreviation in brackets or quotes', () => {
      expect(
        texts(segmentSentences('The talks (chaired by Dr. Ruiz) ended. “Mr. Lee left,” she said.')),
      ).toEqual(['The talks (chaired by Dr. Ruiz) ended.', '“Mr. Lee left,” she said.']);
    });

    // "No" is on the abbreviation list for "No. 10"; a one-word answer is still a sentence.
    it('should keep the one-word answer "No." as a sentence of its own', () => {
      expect(texts(segmentSentences('Did the town pay? No. The council paid.'))).toEqual([
        'Did the town pay?',
        'No.',
        'The council paid.',
      ]);
    });
  });

  describe('line breaks', () => {
    it('should not split a sentence at a line break inside it', () => {
      expect(
        texts(segmentSentences('The mayor said the\nbridge would open in May. It did not.')),
      ).toEqual(['The mayor said the\nbridge would open in May.', 'It did not.']);
    });

    it('should split at a blank line even where no full stop ends the line', () => {
      expect(
        texts(segmentSentences('A headline without a full stop\n\nThe story begins here.')),
      ).toEqual(['A headline without a full stop', 'The story begins here.']);
    });

    it('should split at a blank line after an abbreviation', () => {
      expect(texts(segmentSentences('He works for the U.S.\n\nOthers work elsewhere.'))).toEqual([
        'He works for the U.S.',
        'Others work elsewhere.',
      ]);
    });

    it('should treat a line holding only spaces as a blank line', () => {
      expect(texts(segmentSentences('First part\n   \nSecond part.'))).toEqual([
        'First part',
        'Second part.',
      ]);
    });

    it('should split at a line break that follows a full stop', () => {
      expect(texts(segmentSentences('One.\nTwo.'))).toEqual(['One.', 'Two.']);
    });
  });

  describe('ids and offsets', () => {
    it('should number sentences s1 to sN in reading order', () => {
      const sentences = segmentSentences('One. Two? Three!\nFour.\n\nFive.');
      expect(sentences.map((s) => [s.id, s.n, s.text])).toEqual([
        ['s1', 1, 'One.'],
        ['s2', 2, 'Two?'],
        ['s3', 3, 'Three!'],
        ['s4', 4, 'Four.'],
        ['s5', 5, 'Five.'],
      ]);
      expect(sentenceId(5)).toBe('s5');
    });

    it('should give offsets at which the article holds exactly the sentence text', () => {
      const text = '  Leading space. Then\na broken line.\n\nAnd a paragraph.  \n';
      const sentences = segmentSentences(text);
      expect(sentences.map((s) => s.start)).toEqual([2, 17, 38]);
      for (const s of sentences) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
      }
    });
  });

  describe('round trip', () => {
    it.each([
      ['plain text', 'One. Two. Three.'],
      ['leading and trailing whitespace', '  \n  One sentence.  Another one.   '],
      ['leading blank lines', '\n\n\nOne.\nTwo.'],
      ['many trailing blank lines', 'One.\n\nTwo.\n\n\n\n\n\n'],
      ['Windows line endings', 'One.\r\n\r\nTwo.\r\n'],
      ['tabs and spaces between sentences', 'One.\t \tTwo.\n \t\nThree.'],
    ])('should give back the exact text when raw is joined (%s)', (_name, text) => {
      const sentences = segmentSentences(text);
      expect(sentences.length).toBeGreaterThan(0);
      expect(joined(sentences)).toBe(text);
    });

    it('should keep leading whitespace in the first sentence and trailing whitespace in the last', () => {
      const sentences = segmentSentences('\n  First.  Last.\n\n\n');
      expect(sentences.map((s) => s.raw)).toEqual(['\n  First.  ', 'Last.\n\n\n']);
      expect(sentences.map((s) => s.text)).toEqual(['First.', 'Last.']);
    });
  });

  describe('line and paragraph ends', () => {
    it('should mark sentences that end a line and sentences that end a paragraph', () => {
      const sentences = segmentSentences('One. Two.\nThree.\n\nFour.');
      expect(sentences.map((s) => [s.text, s.endsLine, s.endsParagraph])).toEqual([
        ['One.', false, false],
        ['Two.', true, false],
        ['Three.', true, true],
        ['Four.', false, false],
      ]);
    });

    it('should not mark a sentence with a line break inside it as ending a line', () => {
      const [first] = segmentSentences('Said the U.S.\nDepartment, firmly. Next.');
      expect(first).toMatchObject({
        text: 'Said the U.S.\nDepartment, firmly.',
        endsLine: false,
        endsParagraph: false,
      });
    });
  });

  describe('the fixture article', () => {
    const text = readFileSync(path.join(fixtureDir, 'article.txt'), 'utf8');

    it('should find three sentences, the second running across the line after "U.S."', () => {
      const sentences = segmentSentences(text);
      expect(sentences.map((s) => [s.id, s.text])).toEqual([
        ['s1', 'The Riverside council approved a new footbridge on 3 March.'],
        [
          's2',
          'Mayor Ana Lopez said the U.S.\nDepartment of Transportation would pay half the cost.',
        ],
        ['s3', 'Critics called the project a waste of money.'],
      ]);
      expect(joined(sentences)).toBe(text);
    });
  });

  describe('a real article (tests/fixtures/seed/article.txt, a copy of the first explainer’s)', () => {
    const text = readFileSync(path.join(repoRoot, 'tests/fixtures/seed/article.txt'), 'utf8');
    const sentences = segmentSentences(text);

    it('should find 110 sentences', () => {
      expect(sentences).toHaveLength(110);
      expect(sentences.at(-1)?.id).toBe('s110');
    });

    it('should keep "former U.S.\\nPresident Donald Trump" inside sentence s77', () => {
      const s77 = sentences.find((s) => s.id === 's77');
      expect(s77?.text).toContain('former U.S.\nPresident Donald Trump');
      // The whole sentence, from its first word to its last: the guard joined the two lines.
      expect(
        s77?.text.startsWith('As Kremlin spokesman Dmitry Peskov cautiously acknowledges'),
      ).toBe(true);
      expect(s77?.text.endsWith('in August 2024—looms large.')).toBe(true);
    });

    it('should give back the article exactly when raw is joined', () => {
      expect(joined(sentences)).toBe(text);
    });
  });
});

describe('segmentSentences on a long article', () => {
  // Joining segments once read the whole growing sentence again for each one, so these took
  // minutes; they now read only the end of it. The test's own time limit is the check.
  it.each([
    ['abbreviations', 'U.S. '.repeat(200_000)],
    ['lines without full stops', 'word\n'.repeat(200_000)],
  ])('should split a megabyte of %s in one pass', (_name, text) => {
    const sentences = segmentSentences(text);
    expect(sentences.map((s) => s.raw).join('')).toBe(text);
  });
});
