/**
 * Rule family 10, the map (map.yaml, optional): places are drawn and referred to by ids of
 * their own, every country is named as the boundary data names it, and every coordinate was
 * filled in from the gazetteer. (The claims, sentences and topic it names are checked by the
 * references family, like every other reference.)
 */
import type { MapContent } from '../../core/schema.ts';
import {
  type Atlas,
  frameFault,
  loadAtlas,
  placesFrame,
  positionOf,
  shapeContaining,
} from '../../map/map.ts';
import type { Context } from '../context.ts';
import { type Problem, problem } from '../problems.ts';

/** Checks the valid map file, if there is one; `atlas` is the boundary data, loaded only then. */
export function checkMap(cx: Context, atlas: () => Atlas = loadAtlas): void {
  const entry = cx.entries.get('map')?.[0];
  if (!entry) return;
  const map = entry.value as MapContent;
  const file = entry.file;
  const at = (...path: (string | number)[]) => file.locate(path);
  const report = (found: Problem) => cx.report(found);
  const closest = (value: string, candidates: Iterable<string>) => cx.suggest(value, candidates);

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
  });

  // Whether any view names a place that is not there.
  let mistyped = false;
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
      if (placeIds.includes(id)) return;
      mistyped = true;
      report(
        problem('unknown-place', at('views', i, 'frame', 'places', k), {
          id,
          suggestion: closest(id, placeIds),
        }),
      );
    });
    // From the coordinates, not the ids: two ids can name one point. (A place that is not
    // there, or has no coordinates, has been reported already.)
    const positions = (places ?? []).map((id) => {
      const first = firstAt.get(id);
      return first === undefined ? undefined : positionOf(map.places[first]!.gazetteer);
    });
    if (places && places.length > 1 && positions.every((p) => p !== undefined)) {
      const fault = frameFault(placesFrame(positions), view.margin);
      if (fault)
        report(
          problem('map-frame-no-extent', at('views', i, 'frame', 'places'), { places, fault }),
        );
    }
    view.places.forEach(({ place }, k) => {
      drawn.add(place);
      if (placeIds.includes(place)) return;
      mistyped = true;
      report(
        problem('unknown-place', at('views', i, 'places', k, 'place'), {
          id: place,
          suggestion: closest(place, placeIds),
        }),
      );
    });
  });
  // A mistyped reference already reports itself; the place it meant is not also "on no map".
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
}
