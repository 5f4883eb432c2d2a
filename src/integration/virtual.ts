/**
 * The names of the virtual modules through which the gate's verdict reaches the pages.
 * One place, so the Vite plugin that serves them and the code that imports them agree.
 */

/** The validated content, as plain data (or null while it has problems). */
export const INPUT_MODULE = 'virtual:explainer/input';
/** A loader for each approved topic page's compiled MDX, by topic id. */
export const TOPICS_MODULE = 'virtual:explainer/topics';
/** One approved topic page: `virtual:explainer/topic/<id>.mdx`. */
export const TOPIC_PREFIX = 'virtual:explainer/topic/';

export const topicModule = (id: string) => `${TOPIC_PREFIX}${id}.mdx`;

/** The topic id of a topic page's module id (resolved or not), if it is one. */
export function topicIdOf(moduleId: string | undefined): string | undefined {
  if (!moduleId) return undefined;
  const bare = moduleId.startsWith('\0') ? moduleId.slice(1) : moduleId;
  if (!bare.startsWith(TOPIC_PREFIX) || !bare.endsWith('.mdx')) return undefined;
  return bare.slice(TOPIC_PREFIX.length, -'.mdx'.length);
}
