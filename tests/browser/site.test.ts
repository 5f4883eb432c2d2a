/**
 * The browser suite (`npm run test:browser`): every page in the sitemap, in a real Chromium,
 * in light and dark colour schemes: no accessibility violations (axe-core, WCAG 2.x A/AA and
 * best practice), no console errors, no Content-Security-Policy violations. Then the skip
 * link, visible focus, search from the keyboard, and screenshots for the README.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { buildModel } from '../../src/model/model.ts';
import { statusInfo } from '../../src/core/vocabulary.ts';
import { repoRoot } from '../helpers/fixture.ts';

const model = buildModel(checkContent(path.join(repoRoot, 'content')).input!);
/** A topic and a claim of the explainer: the first of each, whatever the article. */
const topicPath = `/topics/${model.topics[0]!.id}/`;
const claimPath = `/claims/${model.claims[0]!.id}/`;
import { launchChromium } from './chromium.ts';
import { type SiteServer, serveSite } from './serve.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SCHEMES = ['light', 'dark'] as const;
const CONCURRENCY = 4;
const SCREENSHOTS = path.join(repoRoot, 'test-results/screenshots');

interface PageReport {
  axe: string[];
  console: string[];
  csp: string[];
}

let browser: Browser;
let server: SiteServer;

/** The sitemap's URLs, as paths on the local server. */
function sitemapPaths(siteDir: string): string[] {
  const index = readFileSync(path.join(siteDir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    new URL(m[1]!).pathname.split('/').pop()!,
  );
  return sitemaps.flatMap((file) =>
    [...readFileSync(path.join(siteDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    ),
  );
}

async function openPage(
  context: BrowserContext,
  sitePath: string,
): Promise<{ page: Page; report: PageReport }> {
  const page = await context.newPage();
  const report: PageReport = { axe: [], console: [], csp: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') report.console.push(message.text());
  });
  page.on('pageerror', (error) => report.console.push(String(error)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
      list.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  await page.goto(new URL(sitePath.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
  report.csp = await page.evaluate(
    () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
  );
  return { page, report };
}

async function audit(context: BrowserContext, sitePath: string): Promise<PageReport> {
  const { page, report } = await openPage(context, sitePath);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  report.axe = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')}`,
  );
  await page.close();
  return report;
}

beforeAll(async () => {
  server = await serveSite(inject('contentSiteDir'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const paths = sitemapPaths(inject('contentSiteDir'));

describe.each(SCHEMES)('every page in the sitemap, %s scheme', (scheme) => {
  const reports = new Map<string, PageReport>();

  beforeAll(async () => {
    const context = await browser.newContext({ colorScheme: scheme });
    let next = 0;
    const worker = async () => {
      while (next < paths.length) {
        const sitePath = paths[next++]!;
        reports.set(sitePath, await audit(context, sitePath));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await context.close();
  }, 600_000);

  it('should cover the whole site', () => {
    expect(paths.length).toBeGreaterThan(150);
  });

  it.each(paths)(
    '%s should have no axe violations, console errors or CSP violations',
    (sitePath) => {
      expect(reports.get(sitePath)).toEqual({ axe: [], console: [], csp: [] });
    },
  );
});

describe('keyboard', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(() => context.close());

  it.each(['/', topicPath, claimPath])(
    'should offer a working skip link first on %s, with visible focus',
    async (sitePath) => {
      const { page } = await openPage(context, sitePath);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          text: el.textContent,
          href: el.getAttribute('href'),
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          top: box.top,
          height: box.height,
        };
      });
      expect(skip).toMatchObject({ text: 'Skip to content', href: '#main' });
      expect(skip.outline).not.toBe('none');
      expect(skip.width).toBeGreaterThan(0);
      expect(skip.top).toBeGreaterThanOrEqual(0);
      expect(skip.height).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return {
          inMain: Boolean(el.closest('main')),
          tag: el.tagName,
          outline: getComputedStyle(el).outlineStyle,
        };
      });
      expect(next).toMatchObject({ inMain: true, tag: 'A' });
      expect(next.outline).not.toBe('none');
      await page.close();
    },
  );

  it('should find a claim by searching from the keyboard for its words', async () => {
    // A claim of the explainer, and the words of its restatement a reader might type.
    const claim = model.claims.find((c) => c.status !== 'opinion') ?? model.claims[0]!;
    const query = claim.claim
      .replace(/[^\p{L}\p{N} ]/gu, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 3)
      .slice(0, 4)
      .join(' ');
    const { page, report } = await openPage(context, '/search/');
    await page.keyboard.press('Tab'); // skip link
    for (
      let i = 0;
      i < 20 && !(await page.evaluate(() => document.activeElement?.id === 'search-query'));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    const first = page.locator('[data-results] li a').first();
    await first.waitFor({ timeout: 10_000 });
    const results = await page.locator('[data-results] li').allTextContents();
    expect(
      results.some(
        (text) => text.includes(statusInfo(claim.status).label) && text.includes(claim.claim),
      ),
    ).toBe(true);
    expect(await page.locator('[aria-live]').textContent()).toMatch(
      new RegExp(`\\d+ results? for “${RegExp.escape(query)}”`),
    );
    // Past the Search button, Tab reaches the first result.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('[data-results] li a') !== null),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/claims\/[^/]+\/$/);
    expect(report.console).toEqual([]);
    await page.close();
  });
});

describe('screenshots', () => {
  const shots: [string, string][] = [
    ['home', '/'],
    ['topic', topicPath],
    ['claim', claimPath],
    ['article', '/article/'],
  ];

  it.each([375, 1280])(
    'should save home, a topic, a claim and the article at %i px',
    async (width) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      for (const [name, sitePath] of shots) {
        const { page } = await openPage(context, sitePath);
        const file = path.join(SCREENSHOTS, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: name !== 'article' });
        await page.close();
      }
      await context.close();
    },
  );
});
