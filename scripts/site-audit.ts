/**
 * The audits of a built site that `npm run check:site` runs, importable: html-validate, the link
 * and #anchor audit and the unsafe-markup scan on one site (`auditSite`), and the W3C Nu HTML
 * checker on one or more sites in a single run of Java (`nuCheck`). The property test
 * (tests/property/check-build.test.ts) runs the first on every explainer it builds, and the Nu
 * checker once over all of them.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type HtmlError, validateHtml } from '../src/audit/html.ts';
import { type BrokenLink, findBrokenLinks } from '../src/audit/links.ts';
import { type BuiltPage, readBuiltPages } from '../src/audit/pages.ts';
import { type Finding, scanForUnsafeMarkup } from '../src/audit/scan.ts';

export interface SiteAudit {
  pages: BuiltPage[];
  links: BrokenLink[];
  html: HtmlError[];
  unsafe: Finding[];
}

/** html-validate, the link and #anchor audit and the unsafe-markup scan on the site in `dist`. */
export async function auditSite(dist: string, base = '/'): Promise<SiteAudit> {
  const pages = readBuiltPages(dist);
  return {
    pages,
    links: findBrokenLinks(dist, pages, base),
    html: await validateHtml(pages),
    unsafe: scanForUnsafeMarkup(pages, `${base}_astro/`),
  };
}

/** What `auditSite` found, one line each, as check:site prints it. */
export function auditLines({ links, html, unsafe }: SiteAudit): string[] {
  return [
    ...links.map((l) => `${l.page}  broken link ${l.href}: ${l.reason}`),
    ...html.map((e) => `${e.page}:${e.line}:${e.column}  ${e.message}  (html-validate ${e.rule})`),
    ...unsafe.map((f) => `${f.page}  ${f.what}`),
  ];
}

export interface NuRun {
  /** False when Java could not be started. */
  ran: boolean;
  /** Each error as the checker prints it: `"file:/…/index.html":line.col-line.col: error: …`. */
  errors: string[];
}

/** What check:site says when the Nu checker could not run. */
export const NO_JAVA = 'Nu checker not run (no Java: apt-get install -y default-jre-headless)';

/**
 * The W3C Nu HTML checker's errors on every HTML page under each of `dirs`, in one run: Java
 * starts once, whatever the number of sites.
 */
export function nuCheck(dirs: readonly string[]): NuRun {
  const jar = fileURLToPath(new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));
  const run = spawnSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', ...dirs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) return { ran: false, errors: [] };
  return { ran: true, errors: run.stderr.split('\n').filter((line) => line.includes(': error')) };
}
