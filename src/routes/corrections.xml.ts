import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { correctionId, correctionLine } from '../model/corrections.ts';
import { corrections } from '../model/model.ts';
import { getModel } from '../integration/site.ts';
import { ui } from '../model/ui.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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
        // RSS descriptions are HTML: the text is escaped as HTML here, and again as XML by the
        // feed, so a reader shows a reason's words, never markup written in them.
        description: escapeHtml(line.description),
        // A claim or source changed twice would otherwise give two items one guid (its page),
        // and feed readers would drop the second. Built only from ids, dates and vocabulary.
        customData: `<guid isPermaLink="false">${correctionId(c, all)}</guid>`,
      };
    }),
  });
};
