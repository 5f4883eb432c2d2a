/**
 * Topic pages are parsed by Sätteri, in the check and in the build, and by micromark (remark's
 * parser, with remark-mdx and remark-gfm) when Sätteri cannot parse a page or the page breaks
 * the sandbox (gate/topic.ts, scanTopicBody; remark-explainer.ts). These tests hold the two
 * parsers to the same result on every topic page of the bad-input corpus, the real explainer and
 * a generated one: the same tree, and never a page that looks clean to Sätteri but not to
 * micromark.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateExplainer, writeExplainer } from '../../scripts/bench/generate.ts';
import { LAYOUT } from '../../src/gate/files.ts';
import {
  blankFrontmatter,
  deepestPrefix,
  parseWithSatteri,
  scanTopicBody,
  scanWithMicromark,
} from '../../src/gate/topic.ts';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findViolations } from '../../src/gate/sandbox.ts';
import { cases } from '../corpus/cases.ts';
import { copyFixture, repoRoot, tempDir } from '../helpers/fixture.ts';

/** Every topic page: its name and its MDX body. */
function topicPages(contentDir: string, label: string): [string, string][] {
  const dir = path.join(contentDir, LAYOUT.topics);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => [
      `${label}: ${name}`,
      blankFrontmatter(readFileSync(path.join(dir, name), 'utf8')) ?? '',
    ]);
}

const generated = tempDir('parsers');
writeExplainer(generateExplainer({ topics: 12 }), generated);
/** Every GFM construct a contributor might type, which both parsers must read as remark-gfm does. */
const GFM_PAGE = [
  '# GFM',
  '',
  '| Side | Position |',
  '|:-----|---------:|',
  '| US | **cede** it |',
  '',
  'A ~~struck~~ word, a link www.example.org and https://example.org/path, mail@example.org.',
  '',
  '- [x] done',
  '- [ ] not done',
  '',
  'A note.[^1]',
  '',
  '[^1]: The note itself.',
  '',
  '<Claim id="gfm-claim"/>',
  '',
].join('\n');

/**
 * Every page the parsers are given: pages that nest too deeply are refused before either
 * parser sees them (deepestPrefix), so they are not pages the two must agree on.
 */
const candidates: [string, string][] = [
  ['GFM constructs', GFM_PAGE],
  ...topicPages(path.join(repoRoot, 'content'), 'content'),
  ...topicPages(generated, 'generated'),
  ...cases.flatMap((badInput) => {
    const copy = copyFixture();
    try {
      badInput.apply(copy);
      return topicPages(copy.dir, `corpus "${badInput.name}"`);
    } finally {
      copy.remove();
    }
  }),
];
const pages = candidates.filter(([, body]) => deepestPrefix(body) === undefined);
afterAll(() => rmSync(generated, { recursive: true, force: true }));

const micromark = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
/** A tree without what only one parser records: plugin data, and the positions of JSX attributes. */
function comparable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(comparable);
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node).filter(
    ([key, value]) => key !== 'data' && value !== undefined,
  );
  const isAttribute = (node as { type?: string }).type === 'mdxJsxAttribute';
  return Object.fromEntries(
    entries
      .filter(([key]) => !(isAttribute && key === 'position'))
      .map(([key, value]) => [key, comparable(value)]),
  );
}

describe('the two MDX parsers of the check', () => {
  it('should cover the corpus’s MDX attacks and syntax errors', () => {
    const refused = pages.filter(([, body]) => scanWithMicromark(body, 'x.mdx').problems.length);
    expect(refused.length).toBeGreaterThanOrEqual(30);
  });

  it.each(pages)('should read %s the same way', (_name, body) => {
    const authority = scanWithMicromark(body, 'page.mdx');
    const scan = scanTopicBody(body, 'page.mdx');
    // The check refuses exactly the pages micromark refuses, and where the two parsers find
    // the same problems it reports micromark's words and places.
    expect(scan.problems.length > 0).toBe(authority.problems.length > 0);
    if (scan.problems.map((p) => p.code).join() === authority.problems.map((p) => p.code).join()) {
      expect(scan).toEqual(authority);
    }
    const fast = parseWithSatteri(body);
    let tree: unknown;
    try {
      tree = micromark.runSync(micromark.parse(body));
    } catch {
      tree = undefined;
    }
    // A page the sandbox accepts is built from Sätteri's tree, so it must be micromark's tree.
    // (The parsers record JavaScript, in imports and attribute expressions, differently; the
    // sandbox refuses every such page, whichever parser reads it.)
    if (!authority.problems.length) expect(comparable(fast)).toEqual(comparable(tree));
    // (A page can also be refused for what it says rather than for breaking the sandbox, such
    // as a link inside a link; both parsers' trees then show it the same way.)
    const breaksSandbox = tree === undefined || findViolations(tree as Root).length > 0;
    if (breaksSandbox) {
      // A page micromark refuses must never look clean to Sätteri: it either fails to parse
      // or shows a violation, and so goes to micromark.
      expect(fast === undefined || findViolations(fast).length > 0).toBe(true);
    } else {
      expect(fast).toBeDefined();
    }
  });
});
