/**
 * The record as readers see it: a published explainer corrected in every way the record knows
 * (a status change, an update, a note, a link removed, a passage removed, a claim and a source
 * withdrawn, a change to the corrections policy),
 * checked `--since` its published version, then built. Each correction has its own line on
 * /corrections/ and its own item and guid in the feed; the withdrawn claim keeps its page and
 * card, marked withdrawn, leaves the box and the tallies, stays in the data marked withdrawn,
 * and carries no ClaimReview.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildAsync } from '../helpers/build.ts';
import { buildDir } from '../helpers/fixture.ts';
import { elementWith, tagsWith, textOf } from '../helpers/html.ts';
import { type PublishedCopy, publishedCopy } from './published.ts';

const BUDGET = 'claims/budget.yaml';
const SOURCES = 'sources.yaml';

let copy: PublishedCopy;
let dist: string;
let built: { code: number | null; output: string };
const page = (file: string) => readFileSync(path.join(dist, file), 'utf8');

beforeAll(async () => {
  copy = publishedCopy();
  // The corrections policy, published, then changed, the change recorded with the words it replaced.
  copy.write(
    'explainer.yaml',
    `${copy.read('explainer.yaml')}corrections:\n  policy:\n    - We correct our errors openly.\n    - Changes of address are not listed here.\n`,
  );
  copy.commit('A corrections policy');
  copy.edit(
    'explainer.yaml',
    '    - Changes of address are not listed here.\n',
    '    - Changes of address are listed here, with their reasons.\n  policyChanges:\n    - date: 2026-12-03\n      reason: A changed address is a correction too.\n      was: Changes of address are not listed here.\n',
  );
  // The mayor's claim: withdrawn. The critics' claim: its restatement updated, then a note.
  copy.edit(
    BUDGET,
    '  reviewed: 2026-11-01\n- id: footbridge-is-new',
    '  reviewed: 2026-11-01\n  withdrawn:\n    date: 2026-12-02\n    reason: The article does not say who pays.\n- id: footbridge-is-new',
  );
  copy.edit(
    'claims/bridge.yaml',
    '  claim: Unnamed critics call the footbridge a waste of money.',
    '  claim: The article’s unnamed critics call the footbridge a waste of money.',
  );
  copy.edit(
    'claims/bridge.yaml',
    '  rationale: A judgement about value',
    '  history:\n    - date: 2026-12-01\n      updated: claim\n      reason: The restatement now says whose critics they are.\n    - date: 2026-12-03\n      note: The critics are the article’s, not the council’s.\n      about: 2026-12-01\n  rationale: A judgement about value',
  );
  // The mayor's source: its link removed, then the source withdrawn.
  copy.edit(SOURCES, '  url: https://example.org/mayor\n', '');
  copy.edit(
    SOURCES,
    '  gradeReason: No other report of the words was found.\n',
    '  gradeReason: No other report of the words was found.\n  history:\n    - date: 2026-12-01\n      url:\n        from: https://example.org/mayor\n        to: null\n      reason: The page linked was never read.\n  withdrawn:\n    date: 2026-12-02\n    reason: The article is the only source of the words.\n',
  );
  // The minutes' passage: copied again, the words first kept recorded as removed.
  copy.edit(SOURCES, ' a new footbridge over the Riverside canal.\n', ' a new footbridge.\n');
  copy.edit(
    SOURCES,
    "  gradeReason: The council's own record of its vote.\n",
    "  gradeReason: The council's own record of its vote.\n  history:\n    - date: 2026-11-30\n      removed: The council approved the construction of a new footbridge over the Riverside canal.\n      reason: The minutes do not say where the footbridge goes.\n",
  );
  const root = buildDir('record');
  dist = path.join(root, 'dist');
  built = await buildAsync(copy.dir, dist);
}, BUILD_TIMEOUT);
afterAll(() => {
  copy.remove();
  rmSync(path.dirname(dist), { recursive: true, force: true });
});

describe('a corrected published explainer', () => {
  it('should pass the check --since its published version, and build', () => {
    expect(copy.checkSince().problems).toEqual([]);
    expect(built.code, built.output).toBe(0);
  });

  it('should list every correction on /corrections/, newest first, each on its own line', () => {
    const items = tagsWith(page('corrections/index.html'), 'data-correction').map(
      (tag) => tag.match(/data-correction="([^"]+)"/)![1],
    );
    // Newest first; the withdrawals published with the explainer (2 November) stay listed.
    expect(items).toEqual([
      'note',
      'withdrawal',
      'withdrawal',
      'update',
      'address',
      'removed',
      'withdrawal',
      'withdrawal',
      'status',
    ]);
    const text = textOf(page('corrections/index.html'));
    expect(text).toContain(
      'Link removed: https://example.org/mayor. The page linked was never read.',
    );
    expect(text).toContain(
      'The restatement was updated. The restatement now says whose critics they are.',
    );
    expect(text).toContain(
      'Note on the entry of 1 December 2026: The critics are the article’s, not the council’s.',
    );
    expect(text).toContain('Withdrawn. The article does not say who pays.');
    expect(text).toContain(
      'Passage removed from what we kept: “The council approved the construction of a new footbridge over the Riverside canal.” The minutes do not say where the footbridge goes.',
    );
    // A removed link names a page nobody read: it is shown, never linked.
    expect(page('corrections/index.html')).not.toContain('href="https://example.org/mayor"');
  });

  it('should list the changes to the corrections policy under it, with the words they replaced', () => {
    const html = page('corrections/index.html');
    const policy = elementWith(html, '<section aria-labelledby="policy"') ?? '';
    expect(textOf(policy)).toContain(
      'Changes to this policy 3 December 2026: A changed address is a correction too. It said: Changes of address are not listed here.',
    );
    expect(tagsWith(policy, 'data-policy-change')).toHaveLength(1);
    expect(html).toContain('<h3 id="policy-changes">');
  });

  it('should give each correction its own item and guid in the feed', () => {
    const feed = new XMLParser().parse(page('corrections.xml')) as {
      rss: {
        channel: { item: { title: string; guid: string; link: string; description: string }[] };
      };
    };
    const items = feed.rss.channel.item;
    expect(items.map((i) => i.title)).toEqual([
      'Note on the entry of 1 December 2026: The article’s unnamed critics call the footbridge a waste of money.',
      'Changed: Our corrections policy',
      'Withdrawn: The mayor’s words as the article gives them',
      'Withdrawn: The mayor says the US transport department will pay half the footbridge’s cost.',
      'Restatement updated: The article’s unnamed critics call the footbridge a waste of money.',
      'Link removed: The mayor’s words as the article gives them',
      'Passage removed: Minutes of the council meeting',
      'Withdrawn: The footbridge is a new one.',
      'Withdrawn: Report on the footbridge',
      'Status Reported → Established: The council approved a footbridge on 3 March.',
    ]);
    expect(new Set(items.map((i) => i.guid)).size).toBe(items.length);
    const policy = items[1]!;
    expect(policy.guid).toBe('correction:policy:2026-12-03');
    expect(policy.link).toMatch(/\/corrections\/#policy-changes$/);
    expect(policy.description).toBe(
      'A changed address is a correction too. It said: “Changes of address are not listed here.”',
    );
  });

  it('should keep the withdrawn claim’s card on its topic page, marked withdrawn, out of the box', () => {
    const topic = page('topics/budget/index.html');
    const card = elementWith(topic, '<article class="claim" id="us-pays-half"') ?? '';
    expect(card).toContain('data-status="withdrawn"');
    expect(textOf(card)).toContain('Withdrawn on 2 December 2026.');
    const box =
      elementWith(topic, '<aside') ?? elementWith(topic, '<section class="status-box"') ?? '';
    expect(box).not.toContain('us-pays-half');
  });

  it('should keep the withdrawn claim’s page, with its notice and no ClaimReview', () => {
    const claim = page('claims/us-pays-half/index.html');
    expect(textOf(claim)).toContain(
      'Withdrawn on 2 December 2026. It was “Unverified” when it was withdrawn',
    );
    expect(claim).not.toContain('ClaimReview');
  });

  it('should count the withdrawn claims in no tally, and keep them in the data, marked', () => {
    const home = textOf(page('index.html'));
    expect(home).toContain(
      '2 claims examined across 3 sentences; 3 of 3 sentences are covered by at least one claim. 2 more claims were withdrawn, and count in no tally.',
    );
    expect(home).toContain('0 Unverified');
    const data = JSON.parse(page('claims.json')) as {
      claims: { id: string; withdrawn: { date: string } | null }[];
    };
    expect(data.claims.find((c) => c.id === 'us-pays-half')?.withdrawn?.date).toBe('2026-12-02');
    expect(data.claims.find((c) => c.id === 'bridge-is-waste')?.withdrawn).toBeNull();
    const rows = parseCsv(page('claims.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.id === 'us-pays-half')?.withdrawn).toBe(
      '2026-12-02: The article does not say who pays.',
    );
  });
});
