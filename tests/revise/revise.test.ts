import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/limits.ts';
import { checkContent } from '../../src/gate/check.ts';
import { formatProblem } from '../../src/gate/problems.ts';
import { compareVersions, wordChanges } from '../../src/model/revisions.ts';
import { applyRevision, planRevision, type RevisionPlan } from '../../src/revise/revise.ts';
import { type ContentCopy, copyFixture, repoRoot } from '../helpers/fixture.ts';

/**
 * `npm run revise`: the publisher changed the article, so its new text becomes a new version.
 * The fixture's article has three sentences:
 *   s1 "The Riverside council approved a new footbridge on 3 March." (claim council-approved-bridge)
 *   s2 "Mayor Ana Lopez said the U.S. Department of Transportation would pay half the cost."
 *   s3 "Critics called the project a waste of money." (claim bridge-is-waste, <Sentence id="s3"/>)
 */
const S1 = 'The Riverside council approved a new footbridge on 3 March.';
const S2 = 'Mayor Ana Lopez said the U.S.\nDepartment of Transportation would pay half the cost.';
const S3 = 'Critics called the project a waste of money.';
const TODAY = '2026-12-03';

let copy: ContentCopy;
beforeEach(() => {
  copy = copyFixture();
});
afterEach(() => copy.remove());

const plan = (text: string, options: { date?: string; note?: string } = {}) =>
  planRevision(copy.dir, Buffer.from(text), { today: TODAY, date: '2026-11-20', ...options });
const revised = (text: string, options: { date?: string; note?: string } = {}): RevisionPlan => {
  const result = plan(text, options);
  if (!result.ok) throw new Error(result.reason);
  expect(applyRevision(copy.dir, result.plan)).toEqual({ ok: true });
  return result.plan;
};
const report = () => checkContent(copy.dir).problems.map(formatProblem);
const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Every file of the copy with its bytes' hash: what "changes nothing" is checked against. */
function snapshot(dir = copy.dir): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = sha(readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

describe('comparing two versions of the article', () => {
  it('should say of each sentence whether it stayed, moved, was reworded or removed', () => {
    const before = `${S1} ${S2} ${S3}`;
    const after = `${S1} The vote was five to two. Mayor Ana Lopez said the state would pay half the cost. ${S3}`;
    const c = compareVersions(before, after);
    expect(c.approximate).toBe(false);
    expect(c.fates.map((f) => [f.from.id, f.fate, f.to?.id])).toEqual([
      ['s1', 'unchanged', 's1'],
      ['s2', 'changed', 's3'],
      ['s3', 'moved', 's4'],
    ]);
    expect(c.added.map((s) => s.text)).toEqual(['The vote was five to two.']);
  });

  it('should not pair a sentence that was both moved and reworded: it is removed, and the new one added', () => {
    // Cautious on purpose: a reference to it goes on the pending list, for a person to settle.
    const c = compareVersions(
      `${S1} ${S2} ${S3}`,
      `${S1} ${S3} Mayor Ana Lopez said the state would pay half the cost.`,
    );
    expect(c.fates.map((f) => [f.from.id, f.fate, f.to?.id])).toEqual([
      ['s1', 'unchanged', 's1'],
      ['s2', 'gone', undefined],
      ['s3', 'moved', 's2'],
    ]);
    expect(c.added.map((s) => s.id)).toEqual(['s3']);
  });

  it('should not count a change of line breaks or spaces between words as a change', () => {
    const c = compareVersions(`${S1} ${S2}`, `${S1}\n\n${S2.replace('\n', '  ')}`);
    expect(c.fates.map((f) => f.fate)).toEqual(['unchanged', 'unchanged']);
  });

  it('should call a sentence removed when nothing near it has most of its words', () => {
    const c = compareVersions(`${S1} ${S3}`, `${S1} The bridge opens in May.`);
    expect(c.fates.map((f) => f.fate)).toEqual(['unchanged', 'gone']);
    expect(c.added.map((s) => s.id)).toEqual(['s2']);
  });

  it('should fall back to matching by words when the diff gives up, and still find every sentence', () => {
    // Reversing the order of more sentences than the diff's edit limit allows: the diff
    // stops at LIMITS.revisionEdits, and each sentence is then found by its words.
    const count = LIMITS.revisionEdits;
    const sentences = Array.from(
      { length: count },
      (_, i) => `Sentence number ${i + 1} of the report.`,
    );
    const reordered = [...sentences].reverse();
    reordered[count - 1] = 'Sentence number 1 of the revised report.';
    const c = compareVersions(sentences.join(' '), reordered.join(' '));
    expect(c.approximate).toBe(true);
    const fates = new Map(c.fates.map((f) => [f.from.id, f]));
    expect(fates.get('s2')).toMatchObject({ fate: 'moved', to: { id: `s${count - 1}` } });
    expect(fates.get('s1')).toMatchObject({ fate: 'changed', to: { id: `s${count}` } });
    expect(c.fates.filter((f) => f.fate === 'gone')).toEqual([]);
  });

  it('should list the words a reworded sentence lost and gained', () => {
    expect(wordChanges(S1, S1.replace('3 March', '4 March'))).toEqual([
      { kind: 'kept', text: 'The Riverside council approved a new footbridge on ' },
      { kind: 'removed', text: '3' },
      { kind: 'added', text: '4' },
      { kind: 'kept', text: ' March.' },
    ]);
  });
});

describe('npm run revise', () => {
  it('should keep the earlier version byte for byte and record the new one in explainer.yaml', () => {
    const original = readFileSync(path.join(copy.dir, 'article.txt'));
    const text = `${S1}\n${S2} The vote was five to two. ${S3}\n`;
    const p = revised(text, { note: 'Adds the result of the vote.' });
    expect(p.version).toBe('2026-11-20');
    expect(p.previous).toBe('2026-11-01');
    expect(readFileSync(path.join(copy.dir, 'versions/2026-11-01.txt'))).toEqual(original);
    expect(copy.read('article.txt')).toBe(text);
    const explainer = copy.read('explainer.yaml');
    expect(explainer).toContain(`  received: 2026-11-01\n  sha256: ${sha(original)}\n`);
    expect(explainer).toContain(
      `  revisions:\n    - version: "2026-11-20"\n      sha256: ${sha(text)}\n      note: "Adds the result of the vote."\n`,
    );
    expect(report()).toEqual([]);
  });

  it('should give a moved sentence its new id in topic pages, the map and conflictsWith', () => {
    const map = readFileSync(path.join(repoRoot, 'tests/map/fixture/map.yaml'), 'utf8');
    copy.write('map.yaml', map.replace('    sentences: [s1]\n', '    sentences: [s1, s3]\n'));
    copy.edit(
      'claims/bridge.yaml',
      '  rationale: A judgement about value, not a checkable fact; the critics are not named.\n',
      '  rationale: A judgement about value, not a checkable fact; the critics are not named.\n  conflictsWith:\n    - s3\n',
    );
    copy.edit(
      'topics/bridge.mdx',
      'The article then quotes critics:',
      'The article then quotes [critics](/article/#s3):',
    );
    expect(report()).toEqual([]);

    const p = revised(`${S1} ${S2} The vote was five to two. ${S3}`);
    expect(p.claims.map((c) => [c.id, c.outcome, c.from, c.to])).toEqual([
      ['council-approved-bridge', 'unchanged', ['s1'], ['s1']],
      ['bridge-is-waste', 'moved', ['s3'], ['s4']],
    ]);
    expect(p.rewritten).toEqual([
      { file: 'topics/bridge.mdx', from: 's3', to: 's4' },
      { file: 'topics/bridge.mdx', from: 's3', to: 's4' },
      { file: 'claims/bridge.yaml', from: 's3', to: 's4' },
      { file: 'map.yaml', from: 's3', to: 's4' },
    ]);
    expect(copy.read('topics/bridge.mdx')).toContain(
      '[critics](/article/#s4):\n\n<Sentence id="s4"/>',
    );
    expect(copy.read('map.yaml')).toContain('sentences: [s1, s4]');
    expect(copy.read('claims/bridge.yaml')).toContain('  conflictsWith:\n    - s4\n');
    expect(p.pending).toEqual([]);
  });

  it('should put a reference to a removed sentence on the pending list, and the check refuses until it is settled', () => {
    const p = revised(`${S1.replace('3 March', '4 March')}\n${S2}\n`);
    expect(p.claims.map((c) => [c.id, c.outcome])).toEqual([
      ['council-approved-bridge', 'changed'],
      ['bridge-is-waste', 'gone'],
    ]);
    expect(p.pending).toEqual([{ file: 'topics/bridge.mdx', sentence: 's3', was: S3 }]);
    const explainer = copy.shown('explainer.yaml');
    const claims = copy.shown('claims/bridge.yaml');
    expect(report()).toEqual([
      `${claims}:3:10  the quote is not in the current version of the article (revised on 2026-11-20); it is in the version of 2026-11-01  (update the quote and the claim to the new words, with an updated history entry, and review it again; or withdraw the claim; or pin it to the words it was about with version: 2026-11-01)`,
      `${claims}:14:10  the quote is not in the current version of the article (revised on 2026-11-20); it is in the version of 2026-11-01  (update the quote and the claim to the new words, with an updated history entry, and review it again; or withdraw the claim; or pin it to the words it was about with version: 2026-11-01)`,
      `${explainer}:19:11  topics/bridge.mdx refers to s3, a sentence the revision of 2026-11-20 changed or removed: "${S3}"  (point the reference at the sentence it means now (see /article/), or remove it, then delete this item from pending)`,
      `${copy.shown('topics/bridge.mdx')}:16:1  sentence "s3" does not exist; the article has sentences s1 to s2  (find the sentence id on the annotated article page (/article/))`,
    ]);

    // Settled: the first claim updated to the new words and reviewed again, the second
    // pinned to the version it was about, the reference removed and the pending item deleted.
    copy.edit(
      'claims/bridge.yaml',
      'quote: The Riverside council approved a new footbridge on 3 March.\n  claim: The council approved a footbridge on 3 March.',
      'quote: The Riverside council approved a new footbridge on 4 March.\n  claim: The council approved a footbridge on 4 March.',
    );
    copy.edit(
      'claims/bridge.yaml',
      "  rationale: The council's minutes record the vote.\n  reviewed: 2026-11-01\n",
      "  rationale: The council's minutes record the vote.\n  reviewed: 2026-11-01\n  history:\n    - date: 2026-11-21\n      updated: quote\n      reason: The article was revised on 20 November; it now dates the vote to 4 March.\n",
    );
    copy.edit(
      'claims/bridge.yaml',
      'are not named.\n  reviewed: 2026-11-01\n',
      'are not named.\n  reviewed: 2026-11-01\n  version: 2026-11-01\n',
    );
    copy.edit('topics/bridge.mdx', '<Sentence id="s3"/>\n', '');
    const yaml = copy.read('explainer.yaml');
    copy.write('explainer.yaml', yaml.replace(/ {6}pending:\n(?: {8}.*\n)+/, ''));
    expect(report()).toEqual([
      `${claims}:11:13  the quote was updated after the revision of 2026-11-20, but the claim was last reviewed on 2026-11-01, before it  (review the claim against the new words and set reviewed to the day you did (on or after 2026-11-20))`,
    ]);
    copy.edit(
      'claims/bridge.yaml',
      'record the vote.\n  reviewed: 2026-11-01\n',
      'record the vote.\n  reviewed: 2026-11-21\n',
    );
    expect(report()).toEqual([]);
  });

  it('should extend an explainer.yaml that has no final line break (red team F2)', () => {
    const yaml = copy.read('explainer.yaml');
    copy.write(
      'explainer.yaml',
      `${yaml
        .replace(/\n# A draft[^\n]*\ndraft: true\n?$/, '')
        .replace('article:\n', 'draft: true\narticle:\n')
        .replace(/\n+$/, '')}`,
    );
    copy.edit(
      'explainer.yaml',
      '  received: 2026-11-01\n  provenance:\n    - Written for the test suite; every name in it is invented.',
      '  provenance:\n    - Written for the test suite; every name in it is invented.\n  received: 2026-11-01',
    );
    expect(copy.read('explainer.yaml').endsWith('received: 2026-11-01')).toBe(true);
    expect(report()).toEqual([]);
    revised(`${S3}\n${S1}\n${S2}\n`);
    expect(report()).toEqual([]);
  });

  it('should record the first version’s own SHA-256 when an earlier revision left it out (F3)', () => {
    revised(`${S3}\n${S1}\n${S2}\n`);
    copy.write('explainer.yaml', copy.read('explainer.yaml').replace(/\n {2}sha256: \w+/, ''));
    revised(`${S1}\n${S3}\n${S2}\n`, { date: '2026-11-21' });
    const first = readFileSync(path.join(copy.dir, 'versions/2026-11-01.txt'));
    expect(copy.read('explainer.yaml')).toContain(`  sha256: ${sha(first)}\n`);
    expect(report()).toEqual([]);
  });

  it('should say when a claim’s words are now found on another sentence than its own went to (F4)', () => {
    const article = `${S1} The state will pay half the cost. The city will pay half the cost. ${S3}\n`;
    copy.write('article.txt', article);
    copy.write(
      'claims/bridge.yaml',
      `${copy.read('claims/bridge.yaml')}- id: city-pays-half\n  topic: bridge\n  quote: pay half the cost.\n  occurrence: 2\n  claim: The city will pay half.\n  status: unverified\n  citations:\n    - source: article-text\n      stance: supports\n  rationale: Only the article says so.\n  reviewed: 2026-11-01\n`,
    );
    const result = plan(article.replace(`${S1} `, `${S1} The county will pay half the cost. `));
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.claims.find((c) => c.id === 'city-pays-half')).toMatchObject({
      outcome: 'elsewhere',
      from: ['s3'],
      to: ['s3'],
    });
  });

  it('should put on pending every reference it cannot rewrite as written (F5)', () => {
    copy.edit(
      'topics/bridge.mdx',
      'The article then quotes critics:',
      'The article then quotes [critics](/article#s3) and [again](../../article/#s%33):',
    );
    copy.edit('topics/bridge.mdx', '<Sentence id="s3"/>', '<Sentence id="&#115;3"/>');
    copy.edit(
      'claims/bridge.yaml',
      '  rationale: A judgement about value, not a checkable fact; the critics are not named.\n',
      '  rationale: A judgement about value, not a checkable fact; the critics are not named.\n  conflictsWith: ["\\x733"]\n',
    );
    const p = revised(`${S1} ${S2} The vote was five to two. ${S3}`);
    expect(p.rewritten).toEqual([]);
    expect(p.pending.map((x) => [x.file, x.sentence])).toEqual([
      ['topics/bridge.mdx', 's3'],
      ['claims/bridge.yaml', 's3'],
    ]);
    expect(report().some((line) => line.includes('refers to s3, a sentence the revision'))).toBe(
      true,
    );
  });

  it('should number a second version received the same day', () => {
    revised(`${S1} ${S2} ${S3} One.`);
    const p = revised(`${S1} ${S2} ${S3} Two.`);
    expect(p.version).toBe('2026-11-20-2');
    expect(readdirSync(path.join(copy.dir, 'versions')).sort()).toEqual([
      '2026-11-01.txt',
      '2026-11-20.txt',
    ]);
    expect(report()).toEqual([]);
  });

  it('should keep a byte-order mark and Windows line endings exactly as received', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`${S1}\r\n${S2.replace('\n', '\r\n')}\r\n${S3}\r\nThe vote was five to two.\r\n`),
    ]);
    const result = planRevision(copy.dir, bytes, { today: TODAY, date: '2026-11-20' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.claims.map((c) => c.outcome)).toEqual(['unchanged', 'unchanged']);
    applyRevision(copy.dir, result.plan);
    expect(readFileSync(path.join(copy.dir, 'article.txt'))).toEqual(bytes);
    expect(copy.read('explainer.yaml')).toContain(`sha256: ${sha(bytes)}`);
    expect(report()).toEqual([]);
  });

  it('should revise an article of 1 MiB with a few edits, each sentence accounted for', () => {
    const body = Array.from({ length: 14_000 }, (_, i) => `Paragraph ${i} reports a fact.`);
    const old = `${S1} ${S2} ${S3} ${body.join(' ')}`.slice(0, LIMITS.fileBytes - 100);
    copy.write('article.txt', old);
    const next = old.replace('Paragraph 7000 reports', 'Paragraph 7000 now reports');
    const p = revised(`The vote was five to two. ${next}`);
    expect(p.approximate).toBe(false);
    expect(p.counts).toMatchObject({ changed: 1, added: 1, gone: 0 });
    expect(p.counts.moved + p.counts.changed + p.counts.unchanged).toBe(
      compareVersions(old, old).fates.length,
    );
    expect(p.claims.map((c) => [c.outcome, c.to])).toEqual([
      ['moved', ['s2']],
      ['moved', ['s4']],
    ]);
  });

  describe('when it cannot revise, it changes nothing and says why in one line', () => {
    const refused: [string, () => string | Buffer, { date?: string; note?: string }, string][] = [
      [
        'the same text',
        () => readFileSync(path.join(copy.dir, 'article.txt')),
        {},
        'the new text is the article as it stands, byte for byte: there is nothing to revise',
      ],
      [
        'text that is not UTF-8',
        () => Buffer.from([0x54, 0xff, 0x2e]),
        {},
        'the new text is not UTF-8: save it as UTF-8 plain text',
      ],
      ['text with no sentences', () => '   \n', {}, 'the new text has no sentences'],
      [
        'a day after today',
        () => `${S1} New.`,
        { date: '2026-12-04' },
        '--date 2026-12-04 is after today: a version is dated when it was received',
      ],
      [
        'a day before the current version',
        () => `${S1} New.`,
        { date: '2026-10-31' },
        '--date 2026-10-31 is before the current version (2026-11-01): revisions come in order',
      ],
      [
        'a day that does not exist',
        () => `${S1} New.`,
        { date: '2026-02-30' },
        '--date 2026-02-30 is not a day written YYYY-MM-DD',
      ],
      [
        'an empty note',
        () => `${S1} New.`,
        { note: '  ' },
        '--note is empty: leave it out when the publisher gave no note',
      ],
    ];
    it.each(refused)('should refuse %s', (_name, text, options, reason) => {
      const before = snapshot();
      const t = text();
      const result = planRevision(copy.dir, Buffer.isBuffer(t) ? t : Buffer.from(t), {
        today: TODAY,
        date: '2026-11-20',
        ...options,
      });
      expect(result).toEqual({ ok: false, reason });
      expect(snapshot()).toEqual(before);
    });

    it('should refuse while an earlier revision has references pending', () => {
      revised(`${S1} ${S2}`);
      const before = snapshot();
      expect(plan(`${S1} ${S2} New.`, { date: '2026-11-21' })).toEqual({
        ok: false,
        reason:
          'the revision of 2026-11-20 still has pending references: settle them first (npm run check lists them)',
      });
      expect(snapshot()).toEqual(before);
    });

    it('should refuse when article.txt was edited, since the version it would keep is not the one received', () => {
      revised(`${S1} ${S2} ${S3} New.`);
      copy.edit('article.txt', 'New.', 'Newer.');
      expect(plan(`${S1} Other.`, { date: '2026-11-21' })).toEqual({
        ok: false,
        reason:
          'article.txt is not the version of 2026-11-20 as received (its SHA-256 differs): restore it first, so that it can be kept',
      });
    });

    it('should put back what it wrote when a write fails midway', () => {
      const result = plan(`${S1} ${S2} The vote was five to two. ${S3}`);
      if (!result.ok) throw new Error(result.reason);
      const before = snapshot();
      // The last file it writes, article.txt, cannot be written: a folder is in the way.
      mkdirSync(path.join(copy.dir, `article.txt.revise-${process.pid}`));
      const written = applyRevision(copy.dir, result.plan);
      expect(written.ok).toBe(false);
      expect(written.ok ? '' : written.reason).toMatch(
        /^writing failed, and nothing was changed: /,
      );
      const after = snapshot();
      expect(after).toEqual(before);
      expect(existsSync(path.join(copy.dir, 'versions'))).toBe(false);
    });
  });

  describe('from the command line', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['src/cli/index.ts', 'revise', ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
      });

    it('should print one line per claim and per reference, then what is left to settle', () => {
      const file = path.join(copy.dir, '..', 'new.txt');
      writeFileSync(
        file,
        `${S1.replace('3 March', '4 March')} ${S2} The vote was five to two. ${S3}`,
      );
      const r = run(file, '--date', '2026-11-20', '--note', 'Corrects the date.', copy.dir);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.split('\n')).toEqual([
        `✓ ${path.join(copy.dir, 'article.txt')} is now the version of 2026-11-20; the version of 2026-11-01 is kept in ${path.join(copy.dir, 'versions/2026-11-01.txt')}.`,
        '  Sentences: 1 unchanged, 1 moved, 1 changed, 0 removed, 1 added.',
        '',
        '  claim council-approved-bridge: changed: its words are not in the new version (s1 was reworded)',
        '  claim bridge-is-waste: moved (s3 → s4)',
        '  topics/bridge.mdx: s3 → s4 (the sentence moved)',
        '',
        'Next: settle 1 claim (update, withdraw or pin each: CONTRIBUTING.md, "When the article is revised"); `npm run check` lists them.',
        '',
      ]);
    }, 60_000);

    it('should fail in one line, with no stack trace, and change nothing', () => {
      const before = snapshot();
      const r = run(path.join(copy.dir, 'article.txt'), '--date', '2026-11-20', copy.dir);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        '✗ nothing was changed: the new text is the article as it stands, byte for byte: there is nothing to revise.\n',
      );
      expect(snapshot()).toEqual(before);
      const missing = run('no-such-file.txt', copy.dir);
      expect(missing.stderr).toBe(
        "✗ no-such-file.txt is not a file: give the article's new text as a plain-text file.\n",
      );
      const usage = run('--dat', '2026-11-20');
      expect(usage.status).toBe(2);
      expect(usage.stderr.split('\n')[0]).toMatch(/^✗ Unknown option '--dat'/);
    }, 60_000);
  });
});
