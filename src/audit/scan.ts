/**
 * Scans a built site for anything contributed content might have smuggled in: scripts,
 * event-handler attributes, and URLs with schemes that run code.
 */
import { urlScheme } from '../gate/url-scheme.ts';
import { type BuiltPage, elementsOf } from './pages.ts';

export interface Finding {
  page: string;
  what: string;
}

/** Pages allowed to load the site's own bundled scripts (search), relative to the site. */
export const SCRIPTED_PAGES = ['search/index.html'];

/** Schemes that run code or smuggle content in when a browser follows them. */
const CODE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'srcset',
  'cite',
  'data',
  'background',
];

export function scanForUnsafeMarkup(
  pages: readonly BuiltPage[],
  assetsPath = '/_astro/',
): Finding[] {
  const findings: Finding[] = [];
  for (const page of pages) {
    for (const element of elementsOf(page)) {
      if (element.name === 'script') {
        const type = element.attribs.type;
        const bundled =
          type === 'module' &&
          element.attribs.src?.startsWith(assetsPath) &&
          SCRIPTED_PAGES.includes(page.file);
        if (type !== 'application/ld+json' && !bundled) {
          findings.push({
            page: page.file,
            what: `<script${type ? ` type="${type}"` : ''}${element.attribs.src ? ` src="${element.attribs.src}"` : ''}>`,
          });
        }
      }
      for (const [name, value] of Object.entries(element.attribs)) {
        if (/^on/i.test(name))
          findings.push({
            page: page.file,
            what: `<${element.name}> has the event-handler attribute ${name}`,
          });
        if (
          URL_ATTRIBUTES.includes(name.toLowerCase()) &&
          CODE_SCHEMES.has(urlScheme(value) ?? '')
        ) {
          findings.push({
            page: page.file,
            what: `<${element.name} ${name}="${value}"> uses a scheme that can run code`,
          });
        }
      }
    }
  }
  return findings;
}
