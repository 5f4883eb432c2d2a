/**
 * The Vite plugin that hands the gate's verdict to the pages, and nothing else from content/.
 *
 * The pages import the validated content from a virtual module, and each topic page's MDX
 * from a virtual module whose text is exactly what the gate approved (its frontmatter blanked,
 * so Astro's own frontmatter parser sees none). No module is ever loaded from the content
 * folder itself: an import that names a file there (a Markdown image, say) is an error.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { guardFiles } from './dev-guard.ts';
import type { GateState } from './state.ts';
import { INPUT_MODULE, TOPICS_MODULE, topicIdOf, topicModule } from './virtual.ts';

const resolved = (id: string) => `\0${id}`;

/** An expression that yields `value`, written as base64 JSON that no bundler reads as its own. */
const inert = (value: unknown) =>
  `JSON.parse(Buffer.from(${JSON.stringify(Buffer.from(JSON.stringify(value)).toString('base64'))}, 'base64').toString('utf8'))`;

export function explainerVitePlugin(state: GateState): Plugin {
  const inside = (id: string) => {
    const file = path.resolve(id.replace(/^\/@fs/, '').split(/[?#]/)[0] ?? '');
    return file === state.contentDir || file.startsWith(state.contentDir + path.sep);
  };
  return {
    name: 'explainer:content',
    enforce: 'pre',
    // Installed here, before Vite's own middlewares (its public/ and static file serving), so
    // nothing of content/ or public/ is served that the gate has not approved.
    configureServer(server) {
      guardFiles(server, state);
    },
    resolveId(id) {
      if (id === INPUT_MODULE || id === TOPICS_MODULE || topicIdOf(id) !== undefined)
        return resolved(id);
      return undefined;
    },
    load(id) {
      if (id === resolved(INPUT_MODULE)) {
        const input = state.result.problems.length ? null : (state.result.input ?? null);
        // Content is data, never code, and reaches the bundle inert by construction: its JSON
        // travels as base64, whose letters, digits, + and / no bundler placeholder or
        // directive (__VITE_ASSET__…__, import.meta.env.…, %PUBLIC_URL%) can be made of, and
        // it is decoded when the page renders. (A string literal is not enough: the bundler
        // prints literals afresh, undoing any escape in them.)
        return [
          `export const input = ${inert(input)};`,
          `export const contentPath = ${JSON.stringify(state.contentPath)};`,
          // The files of public/ the gate approved: the layout links the favicon if it is one.
          `export const publicFiles = ${inert(state.result.publicFiles ?? [])};`,
        ].join('\n');
      }
      if (id === resolved(TOPICS_MODULE)) {
        const entries = [...state.approved.keys()].map(
          (topic) =>
            `  ${JSON.stringify(topic)}: () => import(${JSON.stringify(topicModule(topic))}),`,
        );
        return `export const topics = {\n${entries.join('\n')}\n};`;
      }
      const topic = topicIdOf(id);
      if (topic !== undefined && id.startsWith('\0')) {
        const approved = state.approved.get(topic);
        if (!approved)
          this.error(`The topic page "${topic}" was not approved by the content check.`);
        return approved.body;
      }
      if (inside(id)) {
        this.error(
          `${path.relative(process.cwd(), id.split(/[?#]/)[0] ?? id)} is content, and content files are never imported. Run \`npm run check\`.`,
        );
      }
      return undefined;
    },
  };
}
