/**
 * The valid-but-unusual corpus (valid-cases.ts): every case passes the check on its own, and
 * all of them together, applied to one explainer, pass the check and build.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateHtml } from '../../src/audit/html.ts';
import { findBrokenLinks } from '../../src/audit/links.ts';
import { readBuiltPages } from '../../src/audit/pages.ts';
import { checkContent } from '../../src/gate/check.ts';
import { formatProblem } from '../../src/gate/problems.ts';
import { BUILD_TIMEOUT, type BuildRun, buildAsync } from '../helpers/build.ts';
import { buildDir, type ContentCopy, copyFixture } from '../helpers/fixture.ts';
import { validCases } from './valid-cases.ts';

describe('the valid-but-unusual corpus', () => {
  it('should hold at least 30 cases, each named once', () => {
    expect(validCases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(validCases.map((c) => c.name)).size).toBe(validCases.length);
  });

  it.each(validCases.map((c) => [c.name, c] as const))('should accept %s', (_name, valid) => {
    const copy = copyFixture();
    try {
      valid.apply(copy);
      expect(checkContent(copy.dir).problems.map(formatProblem)).toEqual([]);
    } finally {
      copy.remove();
    }
  });
});

describe('building the whole valid corpus at once', () => {
  let copy: ContentCopy;
  let outDir: string;
  let run: BuildRun;
  beforeAll(async () => {
    copy = copyFixture();
    for (const valid of validCases) valid.apply(copy);
    outDir = path.join(buildDir('valid'), 'dist');
    run = await buildAsync(copy.dir, outDir);
  }, BUILD_TIMEOUT);
  afterAll(() => {
    copy.remove();
    rmSync(path.dirname(outDir), { recursive: true, force: true });
  });

  it('should pass the check', () => {
    expect(checkContent(copy.dir).problems.map(formatProblem)).toEqual([]);
  });

  it('should build', () => {
    expect(run.code, run.output).toBe(0);
  });

  it('should publish a page for every claim the cases add', () => {
    const missing = validCases
      .flatMap((c) => c.claims)
      .filter((id) => !existsSync(path.join(outDir, 'claims', id, 'index.html')));
    expect(missing).toEqual([]);
  });

  it('should give headings the ids the check knows, valid HTML, and make every page and id linked', async () => {
    const pages = readBuiltPages(outDir).filter((p) =>
      /^topics\/(?:heading-marks|engine-links|site-links)\//.test(p.file),
    );
    expect(pages).toHaveLength(3);
    const marks = pages.find((p) => p.file.startsWith('topics/heading-marks/'))!;
    for (const id of ['note', 'istanbul', 'हनद-भष', 'h-2024-events'])
      expect(marks.html).toContain(`<h2 id="${id}"`);
    const linked = new Set(pages.map((p) => p.file));
    const all = readBuiltPages(outDir);
    expect(findBrokenLinks(outDir, all).filter((b) => linked.has(b.page))).toEqual([]);
    expect(await validateHtml([marks])).toEqual([]);
  });

  it('should show each passage on its source page, in its language, with our translation', () => {
    const page = readFileSync(path.join(outDir, 'sources/kyiv-statement/index.html'), 'utf8');
    const passage = page.match(
      /<blockquote class="passage" id="passage-1"[^>]*>([\s\S]*?)<\/blockquote>/,
    );
    // The passage in its language; its label and our translation in the page's.
    expect(passage?.[1]).toContain(
      '<span lang="uk">Рада схвалила будівництво нового пішохідного мосту.</span>',
    );
    expect(passage?.[1]).toContain('The council approved the construction of a new footbridge.');
    expect(page).toContain('https://riverside.example/uk/statement');
    // The claim's citation links to the passage its note quotes.
    const claim = readFileSync(
      path.join(outDir, 'claims/cyrillic-passage-claim/index.html'),
      'utf8',
    );
    expect(claim).toContain('href="/sources/kyiv-statement/#passage-1"');
    const nested = readFileSync(path.join(outDir, 'sources/herald-nested/index.html'), 'utf8');
    expect(nested).toContain(
      'The mayor said the vote was ‘a good day for Riverside’ and thanked the council.',
    );
  });

  it('should show the article’s control characters as visible stand-ins, and keep the file as received', () => {
    const page = readFileSync(path.join(outDir, 'article/index.html'), 'utf8');
    expect(page).toContain('The␀ end␛[2J came␇ at last�.');
    // The test's point is that no control character reaches the page.
    // eslint-disable-next-line no-control-regex
    expect(page).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufdd0]/);
    expect(copy.read('article.txt')).toContain('The\u0000 end\u001b[2J came\u0007 at last\ufdd0.');
  });

  it('should put the box inside details, and every card where its page places it', () => {
    const page = readFileSync(path.join(outDir, 'topics/box-in-details/index.html'), 'utf8');
    expect(page).toMatch(/<details>[\s\S]*data-box="established-vs-unverified"[\s\S]*<\/details>/);
    const quoted = readFileSync(path.join(outDir, 'topics/card-in-quote/index.html'), 'utf8');
    expect(quoted).toMatch(/<blockquote>[\s\S]*id="card-in-quote-claim"[\s\S]*<\/blockquote>/);
  });
});
