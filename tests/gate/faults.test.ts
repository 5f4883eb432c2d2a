/**
 * A fault in the engine while it reads a file is reported as an ordinary problem on that file,
 * never as a stack trace, and the other files are still checked.
 */
import { describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../src/gate/problems.ts';
import { copyFixture } from '../helpers/fixture.ts';

vi.mock('../../src/gate/yaml.ts', async (original) => {
  const real = await original<typeof import('../../src/gate/yaml.ts')>();
  return {
    ...real,
    parseYaml: (text: string, file: string, offset?: number) => {
      if (file.endsWith('sources.yaml')) throw new RangeError('Maximum call stack size exceeded');
      return real.parseYaml(text, file, offset);
    },
  };
});

const { checkContent } = await import('../../src/gate/check.ts');
const copy = copyFixture();

describe('a fault in the engine', () => {
  it('should be reported on the file it happened in, with the other files still checked', () => {
    copy.edit('claims/bridge.yaml', '  status: established', '  status: establised');
    const lines = checkContent(copy.dir).problems.map(formatProblem);
    expect(lines).toEqual([
      `${copy.shown('claims/bridge.yaml')}:5:11  status "establised" is not one of established, reported, disputed, unverified, contradicted, opinion  (did you mean "established"? use one of established, reported, disputed, unverified, contradicted, opinion; the method page explains each)`,
      `${copy.shown('sources.yaml')}:1:1  the check could not finish reading this: Maximum call stack size exceeded  (this is a fault in the explainer engine, not in your content; please report it with the file)`,
    ]);
    copy.remove();
  });
});
