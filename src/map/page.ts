/**
 * What the map page shows, computed once: the drawings, the list of places joined to the
 * article (sentences and claims), the legend, and the credits the data's licences ask for.
 * The page and its components only render this.
 */
import { type Atlas, type Drawing, drawMaps, formatPosition, loadAtlas } from './map.ts';
import type { ClaimView, Model, SentenceView } from '../model/model.ts';
import type { MapContent } from '../core/schema.ts';
import { ui } from '../model/ui.ts';
import { urls } from '../model/urls.ts';

/** One row of the list of places: the text alternative to the dots on the maps. */
export interface PlaceRow {
  id: string;
  /** The row's anchor on the page. */
  anchor: string;
  name: string;
  highlighted: boolean;
  /** The region the gazetteer puts it in. */
  region?: string | undefined;
  /** "48.85° N, 37.60° E". */
  position: string;
  /** The gazetteer's spelling, when it differs from ours. */
  listedAs?: string | undefined;
  /** The maps it is drawn on, by number. */
  maps: number[];
  says: string;
  sentences: { sentence: SentenceView; href: string }[];
  claims: { claim: ClaimView; href: string }[];
}

export interface LegendEntry {
  /** Which swatch to draw: the classes the maps use. */
  swatch: 'focus' | 'place' | 'highlighted' | 'part' | 'extent';
  text: string;
}

export interface MapPage {
  title: string;
  summary: string;
  intro: string[];
  topic?: { title: string; href: string } | undefined;
  drawings: Drawing[];
  legend: LegendEntry[];
  places: PlaceRow[];
  redraws: { name: string; reason: string }[];
  limits: string[];
  credits: { boundaries: Atlas['credit']; gazetteer: MapContent['gazetteer'] };
}

/** Joins the map file to the explainer. Assumes `npm run check` passes on both. */
export function mapPage(content: MapContent, model: Model, atlas: Atlas = loadAtlas()): MapPage {
  const drawings = drawMaps(content, atlas);
  const mapsOf = (id: string) =>
    drawings.filter((d) => d.places.some((p) => p.id === id)).map((d) => d.number);
  const topic = content.topic === undefined ? undefined : model.topicById.get(content.topic);
  const hasExtents = drawings.some((d) => d.extents.length);
  const legend: LegendEntry[] = [
    { swatch: 'focus', text: content.focus },
    ...(content.highlight && content.places.some((p) => p.highlighted)
      ? [{ swatch: 'highlighted' as const, text: content.highlight }]
      : []),
    ...(content.places.some((p) => !p.highlighted)
      ? [
          {
            swatch: 'place' as const,
            text: content.highlight
              ? ui.map.legendEntries.otherPlaces
              : ui.map.legendEntries.places,
          },
        ]
      : []),
    ...(content.redraw ?? []).map((r) => ({
      swatch: 'part' as const,
      text: ui.map.legendEntries.redrawn(r.name, r.to),
    })),
    ...(hasExtents ? [{ swatch: 'extent' as const, text: ui.map.legendEntries.extent }] : []),
  ];
  return {
    title: content.title,
    summary: content.summary,
    intro: content.intro ?? [],
    topic: topic && { title: topic.title, href: urls.topic(topic.id) },
    drawings,
    legend,
    places: content.places.map((place) => ({
      id: place.id,
      anchor: `place-${place.id}`,
      name: place.name,
      highlighted: place.highlighted,
      region: place.gazetteer.region,
      position: formatPosition(place),
      listedAs: place.gazetteer.name === place.name ? undefined : place.gazetteer.name,
      maps: mapsOf(place.id),
      says: place.says,
      sentences: (place.sentences ?? []).flatMap((id) => {
        const sentence = model.sentenceById.get(id);
        return sentence ? [{ sentence, href: urls.sentence(id) }] : [];
      }),
      claims: (place.claims ?? []).flatMap((id) => {
        const claim = model.claimById.get(id);
        return claim ? [{ claim, href: urls.claimCard(claim) }] : [];
      }),
    })),
    redraws: (content.redraw ?? []).map((r) => ({ name: r.name, reason: r.reason })),
    limits: content.limits ?? [],
    credits: { boundaries: atlas.credit, gazetteer: content.gazetteer },
  };
}
