/**
 * The check reads a topic page with Sätteri when it can and with micromark (the build's
 * parser) otherwise (content-files.ts, scanTopicBody). These tests hold the fast path to the
 * authority: on every topic page of the bad-input corpus, the real explainer and a generated
 * one, Sätteri must never see less than micromark, and must place the same components at the
 * same lines and columns.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateExplainer, writeExplainer } from '../../scripts/bench/generate.ts';
import { LAYOUT, parseWithSatteri, scanTopicBody, scanWithMicromark, topicBody } from '../../src/lib/content-files.ts';
import { findViolations } from '../../src/lib/mdx-sandbox.ts';
import { cases } from '../corpus/cases.ts';
import { copyFixture, repoRoot, tempDir } from '../helpers/fixture.ts';

/** Every topic page: its name and its MDX body. */
function topicPages(contentDir: string, label: string): [string, string][] {
  const dir = path.join(contentDir, LAYOUT.topics);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => [`${label}: ${name}`, topicBody(readFileSync(path.join(dir, name), 'utf8')) ?? '']);
}

const generated = tempDir('parsers');
writeExplainer(generateExplainer({ topics: 12 }), generated);
const pages: [string, string][] = [
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
afterAll(() => rmSync(generated, { recursive: true, force: true }));

describe('the two MDX parsers of the check', () => {
  it('should cover the corpus’s MDX attacks and syntax errors', () => {
    const refused = pages.filter(([, body]) => scanWithMicromark(body, 'x.mdx').problems.length);
    expect(refused.length).toBeGreaterThanOrEqual(30);
  });

  it.each(pages)('should read %s the same way', (_name, body) => {
    const authority = scanWithMicromark(body, 'page.mdx');
    // What the check reports is micromark's result, whichever parser read the page.
    expect(scanTopicBody(body, 'page.mdx')).toEqual(authority);
    const fast = parseWithSatteri(body);
    if (authority.problems.length) {
      // A page micromark refuses must never look clean to Sätteri: it either fails to parse
      // or shows a violation, and so goes to micromark.
      expect(fast === undefined || findViolations(fast).length > 0).toBe(true);
    } else {
      expect(fast).toBeDefined();
    }
  });
});
