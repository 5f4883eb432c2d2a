import type { APIRoute } from 'astro';
import { toCsv, toDataset } from '../model/dataset.ts';
import { getModel } from '../integration/site.ts';
import { urls } from '../model/urls.ts';

/** Every claim as CSV, one row per claim. */
export const GET: APIRoute = async ({ site }) => {
  const dataset = toDataset(
    await getModel(),
    (path) => new URL(path, site ?? 'http://localhost:4321').href,
    urls.claim,
  );
  return new Response(toCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
