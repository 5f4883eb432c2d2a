/**
 * The model the pages render: built once from the gate's verdict, which the integration hands
 * over through a virtual module (see vite-plugin.ts). In the dev server that module, and so
 * this one, is evaluated again after each change of content, not on each request.
 */
import { contentPath, input, publicFiles } from 'virtual:explainer/input';
import { topics } from 'virtual:explainer/topics';
import { buildModel, type Model } from '../model/model.ts';

const model: Model | undefined = input ? buildModel(input) : undefined;

/** The error of a page asked for while content has problems: the middleware answers it. */
export class ContentProblemsError extends Error {
  override name = 'ContentProblemsError';
}

/** The model of the explainer being built. */
export async function getModel(): Promise<Model> {
  // The integration refuses to build, and the dev server shows the problems instead of any
  // page, while content has problems; nothing should get here without a model.
  if (!model)
    throw new ContentProblemsError('The content has problems. Run `npm run check` to see them.');
  return model;
}

/** A topic page's compiled MDX. */
export function loadTopic(id: string) {
  const load = topics[id];
  if (!load) throw new Error(`No approved topic page "${id}". Run \`npm run check\`.`);
  return load();
}

/** The content folder, relative to the project, for links to its files in the repository. */
export { contentPath };

/** Whether public/ has a file the site serves, such as its favicon. */
export const servesPublic = (name: string) => publicFiles.includes(name);
