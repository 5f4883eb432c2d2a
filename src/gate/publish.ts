/**
 * Publishing guards (`npm run check -- --publish`, run by the deploy job with the address and
 * repository the build uses): a local build is a preview, and these are what keep the deployed
 * site honest. Refused: the placeholders `npm run new` writes, a canonical address on
 * localhost, and no way for a reader to report an error.
 */
import type { ExplainerInput } from '../core/kinds.ts';
import { draftTitle, PLACEHOLDERS, repositoryUrl } from '../model/publishing.ts';
import { type Problem, problem } from './problems.ts';
import { readContent, yamlFile } from './read.ts';

const LOCAL = /^(?:localhost|127(?:\.\d+){3}|\[::1\]|0\.0\.0\.0)$/i;

/** What stops `contentDir` (whose check passed, giving `input`) from being published. */
export function publishingProblems(
  contentDir: string,
  input: ExplainerInput,
  env: NodeJS.ProcessEnv = process.env,
): Problem[] {
  const file = yamlFile(readContent(contentDir), 'explainer');
  if (!file) return [];
  const { explainer } = input;
  const problems: Problem[] = [];
  const placeholder = (path: (string | number)[], value: string) =>
    problems.push(problem('placeholder-published', file.locate(path), { value }));

  if (explainer.organization.name === PLACEHOLDERS.organization)
    placeholder(['organization', 'name'], explainer.organization.name);
  explainer.article.provenance.forEach((note, i) => {
    if (note.trim() === PLACEHOLDERS.provenance) placeholder(['article', 'provenance', i], note);
  });
  const cut = draftTitle(input.article);
  if (cut !== undefined && explainer.title === cut) placeholder(['title'], explainer.title);

  const site = env.SITE_URL;
  const host = site && URL.canParse(site) ? new URL(site).hostname : undefined;
  if (!host || LOCAL.test(host)) {
    problems.push(problem('site-address-local', file.locate([]), { site: site ?? '' }));
  }
  if (!explainer.corrections?.report && !repositoryUrl(explainer, env)) {
    problems.push(problem('no-way-to-report', file.locate(['corrections'])));
  }
  return problems;
}
