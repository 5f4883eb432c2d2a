import type { APIRoute } from 'astro';

/** HTTP headers for hosts that read a _headers file; the file explains itself. */
const HEADERS = `# HTTP headers for hosts that read a _headers file (Netlify, Cloudflare Pages). Pages also
# carry their Content-Security-Policy in a <meta> element, which these headers complement:
# frame-ancestors only works as a header.
/*
  Content-Security-Policy: frame-ancestors 'none'
  X-Frame-Options: DENY
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()
`;

export const GET: APIRoute = () =>
  new Response(HEADERS, { headers: { 'Content-Type': 'text/plain' } });
