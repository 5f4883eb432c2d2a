/**
 * CONTRIBUTING.md lists every problem a contributor can meet, with a real example of each from
 * the bad-input corpus. This fails when a message changes and the guide was not regenerated.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, examples, SCRIPT_ONLY } from '../../scripts/contributing.ts';
import { problemCodes } from '../../src/gate/problems.ts';
import { repoRoot } from '../helpers/fixture.ts';

describe('the problem catalogue in CONTRIBUTING.md', () => {
  it('should have a real example of every problem code', () => {
    const found = examples();
    expect(problemCodes.filter((code) => !found.has(code) && !SCRIPT_ONLY.includes(code))).toEqual(
      [],
    );
  });

  it('should be up to date (run npm run docs)', () => {
    expect(readFileSync(path.join(repoRoot, 'CONTRIBUTING.md'), 'utf8')).toContain(catalogue());
  });
});
