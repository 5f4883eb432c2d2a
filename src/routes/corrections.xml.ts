import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { correctionId, correctionLine } from '../model/corrections.ts';
import { corrections } from '../model/model.ts';
import { getModel } from '../integration/site.ts';
import { ui } from '../model/ui.ts';

/** The corrections page as an RSS feed: one item per change of a status or a grade. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  return rss({
    title: ui.corrections.feed.title(model.explainer.title),
    description: ui.corrections.feed.description,
    site: site ?? 'http://localhost:4321',
    items: corrections(model).map((c) => {
      const line = correctionLine(c);
      return {
        title: ui.corrections.feed.item(line.subject, line.what, line.from, line.to),
        link: line.href,
        pubDate: new Date(`${c.date}T00:00:00Z`),
        description: c.reason,
        // A claim or source changed twice would otherwise give two items one guid (its page),
        // and feed readers would drop the second. Built only from ids, dates and vocabulary.
        customData: `<guid isPermaLink="false">${correctionId(c)}</guid>`,
      };
    }),
  });
};
