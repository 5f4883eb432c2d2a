import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { corrections } from '../model/model.ts';
import { getModel } from '../integration/site.ts';
import { urls } from '../model/urls.ts';
import { statusInfo } from '../model/vocabulary.ts';

/** The corrections page as an RSS feed: one item per change of status. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  return rss({
    title: `Corrections · ${model.explainer.title}`,
    description: 'Every change to a claim’s status since publication, newest first.',
    site: site ?? 'http://localhost:4321',
    items: corrections(model.claims).map((c) => ({
      title: `${c.claim.claim}: ${statusInfo(c.from).label} → ${statusInfo(c.to).label}`,
      link: urls.claim(c.claim.id),
      pubDate: new Date(`${c.date}T00:00:00Z`),
      description: c.reason,
    })),
  });
};
