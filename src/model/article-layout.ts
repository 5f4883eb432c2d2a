/**
 * Lays the annotated article out as the original was: a paragraph per line of the text, and
 * a section per piece when the article is a composite of several.
 */
import type { SentenceView } from './model.ts';

export interface ArticleSection {
  /** The piece's label, when the explainer marks where pieces start. */
  label?: string | undefined;
  paragraphs: SentenceView[][];
}

export function articleParagraphs(sentences: readonly SentenceView[]): ArticleSection[] {
  const sections: ArticleSection[] = [];
  let paragraph: SentenceView[] = [];
  for (const sentence of sentences) {
    if (sentence.partLabel || !sections.length) {
      if (paragraph.length) sections.at(-1)?.paragraphs.push(paragraph);
      paragraph = [];
      sections.push({ label: sentence.partLabel, paragraphs: [] });
    }
    paragraph.push(sentence);
    if (sentence.endsLine || sentence === sentences.at(-1)) {
      sections.at(-1)!.paragraphs.push(paragraph);
      paragraph = [];
    }
  }
  return sections;
}
