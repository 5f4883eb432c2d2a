import type { APIRoute } from 'astro';
import { codeStylesheet } from '../integration/code-highlighting.ts';

/** Colours for highlighted code, as classes (see src/integration/code-highlighting.ts). */
export const GET: APIRoute = async () =>
  new Response(await codeStylesheet(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
