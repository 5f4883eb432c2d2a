/**
 * The scheme a browser would read from a URL, for deciding whether a link can run code.
 *
 * Browsers ignore case, whitespace and control characters in a scheme, and Markdown and HTML
 * parsers have already decoded character references, so those disguises are removed before
 * the scheme is read. Zero-width characters are removed too: they hide a scheme from a reader.
 */
export function urlScheme(url: string): string | undefined {
  const normalized = url.replace(/[\p{Cc} \u200b-\u200d\ufeff]/gu, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(normalized)?.[1];
}
