/**
 * Trims each page's Content-Security-Policy to the inline scripts and styles the page contains
 * (see lib/csp.ts). Runs on every page, at build time and in the dev server.
 */
import { defineMiddleware } from 'astro:middleware';
import { trimCspHashes } from './csp.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(trimCspHashes(new Uint8Array(await response.arrayBuffer())), response);
});
