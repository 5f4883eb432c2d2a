import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimCspHashes as trimBytes } from '../../src/integration/csp.ts';

const trimCspHashes = (html: string) => Buffer.from(trimBytes(Buffer.from(html))).toString();

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const island = 'customElements.define("astro-island",class{})';
const unused = sha256('(()=>{/* a client directive */})()');

const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe('trimCspHashes', () => {
  it('should drop the hashes of scripts and styles the page does not contain', () => {
    const html = page(
      `default-src 'self'; script-src 'self' ${sha256(island)} ${unused}; style-src 'self' ${sha256('')};`,
      '<p>No island here.</p>',
    );
    expect(policyOf(trimCspHashes(html))).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self';",
    );
  });

  it('should keep the hash of an inline script and style the page does contain', () => {
    const style = 'astro-island{display:contents}';
    const html = page(
      `script-src 'self' ${sha256(island)} ${unused}; style-src 'self' ${sha256(style)};`,
      `<astro-island></astro-island><script>${island}</script><style>${style}</style>`,
    );
    expect(policyOf(trimCspHashes(html))).toBe(
      `script-src 'self' ${sha256(island)}; style-src 'self' ${sha256(style)};`,
    );
  });

  it('should not count an external script as inline, and leave other sources alone', () => {
    const html = page(
      `script-src 'self' 'wasm-unsafe-eval' ${sha256('')};`,
      '<script type="module" src="/_astro/search.js"></script>',
    );
    expect(policyOf(trimCspHashes(html))).toBe("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('should not keep a hash for a data block such as JSON-LD, which is never run', () => {
    const data = '{"@type":"ClaimReview"}';
    const html = page(
      `script-src 'self' ${sha256(data)};`,
      `<script type="application/ld+json">${data}</script>`,
    );
    expect(policyOf(trimCspHashes(html))).toBe("script-src 'self';");
  });

  it('should hash an inline script by its UTF-8 bytes and keep the rest of the page intact', () => {
    const script = 'document.title = "Überblick — “quotes”"';
    const html = page(
      `script-src 'self' ${sha256(script)} ${unused};`,
      `<p>Grüße — ünïcödé</p><script>${script}</script>`,
    );
    const trimmed = trimCspHashes(html);
    expect(policyOf(trimmed)).toBe(`script-src 'self' ${sha256(script)};`);
    expect(trimmed).toContain('<p>Grüße — ünïcödé</p>');
  });

  it('should leave a page without a policy, or without hashes, unchanged', () => {
    const plain = '<!DOCTYPE html><html><head></head><body><script>1</script></body></html>';
    expect(trimCspHashes(plain)).toBe(plain);
    const noHashes = page("default-src 'self'; script-src 'self';", '<p>Text</p>');
    expect(trimCspHashes(noHashes)).toBe(noHashes);
  });
});
