/**
 * Trims a page's Content-Security-Policy to what the page itself contains.
 *
 * Astro's `security.csp` puts the same hashes on every page: those of its island runtime and
 * of the five client directives (the MDX integration registers a renderer, so Astro assumes
 * islands may appear), whether or not the page has an island. A hash that matches nothing on
 * the page allows nothing the page needs; it only widens what an injected script may be, and
 * it costs every reader about 45 bytes that do not compress. This keeps, in each directive,
 * the hashes of the inline scripts and styles the page contains, and drops the others. Sources
 * such as 'self' are left as they are, so external scripts and stylesheets are unaffected.
 *
 * It works on the page's bytes, read as Latin-1 so that string offsets are byte offsets: the
 * markup it looks for is ASCII, and hashes are taken over the original bytes, so the page is
 * never decoded and re-encoded (which cost more than rendering a small page).
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const HASH = /'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/g;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

/** The page with hashes that match no inline script or style removed from its CSP meta. */
export function trimCspHashes(page: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  const html = bytes.toString('latin1');
  const meta = META.exec(html);
  if (!meta) return page;
  const policy = meta[2] ?? '';
  const algorithms = new Set([...policy.matchAll(HASH)].map((m) => m[1] as string));
  if (!algorithms.size) return page;

  const present = new Set<string>();
  for (const [, tag, attributes, body] of html.matchAll(INLINE)) {
    // An external script is allowed by its source ('self'), not by a hash of its element, and
    // a data block (JSON-LD, say) is never run, so neither can need a hash.
    if (
      tag?.toLowerCase() === 'script' &&
      (/\bsrc\s*=/i.test(attributes ?? '') || !runs(attributes ?? ''))
    )
      continue;
    const original = Buffer.from(body ?? '', 'latin1');
    for (const algorithm of algorithms)
      present.add(`'${algorithm}-${createHash(algorithm).update(original).digest('base64')}'`);
  }
  const trimmed = policy
    .replace(HASH, (token) => (present.has(token) ? token : ''))
    .replace(/ {2,}/g, ' ')
    .replace(/ ;/g, ';');
  if (trimmed === policy) return page;
  const start = meta.index + (meta[1] ?? '').length;
  return Buffer.concat([
    bytes.subarray(0, start),
    Buffer.from(trimmed, 'latin1'),
    bytes.subarray(start + policy.length),
  ]);
}

/** Whether a script element with these attributes is run as a script (not a data block). */
function runs(attributes: string): boolean {
  const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase();
  return (
    type === undefined ||
    type === '' ||
    type === 'module' ||
    /^(?:text|application)\/(?:x-)?(?:java|ecma)script$/.test(type)
  );
}
