/**
 * The record corpus: changes to a published explainer (tests/record/published.ts), each with
 * the exact problems `npm run check -- --since main` reports, or none. Expected lines are
 * `file:line:column  message  (fix)`, with the file relative to the content folder; a file
 * that exists only in the published version is shown as git names it, `main:content/…`.
 */
import { createHash } from 'node:crypto';
import { applyRevision, planRevision } from '../../src/revise/revise.ts';
import type { PublishedCopy } from './published.ts';

export interface RecordCase {
  name: string;
  apply(copy: PublishedCopy): void;
  /** Every problem the check must report, in order; empty for a change the record allows. */
  expected: string[];
}

const BRIDGE = 'claims/bridge.yaml';
const BUDGET = 'claims/budget.yaml';
const SOURCES = 'sources.yaml';
/** The passage the fixture keeps from the minutes, which the published note quotes. */
const PASSAGE =
  'The council approved the construction of a new footbridge over the Riverside canal.';
const HISTORY =
  '  history:\n    - date: 2026-10-01\n      from: reported\n      to: established\n      reason: The council published its minutes.\n';

/** A passage in Ukrainian, with our translation, which the published note quotes. */
const OLD_TRANSLATION = 'The council approved the building of the bridge.';
const publishTranslation = (copy: PublishedCopy) => {
  copy.edit(
    SOURCES,
    `        - text: ${PASSAGE}\n`,
    `        - text: ${PASSAGE}\n        - text: Рада схвалила будівництво мосту.\n          lang: uk\n          translation: ${OLD_TRANSLATION}\n`,
  );
  copy.edit(
    BRIDGE,
    'a new footbridge”.',
    'a new footbridge”, and “approved the building of the bridge” (our translation).',
  );
  copy.commit('A passage in Ukrainian, quoted in translation');
};
/** The translation rewritten, and the note with it. */
const retranslate = (copy: PublishedCopy) => {
  copy.edit(SOURCES, OLD_TRANSLATION, 'The council voted down the bridge.');
  copy.edit(BRIDGE, '“approved the building of the bridge”', '“voted down the bridge”');
};

/** Removes the YAML list item that starts with `- id: <id>` from `file`. */
const removeEntry = (copy: PublishedCopy, file: string, id: string) => {
  const text = copy.read(file);
  const start = text.indexOf(`- id: ${id}\n`);
  const next = text.indexOf('\n- id: ', start + 1);
  copy.write(file, text.slice(0, start) + (next === -1 ? '' : text.slice(next + 1)));
};

/** Revises the copy's article to `text`, received on 20 November, as `npm run revise` would. */
const revise = (copy: PublishedCopy, text: string, note?: string) => {
  const result = planRevision(copy.dir, Buffer.from(text), {
    today: '2026-12-03',
    date: '2026-11-20',
    note,
  });
  if (!result.ok) throw new Error(result.reason);
  applyRevision(copy.dir, result.plan);
};
/** Publishes a corrections policy of two paragraphs, with `changes` (YAML) under it. */
const POLICY =
  'corrections:\n  policy:\n    - We correct our errors openly.\n    - Changes of address are not listed here.\n';
const publishPolicy = (copy: PublishedCopy, changes = '') => {
  copy.write('explainer.yaml', `${copy.read('explainer.yaml')}${POLICY}${changes}`);
  copy.commit('A corrections policy');
};
const POLICY_CHANGE =
  '  policyChanges:\n    - date: 2026-12-01\n      reason: Changes of address are corrections too.\n      was: Changes of address are not listed here.\n';
/** The policy's second paragraph changed, and `entry` (YAML) under it. */
const changePolicy = (copy: PublishedCopy, entry = '') =>
  copy.edit(
    'explainer.yaml',
    '    - Changes of address are not listed here.\n',
    `    - Changes of address are listed here, with their reasons.\n${entry}`,
  );
const S1 = 'The Riverside council approved a new footbridge on 3 March.';
const S2 = 'Mayor Ana Lopez said the U.S.\nDepartment of Transportation would pay half the cost.';
const S3 = 'Critics called the project a waste of money.';

export const recordCases: RecordCase[] = [
  // --- What the record allows -------------------------------------------------------------
  { name: 'nothing changed', apply: () => {}, expected: [] },
  {
    name: 'a status changed, with its entry',
    apply: (copy) => {
      copy.edit(
        BUDGET,
        '  status: unverified\n  citations:\n    - source: mayor-quoted',
        '  status: opinion\n  citations:\n    - source: mayor-quoted',
      );
      copy.edit(
        BUDGET,
        '  rationale: Only the article',
        '  history:\n    - date: 2026-12-01\n      from: unverified\n      to: opinion\n      reason: It is the mayor’s promise, not a fact.\n  rationale: Only the article',
      );
    },
    expected: [],
  },
  {
    name: 'a published claim withdrawn',
    apply: (copy) =>
      copy.edit(
        BUDGET,
        '  reviewed: 2026-11-01\n- id: footbridge-is-new',
        '  reviewed: 2026-11-01\n  withdrawn:\n    date: 2026-12-01\n    reason: The mayor was misquoted.\n- id: footbridge-is-new',
      ),
    expected: [],
  },
  {
    name: 'a note that amends a published entry',
    apply: (copy) =>
      copy.edit(
        BRIDGE,
        HISTORY,
        `${HISTORY}    - date: 2026-12-01\n      note: The minutes were published on 2 October, not 1 October.\n      about: 2026-10-01\n`,
      ),
    expected: [],
  },
  {
    name: 'an entry a merge erased, restored where it belongs',
    apply: (copy) =>
      copy.edit(
        BRIDGE,
        HISTORY,
        `  history:\n    - date: 2026-09-01\n      from: unverified\n      to: reported\n      reason: The Gazette reported the vote.\n${HISTORY.slice('  history:\n'.length)}`,
      ),
    expected: [],
  },
  {
    name: 'a quote and a restatement updated, with their entries',
    apply: (copy) => {
      copy.edit(
        BUDGET,
        '  claim: The mayor says the US transport department will pay half the footbridge’s cost.',
        '  claim: The mayor says the US Department of Transportation will pay half the cost.',
      );
      copy.edit(
        BUDGET,
        '  rationale: Only the article',
        '  history:\n    - date: 2026-12-01\n      updated: claim\n      reason: The restatement now names the department as the article does.\n  rationale: Only the article',
      );
    },
    expected: [],
  },
  {
    name: 'a link removed, with its address entry',
    apply: (copy) => {
      copy.edit(SOURCES, '  url: https://example.org/mayor\n', '');
      copy.edit(
        SOURCES,
        '  gradeReason: No other report of the words was found.\n',
        '  gradeReason: No other report of the words was found.\n  history:\n    - date: 2026-12-01\n      url:\n        from: https://example.org/mayor\n        to: null\n      reason: The page linked was never read.\n',
      );
    },
    expected: [],
  },
  {
    name: 'anything, when the published version was a draft',
    apply: (copy) => {
      copy.edit('explainer.yaml', 'draft: false', 'draft: true');
      copy.commit('Back to a draft');
      copy.edit(
        BUDGET,
        '  status: unverified\n  citations:\n    - source: mayor-quoted',
        '  status: opinion\n  citations:\n    - source: mayor-quoted',
      );
      copy.edit('explainer.yaml', 'draft: true', 'draft: false');
    },
    expected: [],
  },

  {
    name: 'a quoted passage copied again, its removal recorded',
    apply: (copy) => {
      copy.edit(SOURCES, ' a new footbridge over the Riverside canal.\n', ' a new footbridge.\n');
      copy.edit(
        SOURCES,
        "  gradeReason: The council's own record of its vote.\n",
        `  gradeReason: The council's own record of its vote.\n  history:\n    - date: 2026-12-02\n      removed: ${PASSAGE}\n      reason: The minutes do not say where the footbridge goes; the passage is copied again.\n`,
      );
    },
    expected: [],
  },
  {
    name: 'a passage added to a published source',
    apply: (copy) =>
      copy.edit(
        SOURCES,
        `        - text: ${PASSAGE}\n`,
        `        - text: ${PASSAGE}\n        - text: The vote was twelve to three.\n`,
      ),
    expected: [],
  },
  {
    name: 'the corrections policy changed, with its entry and the words it replaced',
    apply: (copy) => {
      publishPolicy(copy);
      changePolicy(copy, POLICY_CHANGE);
    },
    expected: [],
  },
  {
    name: 'a corrections policy written for the first time after publication',
    apply: (copy) => copy.write('explainer.yaml', `${copy.read('explainer.yaml')}${POLICY}`),
    expected: [],
  },
  // --- What it refuses ----------------------------------------------------------------------
  {
    name: 'a published status changed without an entry',
    apply: (copy) =>
      copy.edit(
        BUDGET,
        '  status: unverified\n  citations:\n    - source: mayor-quoted',
        '  status: opinion\n  citations:\n    - source: mayor-quoted',
      ),
    expected: [
      `${BUDGET}:5:11  claim "us-pays-half" was published at main with the status "unverified" and now has "opinion", and no entry added since records the change  (add to its history: - {date: <today>, from: unverified, to: opinion, reason: <why>})`,
    ],
  },
  {
    name: 'a published history entry rewritten',
    apply: (copy) =>
      copy.edit(
        BRIDGE,
        '      reason: The council published its minutes.',
        '      reason: The council published its minutes at last.',
      ),
    expected: [
      `${BRIDGE}:11:5  the history entry of 2026-10-01 of claim "council-approved-bridge", published at main, is no longer here as it was published  (restore it exactly as published, in its place; to correct it, add after it a note: {date, note, about: 2026-10-01})`,
    ],
  },
  {
    name: 'a published history entry deleted',
    apply: (copy) => copy.edit(BRIDGE, HISTORY, ''),
    expected: [
      `claims/bridge.yaml:1:3  the history entry of 2026-10-01 of claim "council-approved-bridge", published at main, is no longer here as it was published  (restore it exactly as published, in its place; to correct it, add after it a note: {date, note, about: 2026-10-01})`,
    ],
  },
  {
    name: 'a published claim deleted, card and all',
    apply: (copy) => {
      removeEntry(copy, BUDGET, 'footbridge-is-new');
      copy.edit('topics/budget.mdx', '<Claim id="footbridge-is-new"/>\n', '');
    },
    expected: [
      `main:content/claims/budget.yaml:11:7  claim "footbridge-is-new" was published at main and is no longer here  (restore it; to take back a published claim, keep it and add withdrawn: {date, reason})`,
    ],
  },
  {
    name: 'a published source deleted',
    apply: (copy) => removeEntry(copy, SOURCES, 'gazette-report'),
    expected: [
      `main:content/sources.yaml:36:7  source "gazette-report" was published at main and is no longer here  (restore it; to take back a published source, keep it and add withdrawn: {date, reason})`,
    ],
  },
  {
    name: 'a published topic deleted, its claims moved to another',
    apply: (copy) => {
      copy.unlink('topics/budget.mdx');
      copy.write(BUDGET, copy.read(BUDGET).replaceAll('  topic: budget', '  topic: bridge'));
      copy.edit(
        'topics/bridge.mdx',
        '<Claim id="bridge-is-waste"/>',
        '<Claim id="bridge-is-waste"/>\n\n<Claim id="us-pays-half"/>\n\n<Claim id="footbridge-is-new"/>',
      );
    },
    expected: [
      `main:content/topics/budget.mdx:1:1  topic "budget" was published at main and is no longer here  (restore topics/budget.mdx: a published page keeps its address)`,
    ],
  },
  {
    name: 'a new entry that changes nothing',
    apply: (copy) =>
      copy.edit(
        BRIDGE,
        HISTORY,
        `${HISTORY}    - date: 2026-12-01\n      from: established\n      to: established\n      reason: Checked again.\n`,
      ),
    expected: [
      `claims/bridge.yaml:15:7  this entry changes the status from "established" to "established": it records no change  (remove it, or say what changed; a note on an earlier entry is written {date, note, about})`,
    ],
  },
  {
    name: 'a status changed with an entry that starts from the wrong status',
    apply: (copy) => {
      copy.edit(
        BUDGET,
        '  status: unverified\n  citations:\n    - source: mayor-quoted',
        '  status: opinion\n  citations:\n    - source: mayor-quoted',
      );
      copy.edit(
        BUDGET,
        '  rationale: Only the article',
        '  history:\n    - date: 2026-12-01\n      from: reported\n      to: opinion\n      reason: It is a promise.\n  rationale: Only the article',
      );
    },
    expected: [
      `claims/budget.yaml:11:13  this entry changes the status from "reported", but before it the status was "unverified"  (start each new entry where the one before it ends (here "unverified"), so the record leads from what was published to what is shown now)`,
    ],
  },
  {
    name: 'an entry restored in the wrong place',
    apply: (copy) =>
      copy.edit(
        BRIDGE,
        HISTORY,
        `  history:\n    - date: 2026-09-01\n      from: unverified\n      to: disputed\n      reason: The Gazette reported the vote.\n${HISTORY.slice('  history:\n'.length)}`,
      ),
    expected: [
      `${BRIDGE}:11:7  this entry changes the status to "disputed", but the published entry after it starts from "reported"  (put the entry where it belongs in the record, so that each entry starts where the one before it ends)`,
    ],
  },
  {
    name: 'a published quote changed without an update entry',
    apply: (copy) =>
      copy.edit(
        BUDGET,
        '  quote: Mayor Ana Lopez said the U.S. Department of Transportation would pay half the cost.',
        '  quote: the U.S. Department of Transportation would pay half the cost.',
      ),
    expected: [
      `claims/budget.yaml:3:10  the quote of claim "us-pays-half" differs from what was published at main, and no entry records the update  (add to its history: - {date: <today>, updated: quote, reason: <why>})`,
    ],
  },
  {
    name: 'a published restatement changed without an update entry',
    apply: (copy) =>
      copy.edit(
        BUDGET,
        '  claim: The mayor says the US transport department will pay half the footbridge’s cost.',
        '  claim: The US will pay half the cost.',
      ),
    expected: [
      `claims/budget.yaml:4:10  the restatement of claim "us-pays-half" differs from what was published at main, and no entry records the update  (add to its history: - {date: <today>, updated: claim, reason: <why>})`,
    ],
  },
  {
    name: 'a published address moved without an entry',
    apply: (copy) =>
      copy.edit(
        SOURCES,
        '  url: https://example.org/mayor',
        '  url: https://example.org/mayor-words',
      ),
    expected: [
      `sources.yaml:33:8  source "mayor-quoted" was published at main with the address "https://example.org/mayor" and now has "https://example.org/mayor-words", and no entry added since records the change  (add to its history: - {date: <today>, url: {from: https://example.org/mayor, to: https://example.org/mayor-words}, reason: <why; say so when the document was never read>})`,
    ],
  },
  {
    name: 'a published link removed without an entry',
    apply: (copy) => copy.edit(SOURCES, '  url: https://example.org/mayor\n', ''),
    expected: [
      `sources.yaml:28:7  source "mayor-quoted" was published at main with the address "https://example.org/mayor" and now has none, and no entry added since records the change  (add to its history: - {date: <today>, url: {from: https://example.org/mayor, to: null}, reason: <why; say so when the document was never read>})`,
    ],
  },
  {
    name: 'an address entry that starts from the wrong address',
    apply: (copy) => {
      copy.edit(SOURCES, '  url: https://example.org/mayor\n', '');
      copy.edit(
        SOURCES,
        '  gradeReason: No other report of the words was found.\n',
        '  gradeReason: No other report of the words was found.\n  history:\n    - date: 2026-12-01\n      url:\n        from: https://example.org/other\n        to: null\n      reason: Never read.\n',
      );
    },
    expected: [
      `sources.yaml:38:15  this entry changes the address from "https://example.org/other", but before it the address was "https://example.org/mayor"  (start each new entry where the one before it ends (here "https://example.org/mayor"), so the record leads from what was published to what is shown now)`,
    ],
  },
  {
    name: 'a published withdrawal taken back',
    apply: (copy) =>
      copy.edit(
        BUDGET,
        '  withdrawn:\n    date: 2026-11-02\n    reason: It restated the other claim on this sentence.\n',
        '',
      ),
    expected: [
      `claims/budget.yaml:11:7  the withdrawal of claim "footbridge-is-new" published at main was changed or removed  (restore it exactly as published: a withdrawal is part of the record)`,
    ],
  },
  {
    name: 'a withdrawn source newly cited',
    apply: (copy) =>
      copy.edit(
        BRIDGE,
        '    - source: council-minutes\n      stance: supports\n      note: The minutes record that the council “approved the construction of a new footbridge”.\n',
        '    - source: council-minutes\n      stance: supports\n      note: The minutes record that the council “approved the construction of a new footbridge”.\n    - source: gazette-report\n      stance: context\n',
      ),
    expected: [
      `claims/bridge.yaml:10:15  source "gazette-report" was withdrawn on 2026-11-02; a claim may not newly cite it  (cite another source for this claim)`,
    ],
  },
  {
    // Red team of the record, R2: a draft compares with nothing, so going back to one is refused.
    name: 'a published explainer made a draft again',
    apply: (copy) => copy.edit('explainer.yaml', 'draft: false', 'draft: true'),
    expected: [
      `explainer.yaml:15:8  the explainer was published at main, and a published explainer is not a draft again  (keep draft: false; withdraw a claim that is not ready (withdrawn: {date, reason}) rather than unpublish the explainer)`,
    ],
  },
  {
    // R6: which occurrence of its words a quote means is part of the quote.
    name: 'a published quote moved to another occurrence of its words',
    apply: (copy) =>
      copy.edit(BUDGET, '  quote: approved a new footbridge\n', '  quote: the\n  occurrence: 2\n'),
    expected: [
      `claims/budget.yaml:13:10  the quote of claim "footbridge-is-new" differs from what was published at main, and no entry records the update  (add to its history: - {date: <today>, updated: quote, reason: <why>})`,
    ],
  },
  {
    name: 'an occurrence written out that moves nothing',
    apply: (copy) =>
      copy.edit(
        BUDGET,
        '  quote: approved a new footbridge\n',
        '  quote: approved a new footbridge\n  occurrence: 1\n',
      ),
    expected: [],
  },
  {
    // R10: an address entry that changes nothing, like a status entry that changes nothing.
    name: 'an address entry that changes nothing',
    apply: (copy) =>
      copy.edit(
        SOURCES,
        '  gradeReason: No other report of the words was found.\n',
        '  gradeReason: No other report of the words was found.\n  history:\n    - date: 2026-12-01\n      url:\n        from: https://example.org/mayor\n        to: https://example.org/mayor\n      reason: Checked.\n',
      ),
    expected: [
      `sources.yaml:37:7  this entry changes the address from "https://example.org/mayor" to "https://example.org/mayor": it records no change  (remove it, or say what changed; a note on an earlier entry is written {date, note, about})`,
    ],
  },
  {
    name: 'an update entry that updates nothing',
    apply: (copy) =>
      copy.edit(
        BUDGET,
        '  rationale: Only the article',
        '  history:\n    - date: 2026-12-01\n      updated: quote\n      reason: The quote was corrected.\n  rationale: Only the article',
      ),
    expected: [
      `claims/budget.yaml:10:7  this entry says the quote was updated, but it is as it was published  (remove the entry, or make the update it records)`,
    ],
  },
  {
    // R7: an entry may not be pinned to the top of the corrections by a date to come.
    name: 'a new entry dated after today',
    apply: (copy) => {
      copy.edit(
        BUDGET,
        '  status: unverified\n  citations:\n    - source: mayor-quoted',
        '  status: opinion\n  citations:\n    - source: mayor-quoted',
      );
      copy.edit(
        BUDGET,
        '  rationale: Only the article',
        '  history:\n    - date: 2099-12-31\n      from: unverified\n      to: opinion\n      reason: It is a promise.\n  rationale: Only the article',
      );
    },
    expected: [
      `claims/budget.yaml:10:13  this entry is dated 2099-12-31, a day that has not come yet  (date an entry on the day its change was made)`,
    ],
  },
  {
    // R8: a file that does not parse is the one problem; what it holds is not also "deleted".
    name: 'a claims file that no longer parses',
    apply: (copy) => copy.write(BUDGET, `${copy.read(BUDGET)}  oops: [\n`),
    expected: [
      `claims/budget.yaml:25:1  YAML syntax error: this line is not indented like the other fields of its entry  (line it up with the fields above it)`,
    ],
  },
  {
    name: 'the published article edited',
    apply: (copy) =>
      copy.write('article.txt', copy.read('article.txt').replace('3 March', '4 March')),
    expected: [
      `article.txt:1:1  article.txt is not the article published at main  (restore it; a revised article is a new version, not an overwrite (CONTRIBUTING.md, "When the article is revised"))`,
      `claims/bridge.yaml:3:10  quote is not in the article  (copy the words exactly: you wrote \`3\` where the article has \`4\`; the closest sentence is s1: "The Riverside council approved a new footbridge on 4 March.")`,
    ],
  },
  {
    name: 'a quoted passage changed without a record',
    apply: (copy) =>
      copy.edit(SOURCES, ' a new footbridge over the Riverside canal.\n', ' a new footbridge.\n'),
    expected: [
      `${SOURCES}:9:5  a passage of source "council-minutes" that claim "council-approved-bridge" quoted as published at main is no longer kept: "The council approved the construction of a new footbridge over the Riverside …"  (keep it as it was; or, if it was wrong, add to the source's history an entry {date, removed: its text as it was kept, reason})`,
    ],
  },
  {
    name: 'a quoted passage removed, its source no longer read',
    apply: (copy) =>
      copy.edit(
        SOURCES,
        `  read:\n    - copy: The council's printed minutes, as filed at the town hall\n      on: 2026-03-04\n      passages:\n        - text: ${PASSAGE}\n`,
        '',
      ),
    expected: [
      `${BRIDGE}:7:15  source "council-minutes" supports the claim, but no one read it: it has no read entry  (read it, and keep in read: where, when and the passages it is cited for; or cite it as context)`,
      `${SOURCES}:1:7  a passage of source "council-minutes" that claim "council-approved-bridge" quoted as published at main is no longer kept: "The council approved the construction of a new footbridge over the Riverside …"  (keep it as it was; or, if it was wrong, add to the source's history an entry {date, removed: its text as it was kept, reason})`,
      `${SOURCES}:6:10  source "council-minutes" is grade A, the primary record, but it was not read at all (it has no read entry)  (read the record itself at its publisher, and add that reading without via; or grade it as the report it was read in (B for named sourcing, C for anonymous))`,
    ],
  },
  {
    name: 'a published source’s publisher and date rewritten without a record',
    apply: (copy) => {
      copy.edit(SOURCES, '  publisher: Riverside council\n', '  publisher: Riverside Gazette\n');
      copy.edit(SOURCES, '  date: 2026-03-03\n', '  date: 2026-03-05\n');
    },
    expected: [
      `${SOURCES}:3:14  the publisher of source "council-minutes" differs from what was published at main, and no entry records the update  (add to its history: - {date: <today>, updated: publisher, reason: <why; say so if it is now another document>})`,
      `${SOURCES}:5:9  the date of source "council-minutes" differs from what was published at main, and no entry records the update  (add to its history: - {date: <today>, updated: date, reason: <why; say so if it is now another document>})`,
    ],
  },
  {
    name: 'a published source’s publisher corrected, with its entry',
    apply: (copy) => {
      copy.edit(
        SOURCES,
        '  publisher: Riverside council\n',
        '  publisher: Riverside Borough Council\n',
      );
      copy.edit(
        SOURCES,
        "  gradeReason: The council's own record of its vote.\n",
        "  gradeReason: The council's own record of its vote.\n  history:\n    - date: 2026-12-02\n      updated: publisher\n      reason: The council's full name, as the minutes give it.\n",
      );
    },
    expected: [],
  },
  {
    name: 'a quoted translation rewritten, and the note with it, without a record',
    apply: (copy) => {
      publishTranslation(copy);
      retranslate(copy);
    },
    expected: [
      `${SOURCES}:9:5  the translation of a passage of source "council-minutes" that claim "council-approved-bridge" quoted as published at main has changed, and nothing records it: it was "The council approved the building of the bridge."  (keep the translation as it was; or, if it was wrong, add to the source's history an entry {date, removed: the old translation as it was kept, reason})`,
    ],
  },
  {
    name: 'a quoted translation corrected, the old one recorded as removed',
    apply: (copy) => {
      publishTranslation(copy);
      retranslate(copy);
      copy.edit(
        SOURCES,
        "  gradeReason: The council's own record of its vote.\n",
        `  gradeReason: The council's own record of its vote.\n  history:\n    - date: 2026-12-02\n      removed: ${OLD_TRANSLATION}\n      reason: The translation misread the verb; it is translated again.\n`,
      );
    },
    expected: [],
  },
  {
    name: 'a passage recorded as removed that is still kept',
    apply: (copy) =>
      copy.edit(
        SOURCES,
        "  gradeReason: The council's own record of its vote.\n",
        `  gradeReason: The council's own record of its vote.\n  history:\n    - date: 2026-12-02\n      removed: ${PASSAGE}\n      reason: Copied from the wrong page.\n`,
      ),
    expected: [
      `${SOURCES}:10:16  this entry records a passage as removed, but the source still keeps it  (take the passage out of read:, or remove the entry if the passage stays)`,
    ],
  },

  // --- Revisions of the article (npm run revise) -------------------------------------------
  {
    name: 'the article revised, every claim carried across',
    apply: (copy) => revise(copy, `${S3}\n${S1}\n${S2}\n`),
    expected: [],
  },
  {
    name: 'a published claim updated to the revised words, and reviewed again',
    apply: (copy) => {
      revise(copy, `${S1.replace('3 March', '4 March')}\n${S2} ${S3}\n`);
      copy.edit(
        BRIDGE,
        `quote: ${S1}\n  claim: The council approved a footbridge on 3 March.`,
        `quote: ${S1.replace('3 March', '4 March')}\n  claim: The council approved a footbridge on 4 March.`,
      );
      copy.edit(
        BRIDGE,
        '      reason: The council published its minutes.\n',
        '      reason: The council published its minutes.\n    - date: 2026-11-21\n      updated: quote\n      reason: The article was revised on 20 November and now dates the vote to 4 March.\n    - date: 2026-11-21\n      updated: claim\n      reason: Restated to the revised date.\n',
      );
      copy.edit(
        BRIDGE,
        'record the vote.\n  reviewed: 2026-11-01',
        'record the vote.\n  reviewed: 2026-11-21',
      );
    },
    expected: [],
  },
  {
    // A stealth edit: the sentence a published claim was about is gone, and the claim says so.
    name: 'a published claim pinned to the version it was about',
    apply: (copy) => {
      revise(copy, `${S1}\n${S2}\n`);
      copy.edit(
        BRIDGE,
        'are not named.\n  reviewed: 2026-11-01\n',
        'are not named.\n  reviewed: 2026-11-01\n  version: 2026-11-01\n',
      );
      copy.edit('topics/bridge.mdx', '<Sentence id="s3"/>\n', '');
      copy.write(
        'explainer.yaml',
        copy.read('explainer.yaml').replace(/ {6}pending:\n(?: {8}.*\n)+/, ''),
      );
    },
    expected: [],
  },
  {
    name: 'a published revision rewritten',
    apply: (copy) => {
      revise(copy, `${S3}\n${S1}\n${S2}\n`, 'Puts the critics first.');
      copy.commit('Revised');
      copy.edit(
        'explainer.yaml',
        'note: "Puts the critics first."',
        'note: "Puts the critics’ view first."',
      );
    },
    expected: [
      `explainer.yaml:16:7  the revision of 2026-11-20 was published at main and is no longer listed as it was  (restore it as it was: a published revision keeps its version, SHA-256 and note, and later ones come after it)`,
    ],
  },
  {
    name: 'the published article replaced by a revision that does not keep it',
    apply: (copy) => {
      revise(copy, `${S3}\n${S1}\n${S2}\n`);
      copy.unlink('versions/2026-11-01.txt');
    },
    expected: [
      `article.txt:1:1  article.txt is not the article published at main  (restore it; a revised article is a new version, not an overwrite (CONTRIBUTING.md, "When the article is revised"))`,
      `explainer.yaml:16:16  the version of 2026-11-01, which a revision replaced, is not kept: versions/2026-11-01.txt is missing  (restore versions/2026-11-01.txt exactly as it was received: every earlier version stays, byte for byte)`,
    ],
  },
  {
    // The red team of revise, F1: a published earlier version, rewritten with its hash.
    name: 'a published earlier version rewritten, with its SHA-256',
    apply: (copy) => {
      revise(copy, `${S3}\n${S1}\n${S2}\n`, 'Puts the critics first.');
      copy.commit('Revised');
      const before = copy.read('versions/2026-11-01.txt');
      const after = before.replace('approved a new footbridge', 'rejected a new footbridge');
      copy.write('versions/2026-11-01.txt', after);
      copy.write(
        'explainer.yaml',
        copy
          .read('explainer.yaml')
          .replace(
            /^ {2}sha256: .*$/m,
            `  sha256: ${createHash('sha256').update(after).digest('hex')}`,
          ),
      );
    },
    expected: [
      `explainer.yaml:12:11  the article's first version had the SHA-256 2693f88f22576fa65ad644a10d05f64ce426a4969401aff72141d460e0d236d3 as published at main, and explainer.yaml no longer says so  (restore article.sha256 as it was: the versions published are the record)`,
      `versions/2026-11-01.txt:1:1  the version of 2026-11-01, published at main, is not kept as it was published  (restore versions/2026-11-01.txt exactly as it was published)`,
    ],
  },
  {
    name: 'the published corrections policy changed without an entry',
    apply: (copy) => {
      publishPolicy(copy);
      changePolicy(copy);
    },
    expected: [
      `explainer.yaml:18:5  the corrections policy is not the one published at main, and no entry added since records the change  (add to corrections.policyChanges: - {date: <today>, reason: <why>, was: <the words it replaced, as published>} (leave out was when words were only added))`,
    ],
  },
  {
    name: 'a published change to the corrections policy rewritten',
    apply: (copy) => {
      publishPolicy(copy);
      changePolicy(copy, POLICY_CHANGE);
      copy.commit('The policy changed');
      copy.edit('explainer.yaml', 'reason: Changes of address', 'reason: Addresses');
    },
    expected: [
      `explainer.yaml:21:5  the change to the corrections policy of 2026-12-01, published at main, is no longer here as it was published  (restore it exactly as published, in its place; if it was wrong, say so in the reason of a later entry)`,
    ],
  },
  {
    name: 'a published change to the corrections policy removed',
    apply: (copy) => {
      publishPolicy(copy);
      changePolicy(copy, POLICY_CHANGE);
      copy.commit('The policy changed');
      copy.edit('explainer.yaml', POLICY_CHANGE, '');
    },
    expected: [
      `explainer.yaml:17:3  the change to the corrections policy of 2026-12-01, published at main, is no longer here as it was published  (restore it exactly as published, in its place; if it was wrong, say so in the reason of a later entry)`,
    ],
  },
  {
    name: 'a change to the corrections policy quoting words it never published',
    apply: (copy) => {
      publishPolicy(copy);
      changePolicy(
        copy,
        POLICY_CHANGE.replace(
          'was: Changes of address are not',
          'was: Changes of address were not',
        ),
      );
    },
    expected: [
      `explainer.yaml:23:12  this entry says the policy said "Changes of address were not listed here.", but the policy published at main has no such words  (copy the words it replaced exactly from the policy as it was published (git show main:content/explainer.yaml); leave out was when words were only added)`,
    ],
  },
  {
    name: 'the published first version given an earlier day',
    apply: (copy) => copy.edit('explainer.yaml', 'received: 2026-11-01', 'received: 2026-10-01'),
    expected: [
      `explainer.yaml:11:13  the article's first version was received on 2026-11-01 as published at main, and explainer.yaml no longer says so  (restore article.received as it was: the versions published are the record)`,
    ],
  },
];
