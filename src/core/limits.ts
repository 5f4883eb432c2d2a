/**
 * The gate's limits: what one contribution may cost the check and the build.
 *
 * Content is untrusted input. Every limit is checked before the work it bounds (a file's size
 * before it is read, an MDX page's nesting before it is parsed), and the check and the build
 * run the same gate, so they refuse the same things. CONTRIBUTING.md lists these values
 * (`npm run docs` copies them there).
 */
export const LIMITS = {
  /** Bytes in any one content file: a topic page, a YAML file or the article. */
  fileBytes: 1024 * 1024,
  /**
   * Bytes in the whole content folder. The 1,000-topic benchmark explainer is about 20 MB, so
   * this leaves room for an explainer five times larger, and none for a folder of junk.
   */
  totalBytes: 100 * 1024 * 1024,
  /** Files in the content folder. */
  files: 20_000,
  /** Characters in an id: far below any file system's limit on a file name. */
  idLength: 80,
  /** How deeply YAML lists and mappings may nest. */
  yamlDepth: 12,
  /**
   * How deeply an MDX page may nest: block quotes, lists and elements inside one another.
   * Measured on the raw text before parsing (a line's leading markers) and on the tree after,
   * since the compilers behind the build walk trees recursively.
   */
  mdxDepth: 32,
  /** How many "did you mean" suggestions one check computes; past that, none are offered. */
  suggestions: 500,
  /** How many quotes not found get a "closest passage" hint; past that, none is offered. */
  closestPassages: 200,
  /** The most characters of any file a message repeats. */
  echo: 200,
  /** Places a quote with `occurrence: all` may cover, each shown on its claim's pages. */
  occurrences: 20,
  /** Quoted sentences (`<Sentence>`) on one topic page. */
  sentenceQuotes: 50,
  /** Pieces of a composite article (`article.parts`). */
  articleParts: 50,
  /** Maps on the map page, each drawn in full. */
  mapViews: 12,
  /** Places on the map page. */
  mapPlaces: 200,
  /**
   * Characters in one passage kept from a source: a quotation's length in a review, enough for
   * the sentences a claim rests on and no more.
   */
  passageLength: 500,
  /** Passages kept from one source, across all its readings. */
  passages: 12,
  /** Readings of one source (`read` entries). */
  readings: 6,
  /** Revisions of the article (`article.revisions`), each an earlier version kept and shown. */
  revisions: 50,
  /**
   * Sentences added or removed between two versions that the diff of their sentences follows.
   * Past it, a revision is compared by searching each sentence's words instead: bounded work,
   * whatever the size of the articles.
   */
  revisionEdits: 2000,
} as const;

/** Each limit in a contributor's words, for the table in CONTRIBUTING.md (`npm run docs`). */
export const LIMIT_NOTES: Record<keyof typeof LIMITS, string> = {
  fileBytes: 'bytes in any one content file',
  totalBytes: 'bytes in the whole content folder',
  files: 'files in the content folder',
  idLength: 'characters in an id',
  yamlDepth: 'levels of nesting in YAML',
  mdxDepth: 'levels of nesting in a topic page (lists, quotes, elements)',
  suggestions: '"did you mean" suggestions in one check (no more are offered past it)',
  closestPassages: '"closest passage" hints in one check (no more are offered past it)',
  echo: 'characters of a file that any message repeats',
  occurrences: 'places a quote with `occurrence: all` may cover',
  sentenceQuotes: 'quoted sentences (`<Sentence>`) on one topic page',
  articleParts: 'pieces of a composite article (`article.parts`)',
  mapViews: 'maps on the map page',
  mapPlaces: 'places on the map page',
  passageLength: 'characters in one passage kept from a source (`read[].passages[].text`)',
  passages: 'passages kept from one source, across its readings',
  readings: 'readings of one source (`read` entries)',
  revisions: 'revisions of the article (`article.revisions`)',
  revisionEdits:
    'sentences added or removed that one revision is diffed for; past it, sentences are matched by their words',
};

/** `text`, cut to LIMITS.echo characters, so no message repeats more of a file than that. */
export function echo(text: string): string {
  return text.length > LIMITS.echo ? `${text.slice(0, LIMITS.echo - 1)}…` : text;
}
