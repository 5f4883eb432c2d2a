/**
 * Trims each page's Content-Security-Policy to the inline scripts and styles the page contains
 * (see lib/csp.ts). Runs on every page, at build time and in the dev server.
 *
 * While content has problems the dev server shows them in place of every page
 * (dev-problems.ts). What still reaches a route (a file that is not there, which Astro answers
 * with its 404 page; an endpoint such as /claims.json) has no model to render: it is answered
 * here in plain text, not with an error and its stack trace (red team 2026-12-22, L3).
 */
import { defineMiddleware } from 'astro:middleware';
import { trimCspHashes } from './csp.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  let response: Response;
  try {
    response = await next();
  } catch (error) {
    // By name: the page and this middleware may hold different instances of site.ts.
    if (!(error instanceof Error) || error.name !== 'ContentProblemsError') throw error;
    const notFound = context.routePattern === '/404';
    return new Response(
      `${notFound ? 'Not found. ' : ''}The content has problems: run \`npm run check\` to see them.\n`,
      {
        status: notFound ? 404 : 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      },
    );
  }
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(trimCspHashes(new Uint8Array(await response.arrayBuffer())), response);
});
