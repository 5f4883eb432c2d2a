/** The map files the map tests read, as the site reads them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type MapContent, mapSchema } from '../../src/core/schema.ts';
import { repoRoot } from '../helpers/fixture.ts';

/** A map file, parsed and validated with the schema the site uses. */
export function mapFrom(file: string): MapContent {
  return mapSchema.parse(parse(readFileSync(path.join(repoRoot, file), 'utf8')));
}
