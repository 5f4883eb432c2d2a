/**
 * A field renamed in a release (the manifest's `renamed`): content written before the rename is
 * still read as it was meant when the verdict diff reads it as it was written, and today's check
 * names the new field instead of calling the old one unknown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/gate/check.ts';
import { readContentFolder } from '../../src/gate/files.ts';
import { formatProblem } from '../../src/gate/problems.ts';
import { parseListing } from '../../src/gate/read.ts';
import { type ContentCopy, copyFixture } from '../helpers/fixture.ts';

describe('a source written with the flag’s old name, context: true', () => {
  let copy: ContentCopy;
  afterEach(() => copy.remove());
  const oldContent = () => {
    copy = copyFixture();
    copy.edit('sources.yaml', '  grade: A\n', '  grade: A\n  context: true\n');
    return parseListing(readContentFolder(copy.dir));
  };

  it('should be read as outside: true when content is read as it was written', () => {
    const result = checkFiles(oldContent(), { rules: false });
    expect(result.problems.map(formatProblem)).toEqual([]);
    const minutes = result.input!.sources.find((s) => s.id === 'council-minutes');
    expect(minutes?.outside).toBe(true);
    expect(minutes).not.toHaveProperty('context');
  });

  it('should be refused by today’s check, which names the new field', () => {
    const result = checkFiles(oldContent());
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '7:3 the field "context" is now called "outside"',
    ]);
  });
});
