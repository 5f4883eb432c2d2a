import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LAYOUT, listFiles } from './lib/content-files.ts';
import { contentDir } from './lib/content-dir.ts';
import { explainerLoader, yamlEntryLoader, yamlListLoader } from './lib/loaders.ts';
import { claimSchema, explainerSchema, glossaryTermSchema, mapSchema, sourceSchema, timelineEventSchema, topicSchema } from './lib/schema.ts';

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
    loader: glob({ base: path.join(content, LAYOUT.topics), pattern: '*.mdx' }),
    schema: topicSchema,
  }),
  /** Optional: an explainer without map.yaml has no map page. */
  map: defineCollection({ loader: yamlEntryLoader('map', path.join(content, LAYOUT.map)), schema: mapSchema }),
};
