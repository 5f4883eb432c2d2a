/**
 * The map page's drawings: inline SVG computed at build time from open boundary data and the
 * places in the content's map file. No tiles, no script: the page ships paths and circles.
 *
 * Country boundaries are Natural Earth's (1:50m), as the world-atlas package redistributes
 * them; every place's coordinates come from a gazetteer through `scripts/places.ts`. This
 * module knows nothing about any one country: what to frame, shade, redraw and label is
 * content.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds, geoConicEqualArea, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, LineString, MultiPoint, MultiPolygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { required } from '../model/required.ts';
import type { GazetteerEntry, MapContent, MapPlace } from '../core/schema.ts';

/** The width of every map, in SVG units; heights follow each frame's shape. */
export const MAP_WIDTH = 640;
const MAX_HEIGHT = 560;
const MIN_HEIGHT = 240;
/** Decimal places kept in SVG coordinates: a tenth of a unit is far below what a screen shows. */
const DIGITS = 1;
/** Label offsets from a marker, in SVG units. */
const LABEL_GAP = 7;
const LABEL_SIZE = 14;

type CountryProperties = { name: string };
type CountryShape = TopoPolygon<CountryProperties> | TopoMultiPolygon<CountryProperties>;
type CountryTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  land: GeometryCollection;
}>;

/** The boundary data, and what the page must say about it. */
export interface Atlas {
  topology: CountryTopology;
  /** Every country name the data knows, as it spells them. */
  names: string[];
  credit: {
    name: string;
    edition: string;
    scale: string;
    via: string;
    url: string;
    licence: string;
  };
}

let atlas: Atlas | undefined;

/** Natural Earth's countries at 1:50m, read once from the world-atlas package. */
export function loadAtlas(): Atlas {
  if (atlas) return atlas;
  // Resolved from the project root, where builds and checks run, so the same code works in
  // Node (npm run check) and in Astro's bundled build.
  // Resolved from the engine itself, wherever the project that uses it runs from.
  const require = createRequire(import.meta.url);
  const read = (file: string) => JSON.parse(readFileSync(require.resolve(file), 'utf8'));
  const topology = read('world-atlas/countries-50m.json') as CountryTopology;
  const { version } = read('world-atlas/package.json') as { version: string };
  atlas = {
    topology,
    names: topology.objects.countries.geometries.map(nameOf).filter(Boolean).sort(),
    // world-atlas 2 packages Natural Earth 4.1.0 (its README says so).
    credit: {
      name: 'Natural Earth',
      edition: '4.1.0',
      scale: '1:50m',
      via: `world-atlas ${version}`,
      url: 'https://www.naturalearthdata.com/',
      licence: 'public domain',
    },
  };
  return atlas;
}

/** A gazetteer entry's position as [longitude, latitude], or undefined if the script has not filled it in. */
export function positionOf(entry: GazetteerEntry): [number, number] | undefined {
  return entry.lat === undefined || entry.lon === undefined ? undefined : [entry.lon, entry.lat];
}

/** Which of `country`'s shapes contains `point`, if any: the shape a redraw moves. */
export function shapeContaining(
  data: Atlas,
  country: string,
  point: [number, number],
): number | undefined {
  const shape = data.topology.objects.countries.geometries.find((g) => nameOf(g) === country);
  if (!shape || (shape.type !== 'Polygon' && shape.type !== 'MultiPolygon')) return undefined;
  const polygons = shape.type === 'Polygon' ? [shape.arcs] : shape.arcs;
  const index = polygons.findIndex((arcs) =>
    geoContains(feature(data.topology, { type: 'Polygon', arcs }), point),
  );
  return index === -1 ? undefined : index;
}

/** A shape on the map and the country it is drawn in (which a redraw may change). */
interface Ownership {
  name: string;
  owner: string;
  /** The redraw that moved it, if one did. */
  part?: string;
}
type Owned = TopoPolygon<Ownership> | TopoMultiPolygon<Ownership>;

const nameOf = (g: GeometryObject): string =>
  (g.properties as { name?: string } | undefined)?.name ?? '';
const ownership = (g: GeometryObject): Ownership => g.properties as Ownership;

/** The countries as the map draws them: the boundary data with the content's redraws applied. */
function countriesOf(
  data: Atlas,
  content: MapContent,
): { type: 'GeometryCollection'; geometries: Owned[] } {
  const geometries: Owned[] = [];
  const moved = new Map<string, { polygons: Set<number>; parts: Owned[] }>();
  for (const redraw of content.redraw ?? []) {
    const index = shapeContaining(
      data,
      redraw.from,
      required(positionOf(redraw.anchor), `the anchor of ${redraw.id}`),
    );
    const shape = data.topology.objects.countries.geometries.find((g) => nameOf(g) === redraw.from);
    if (index === undefined || !shape)
      throw new Error(`Cannot redraw ${redraw.id}. Run \`npm run check\` for details.`);
    const polygons = shape.type === 'Polygon' ? [shape.arcs] : (shape as TopoMultiPolygon).arcs;
    const entry = moved.get(redraw.from) ?? { polygons: new Set(), parts: [] };
    entry.polygons.add(index);
    entry.parts.push({
      type: 'Polygon',
      arcs: required(polygons[index], redraw.id),
      properties: { name: redraw.name, owner: redraw.to, part: redraw.id },
    });
    moved.set(redraw.from, entry);
  }
  for (const shape of data.topology.objects.countries.geometries as CountryShape[]) {
    const name = nameOf(shape);
    const change = moved.get(name);
    if (!change) {
      geometries.push({ ...shape, properties: { name, owner: name } } as Owned);
      continue;
    }
    const polygons = (shape.type === 'Polygon' ? [shape.arcs] : shape.arcs).filter(
      (_, i) => !change.polygons.has(i),
    );
    if (polygons.length)
      geometries.push({ type: 'MultiPolygon', arcs: polygons, properties: { name, owner: name } });
    geometries.push(...change.parts);
  }
  return { type: 'GeometryCollection', geometries };
}

/** A label placed beside a marker. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** One map, ready to render as SVG. */
export interface Drawing {
  id: string;
  /** Its position on the page, from 1: "Map 1". */
  number: number;
  title: string;
  description: string;
  width: number;
  height: number;
  /** All land, filled; countries are told apart by the borders drawn over it. */
  land: string;
  /** The country the maps are about, shaded over the land (with any part redrawn into it). */
  focus: { name: string; d: string };
  /** Borders between countries, as the map draws them. */
  borders: string;
  /** Parts drawn differently from the boundary data (hatched), and the edges that set them apart. */
  parts: { id: string; name: string; d: string }[];
  partEdges: string;
  places: {
    id: string;
    name: string;
    x: number;
    y: number;
    highlighted: boolean;
    label: PlacedLabel;
  }[];
  countryLabels: { name: string; x: number; y: number }[];
  /** The areas later maps show, outlined on the first. */
  extents: { number: number; d: string; label: PlacedLabel }[];
}

/** Draws every view in the map file. Assumes `npm run check` passes on it. */
export function drawMaps(content: MapContent, data: Atlas = loadAtlas()): Drawing[] {
  const countries = countriesOf(data, content);
  // Each country's shapes merged into one, as the map draws it; merged only when asked for.
  const merged = new Map<string, MultiPolygon>();
  const shapeOf = (owner: string): MultiPolygon | undefined => {
    if (!merged.has(owner)) {
      const shapes = countries.geometries.filter((g) => ownership(g).owner === owner);
      if (shapes.length) merged.set(owner, merge(data.topology, shapes));
    }
    return merged.get(owner);
  };
  const ownerOf = (g: GeometryObject) => ownership(g).owner;
  const borders = mesh(data.topology, countries, (a, b) => a !== b && ownerOf(a) !== ownerOf(b));
  const partEdges = mesh(data.topology, countries, (a, b) => a !== b && ownerOf(a) === ownerOf(b));
  const parts = countries.geometries.filter((g) => ownership(g).part);
  const land = feature(data.topology, data.topology.objects.land);
  const placeById = new Map(content.places.map((p) => [p.id, p]));
  const positionOfPlace = (id: string) => {
    const place = required(placeById.get(id), `place ${id}`);
    return required(positionOf(place.gazetteer), `the coordinates of ${id}`);
  };

  const projected = content.views.map((view) => {
    const frame: Feature<MultiPolygon | MultiPoint> = view.frame.countries
      ? {
          type: 'Feature',
          properties: {},
          geometry: merge(
            data.topology,
            countries.geometries.filter((g) => view.frame.countries!.includes(ownerOf(g))),
          ),
        }
      : placesFrame((view.frame.places ?? []).map(positionOfPlace));
    return { view, ...fit(frame, view.margin) };
  });

  return projected.map(({ view, projection, height }, i) => {
    const drawn = (object: Drawable) => svgPath(projection, object);
    // The first map outlines the ground each later map shows, labelled with its number.
    const extents = (i === 0 ? projected.slice(1) : []).flatMap((later, k) => {
      const outline = outlineOf(later.projection, MAP_WIDTH, later.height);
      const d = drawn(outline);
      const corners = outline.geometry.coordinates
        .map((p) => projection(p as [number, number]))
        .filter((p): p is [number, number] => p !== null);
      if (!d || !corners.length) return [];
      const left = Math.min(...corners.map(([x]) => x));
      const top = Math.min(...corners.map(([, y]) => y));
      return [
        {
          number: k + 2,
          d,
          label: { x: round(left), y: round(top - 5), anchor: 'start' as const },
        },
      ];
    });
    const taken = [
      ...placeBoxes(view.places, positionOfPlace, projection, placeById),
      ...extents.map(({ number, label }) => ({
        x0: label.x,
        y0: label.y - LABEL_SIZE,
        x1: label.x + textWidth(`Map ${number}`),
        y1: label.y + 4,
      })),
    ];
    return {
      id: view.id,
      number: i + 1,
      title: view.title,
      description: view.description,
      width: MAP_WIDTH,
      height,
      land: drawn(land),
      focus: { name: content.focus, d: drawn(required(shapeOf(content.focus), content.focus)) },
      borders: drawn(borders),
      parts: parts
        .map((g) => ({
          id: ownership(g).part ?? '',
          name: ownership(g).name,
          d: drawn(feature(data.topology, g)),
        }))
        .filter((p) => p.d),
      partEdges: drawn(partEdges),
      places: view.places.map(({ place, label }) => {
        const [x, y] = required(projection(positionOfPlace(place)), `the position of ${place}`).map(
          round,
        ) as [number, number];
        const info = required(placeById.get(place), place);
        return {
          id: place,
          name: info.name,
          x,
          y,
          highlighted: info.highlighted,
          label: labelBeside(x, y, label),
        };
      }),
      countryLabels: placeCountryLabels(
        view.countryLabels ?? [],
        shapeOf,
        projection,
        height,
        taken,
      ),
      extents,
    };
  });
}

const round = (value: number) => Number(value.toFixed(DIGITS));

/** Anything d3 can draw: GeoJSON features, geometries and collections. */
type Drawable = Parameters<ReturnType<typeof geoPath>>[0];

/**
 * An SVG path for `object` as `projection` draws it: relative moves rounded to DIGITS places,
 * with repeated points dropped. Relative steps are short numbers, which keeps the page small.
 */
function svgPath(projection: GeoProjection, object: Drawable): string {
  let out = '';
  let x = 0;
  let y = 0;
  const text = (value: number) => {
    const fixed = round(value);
    return String(fixed === 0 ? 0 : fixed).replace(/^(-?)0\./, '$1.');
  };
  const pair = (a: number, b: number) => `${text(a)}${round(b) < 0 ? '' : ' '}${text(b)}`;
  geoPath(projection, {
    beginPath() {},
    moveTo(px, py) {
      const [nx, ny] = [round(px), round(py)];
      out += `M${pair(nx, ny)}`;
      [x, y] = [nx, ny];
    },
    lineTo(px, py) {
      const [nx, ny] = [round(px), round(py)];
      if (nx === x && ny === y) return;
      out += `l${pair(nx - x, ny - y)}`;
      [x, y] = [nx, ny];
    },
    closePath() {
      out += 'z';
    },
    arc() {},
  })(object);
  return out;
}

/** A rectangle in SVG units that a label must not cover. */
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The width a label of `text` takes, near enough for placing it: the site's sans-serif averages 0.6 em a character. */
const textWidth = (text: string, size = LABEL_SIZE) => text.length * size * 0.62;

/** The boxes the places' markers and labels take on a view. */
function placeBoxes(
  places: readonly { place: string; label: 'right' | 'left' | 'above' | 'below' }[],
  positionOf: (id: string) => [number, number],
  projection: GeoProjection,
  byId: ReadonlyMap<string, MapPlace>,
): Box[] {
  return places.flatMap(({ place, label }) => {
    const point = projection(positionOf(place));
    if (!point) return [];
    const [x, y] = point;
    const at = labelBeside(x, y, label);
    const width = textWidth(byId.get(place)?.name ?? '');
    const left =
      at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - width : at.x - width / 2;
    return [
      { x0: x - 6, y0: y - 6, x1: x + 6, y1: y + 6 },
      { x0: left - 2, y0: at.y - LABEL_SIZE, x1: left + width + 2, y1: at.y + 4 },
    ];
  });
}

/**
 * Where to name each country: the point of its visible area farthest from its edges, the
 * map's edges and everything already labelled, found on a grid. A centroid can fall outside
 * a country whose visible part is L-shaped, and a name in the wrong country misleads. A
 * country with no room for its name goes unnamed.
 */
function placeCountryLabels(
  names: readonly string[],
  shapeOf: (country: string) => MultiPolygon | undefined,
  projection: GeoProjection,
  height: number,
  taken: Box[],
): { name: string; x: number; y: number }[] {
  const cell = 8;
  const cols = Math.floor(MAP_WIDTH / cell);
  const rows = Math.floor(height / cell);
  const size = LABEL_SIZE - 1;
  const placed: { name: string; x: number; y: number }[] = [];
  for (const name of names) {
    const shape = shapeOf(name);
    if (!shape) continue;
    const free = cellsInside(ringsOf(shape, projection), cols, rows, cell);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const x = c * cell + cell / 2;
        const y = r * cell + cell / 2;
        if (taken.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1))
          free[r * cols + c] = 0;
      }
    }
    const depth = distanceInside(free, cols, rows);
    // The name may overhang its country a little at the ends, never in the middle.
    const half = Math.ceil(textWidth(name, size) / 2 / cell);
    const core = Math.floor(half * 0.7);
    let best: { c: number; r: number; score: number } | undefined;
    for (let r = 1; r < rows - 1; r++) {
      for (let c = half; c < cols - half; c++) {
        let fits = true;
        for (let k = c - core; k <= c + core && fits; k++)
          fits = free[r * cols + k] === 1 && free[(r - 1) * cols + k] === 1;
        const score = depth[r * cols + c]!;
        if (fits && (!best || score > best.score)) best = { c, r, score };
      }
    }
    if (!best) continue;
    const x = best.c * cell + cell / 2;
    const y = best.r * cell + cell / 2 + size * 0.35;
    placed.push({ name, x: round(x), y: round(y) });
    taken.push({
      x0: x - textWidth(name, size) / 2 - 4,
      y0: y - size - 4,
      x1: x + textWidth(name, size) / 2 + 4,
      y1: y + 6,
    });
  }
  return placed;
}

/** The rings of a shape as the map draws it: projected, and clipped to the map. */
function ringsOf(shape: MultiPolygon, projection: GeoProjection): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  geoPath(projection, {
    beginPath() {},
    moveTo(x, y) {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo(x, y) {
      ring.push([x, y]);
    },
    closePath() {},
    arc() {},
  })(shape);
  return rings;
}

/** Which cells of a grid have their centre inside `rings` (even-odd rule, scanning row by row). */
function cellsInside(
  rings: readonly [number, number][][],
  cols: number,
  rows: number,
  cell: number,
): Uint8Array {
  const inside = new Uint8Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    const y = r * cell + cell / 2;
    const crossings: number[] = [];
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i++) {
        const [ax, ay] = ring[i]!;
        const [bx, by] = ring[(i + 1) % ring.length]!;
        if (ay > y !== by > y) crossings.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
      }
    }
    crossings.sort((a, b) => a - b);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      const from = Math.max(0, Math.ceil(crossings[k]! / cell - 0.5));
      const to = Math.min(cols - 1, Math.floor(crossings[k + 1]! / cell - 0.5));
      for (let c = from; c <= to; c++) inside[r * cols + c] = 1;
    }
  }
  return inside;
}

/** For each free cell of a grid, how many cells it is from the nearest cell that is not free (or the edge). */
function distanceInside(free: Uint8Array, cols: number, rows: number): Uint16Array {
  const depth = new Uint16Array(cols * rows);
  const big = cols + rows;
  for (let i = 0; i < depth.length; i++) depth[i] = free[i] ? big : 0;
  const at = (c: number, r: number) =>
    c < 0 || r < 0 || c >= cols || r >= rows ? 0 : depth[r * cols + c]!;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (depth[i])
        depth[i] = Math.min(
          depth[i]!,
          at(c - 1, r) + 1,
          at(c, r - 1) + 1,
          at(c - 1, r - 1) + 1,
          at(c + 1, r - 1) + 1,
        );
    }
  }
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = cols - 1; c >= 0; c--) {
      const i = r * cols + c;
      if (depth[i])
        depth[i] = Math.min(
          depth[i]!,
          at(c + 1, r) + 1,
          at(c, r + 1) + 1,
          at(c + 1, r + 1) + 1,
          at(c - 1, r + 1) + 1,
        );
    }
  }
  return depth;
}

/** The frame of a view fitted to places: their positions, as [longitude, latitude]. */
export function placesFrame(positions: [number, number][]): Feature<MultiPoint> {
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: positions },
  };
}

/** Why a frame cannot be drawn. */
export type FrameFault = 'point' | 'no-width' | 'no-height' | 'too-small' | 'not-finite';

/**
 * The least a frame of places may span, in degrees, across or up: about a kilometre, far
 * below what the boundary data (1:50m) draws. Fitted to less, the projection's scale grows
 * without bound and drawing takes seconds, then minutes, then all memory.
 */
export const MIN_FRAME_SPAN = 0.01;

/**
 * Why a map cannot be fitted to `frame`, if it cannot: it spans no distance (its places are
 * at one point, or on one meridian or one parallel, so it has no width or no height), or too
 * little (MIN_FRAME_SPAN), or the projection fitted to it gives a number that is not finite. Such a frame would draw paths of
 * NaN (red team 2026-12-22, H6). Undefined when the frame can be drawn.
 */
export function frameFault(
  frame: Feature<MultiPolygon | MultiPoint>,
  margin: number,
): FrameFault | undefined {
  const [[west, south], [east, north]] = geoBounds(frame);
  if (![west, south, east, north].every(Number.isFinite)) return 'not-finite';
  const wide = west !== east;
  const high = south !== north;
  if (!wide && !high) return 'point';
  if (!wide) return 'no-width';
  if (!high) return 'no-height';
  const width = west <= east ? east - west : east - west + 360;
  if (width < MIN_FRAME_SPAN && north - south < MIN_FRAME_SPAN) return 'too-small';
  return drawable(frame, margin) ? undefined : 'not-finite';
}

/** Whether the projection fitted to `frame`, and every point of the frame it projects, is finite. */
function drawable(frame: Feature<MultiPolygon | MultiPoint>, margin: number): boolean {
  const { projection, height } = fitted(frame, margin);
  const bounds = geoPath(projection).bounds(frame).flat();
  const points = frame.geometry.type === 'MultiPoint' ? frame.geometry.coordinates : [];
  const projected = points.flatMap((point) => projection(point as [number, number]) ?? [NaN]);
  return [projection.scale(), ...projection.translate(), height, ...bounds, ...projected].every(
    Number.isFinite,
  );
}

/**
 * A projection fitted to `frame` with `margin` (a share of the width) around it, and the
 * height that keeps its shape. Refuses a frame it cannot draw, which the check refuses first.
 */
function fit(
  frame: Feature<MultiPolygon | MultiPoint>,
  margin: number,
): { projection: GeoProjection; height: number } {
  const fault = frameFault(frame, margin);
  if (fault) throw new Error(`A map frame cannot be drawn (${fault}). Run \`npm run check\`.`);
  return fitted(frame, margin);
}

function fitted(
  frame: Feature<MultiPolygon | MultiPoint>,
  margin: number,
): { projection: GeoProjection; height: number } {
  const [[west, south], [east, north]] = geoBounds(frame);
  // A frame that crosses the antimeridian has west > east.
  const middle = west <= east ? (west + east) / 2 : (west + east + 360) / 2;
  // A conic equal-area projection centred on the frame keeps areas and shapes honest at the
  // scale of a country, which a world projection (Mercator) would not.
  const projection = geoConicEqualArea()
    .parallels([south + (north - south) / 6, north - (north - south) / 6])
    .rotate([-middle, 0]);
  const pad = Math.round(MAP_WIDTH * margin);
  projection.fitWidth(MAP_WIDTH - 2 * pad, frame);
  const [[, top], [, bottom]] = geoPath(projection).bounds(frame);
  const height = Math.round(clamp(bottom - top + 2 * pad, MIN_HEIGHT, MAX_HEIGHT));
  projection
    .fitExtent(
      [
        [pad, pad],
        [MAP_WIDTH - pad, height - pad],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, height],
    ]);
  return { projection, height };
}

/** The ground a map of `width` × `height` shows, as a closed line of longitudes and latitudes. */
function outlineOf(projection: GeoProjection, width: number, height: number): Feature<LineString> {
  const steps = 8;
  const edge = (from: [number, number], to: [number, number]) =>
    Array.from(
      { length: steps },
      (_, i) =>
        [from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps] as [
          number,
          number,
        ],
    );
  const ring = [
    ...edge([0, 0], [width, 0]),
    ...edge([width, 0], [width, height]),
    ...edge([width, height], [0, height]),
    ...edge([0, height], [0, 0]),
  ].map((point) => required(projection.invert?.(point) ?? undefined, 'a corner of the map'));
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates: [...ring, ring[0]!] },
  };
}

function labelBeside(
  x: number,
  y: number,
  side: 'right' | 'left' | 'above' | 'below',
): PlacedLabel {
  // The label's baseline sits about a third of its size below its middle.
  const middle = y + LABEL_SIZE * 0.35;
  switch (side) {
    case 'left':
      return { x: x - LABEL_GAP, y: middle, anchor: 'end' };
    case 'above':
      return { x, y: y - LABEL_GAP - 2, anchor: 'middle' };
    case 'below':
      return { x, y: y + LABEL_GAP + LABEL_SIZE * 0.8, anchor: 'middle' };
    default:
      return { x: x + LABEL_GAP, y: middle, anchor: 'start' };
  }
}

/** A place's coordinates as readers read them: "48.85° N, 37.60° E", to two decimal places (about a kilometre). */
export function formatPosition(place: Pick<MapPlace, 'gazetteer'>): string {
  const [lon, lat] = required(positionOf(place.gazetteer), 'coordinates');
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value).toFixed(2)}° ${value < 0 ? negative : positive}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}
