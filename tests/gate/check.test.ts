import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { formatProblem, problemSummary } from '../../src/gate/problems.ts';
import { type ContentCopy, copyFixture, fixtureDir } from '../helpers/fixture.ts';

/**
 * Each test breaks one thing in a copy of the fixture explainer and reads the report a
 * contributor would read: `file:line:column  message  (how to fix)`.
 *
 * Line numbers below are those of the fixture files:
 *   claims/bridge.yaml  claim council-approved-bridge on lines 1-10 (its citation's source on 7),
 *                       claim bridge-is-waste on lines 11-20 (topic 12, quote 13, status 15)
 *   sources.yaml        council-minutes on lines 1-7, unnamed-critics on lines 8-14
 *   topics/bridge.mdx   frontmatter 1-6, <Source> on 8, <StatusBox/> 10, <Claim>s 12 and 18, <Sentence> 16
 */
let copy: ContentCopy;
beforeEach(() => {
  copy = copyFixture();
});
afterEach(() => copy.remove());

const report = () => checkContent(copy.dir).problems.map(formatProblem);
/** The formatted line for a problem at `file:line:column` of the copy. */
const at = (file: string, line: number, column: number, text: string) =>
  `${copy.shown(file)}:${line}:${column}  ${text}`;

describe('checkContent', () => {
  it('should find no problems in the fixture explainer and hand back its content', () => {
    const result = checkContent(fixtureDir);
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({ claims: 2, sources: 3, topics: 1, files: 5 });
    expect(result.input?.claims.map((c) => c.id)).toEqual([
      'council-approved-bridge',
      'bridge-is-waste',
    ]);
    expect(result.input?.topics.map((t) => t.id)).toEqual(['bridge']);
  });

  it('should hand back no content when there is a problem', () => {
    copy.edit(
      'claims/bridge.yaml',
      'topic: bridge\n  quote: Critics',
      'topic: brige\n  quote: Critics',
    );
    const result = checkContent(copy.dir);
    expect(result.problems).toHaveLength(1);
    expect(result.input).toBeUndefined();
  });

  describe('ids', () => {
    it('should report a citation of an unknown source, suggesting the likely one', () => {
      copy.edit(
        'claims/bridge.yaml',
        'footbridge”.\n  rationale: The council',
        'footbridge”.\n    - source: council-minuts\n      stance: context\n  rationale: The council',
      );
      expect(report()).toEqual([
        at(
          'claims/bridge.yaml',
          10,
          15,
          'source "council-minuts" does not exist  (did you mean "council-minutes"? cite an id from sources.yaml, or add the source there)',
        ),
      ]);
    });

    it('should report a card whose id is a typo once, not also the claim it leaves unplaced', () => {
      copy.edit(
        'topics/bridge.mdx',
        '<Claim id="bridge-is-waste"/>',
        '<Claim id="bridge-is-wast"/>',
      );
      const result = checkContent(copy.dir);
      expect(result.problems.map(formatProblem)).toEqual([
        at(
          'topics/bridge.mdx',
          18,
          1,
          'claim "bridge-is-wast" does not exist  (did you mean "bridge-is-waste"? use an id from claims/*.yaml, or add the claim there)',
        ),
      ]);
      expect(problemSummary(result.problems.length, result.suppressed)).toBe(
        '1 problem; 1 more may follow from it and is not shown',
      );
    });

    it('should still report a claim left unplaced when no card on a page was meant for it', () => {
      copy.edit('topics/bridge.mdx', '<Claim id="bridge-is-waste"/>', '<Claim id="tunnel-plan"/>');
      expect(report()).toEqual([
        at(
          'claims/bridge.yaml',
          12,
          7,
          'claim "bridge-is-waste" is not placed on any page  (add <Claim id="bridge-is-waste"/> to topics/bridge.mdx)',
        ),
        at(
          'topics/bridge.mdx',
          18,
          1,
          'claim "tunnel-plan" does not exist  (use an id from claims/*.yaml, or add the claim there)',
        ),
      ]);
    });

    it('should report an unknown source without a suggestion when nothing is close', () => {
      copy.edit(
        'claims/bridge.yaml',
        'footbridge”.\n  rationale: The council',
        'footbridge”.\n    - source: national-gazette\n      stance: context\n  rationale: The council',
      );
      expect(report()).toEqual([
        at(
          'claims/bridge.yaml',
          10,
          15,
          'source "national-gazette" does not exist  (cite an id from sources.yaml, or add the source there)',
        ),
      ]);
    });

    it('should report a claim id used twice, naming where it was first used', () => {
      const first = copy.read('claims/bridge.yaml').split('- id: bridge-is-waste')[0] ?? '';
      copy.write('claims/more.yaml', first);
      expect(report()).toEqual([
        at(
          'claims/more.yaml',
          1,
          7,
          `claim id "council-approved-bridge" is already used at ${copy.shown('claims/bridge.yaml')}:1  (give one of them another id)`,
        ),
      ]);
    });

    it('should report a source id used twice, naming where it was first used', () => {
      copy.edit('sources.yaml', '- id: unnamed-critics', '- id: council-minutes');
      copy.edit(
        'claims/bridge.yaml',
        'source: unnamed-critics\n      stance: supports',
        'source: council-minutes\n      stance: context',
      );
      expect(report()).toEqual([
        at(
          'sources.yaml',
          13,
          7,
          `source id "council-minutes" is already used at ${copy.shown('sources.yaml')}:1  (give one of them another id)`,
        ),
      ]);
    });

    it('should report a claim whose topic does not exist, suggesting the likely one', () => {
      copy.edit(
        'claims/bridge.yaml',
        'topic: bridge\n  quote: Critics',
        'topic: brige\n  quote: Critics',
      );
      expect(report()).toEqual([
        at(
          'claims/bridge.yaml',
          13,
          10,
          'topic "brige" does not exist  (did you mean "bridge"? use one of bridge, or add topics/brige.mdx)',
        ),
      ]);
    });

    it('should report a derivedFrom cycle once, at the first source in it', () => {
      copy.edit(
        'sources.yaml',
        "  gradeReason: The council's own record of its vote.\n",
        "  gradeReason: The council's own record of its vote.\n  derivedFrom: unnamed-critics\n",
      );
      copy.edit(
        'sources.yaml',
        '  derivedFrom: article-text\n',
        '  derivedFrom: council-minutes\n',
      );
      expect(report()).toEqual([
        at(
          'sources.yaml',
          8,
          16,
          'derivedFrom goes round in a circle: council-minutes → unnamed-critics → council-minutes  (a source can only relay an earlier one; remove one derivedFrom)',
        ),
      ]);
    });

    it('should report a derivedFrom that names no source', () => {
      copy.edit(
        'sources.yaml',
        "  gradeReason: The council's own record of its vote.\n",
        "  gradeReason: The council's own record of its vote.\n  derivedFrom: unnamed-critic\n",
      );
      expect(report()).toEqual([
        at(
          'sources.yaml',
          8,
          16,
          'derivedFrom "unnamed-critic" is not a source  (did you mean "unnamed-critics"? name the id of the source this one relays)',
        ),
      ]);
    });
  });

  describe('quotes', () => {
    it('should report a quote that is not in the article, naming the closest sentence', () => {
      copy.edit(
        'claims/bridge.yaml',
        'quote: Critics called the project a waste of money.',
        'quote: the U.S. Department of Transport would pay half the cost',
      );
      // The closest sentence is s2; its line break is shown as a space so the message stays on one line.
      expect(report()).toEqual([
        at(
          'claims/bridge.yaml',
          14,
          10,
          'quote is not in the article  (copy the words exactly: you wrote `Transport` where the article has `Transportation`; the closest sentence is s2: "Mayor Ana Lopez said the U.S. Department of Transportation would pay half the cost.")',
        ),
      ]);
    });

    it('should report a quote like no sentence without naming one', () => {
      copy.edit(
        'claims/bridge.yaml',
        'quote: Critics called the project a waste of money.',
        'quote: Nobody was consulted.',
      );
      expect(report()).toEqual([
        at(
          'claims/bridge.yaml',
          14,
          10,
          'quote is not in the article  (copy the words exactly from content/article.txt)',
        ),
      ]);
    });

    it('should accept a quote whose line break and spaces differ from the article', () => {
      copy.edit(
        'claims/bridge.yaml',
        'quote: Critics called the project a waste of money.',
        'quote: >-\n    said the U.S. Department\n    of   Transportation',
      );
      expect(report()).toEqual([]);
    });

    it('should report a quote that occurs more than once, naming the sentences', () => {
      copy.edit(
        'claims/bridge.yaml',
        'quote: Critics called the project a waste of money.',
        'quote: the',
      );
      expect(report()).toEqual([
        at(
          'claims/bridge.yaml',
          14,
          10,
          'quote occurs 3 times in the article (in s2, s2, s3)  (quote more words so it occurs once, or add occurrence: 1 to 3, or occurrence: all)',
        ),
      ]);
    });

    it('should accept a repeated quote once its occurrence is given, and report one out of range', () => {
      copy.edit(
        'claims/bridge.yaml',
        'quote: Critics called the project a waste of money.',
        'quote: the\n  occurrence: 3',
      );
      expect(report()).toEqual([]);
      copy.edit('claims/bridge.yaml', 'occurrence: 3', 'occurrence: 4');
      expect(report()).toEqual([
        at(
          'claims/bridge.yaml',
          15,
          15,
          'occurrence 4 asked for, but the quote occurs 3 times  (use a number from 1 to 3, or all)',
        ),
      ]);
    });
  });

  describe('evidence', () => {
    it('should report a status the citations do not justify, with the rule and the reason', () => {
      copy.edit('claims/bridge.yaml', 'status: opinion', 'status: reported');
      expect(report()).toEqual([
        at(
          'claims/bridge.yaml',
          16,
          11,
          'claim "bridge-is-waste" is "reported", but that needs a supporting source graded C or better, and no named source (A to D) disputing it; its supporting sources are unnamed-critics (E), article-text (E)  (change the status to "unverified", the strongest these citations allow, or cite evidence that meets the rule (see /method/))',
        ),
      ]);
    });

    it('should report a claim with no supporting citation', () => {
      copy.edit(
        'claims/bridge.yaml',
        '    - source: unnamed-critics\n      stance: supports\n    - source: article-text\n      stance: supports',
        '    - source: unnamed-critics\n      stance: context\n    - source: article-text\n      stance: context',
      );
      expect(report()).toEqual([
        at(
          'claims/bridge.yaml',
          16,
          11,
          'claim "bridge-is-waste" is "opinion", but that needs at least one citation that supports it: who makes the claim; nothing supports it  (cite the source that makes the claim, with stance: supports (see /method/))',
        ),
      ]);
    });
  });

  describe('placement', () => {
    it('should report a claim no page places', () => {
      copy.edit('topics/bridge.mdx', '\n<Claim id="bridge-is-waste"/>\n', '\n');
      expect(report()).toEqual([
        at(
          'claims/bridge.yaml',
          12,
          7,
          'claim "bridge-is-waste" is not placed on any page  (add <Claim id="bridge-is-waste"/> to topics/bridge.mdx)',
        ),
      ]);
    });

    it('should report a claim placed on another topic than its own', () => {
      copy.edit('topics/bridge.mdx', '\n<Claim id="bridge-is-waste"/>\n', '\n');
      copy.write(
        'topics/money.mdx',
        '---\ntitle: The money\nsummary: Who pays.\norder: 2\nreviewed: 2026-11-01\n---\n\n<StatusBox/>\n\n<Claim id="bridge-is-waste"/>\n',
      );
      expect(report()).toEqual([
        at(
          'topics/money.mdx',
          10,
          1,
          'claim "bridge-is-waste" belongs to topic "bridge" but is placed on "money"  (move <Claim id="bridge-is-waste"/> to topics/bridge.mdx and link to it here with <ClaimRef id="bridge-is-waste"/>, or change the claim\'s topic to "money")',
        ),
      ]);
    });

    it('should report a claim placed twice, naming the first place', () => {
      copy.write(
        'topics/bridge.mdx',
        `${copy.read('topics/bridge.mdx')}\n<Claim id="council-approved-bridge"/>\n`,
      );
      expect(report()).toEqual([
        at(
          'topics/bridge.mdx',
          20,
          1,
          `claim "council-approved-bridge" is already placed at ${copy.shown('topics/bridge.mdx')}:12  (place each claim once; elsewhere, link to it with <ClaimRef id="council-approved-bridge"/>)`,
        ),
      ]);
    });

    it('should report a source no claim cites', () => {
      copy.write(
        'sources.yaml',
        `${copy.read('sources.yaml')}- id: council-press-release\n  title: Press release on the vote\n  publisher: Riverside council\n  kind: statement\n  date: 2026-03-03\n  grade: B\n  gradeReason: The council's statement, cited by name.\n`,
      );
      expect(report()).toEqual([
        at(
          'sources.yaml',
          28,
          7,
          'source "council-press-release" is cited by nothing  (cite it from a claim (or from the glossary or timeline), or remove it from sources.yaml)',
        ),
      ]);
    });

    it('should report a <Source> that names no source, suggesting the likely one', () => {
      copy.edit(
        'topics/bridge.mdx',
        '<Source id="council-minutes"/>',
        '<Source id="council-minute"/>',
      );
      expect(report()).toEqual([
        at(
          'topics/bridge.mdx',
          8,
          36,
          'source "council-minute" does not exist  (did you mean "council-minutes"? cite an id from sources.yaml, or add the source there)',
        ),
      ]);
    });

    it('should report a <Sentence> the article does not have, giving the range', () => {
      copy.edit('topics/bridge.mdx', '<Sentence id="s3"/>', '<Sentence id="s4"/>');
      expect(report()).toEqual([
        at(
          'topics/bridge.mdx',
          16,
          1,
          'sentence "s4" does not exist; the article has sentences s1 to s3  (find the sentence id on the annotated article page (/article/))',
        ),
      ]);
    });

    it('should report a <Claim> that names no claim', () => {
      copy.edit(
        'topics/bridge.mdx',
        '<Claim id="bridge-is-waste"/>',
        '<Claim id="bridge-is-waste"/>\n\n<Claim id="bridge-is-wast"/>',
      );
      expect(report()).toEqual([
        at(
          'topics/bridge.mdx',
          20,
          1,
          'claim "bridge-is-wast" does not exist  (did you mean "bridge-is-waste"? use an id from claims/*.yaml, or add the claim there)',
        ),
      ]);
    });

    it('should report a <ClaimRef> that names no claim, and accept one that links to another page', () => {
      copy.write(
        'topics/money.mdx',
        '---\ntitle: The money\nsummary: Who pays.\norder: 2\nreviewed: 2026-11-01\n---\n\n<StatusBox/>\n\nCritics object: <ClaimRef id="bridge-is-waste"/>.\n',
      );
      expect(report()).toEqual([]);
      copy.edit(
        'topics/money.mdx',
        '<ClaimRef id="bridge-is-waste"/>',
        '<ClaimRef id="bridge-waste"/>',
      );
      expect(report()).toEqual([
        at(
          'topics/money.mdx',
          10,
          17,
          'claim "bridge-waste" does not exist  (did you mean "bridge-is-waste"? use an id from claims/*.yaml, or add the claim there)',
        ),
      ]);
    });

    it('should report a topic without a <StatusBox/>', () => {
      copy.edit('topics/bridge.mdx', '<StatusBox/>\n\n', '');
      expect(report()).toEqual([
        at(
          'topics/bridge.mdx',
          1,
          1,
          'topic "bridge" has no <StatusBox/>  (add <StatusBox/> after the introduction; every topic shows what is established and what is not)',
        ),
      ]);
    });
  });

  describe('fields', () => {
    it('should report a date that is not a real day', () => {
      copy.edit('topics/bridge.mdx', 'reviewed: 2026-11-01', 'reviewed: 2026-02-30');
      expect(report()).toEqual([
        at(
          'topics/bridge.mdx',
          5,
          11,
          'reviewed "2026-02-30" is not a date written YYYY-MM-DD  (write reviewed as a real day in ISO form, e.g. 2026-01-23)',
        ),
      ]);
    });

    it('should report an unknown field, suggesting the likely one', () => {
      copy.write(
        'explainer.yaml',
        `${copy.read('explainer.yaml')}repositry: https://example.org/riverside\n`,
      );
      expect(report()).toEqual([
        at(
          'explainer.yaml',
          16,
          1,
          'unknown field "repositry"  (did you mean "repository"? allowed fields are title, description, draft, organization, repository, branch, license, article, corrections, method)',
        ),
      ]);
    });

    it('should report a value outside a vocabulary, suggesting the likely one', () => {
      copy.edit('sources.yaml', 'kind: official-record', 'kind: oficial-record');
      expect(report()).toContain(
        at(
          'sources.yaml',
          4,
          9,
          'kind "oficial-record" is not one of official-record, statement, news-report, poll, anonymous-sources, party-claim, research, unattributed, article  (did you mean "official-record"? use one of official-record, statement, news-report, poll, anonymous-sources, party-claim, research, unattributed, article; the method page explains each)',
        ),
      );
    });

    it('should report a claim status typo, suggesting the likely status', () => {
      copy.edit('claims/bridge.yaml', 'status: opinion', 'status: opinon');
      expect(report()).toContain(
        at(
          'claims/bridge.yaml',
          16,
          11,
          'status "opinon" is not one of established, reported, disputed, unverified, contradicted, opinion  (did you mean "opinion"? use one of established, reported, disputed, unverified, contradicted, opinion; the method page explains each)',
        ),
      );
    });

    // One mistake inside an entry should be one problem: the entry still exists, so the ids
    // that point at it are not "unknown", and the sources it cites are cited.
    it('should report a source with a bad field once, not also as missing wherever it is cited', () => {
      copy.edit('sources.yaml', 'kind: official-record', 'kind: oficial-record');
      expect(report()).toEqual([
        at(
          'sources.yaml',
          4,
          9,
          'kind "oficial-record" is not one of official-record, statement, news-report, poll, anonymous-sources, party-claim, research, unattributed, article  (did you mean "official-record"? use one of official-record, statement, news-report, poll, anonymous-sources, party-claim, research, unattributed, article; the method page explains each)',
        ),
      ]);
    });

    it('should report a claim with a bad date once, not also its source as cited by nothing', () => {
      copy.edit(
        'claims/bridge.yaml',
        'reviewed: 2026-11-01\n- id: bridge-is-waste',
        'reviewed: 2026-13-01\n- id: bridge-is-waste',
      );
      expect(report()).toEqual([
        at(
          'claims/bridge.yaml',
          11,
          13,
          'reviewed "2026-13-01" is not a date written YYYY-MM-DD  (write reviewed as a real day in ISO form, e.g. 2026-01-23)',
        ),
      ]);
    });
  });

  describe('safe YAML', () => {
    it('should refuse a YAML alias', () => {
      copy.edit('explainer.yaml', '  name: Test Desk', '  name: &desk Test Desk');
      copy.edit(
        'explainer.yaml',
        '    - Written for the test suite; every name in it is invented.',
        '    - *desk',
      );
      expect(report()).toEqual([
        at(
          'explainer.yaml',
          13,
          7,
          'YAML aliases (*name) are not allowed in content  (write the value out in full)',
        ),
      ]);
    });

    it('should refuse an explicit YAML tag', () => {
      copy.edit(
        'explainer.yaml',
        'title: Riverside footbridge explained',
        'title: !secret Riverside footbridge explained',
      );
      expect(checkContent(copy.dir).problems).toEqual([
        expect.objectContaining({
          file: copy.shown('explainer.yaml'),
          line: 2,
          code: 'yaml-tag',
          message: 'YAML tag !secret is not allowed in content',
          fix: 'remove the tag; write plain text, numbers, lists and mappings only',
        }),
      ]);
    });

    // The column should lead the contributor to the tag, not to the text after it.
    it('should point at the tag itself', () => {
      copy.edit(
        'explainer.yaml',
        'title: Riverside footbridge explained',
        'title: !secret Riverside footbridge explained',
      );
      expect(report()).toEqual([
        at(
          'explainer.yaml',
          2,
          8,
          'YAML tag !secret is not allowed in content  (remove the tag; write plain text, numbers, lists and mappings only)',
        ),
      ]);
    });

    it('should name a core tag the way the contributor wrote it', () => {
      copy.edit(
        'explainer.yaml',
        'title: Riverside footbridge explained',
        'title: !!str Riverside footbridge explained',
      );
      expect(checkContent(copy.dir).problems.map((p) => p.message)).toEqual([
        'YAML tag !!str is not allowed in content',
      ]);
    });

    it('should report a YAML syntax error at its line', () => {
      copy.edit(
        'explainer.yaml',
        'description: A test explainer',
        'description: Note: a test explainer',
      );
      expect(report()).toEqual([
        at(
          'explainer.yaml',
          3,
          14,
          'YAML syntax error: a value contains ": ", which YAML reads as another field  (wrap the value in double quotes)',
        ),
      ]);
    });

    it('should report a key written twice', () => {
      copy.edit(
        'explainer.yaml',
        'title: Riverside footbridge explained',
        'title: Riverside footbridge explained\ntitle: Riverside bridge',
      );
      expect(report()).toEqual([
        at(
          'explainer.yaml',
          3,
          1,
          'YAML syntax error: this field is written twice in the same entry  (keep one of them)',
        ),
      ]);
    });
  });

  describe('the MDX sandbox', () => {
    /** Adds `mdx` as a paragraph of its own after the page's first paragraph (so on line 10). */
    const addToPage = (mdx: string) =>
      copy.edit('topics/bridge.mdx', ' records the vote.\n', ` records the vote.\n\n${mdx}\n`);

    it.each([
      [
        'an import',
        'import Evil from "../../src/evil.ts"',
        1,
        'import statements are not allowed in content  (remove it; the components Claim, ClaimRef, Source, Sentence and StatusBox are available without importing)',
      ],
      [
        'an export',
        'export const meta = 1',
        1,
        'export statements are not allowed in content  (remove it; the components Claim, ClaimRef, Source, Sentence and StatusBox are available without importing)',
      ],
      [
        'an {expression}',
        'Two and two make {2 + 2}.',
        18,
        'JavaScript expressions in braces {…} are not allowed in content  (write plain text; to show a literal brace, write \\{)',
      ],
      [
        'a <script>',
        '<script>alert(1)</script>',
        1,
        '<script> is never allowed in content  (remove it; content cannot add scripts, styles, frames, forms or page metadata)',
      ],
      [
        'an onClick attribute',
        'Press <span onClick="alert(1)">here</span>.',
        7,
        '<span> has an event-handler attribute onClick  (remove it; content cannot run scripts)',
      ],
      [
        'a javascript: link',
        '[the minutes](javascript:alert(1))',
        1,
        'link to "javascript:alert(1)" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)',
      ],
      [
        'a mixed-case JavaScript: link',
        'Read [the minutes](JaVaScRiPt:alert(1)).',
        6,
        'link to "JaVaScRiPt:alert(1)" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)',
      ],
      [
        'an entity-encoded javascript: link',
        '[the minutes](jav&#x61;script:alert(1))',
        1,
        'link to "javascript:alert(1)" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)',
      ],
      [
        'a javascript: link hidden by an encoded tab',
        '[the minutes](java&#9;script:alert(1))',
        1,
        'link to "java\\tscript:alert(1)" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)',
      ],
      [
        'a javascript: link definition',
        '[minutes]: javascript:alert(1)',
        1,
        'link to "javascript:alert(1)" uses a scheme that can run code or hide content  (link only to https://, http://, mailto: or a path on this site)',
      ],
      [
        'a raw <a> element',
        '<a href="javascript:alert(1)">minutes</a>',
        1,
        '<a> is not an allowed component or element  (use one of Claim, ClaimRef, Source, Sentence, StatusBox, abbr, b, br, cite, code, dd, del, details, dfn, dl, dt, em, figcaption, figure, i, ins, kbd, mark, q, s, small, span, strong, sub, summary, sup, time, u, or Markdown syntax)',
      ],
    ])('should refuse %s', (_what, mdx, column, text) => {
      addToPage(mdx);
      expect(report()).toEqual([at('topics/bridge.mdx', 10, column, text)]);
    });

    it('should accept safe links and allowed elements', () => {
      addToPage(
        'See [the minutes](https://example.org/minutes), [the method](/method/), [mail](mailto:desk@example.org) and <abbr title="United States">U.S.</abbr>.',
      );
      expect(report()).toEqual([]);
    });
  });

  it('should report several problems at once, sorted by file and then by line', () => {
    copy.edit(
      'claims/bridge.yaml',
      'topic: bridge\n  quote: Critics',
      'topic: brige\n  quote: Critics',
    );
    copy.edit('topics/bridge.mdx', '<Claim id="council-approved-bridge"/>', 'No card here.');
    copy.edit('topics/bridge.mdx', '<StatusBox/>', '');
    copy.write(
      'explainer.yaml',
      `${copy.read('explainer.yaml')}repositry: https://example.org/riverside\n`,
    );
    copy.edit('sources.yaml', 'derivedFrom: article-text', 'derivedFrom: unnamed-critic');
    expect(report()).toEqual([
      // Found last (placement), but first in the file.
      at(
        'claims/bridge.yaml',
        1,
        7,
        'claim "council-approved-bridge" is not placed on any page  (add <Claim id="council-approved-bridge"/> to topics/bridge.mdx)',
      ),
      at(
        'claims/bridge.yaml',
        13,
        10,
        'topic "brige" does not exist  (did you mean "bridge"? use one of bridge, or add topics/brige.mdx)',
      ),
      at(
        'explainer.yaml',
        16,
        1,
        'unknown field "repositry"  (did you mean "repository"? allowed fields are title, description, draft, organization, repository, branch, license, article, corrections, method)',
      ),
      at(
        'sources.yaml',
        20,
        16,
        'derivedFrom "unnamed-critic" is not a source  (did you mean "unnamed-critics"? name the id of the source this one relays)',
      ),
      at(
        'topics/bridge.mdx',
        1,
        1,
        'topic "bridge" has no <StatusBox/>  (add <StatusBox/> after the introduction; every topic shows what is established and what is not)',
      ),
    ]);
  });
});
