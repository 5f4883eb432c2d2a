import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { correctionId, correctionLine, policyChangeLines } from '../model/corrections.ts';
import { corrections } from '../model/model.ts';
import { getModel } from '../integration/site.ts';
import { ui } from '../model/ui.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The corrections page as an RSS feed: one item per correction, and per change to the
 * corrections policy, newest first, each with its own guid.
 */
export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  const all = corrections(model);
  const items = [
    ...all.map((c) => ({ ...correctionLine(c), date: c.date, id: correctionId(c, all) })),
    ...policyChangeLines(model.explainer.corrections?.policyChanges),
  ].sort((a, b) => b.date.localeCompare(a.date));
  const root = site ?? 'http://localhost:4321';
  return rss({
    title: ui.corrections.feed.title(model.explainer.title),
    description: ui.corrections.feed.description,
    site: root,
    items: items.map((line) => ({
      title: line.title,
      // The feed puts a slash after a path it completes, even after a #fragment: a link to a
      // part of a page is given whole.
      link: line.href.includes('#') ? new URL(line.href, root).href : line.href,
      pubDate: new Date(`${line.date}T00:00:00Z`),
      // RSS descriptions are HTML: the text is escaped as HTML here, and again as XML by the
      // feed, so a reader shows a reason's words, never markup written in them.
      description: escapeHtml(line.description),
      // A claim or source changed twice would otherwise give two items one guid (its page),
      // and feed readers would drop the second. Built only from ids, dates and vocabulary.
      customData: `<guid isPermaLink="false">${line.id}</guid>`,
    })),
  });
};
