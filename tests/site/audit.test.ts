/**
 * The built-site checks: no broken internal links or #anchors, valid HTML, and nothing in the
 * markup that runs code. First on small pages that break each rule, then on the real site.
 */
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateHtml } from '../../src/audit/html.ts';
import { findBrokenLinks } from '../../src/audit/links.ts';
import { readBuiltPages } from '../../src/audit/pages.ts';
import { scanForUnsafeMarkup } from '../../src/audit/scan.ts';
import { tempDir } from '../helpers/fixture.ts';

const page = (body: string, title = 'A page') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;

describe('the audits, on pages made to break them', () => {
  const dist = tempDir('audit');
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), html);
  };
  beforeAll(() => {
    write(
      'index.html',
      page(
        '<h1 id="top">Home</h1><p><a href="/topics/one/">One</a> <a href="/topics/two/">Two</a> <a href="/topics/one/#there">There</a> <a href="/topics/one/#nowhere">Nowhere</a> <a href="#top">Top</a> <a href="https://example.org/">Out</a></p>',
      ),
    );
    write(
      'topics/one/index.html',
      page(
        '<h1 id="there">One</h1><button onclick="steal()">Go</button><a href="JaVaScript:alert(1)">x</a><script>alert(1)</script>',
      ),
    );
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('should find a link to a missing page and to a missing #anchor, and nothing else', () => {
    expect(findBrokenLinks(dist, readBuiltPages(dist))).toEqual([
      { page: 'index.html', href: '/topics/two/', reason: 'no such page or file' },
      {
        page: 'index.html',
        href: '/topics/one/#nowhere',
        reason: 'no element with id "nowhere" on topics/one/index.html',
      },
    ]);
  });

  it('should find the script, the event handler and the javascript: URL', () => {
    expect(scanForUnsafeMarkup(readBuiltPages(dist)).map((f) => f.what)).toEqual([
      '<button> has the event-handler attribute onclick',
      '<a href="JaVaScript:alert(1)"> uses a scheme that can run code',
      '<script>',
    ]);
  });

  it('should report invalid HTML with its rule', async () => {
    write('bad/index.html', page('<p><div>block in a paragraph</div></p><img src="x.png">'));
    const rules = (await validateHtml(readBuiltPages(dist)))
      .filter((e) => e.page === 'bad/index.html')
      .map((e) => e.rule);
    expect(rules).toEqual(expect.arrayContaining(['wcag/h37']));
  });
});

describe('the published site', () => {
  const siteDir = inject('siteDir');
  const pages = readBuiltPages(siteDir);

  // Links, HTML rules and unsafe markup on every page are checked by the content suite
  // (tests/content/explainer.test.ts), as they are in every explainer's own tests.

  it('should give every page a strict CSP listing only hashes of inline code the page contains', () => {
    const policies = pages.map((p) => ({
      file: p.file,
      policy: /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(p.html)?.[1],
    }));
    expect(policies.filter((p) => !p.policy).map((p) => p.file)).toEqual([]);
    for (const { file, policy } of policies) {
      expect(policy, file).toMatch(/script-src 'self'[^;]*;/);
      expect(policy, file).not.toContain('unsafe-inline');
    }
    // Astro lists its island runtime's hashes on every page; lib/csp.ts keeps only those the page uses.
    const withHashes = policies.filter((p) => /'sha(256|384|512)-/.test(p.policy ?? ''));
    expect(withHashes.map((p) => p.file)).toEqual([]);
    expect(policies.find((p) => p.file === 'search/index.html')?.policy).toContain(
      "script-src 'self' 'wasm-unsafe-eval';",
    );
  });

  it('should load JavaScript on the search page only', () => {
    const scripted = pages.filter((p) => /<script type="module"/.test(p.html)).map((p) => p.file);
    expect(scripted).toEqual(['search/index.html']);
  });
});
