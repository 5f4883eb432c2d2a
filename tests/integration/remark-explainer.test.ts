/**
 * The remark plugin in the build: topic pages parsed by Sätteri still fail on anything the
 * sandbox refuses, at the line and column the check reports.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import remarkExplainer from '../../src/integration/remark-explainer.ts';
import { tempDir } from '../helpers/fixture.ts';

const contentDir = tempDir('remark');
mkdirSync(path.join(contentDir, 'topics'));
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkExplainer, { contentDir });
const compile = async (value: string) => {
  const file = new VFile({ value, path: path.join(contentDir, 'topics', 'page.mdx') });
  return processor.run(processor.parse(file), file);
};

describe('remarkExplainer', () => {
  it('should read a clean topic page and give its status box the topic', async () => {
    const tree = await compile('# Page\n\nSome "quoted" text.\n\n<StatusBox/>\n');
    expect(JSON.stringify(tree)).toContain('"name":"topic","value":"page"');
    expect(JSON.stringify(tree)).toContain('“quoted”');
  });

  it('should refuse a script at its line and column, as the check words it', async () => {
    await expect(compile('# Page\n\nText.\n\n  <script>alert(1)</script>\n')).rejects.toMatchObject(
      {
        line: 5,
        column: 3,
        reason: expect.stringMatching(/<script>/),
      },
    );
  });
});
