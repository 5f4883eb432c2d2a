/**
 * Finds broken internal links and #anchors in a built site. External links are not fetched:
 * the build machines have no internet, and an outside site's outage is not a content error.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { type BuiltPage, elementsOf } from './pages.ts';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const LINK_ATTRIBUTES: Record<string, string> = {
  a: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  source: 'src',
  form: 'action',
};

/** Checks every internal link of every page against the files and ids the build wrote. */
export function findBrokenLinks(
  dist: string,
  pages: readonly BuiltPage[],
  base = '/',
): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  for (const page of pages) {
    ids.set(
      page.file,
      new Set(
        elementsOf(page)
          .map((el) => el.attribs.id)
          .filter((id): id is string => Boolean(id)),
      ),
    );
  }
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`https://site.invalid${base}${page.file.replace(/index\.html$/, '')}`);
    for (const element of elementsOf(page)) {
      const attribute = LINK_ATTRIBUTES[element.name];
      const href = attribute ? element.attribs[attribute] : undefined;
      if (
        href === undefined ||
        (element.name === 'link' &&
          /^(?:canonical|alternate)$/.test(element.attribs.rel ?? '') &&
          !href.startsWith('/'))
      )
        continue;
      const url = new URL(href, pageUrl);
      if (url.host !== 'site.invalid') continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page: page.file, href, reason: `outside the site's base path ${base}` });
        continue;
      }
      const target = fileFor(dist, decodeURIComponent(url.pathname.slice(base.length)));
      if (!target) {
        broken.push({ page: page.file, href, reason: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !ids.get(target)?.has(fragment)) {
        broken.push({
          page: page.file,
          href,
          reason: `no element with id "${fragment}" on ${target}`,
        });
      }
    }
  }
  return broken;
}

/** The built file a site path points at: `topics/x/` → `topics/x/index.html`. */
function fileFor(dist: string, sitePath: string): string | undefined {
  const candidates =
    sitePath === '' || sitePath.endsWith('/')
      ? [`${sitePath}index.html`]
      : [sitePath, `${sitePath}/index.html`];
  return candidates.find((candidate) => {
    const file = path.join(dist, candidate);
    return existsSync(file) && statSync(file).isFile();
  });
}
