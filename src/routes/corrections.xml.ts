import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { correctionId, correctionLine } from '../model/corrections.ts';
import { corrections } from '../model/model.ts';
import { getModel } from '../integration/site.ts';
import { ui } from '../model/ui.ts';

/** The corrections page as an RSS feed: one item per correction, each with its own guid. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  const all = corrections(model);
  return rss({
    title: ui.corrections.feed.title(model.explainer.title),
    description: ui.corrections.feed.description,
    site: site ?? 'http://localhost:4321',
    items: all.map((c) => {
      const line = correctionLine(c);
      return {
        title: line.title,
        link: line.href,
        pubDate: new Date(`${c.date}T00:00:00Z`),
        description: line.description,
        // A claim or source changed twice would otherwise give two items one guid (its page),
        // and feed readers would drop the second. Built only from ids, dates and vocabulary.
        customData: `<guid isPermaLink="false">${correctionId(c, all)}</guid>`,
      };
    }),
  });
};
