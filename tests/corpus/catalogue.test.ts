/**
 * CONTRIBUTING.md lists every problem a contributor can meet, with a real example of each from
 * the bad-input corpus. This fails when a message changes and the guide was not regenerated.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ADDED_KIND,
  withCatalogue,
  withStatusTable,
  ENGINE_FAULT,
  examples,
  SCRIPT_ONLY,
  SYSTEM_REFUSAL,
} from '../../scripts/docs.ts';
import { problemCodes } from '../../src/gate/problems.ts';
import { reference } from '../../scripts/reference.ts';
import { repoRoot } from '../helpers/fixture.ts';

// Running the whole corpus through the check takes a few seconds; it is done once.
const found = examples();

describe('the problem catalogue in CONTRIBUTING.md', () => {
  it('should have a real example of every problem code', () => {
    expect(
      problemCodes.filter(
        (code) =>
          !found.has(code) &&
          !SCRIPT_ONLY.includes(code) &&
          !ENGINE_FAULT.includes(code) &&
          !SYSTEM_REFUSAL.includes(code) &&
          !ADDED_KIND.includes(code),
      ),
    ).toEqual([]);
  });

  it('should be up to date (run npm run docs)', () => {
    const guide = readFileSync(path.join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
    expect(guide).toBe(withCatalogue(guide, found));
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toBe(withStatusTable(readme));
    expect(readFileSync(path.join(repoRoot, 'docs/reference.md'), 'utf8')).toBe(reference());
  });
});
