import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { correctionLine } from '../model/corrections.ts';
import { corrections } from '../model/model.ts';
import { getModel } from '../integration/site.ts';

/** The corrections page as an RSS feed: one item per change of a status or a grade. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  return rss({
    title: `Corrections · ${model.explainer.title}`,
    description:
      'Every change to a claim’s status or a source’s grade since publication, newest first.',
    site: site ?? 'http://localhost:4321',
    items: corrections(model).map((c) => {
      const line = correctionLine(c);
      return {
        title: `${line.subject}: ${line.what} ${line.from} → ${line.to}`,
        link: line.href,
        pubDate: new Date(`${c.date}T00:00:00Z`),
        description: c.reason,
      };
    }),
  });
};
