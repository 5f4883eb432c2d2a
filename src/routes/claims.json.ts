import type { APIRoute } from 'astro';
import { toDataset } from '../model/dataset.ts';
import { getModel } from '../integration/site.ts';
import { urls } from '../model/urls.ts';

/** Every claim as JSON, described by /claims.schema.json. */
export const GET: APIRoute = async ({ site }) => {
  const dataset = toDataset(
    await getModel(),
    (path) => new URL(path, site ?? 'http://localhost:4321').href,
    urls.claim,
  );
  return new Response(`${JSON.stringify(dataset, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
