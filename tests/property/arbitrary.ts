/**
 * Random explainers for the gate's property test: a valid explainer built from random parts
 * (sentences, sources, claims, topic pages mixing every Markdown construct with the components),
 * then some random mutations, each either harmless or a likely mistake or attack.
 *
 * Deterministic for a seed (fast-check), so a failing case can be rebuilt exactly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import fc from 'fast-check';

const WORDS = [
  'council',
  'bridge',
  'river',
  'vote',
  'budget',
  'mayor',
  'critics',
  'Київ',
  'report',
  'plan',
  'talks',
  'zone',
];
/**
 * The words of the passages kept from sources: text a reader sees on a source page, so it
 * holds what every output must encode (braces, tags, entities, markup, a YAML-ish colon).
 */
const PASSAGE_WORDS = [
  ...WORDS,
  '{not}',
  '<b>final</b>',
  '&amp;',
  '$1',
  '*starred*',
  '`ticked`',
  'don’t',
  '‘single’',
  'a:b',
  '#hash',
];
const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
/** The strongest status each grade of a single supporting source allows, and the weaker ones. */
const STATUSES: Record<(typeof GRADES)[number], string[]> = {
  A: ['established', 'reported', 'unverified', 'opinion'],
  B: ['reported', 'unverified', 'opinion'],
  C: ['reported', 'unverified', 'opinion'],
  D: ['unverified', 'opinion'],
  E: ['unverified', 'opinion'],
};

export interface Explainer {
  files: Record<string, string>;
}

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 9 })
  .map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);

/** Blocks of Markdown and MDX a topic page may hold around its cards. */
const block = fc.oneof(
  fc.constant('A paragraph with **bold**, _emphasis_, `code` and a [link](https://example.org).'),
  fc.constant('- one\n- two\n  - nested\n    - deeper'),
  fc.constant('1. first\n2. second'),
  fc.constant('> A quotation.\n> Over two lines.'),
  fc.constant('| a | b |\n|---|---|\n| 1 | 2 |'),
  fc.constant('```js\nconst x = "<Claim id=\\"nothing\\"/>";\n```'),
  fc.constant('## A heading\n\nText under it.'),
  fc.constant('Text with a note.[^n]\n\n[^n]: The note.'),
  fc.constant('<details>\n<summary>More</summary>\n\nHidden text.\n\n</details>'),
  fc.constant('The <abbr title="a title">abbr</abbr> and <span lang="uk">слово</span>.'),
  fc.constant('Escaped \\{braces\\} and &lt;tags&gt;.'),
);

/** What a mutation does: its name, and the change it makes to the files. */
export interface Mutation {
  name: string;
  apply(files: Record<string, string>): void;
}

const topicOf = (files: Record<string, string>) =>
  Object.keys(files).find((f) => f.startsWith('topics/'))!;
const appendTo = (name: string, mdx: string): Mutation => ({
  name,
  apply: (files) => {
    const topic = topicOf(files);
    files[topic] += `\n${mdx}\n`;
  },
});

export const mutations: Mutation[] = [
  appendTo('a nested list', '- a\n  - b\n    - c\n      - d\n        - e\n          - f'),
  appendTo(
    'a list nested too deep',
    Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
  ),
  appendTo('an image', '![chart](./chart.png)'),
  appendTo('an expression', 'Value: {1 + 1}'),
  appendTo('an import', 'import fs from "node:fs"'),
  appendTo('an unknown component', '<Chart data="x"/>'),
  appendTo('a script', '<script>alert(1)</script>'),
  appendTo('a javascript link', '[x](javascript:alert(1))'),
  appendTo('a block element inline', 'Text <details>x</details> more.'),
  appendTo('deeply nested elements', `${'<b>'.repeat(40)}x${'</b>'.repeat(40)}`),
  appendTo('a second box inside details', '<details>\n\n<StatusBox/>\n\n</details>'),
  appendTo('a code fence with tags', '```\n<Claim id="none"/>\n{process.env}\n```'),
  appendTo('a table', '| x |\n|---|\n| <ClaimRef id="claim-0-0"/> |'),
  appendTo('an unclosed element', '<details>\n\nOpen.'),
  appendTo('a bidi override', 'Text \u202e reversed.'),
  appendTo('an element called constructor', '<constructor/>'),
  {
    name: 'a topic title that looks like a date',
    apply: (files) => {
      const topic = topicOf(files);
      files[topic] = files[topic]!.replace(/^title: .*$/m, 'title: 2026-11-01');
    },
  },
  {
    name: 'a status stronger than the evidence',
    apply: (files) => {
      const claims = Object.keys(files).find((f) => f.startsWith('claims/'))!;
      files[claims] = files[claims]!.replace(/status: \w+/, 'status: established').replace(
        /source: src-\d+/,
        'source: src-e',
      );
    },
  },
  {
    name: 'a claim left off its page',
    apply: (files) => {
      const topic = topicOf(files);
      files[topic] = files[topic]!.replace(/<Claim id="[^"]+"\/>/, '');
    },
  },
  {
    name: 'a claim placed inside details',
    apply: (files) => {
      const topic = topicOf(files);
      files[topic] = files[topic]!.replace(
        /<Claim id="([^"]+)"\/>/,
        '<details>\n<summary>Claim</summary>\n\n<Claim id="$1"/>\n\n</details>',
      );
    },
  },
  {
    name: 'a long id',
    apply: (files) => {
      const long = `claim-${'x'.repeat(90)}`;
      for (const name of Object.keys(files))
        files[name] = files[name]!.replaceAll('claim-0-0', long);
    },
  },
  {
    name: 'a file that is not content',
    apply: (files) => {
      files['chart.mjs'] = 'export default 1;\n';
    },
  },
];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A random valid explainer, then zero to three random mutations. */
export const explainerArbitrary = fc
  .record({
    sentences: fc.array(sentence, { minLength: 3, maxLength: 8 }),
    grades: fc.array(fc.constantFrom(...GRADES), { minLength: 1, maxLength: 3 }),
    /** Each source's passage, and whether it was also read via another outlet's copy. */
    passages: fc.array(
      fc.record({
        words: fc.array(fc.constantFrom(...PASSAGE_WORDS), { minLength: 3, maxLength: 10 }),
        via: fc.boolean(),
        lang: fc.constantFrom(undefined, 'uk'),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    topics: fc.array(
      fc.record({
        claims: fc.array(
          fc.record({ sentence: fc.nat(), source: fc.nat(), status: fc.nat(), words: fc.nat() }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        blocks: fc.array(block, { maxLength: 4 }),
        boxFirst: fc.boolean(),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    /** A draft need not examine every sentence yet; a published explainer must. */
    draft: fc.boolean(),
    /** Whether the article was revised: its first version had one more sentence, which a claim pinned to it quotes. */
    revised: fc.boolean(),
    mutations: fc.uniqueArray(fc.nat({ max: mutations.length - 1 }), { maxLength: 3 }),
  })
  .map((spec) => {
    const files: Record<string, string> = {};
    // Sentences are made unique by number, so every quote occurs once.
    const sentences = spec.sentences.map((text, i) => text.replace(/\.$/, ` number${i}.`));
    files['article.txt'] = `${sentences.join(' ')}\n`;
    files['explainer.yaml'] = [
      'title: A generated explainer',
      'description: Made by the property test.',
      `draft: ${spec.draft}`,
      'organization:\n  name: Test',
      'license:\n  name: CC BY 4.0\n  url: https://creativecommons.org/licenses/by/4.0/',
      'article:\n  title: Generated\n  received: 2026-11-01\n  provenance:\n    - Generated.',
      '',
    ].join('\n');
    const EARLIER = 'An earlier version said this and was then revised.';
    if (spec.revised) {
      const first = `${EARLIER} ${files['article.txt']}`;
      files['versions/2026-10-01.txt'] = first;
      files['explainer.yaml'] = files['explainer.yaml'].replace(
        '  received: 2026-11-01\n',
        `  received: 2026-10-01\n  sha256: ${sha256(first)}\n  revisions:\n    - version: "2026-11-01"\n      sha256: ${sha256(files['article.txt'])}\n      note: "Generated: the first sentence was removed."\n`,
      );
    }
    const sources = spec.grades.map((grade, i) => ({
      id: `src-${i}`,
      grade,
      passage: spec.passages[i]!,
    }));
    /** A note quoting three or more words of the source's passage, from a random start. */
    const noteOf = (words: readonly string[], start: number) => {
      const from = start % (words.length - 2);
      return `It says “${words.slice(from, from + 3 + (start % 2)).join(' ')}”.`;
    };
    const cited = new Set<string>(['src-e']);
    spec.topics.forEach((topic, t) => {
      const claims = topic.claims.map((c, k) => {
        const source = sources[c.source % sources.length]!;
        cited.add(source.id);
        const words = sentences[c.sentence % sentences.length]!.split(' ');
        const quote = words
          .slice(Math.max(0, words.length - 2 - (c.words % words.length)))
          .join(' ');
        const options = STATUSES[source.grade];
        return {
          id: `claim-${t}-${k}`,
          yaml: `- id: claim-${t}-${k}\n  topic: topic-${t}\n  quote: "${quote}"\n  claim: A generated claim.\n  status: ${options[c.status % options.length]}\n  citations:\n    - source: ${source.id}\n      stance: supports\n      note: ${JSON.stringify(noteOf(source.passage.words, c.words))}\n    - source: src-e\n      stance: context\n  rationale: Generated.\n  reviewed: 2026-11-01\n`,
        };
      });
      // Every claim names who makes it: a supporting citation of a source that was read.
      const first = sources[0]!;
      if (spec.revised && t === 0) {
        cited.add(first.id);
        claims.push({
          id: 'claim-pinned',
          yaml: `- id: claim-pinned\n  topic: topic-0\n  quote: "${EARLIER}"\n  claim: The first version said so.\n  status: unverified\n  citations:\n    - source: ${first.id}\n      stance: supports\n      note: ${JSON.stringify(noteOf(first.passage.words, 0))}\n    - source: src-e\n      stance: context\n  rationale: Generated.\n  reviewed: 2026-11-01\n  version: 2026-10-01\n`,
        });
      }
      // A published explainer examines every sentence: topic 0 takes the ones no claim quotes.
      if (!spec.draft && t === 0) {
        const quoted = new Set(
          spec.topics.flatMap((other) => other.claims.map((c) => c.sentence % sentences.length)),
        );
        sentences.forEach((text, s) => {
          if (quoted.has(s)) return;
          cited.add(first.id);
          claims.push({
            id: `claim-s${s}`,
            yaml: `- id: claim-s${s}\n  topic: topic-0\n  quote: "${text.split(' ').slice(-2).join(' ')}"\n  claim: A generated claim.\n  status: unverified\n  citations:\n    - source: ${first.id}\n      stance: supports\n      note: ${JSON.stringify(noteOf(first.passage.words, s))}\n  rationale: Generated.\n  reviewed: 2026-11-01\n`,
          });
        });
      }
      files[`claims/topic-${t}.yaml`] = claims.map((c) => c.yaml).join('');
      const cards = claims.map((c) => `<Claim id="${c.id}"/>`);
      const body = topic.boxFirst
        ? ['<StatusBox/>', ...topic.blocks, ...cards]
        : [...topic.blocks, ...cards, '<StatusBox/>'];
      files[`topics/topic-${t}.mdx`] =
        `---\ntitle: Topic ${t}\nsummary: Generated.\norder: ${t}\nreviewed: 2026-11-01\n---\n\n${body.join('\n\n')}\n`;
    });
    // Only cited sources are listed: one cited by nothing is a problem.
    const readOf = (passage: (typeof sources)[number]['passage']) => {
      const text = JSON.stringify(passage.words.join(' '));
      const lang = passage.lang
        ? `\n          lang: ${passage.lang}\n          translation: Ours.`
        : '';
      const own = `    - at: https://example.org/record\n      on: 2026-11-01\n      passages:\n        - text: ${text}${lang}\n`;
      // A copy read via another outlet as well: grade A still rests on the reading at the record.
      const via = passage.via
        ? `    - copy: A copy in another outlet\n      on: 2026-11-02\n      via: Another outlet\n      passages:\n        - text: ${text}\n`
        : '';
      return `  read:\n${own}${via}`;
    };
    files['sources.yaml'] = [...sources, { id: 'src-e', grade: 'E' as const, passage: undefined }]
      .filter((source) => cited.has(source.id))
      .map(
        (s) =>
          `- id: ${s.id}\n  title: Source ${s.id}\n  publisher: P\n  kind: statement\n  date: unknown\n${s.passage ? '  url: https://example.org/record\n' : ''}  grade: ${s.grade}\n  gradeReason: Generated.\n${s.passage ? readOf(s.passage) : ''}`,
      )
      .join('');
    // Quotes may repeat across claims of generated sentences; "occurrence: all" keeps every
    // one of them valid when the same words appear twice.
    for (const name of Object.keys(files).filter((f) => f.startsWith('claims/'))) {
      files[name] = files[name]!.replace(/(\n {2}claim: )/g, '\n  occurrence: all$1');
    }
    const applied = spec.mutations.map((i) => mutations[i]!);
    for (const mutation of applied) mutation.apply(files);
    return { files, mutations: applied.map((m) => m.name) };
  });

/** Writes a generated explainer's files into `dir`. */
export function writeFiles(files: Record<string, string>, dir: string): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}
