/**
 * What a new explainer starts with and must not be published with (`npm run new` writes these
 * placeholders; `npm run check -- --publish` refuses them), and where a published explainer's
 * readers report an error.
 */
import type { Explainer } from '../core/schema.ts';
import { segmentSentences } from './segment.ts';

/** The placeholders `npm run new` writes into explainer.yaml, to be replaced before publishing. */
export const PLACEHOLDERS = {
  organization: 'Your organisation',
  provenance:
    'Received as plain text. Say here what is known of where it came from: outlet, author, date.',
} as const;

/** The title `npm run new` gives an explainer: the article's first sentence, cut to 80 characters. */
export function draftTitle(article: string): string | undefined {
  const first = segmentSentences(article)[0]?.text;
  if (first === undefined) return undefined;
  return first.length > 80 ? `${first.slice(0, 79).trimEnd()}…` : first;
}

/**
 * The repository that holds the content: the one explainer.yaml names, or else the one GitHub
 * Actions is building (GITHUB_SERVER_URL and GITHUB_REPOSITORY), so a fork's deploy links to
 * the fork.
 */
export function repositoryUrl(
  explainer: Pick<Explainer, 'repository'>,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (explainer.repository) {
    let address = explainer.repository;
    while (address.endsWith('/')) address = address.slice(0, -1);
    return address;
  }
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = env;
  return server && repository ? `${server}/${repository}` : undefined;
}
