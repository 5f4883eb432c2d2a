/**
 * A published explainer in a git repository of its own: the fixture explainer, every sentence
 * examined, a second topic, a history entry, a withdrawn claim and a withdrawn source, and
 * `draft: false`, committed as the published version. The record cases change it and check it
 * `--since` that commit.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { readBaseline } from '../../src/gate/baseline.ts';
import { type CheckResult, checkContent } from '../../src/gate/check.ts';
import { type ContentCopy, copyFixture } from '../helpers/fixture.ts';

export interface PublishedCopy extends ContentCopy {
  /** Runs git in the copy's repository, as a committer git knows. */
  git(...args: string[]): string;
  /** Commits everything as it stands. */
  commit(message: string): void;
  /** The check, compared with what was published at `ref`. */
  checkSince(ref?: string): CheckResult;
}

const CLAIMS = `- id: us-pays-half
  topic: budget
  quote: Mayor Ana Lopez said the U.S. Department of Transportation would pay half the cost.
  claim: The mayor says the US transport department will pay half the footbridge’s cost.
  status: unverified
  citations:
    - source: mayor-quoted
      stance: supports
  rationale: Only the article reports the mayor’s words.
  reviewed: 2026-11-01
- id: footbridge-is-new
  topic: budget
  quote: approved a new footbridge
  claim: The footbridge is a new one.
  status: unverified
  citations:
    - source: unnamed-critics
      stance: supports
  rationale: A test claim, withdrawn before publication.
  reviewed: 2026-11-01
  withdrawn:
    date: 2026-11-02
    reason: It restated the other claim on this sentence.
`;

const SOURCES = `- id: mayor-quoted
  title: The mayor’s words as the article gives them
  publisher: The article
  kind: article
  date: unknown
  url: https://example.org/mayor
  grade: E
  gradeReason: No other report of the words was found.
- id: gazette-report
  title: Report on the footbridge
  publisher: Riverside Gazette
  kind: news-report
  date: 2026-03-05
  grade: C
  gradeReason: A local paper quoting critics it does not name.
  withdrawn:
    date: 2026-11-02
    reason: The report could not be found again.
`;

const BUDGET = `---
title: The budget
summary: Who pays for the footbridge.
order: 2
reviewed: 2026-11-01
---

<StatusBox/>

<Claim id="us-pays-half"/>

<Claim id="footbridge-is-new"/>
`;

export function publishedCopy(): PublishedCopy {
  const copy = copyFixture();
  const repo = path.dirname(copy.dir);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
  copy.edit('explainer.yaml', 'draft: true', 'draft: false');
  copy.write('claims/budget.yaml', CLAIMS);
  copy.write('sources.yaml', `${copy.read('sources.yaml')}${SOURCES}`);
  copy.write('topics/budget.mdx', BUDGET);
  copy.edit(
    'claims/bridge.yaml',
    "  rationale: The council's minutes record the vote.",
    "  history:\n    - date: 2026-10-01\n      from: reported\n      to: established\n      reason: The council published its minutes.\n  rationale: The council's minutes record the vote.",
  );
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Published');
  return {
    ...copy,
    git,
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
    checkSince(ref = 'main') {
      const baseline = readBaseline(ref, copy.dir);
      if (!baseline.ok) throw new Error(baseline.reason);
      return checkContent(copy.dir, { baseline: baseline.record });
    },
  };
}
