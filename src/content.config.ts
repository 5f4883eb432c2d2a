import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LAYOUT, listFiles } from './gate/files.ts';
import { contentDir } from './integration/content-dir.ts';
import { explainerLoader, yamlEntryLoader, yamlListLoader } from './integration/loaders.ts';
import {
  claimSchema,
  explainerSchema,
  glossaryTermSchema,
  mapSchema,
  sourceSchema,
  timelineEventSchema,
  topicSchema,
} from './model/schema.ts';

const content = contentDir();

export const collections = {
  explainer: defineCollection({ loader: explainerLoader(content), schema: explainerSchema }),
  sources: defineCollection({
    loader: yamlListLoader('sources', () => [path.join(content, LAYOUT.sources)]),
    schema: sourceSchema,
  }),
  claims: defineCollection({
    loader: yamlListLoader('claims', () => listFiles(path.join(content, LAYOUT.claims), '.yaml')),
    schema: claimSchema,
  }),
  glossary: defineCollection({
    loader: yamlListLoader('glossary', () => [path.join(content, LAYOUT.glossary)]),
    schema: glossaryTermSchema,
  }),
  timeline: defineCollection({
    loader: yamlListLoader('timeline', () => [path.join(content, LAYOUT.timeline)]),
    schema: timelineEventSchema,
  }),
  topics: defineCollection({
    // Pages are rendered from their compiled MDX, so the store need not keep each page's source
    // as well (at 1,000 topics that was 14 of the store's 20 MB, held in the bundle and in
    // memory while every page rendered); src/lib/site.ts reads placements from the file.
    loader: glob({ base: path.join(content, LAYOUT.topics), pattern: '*.mdx', retainBody: false }),
    schema: topicSchema,
  }),
  /** Optional: an explainer without map.yaml has no map page. */
  map: defineCollection({
    loader: yamlEntryLoader('map', path.join(content, LAYOUT.map)),
    schema: mapSchema,
  }),
};
