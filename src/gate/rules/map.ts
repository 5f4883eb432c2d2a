/**
 * Checks the optional map file (map.yaml): its schema, then everything it refers to: places,
 * countries in the boundary data, claims, sentences and topics, and that every coordinate was
 * filled in from the gazetteer. Part of the content check, so `npm run check` and the build
 * report map problems in the same words as every other problem.
 */
import type { ContentYaml } from '../topic.ts';
import { type Atlas, loadAtlas, positionOf, shapeContaining } from '../../map/map.ts';
import { type Problem, closest, problem } from '../problems.ts';
import { type MapContent, mapSchema } from '../../core/schema.ts';
import { validateAt } from '../validate.ts';

/** What the rest of the content offers for the map to refer to. */
export interface MapReferences {
  claims: ReadonlySet<string>;
  sentences: ReadonlySet<string>;
  sentenceCount: number;
  topics: readonly string[];
}

/** Checks `file` as a map file; `atlas` is the boundary data (loaded only when a map exists). */
export function checkMap(
  file: ContentYaml,
  refs: MapReferences,
  atlas: () => Atlas = loadAtlas,
): Problem[] {
  const checked = validateAt(mapSchema, file, [], file.data);
  if (!checked.ok) return checked.problems;
  const map: MapContent = checked.value;
  const problems: Problem[] = [];
  const at = (...path: (string | number)[]) => file.locate(path);
  const report = (found: Problem) => problems.push(found);

  const placeIds = map.places.map((p) => p.id);
  const firstAt = new Map<string, number>();
  map.places.forEach((place, i) => {
    const first = firstAt.get(place.id);
    if (first !== undefined) {
      report(
        problem('duplicate-id', at('places', i, 'id'), {
          what: 'place',
          id: place.id,
          first: `${file.path}:${at('places', first, 'id').line}`,
        }),
      );
    } else firstAt.set(place.id, i);
    if (!positionOf(place.gazetteer))
      report(
        problem('place-not-located', at('places', i, 'gazetteer'), { what: `place "${place.id}"` }),
      );
    place.claims?.forEach((id, k) => {
      if (!refs.claims.has(id))
        report(
          problem('unknown-claim', at('places', i, 'claims', k), {
            id,
            suggestion: closest(id, refs.claims),
          }),
        );
    });
    place.sentences?.forEach((id, k) => {
      if (!refs.sentences.has(id))
        report(
          problem('unknown-sentence', at('places', i, 'sentences', k), {
            id,
            count: refs.sentenceCount,
          }),
        );
    });
  });
  if (map.topic !== undefined && !refs.topics.includes(map.topic)) {
    report(
      problem('unknown-topic', at('topic'), {
        id: map.topic,
        suggestion: closest(map.topic, refs.topics),
        allowed: refs.topics,
      }),
    );
  }

  const drawn = new Set<string>();
  const countryNames: { name: string; path: (string | number)[] }[] = [
    { name: map.focus, path: ['focus'] },
  ];
  const viewIds = new Map<string, number>();
  map.views.forEach((view, i) => {
    const first = viewIds.get(view.id);
    if (first !== undefined)
      report(
        problem('duplicate-id', at('views', i, 'id'), {
          what: 'view',
          id: view.id,
          first: `${file.path}:${at('views', first, 'id').line}`,
        }),
      );
    else viewIds.set(view.id, i);
    const { countries, places } = view.frame;
    if ((countries === undefined) === (places === undefined)) {
      report(
        problem('map-frame-choice', at('views', i, 'frame'), { both: countries !== undefined }),
      );
    } else if (places?.length === 1) {
      report(problem('map-frame-one-place', at('views', i, 'frame', 'places')));
    }
    countries?.forEach((name, k) =>
      countryNames.push({ name, path: ['views', i, 'frame', 'countries', k] }),
    );
    view.countryLabels?.forEach((name, k) =>
      countryNames.push({ name, path: ['views', i, 'countryLabels', k] }),
    );
    places?.forEach((id, k) => {
      if (!placeIds.includes(id))
        report(
          problem('unknown-place', at('views', i, 'frame', 'places', k), {
            id,
            suggestion: closest(id, placeIds),
          }),
        );
    });
    view.places.forEach(({ place }, k) => {
      drawn.add(place);
      if (!placeIds.includes(place))
        report(
          problem('unknown-place', at('views', i, 'places', k, 'place'), {
            id: place,
            suggestion: closest(place, placeIds),
          }),
        );
    });
  });
  // A mistyped reference already reports itself; the place it meant is not also "on no map".
  const mistyped = problems.some((p) => p.code === 'unknown-place');
  map.places.forEach((place, i) => {
    if (!mistyped && !drawn.has(place.id) && firstAt.get(place.id) === i)
      report(problem('place-not-drawn', at('places', i, 'id'), { id: place.id }));
  });

  const data = atlas();
  const known = new Set(data.names);
  map.redraw?.forEach((redraw, i) => {
    countryNames.push(
      { name: redraw.from, path: ['redraw', i, 'from'] },
      { name: redraw.to, path: ['redraw', i, 'to'] },
    );
    const anchor = positionOf(redraw.anchor);
    if (!anchor)
      report(
        problem('place-not-located', at('redraw', i, 'anchor'), {
          what: `the anchor of redraw "${redraw.id}"`,
        }),
      );
    else if (known.has(redraw.from) && shapeContaining(data, redraw.from, anchor) === undefined) {
      report(
        problem('redraw-anchor-outside', at('redraw', i, 'anchor'), {
          id: redraw.id,
          from: redraw.from,
        }),
      );
    }
  });
  for (const { name, path } of countryNames) {
    if (!known.has(name))
      report(problem('unknown-country', at(...path), { name, suggestion: closest(name, known) }));
  }
  return problems;
}
