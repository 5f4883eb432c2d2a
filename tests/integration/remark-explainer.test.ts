/**
 * The remark plugin in the build is fail-closed: it compiles a topic page only as the gate
 * approved it, refuses any other MDX from the content folder, and leaves the project's own MDX
 * alone. On an approved page it tells the components which topic and heading level they are in.
 */
import path from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { hashOf } from '../../src/gate/topic.ts';
import remarkExplainer from '../../src/integration/remark-explainer.ts';
import { createState } from '../../src/integration/state.ts';
import { topicModule } from '../../src/integration/virtual.ts';

const contentDir = path.resolve('/project/content');
const state = createState(contentDir, 'content', path.join(path.dirname(contentDir), 'public'));
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkExplainer, { state });
const approve = (id: string, body: string) =>
  state.approved.set(id, { id, body, hash: hashOf(body), hasCode: false });
const compile = async (value: string, file: string) => {
  const vfile = new VFile({ value, path: file });
  return processor.run(processor.parse(vfile), vfile);
};

describe('remarkExplainer', () => {
  it('should compile an approved page, giving every status box its topic and level', async () => {
    const body =
      '# Page\n\nSome "quoted" text.\n\n<details>\n\n## Inside\n\n<StatusBox/>\n\n</details>\n';
    approve('page', body);
    const tree = JSON.stringify(await compile(body, `\0${topicModule('page')}`));
    expect(tree).toContain('"name":"topic","value":"page"');
    expect(tree).toContain('"name":"level","value":"3"');
    expect(tree).toContain('“quoted”');
  });

  it('should refuse a topic page whose text is not the approved text', async () => {
    approve('other', '# Approved\n');
    await expect(
      compile('# Approved\n\nimport x from "y"\n', `\0${topicModule('other')}`),
    ).rejects.toThrow('The topic page "other" is not the text the content check approved.');
  });

  it('should refuse a topic page the gate never saw', async () => {
    await expect(compile('# Page\n', `\0${topicModule('unseen')}`)).rejects.toThrow(
      'The topic page "unseen" is not the text the content check approved.',
    );
  });

  it('should refuse MDX from the content folder reached any other way', async () => {
    await expect(
      compile('# Chart\n', path.join(contentDir, 'claims', 'chart.mdx')),
    ).rejects.toThrow('is content: content MDX is compiled only as the gate approved it');
  });

  it('should leave the project’s own MDX alone', async () => {
    const tree = JSON.stringify(
      await compile('# Own "page"\n\n<StatusBox/>\n', path.resolve('/project/src/own.mdx')),
    );
    expect(tree).not.toContain('"name":"topic"');
    expect(tree).toContain('"Own \\"page\\""');
  });
});
