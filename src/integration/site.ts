/**
 * The model of the explainer being built, loaded from Astro's content layer.
 *
 * Built once per build and shared by every page, so a site of thousands of pages joins its
 * content once rather than once per page. In development it is rebuilt on every request so
 * edits show up at once.
 */
import { getCollection, getEntry } from 'astro:content';
import path from 'node:path';
import { contentDir } from './content-dir.ts';
import { existsSync, readFileSync } from 'node:fs';
import { LAYOUT, placementsIn, topicBody } from '../gate/files.ts';
import { buildModel, type Model } from '../model/model.ts';

let cached: Promise<Model> | undefined;

export function getModel(): Promise<Model> {
  if (!cached || import.meta.env.DEV) cached = loadModel();
  return cached;
}

async function loadModel(): Promise<Model> {
  const [explainer, sources, claims, topics, glossary, timeline] = await Promise.all([
    getEntry('explainer', 'explainer'),
    getCollection('sources'),
    getCollection('claims'),
    getCollection('topics'),
    optionalCollection('glossary'),
    optionalCollection('timeline'),
  ]);
  if (!explainer?.body)
    throw new Error(
      'The explainer has no explainer.yaml or article.txt. Run `npm run check` for details.',
    );
  return buildModel({
    explainer: explainer.data,
    articleText: explainer.body,
    sources: sources.map((entry) => entry.data),
    claims: claims.map((entry) => ({ ...entry.data, file: contentFile(entry.filePath) })),
    topics: topics.map((entry) => ({
      ...entry.data,
      id: entry.id,
      placements: placementsOf(entry.filePath),
    })),
    glossary: glossary.map((entry) => entry.data),
    timeline: timeline.map((entry) => entry.data),
  });
}

/**
 * The claims a topic page places, read from its file (relative to the project): the content
 * store does not keep topic pages' source (see content.config.ts).
 */
function placementsOf(filePath: string | undefined): string[] {
  return filePath
    ? placementsIn(topicBody(readFileSync(path.resolve(filePath), 'utf8')) ?? '')
    : [];
}

/** A loader's file path (relative to the project) as a path inside the content folder. */
function contentFile(filePath: string | undefined): string | undefined {
  return filePath && path.relative(contentDir(), path.resolve(filePath)).split(path.sep).join('/');
}

/**
 * A collection whose file an explainer may leave out. Asking Astro for a collection with no
 * entries logs a warning, so an absent file is not asked about at all.
 */
export function optionalCollection<C extends 'glossary' | 'timeline' | 'map'>(name: C) {
  return existsSync(path.join(contentDir(), LAYOUT[name]))
    ? getCollection(name)
    : Promise.resolve([]);
}
