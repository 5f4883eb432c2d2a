import type { APIRoute } from 'astro';
import { datasetJsonSchema } from '../model/dataset.ts';

/** The JSON Schema for /claims.json, generated from the schema that types it. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
