/**
 * The valid-but-unusual corpus: contributions that look odd but are legal, and must pass the
 * check AND build. Each adds its own topic page (and its own claims and sources), so that all of
 * them can be applied to one copy of the fixture explainer and built together, once.
 *
 * The sibling of the bad-input corpus (cases.ts): together they pin the gate's promise that the
 * check passes exactly when the build does.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentCopy } from '../helpers/fixture.ts';

export interface ValidInput {
  name: string;
  apply(copy: ContentCopy): void;
  /** Claim ids the case adds: each must get its own page in the build. */
  claims: string[];
}

/** The fixture article's sentences, to quote. */
const S1 = 'The Riverside council approved a new footbridge on 3 March.';
const S3 = 'Critics called the project a waste of money.';

const CLAIM = (id: string, topic: string, quote = S1, extra = '') => `- id: ${id}
  topic: ${topic}
  quote: ${quote}
  claim: The council approved a footbridge.
  status: established
  citations:
    - source: council-minutes
      stance: supports
      note: The minutes record that the council “approved the construction of a new footbridge”.
  rationale: The minutes record the vote.
  reviewed: 2026-11-01
${extra}`;

/**
 * A case that adds a source (`source`, YAML) and a topic page whose one claim cites it as well
 * as the minutes (`citation`, YAML): what we read, quoted as contributors write it.
 */
function readingCase(name: string, id: string, source: string, citation: string): ValidInput {
  return {
    name,
    claims: [`${id}-claim`],
    apply(copy) {
      appendFileSync(path.join(copy.dir, 'sources.yaml'), source);
      topicCase(name, id, '', {
        yaml: CLAIM(`${id}-claim`, id).replace('  rationale:', `${citation}  rationale:`),
      }).apply(copy);
    },
  };
}

/**
 * A case that adds the topic page `id`/**
 * A case that adds the topic page `id`, with `body` after its box, and claims that quote the
 * article. `claims` are their ids; each is placed by `body` or, if `place` is true, after it.
 */
function topicCase(
  name: string,
  id: string,
  body: string,
  {
    claims = [`${id}-claim`],
    place = true,
    box = true,
    frontmatter,
    yaml,
  }: {
    claims?: string[];
    place?: boolean;
    /** Whether the box goes first, as usual; without it, `body` places it. */
    box?: boolean;
    frontmatter?: string;
    yaml?: string;
  } = {},
): ValidInput {
  return {
    name,
    claims,
    apply(copy) {
      const front =
        frontmatter ??
        `title: ${name}\nsummary: A page for the valid corpus.\norder: 9\nreviewed: 2026-11-01`;
      const placed = place ? claims.map((c) => `\n<Claim id="${c}"/>\n`).join('') : '';
      copy.write(
        `topics/${id}.mdx`,
        `---\n${front}\n---\n\n${box ? '<StatusBox/>\n\n' : ''}${body}\n${placed}`,
      );
      copy.write(`claims/${id}.yaml`, yaml ?? claims.map((c) => CLAIM(c, id)).join(''));
    },
  };
}

export const validCases: ValidInput[] = [
  // --- The article as received, whatever it holds (red team F9) --------------------------
  {
    name: 'an article with control characters and a noncharacter, kept as received',
    claims: [],
    apply(copy) {
      copy.write(
        'article.txt',
        `${copy.read('article.txt')}The\u0000 end\u001b[2J came\u0007 at last\ufdd0.\n`,
      );
    },
  },
  // --- Links within the site, from the root or relative, to pages and ids that exist ------
  topicCase(
    'links to pages and ids of this site, from the root and relative',
    'site-links',
    '## Where to read more\n\nThe [footbridge page](/topics/bridge/), its [critics](/topics/bridge/#bridge-is-waste), [this heading](#where-to-read-more), [the vote](../../claims/council-approved-bridge/), [sentence 3](/article/#s3), the [minutes’ words](/sources/council-minutes/#passage-1), the [method](/method/#statuses) and the [data](/claims.json).\n\n[the footbridge]: /topics/bridge/\n\nAgain, [the footbridge].',
  ),
  topicCase(
    'links to the pages and ids of the engine each page has here',
    'engine-links',
    'The [not-found page](/404.html), the [headers](/_headers), the [glossary](/glossary/) and the [timeline](/timeline/), each made with no entries; the [grade A sources](/sources/#grade-A), the [grades](/method/#grades), the [list of changes](/corrections/#changes), the [skip target](#main) and the [claims by status](/claims/#by-status).',
  ),
  // A footnote reference adds nothing to its heading's id (red team 22, H4), and combining
  // marks are left out of it, so that the id is valid HTML (H5): İ lowercases to i and a mark.
  topicCase(
    'a footnote reference in a heading, headings with combining marks, and one that starts with a digit',
    'heading-marks',
    '## Note[^n]\n\n## İstanbul\n\n## हिन्दी भाषा\n\n## 2024 events\n\nSee [the note](#note), [the city](#istanbul), [the language](#हनद-भष) and [the year](#h-2024-events).\n\n[^n]: A note.',
  ),
  // --- Components where the page's structure puts them -----------------------------------
  topicCase(
    'a status box inside details',
    'box-in-details',
    '## The box\n\n<details>\n<summary>What is established</summary>\n\n<StatusBox/>\n\n</details>',
    { box: false },
  ),
  topicCase(
    'a card inside details with a summary',
    'card-in-details',
    '<details>\n<summary>More</summary>\n\n<Claim id="card-in-details-claim"/>\n\n</details>',
    { place: false },
  ),
  topicCase('a card in a block quote', 'card-in-quote', '> <Claim id="card-in-quote-claim"/>', {
    place: false,
  }),
  topicCase(
    'a card in a list item',
    'card-in-list',
    '- First point.\n- <Claim id="card-in-list-claim"/>\n- Third point.',
    { place: false },
  ),
  topicCase(
    'a card in a definition list',
    'card-in-dl',
    '<dl>\n<dt>Term</dt>\n<dd>\n\n<Claim id="card-in-dl-claim"/>\n\n</dd>\n</dl>',
    { place: false },
  ),
  topicCase(
    'a quoted sentence in a figure with a caption',
    'sentence-in-figure',
    '<figure>\n\n<Sentence id="s3"/>\n\n<figcaption>What critics said.</figcaption>\n</figure>',
  ),
  topicCase(
    'a card with its id in single quotes',
    'single-quotes',
    "<Claim id='single-quotes-claim'/>",
    {
      place: false,
    },
  ),
  topicCase(
    'claims under headings of every level',
    'deep-headings',
    '## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n\n<Claim id="deep-headings-claim"/>\n\nA setext heading\n----------------',
    { place: false },
  ),
  // --- Markdown around claims ---------------------------------------------------------------
  topicCase(
    'a table with links to claims in its cells',
    'table',
    '| Claim | Status |\n|:--|--:|\n| <ClaimRef id="table-claim"/> | see the card |\n| `code` | **bold** |',
  ),
  topicCase(
    'footnotes around a card',
    'footnotes',
    'A point.[^1] Another.[^note]\n\n[^1]: The first note.\n[^note]: The second, named.',
  ),
  topicCase(
    'a task list and struck text',
    'tasks',
    '- [x] done\n- [ ] ~~not done~~\n\nwww.example.org and https://example.org/path and mail@example.org',
  ),
  topicCase(
    'a list nested five deep',
    'nested-list',
    '- one\n  - two\n    - three\n      - four\n        - five',
  ),
  topicCase(
    'component tags as text in code',
    'tags-in-code',
    '```mdx\n<Claim id="not-a-claim"/>\n<script>alert(1)</script>\n```\n\n   ~~~\n   <Claim id="also-not-a-claim"/>\n   ~~~\n\nInline: `<Claim id="nor-this"/>` and `{process.env}`.',
  ),
  topicCase(
    'escaped braces, angle brackets and entities',
    'escapes',
    'Braces \\{like this\\}, a less-than sign &lt; and \\<, an ampersand &amp; and &copy;.',
  ),
  topicCase(
    'links of every safe kind',
    'links',
    '[web](https://example.org/a?b=c#d), [plain](http://example.org), [mail](mailto:desk@example.org), [page](/claims/), [anchor](#main), [relative](../../sources/).',
  ),
  topicCase(
    'allowed inline elements with attributes',
    'inline-elements',
    'The <abbr title="European Union">EU</abbr> met on <time datetime="2026-01-23">23 January</time>; <span lang="uk">Київ</span> said <q>no</q>. <mark>Note</mark>, <kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <del datetime="2026-01-01">old</del> <ins>new</ins>, <small>small</small>, <cite>a cite</cite>, <dfn title="a term">term</dfn>, <b>b</b> <i>i</i> <u>u</u> <s>s</s> <em>em</em> <strong>strong</strong> <code>code</code>,<br/>after a break.',
  ),
  topicCase(
    'a hard line break and a long line',
    'line-breaks',
    `First line\\\nsecond line.\n\n${'A very long sentence, '.repeat(400)}end.`,
  ),
  // --- Text in any script -------------------------------------------------------------------
  topicCase(
    'prose in Cyrillic, Arabic, Chinese and emoji',
    'scripts',
    'Україна відповіла. قال المتحدث إن المحادثات بناءة. 谈判仍在继续。 The vote 👍 passed — “quoted” and ‘single’…',
  ),
  topicCase('a restatement in Ukrainian', 'ukrainian', '', {
    yaml: CLAIM('ukrainian-claim', 'ukrainian').replace(
      'claim: The council approved a footbridge.',
      'claim: Рада схвалила пішохідний міст 3 березня.',
    ),
  }),
  // --- Unusual but legal YAML ---------------------------------------------------------------
  topicCase('a topic title that looks like a date', 'date-title', '', {
    frontmatter:
      'title: 2026-11-01\nsummary: A title YAML 1.1 would read as a date.\norder: -3\nreviewed: 2026-11-01',
  }),
  topicCase('frontmatter with comments, quoted keys and block text', 'frontmatter-styles', '', {
    frontmatter:
      '# a comment\n"title": \'Quoted: with a colon\'\nsummary: >-\n  Folded text\n  over two lines.\norder: 9 # trailing comment\nreviewed: "2026-11-01"',
  }),
  topicCase('claims written as flow mappings', 'flow-yaml', '', {
    yaml: `- {id: flow-yaml-claim, topic: flow-yaml, quote: "${S1}", claim: The council approved it., status: established, citations: [{source: council-minutes, stance: supports, note: The council “approved the construction of a new footbridge”.}], rationale: The minutes., reviewed: 2026-11-01}\n`,
  }),
  topicCase('a claims file with a document marker, comments and CRLF line ends', 'crlf-yaml', '', {
    yaml: `---\r\n# claims\r\n${CLAIM('crlf-yaml-claim', 'crlf-yaml').replace(/\n/g, '\r\n')}...\r\n`,
  }),
  topicCase('a quote folded over lines, and plain multi-line text', 'folded-quote', '', {
    yaml: CLAIM(
      'folded-quote-claim',
      'folded-quote',
      '>-\n    The Riverside council approved\n    a new footbridge on 3 March.',
    ).replace(
      'rationale: The minutes record the vote.',
      'rationale: The minutes\n    record the vote, on a line\n    of its own.',
    ),
  }),
  topicCase('an id at the length limit', 'long-id', '', {
    claims: ['a'.repeat(40) + '-' + 'b'.repeat(39)],
  }),
  topicCase('a claim quoting every occurrence', 'occurrence-all', '', {
    yaml: CLAIM('occurrence-all-claim', 'occurrence-all', 'council').replace(
      '  reviewed: 2026-11-01\n',
      '  occurrence: all\n  reviewed: 2026-11-01\n',
    ),
  }),
  topicCase('a claim with a history of changes', 'history', '', {
    yaml:
      CLAIM('history-claim', 'history', S3)
        .replace('status: established', 'status: opinion')
        .replace('source: council-minutes', 'source: unnamed-critics')
        .replace(/ {6}note: .*\n/, '') +
      '  history:\n    - date: 2026-10-01\n      from: unverified\n      to: opinion\n      reason: "Re-read: a judgement, not a fact; formulas like =1+1 stay text."\n',
  }),
  {
    name: 'sources dated by year and by month, with a note on a citation',
    claims: ['dated-sources-claim'],
    apply(copy) {
      appendFileSync(
        path.join(copy.dir, 'sources.yaml'),
        '- id: yearly-report\n  title: A yearly report\n  publisher: Riverside council\n  kind: official-record\n  date: 2025\n  grade: B\n  gradeReason: The council’s record, cited by name; we kept no passage of it.\n- id: monthly-bulletin\n  title: A monthly bulletin\n  publisher: Riverside council\n  kind: official-record\n  date: 2026-03\n  grade: B\n  gradeReason: A bulletin.\n  derivedFrom: yearly-report\n',
      );
      topicCase('sources dated by year and by month', 'dated-sources', '', {
        yaml: CLAIM('dated-sources-claim', 'dated-sources').replace(
          '    - source: council-minutes\n      stance: supports\n      note: The minutes record that the council “approved the construction of a new footbridge”.\n',
          '    - source: council-minutes\n      stance: supports\n      note: The minutes record that the council “approved the construction of a new footbridge”.\n    - source: yearly-report\n      stance: context\n      note: "The vote, page 3: 12 for, 3 against."\n    - source: monthly-bulletin\n      stance: context\n',
        ),
      }).apply(copy);
    },
  },
  {
    name: 'a glossary whose terms are full of pattern characters',
    claims: ['glossary-claim'],
    apply(copy) {
      copy.write(
        'glossary.yaml',
        '- id: c-plus-plus\n  term: C++ (lang)\n  aliases: ["a.*b", "[x]", "$1"]\n  definition: A term whose name is made of characters a pattern treats specially.\n- id: footbridge\n  term: footbridge\n  definition: A bridge for people on foot.\n',
      );
      topicCase(
        'glossary terms',
        'glossary',
        'A footbridge is not C++ (lang), nor a.*b, [x] or $1.',
      ).apply(copy);
    },
  },
  // Issue 23: "(context)" beside a source cited as context, even in a sentence that names the
  // evidence too; and a sentence on its own, after one naming the evidence.
  {
    name: '"(context)" beside a source cited as context',
    claims: ['context-label-claim'],
    apply(copy) {
      appendFileSync(
        path.join(copy.dir, 'sources.yaml'),
        '- id: gazette-canal-history\n  title: A history of the canal\n  publisher: The Riverside Gazette\n  kind: news-report\n  date: 2020\n  grade: B\n  gradeReason: A local historian, named, writes it; we kept no passage of it.\n',
      );
      topicCase('context beside context', 'context-label', '', {
        yaml: CLAIM('context-label-claim', 'context-label').replace(
          '  rationale: The minutes record the vote.\n',
          '    - source: gazette-canal-history\n      stance: context\n  rationale: >-\n    The Minutes of the council meeting record the vote, and The Riverside Gazette (context)\n    the canal’s history. The minutes were kept by the Riverside council. The canal was\n    dug in 1820 (context).\n',
        ),
      }).apply(copy);
    },
  },
  // What we read (issue 21): passages in any script, and quotation marks of every kind.
  readingCase(
    'a passage in Cyrillic with our translation, quoted in guillemets',
    'cyrillic-passage',
    '- id: kyiv-statement\n  title: A statement in Ukrainian\n  publisher: Riverside council\n  kind: statement\n  date: 2026-03-03\n  url: https://riverside.example/uk/statement\n  grade: B\n  gradeReason: The council’s statement, read at its page.\n  said: That the council “approved the construction of a new footbridge” (our translation).\n  read:\n    - at: https://riverside.example/uk/statement\n      on: 2026-03-04\n      passages:\n        - text: Рада схвалила будівництво нового пішохідного мосту.\n          lang: uk\n          translation: The council approved the construction of a new footbridge.\n',
    '    - source: kyiv-statement\n      stance: supports\n      note: The statement says the council «схвалила будівництво нового пішохідного мосту».\n',
  ),
  readingCase(
    'straight and curly quotation marks in one note',
    'mixed-quotes',
    '- id: gazette-straight\n  title: The Gazette on the vote\n  publisher: The Riverside Gazette\n  kind: news-report\n  date: 2026-03-04\n  grade: B\n  gradeReason: Names the council as its source.\n  read:\n    - copy: The printed paper of 4 March 2026\n      on: 2026-03-04\n      passages:\n        - text: The council approved the construction of a footbridge, and a new path over the canal.\n',
    '    - source: gazette-straight\n      stance: supports\n      note: \'The Gazette: the council "approved the construction of" it, and “a new path over” the canal.\'\n',
  ),
  readingCase(
    'a nested quotation inside a quoted note',
    'nested-quotes',
    '- id: herald-nested\n  title: The Herald on the mayor\n  publisher: The Riverside Herald\n  kind: news-report\n  date: 2026-03-04\n  grade: C\n  gradeReason: Quotes the mayor, but names no one else.\n  read:\n    - at: https://herald.example/footbridge\n      on: 2026-03-04\n      passages:\n        - text: The mayor said the vote was ‘a good day for Riverside’ and thanked the council.\n',
    '    - source: herald-nested\n      stance: supports\n      note: The Herald says “the vote was ‘a good day for Riverside’ and thanked”.\n',
  ),
  {
    name: 'an empty timeline',
    claims: [],
    apply: (copy) => copy.write('timeline.yaml', '[]\n'),
  },
  {
    name: 'YAML files that start with a byte-order mark',
    claims: ['bom-claim'],
    apply(copy) {
      topicCase('a byte-order mark', 'bom', '').apply(copy);
      const file = path.join(copy.dir, 'claims/bom.yaml');
      writeFileSync(file, `\ufeff${readFileSync(file, 'utf8')}`);
    },
  },
  {
    name: 'a thematic break at the top of the text, and more below, as --- and +++',
    claims: ['rules-claim'],
    apply(copy) {
      topicCase(
        'thematic breaks',
        'rules',
        '---\n\nBelow the second break.\n\n+++ not a heading\n\n---\n\nThe end.',
        {
          box: true,
        },
      ).apply(copy);
      const file = path.join(copy.dir, 'topics/rules.mdx');
      // The page's text starts with a break, right after its frontmatter.
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          '---\n\n<StatusBox/>',
          '---\n---\n\n+++\n\n<StatusBox/>',
        ),
      );
    },
  },
  topicCase('an empty body beside the box and the card', 'empty-body', ''),
];
