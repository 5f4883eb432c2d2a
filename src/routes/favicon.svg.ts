import type { APIRoute } from 'astro';

/** The site's icon: a tick on the site's link colour. */
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0550ae"/><path d="M8 17l5 5 11-12" stroke="#fff" stroke-width="4" fill="none"/></svg>';

export const GET: APIRoute = () =>
  new Response(`${ICON}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
