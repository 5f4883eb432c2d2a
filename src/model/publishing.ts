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

/**
 * What a title leaves out of the sentence it is taken from: control and format characters
 * (bidirectional controls among them), lone surrogates, unassigned code points and
 * noncharacters, which would not show or which the check refuses in explainer.yaml. The
 * joiners U+200C and U+200D stay: words and emoji are written with them.
 */
const UNSHOWN = /[^\P{C}\u200c\u200d]/gu;

/**
 * The title `npm run new` gives an explainer: the article's first sentence with anything to
 * show (a letter, a digit or a symbol), on one line, cut to 80 characters; undefined if no
 * sentence has any.
 */
export function draftTitle(article: string): string | undefined {
  for (const sentence of segmentSentences(article)) {
    const text = sentence.text
      .replace(/\s+/g, ' ')
      .replace(UNSHOWN, '')
      .replace(/ {2,}/g, ' ')
      .trim();
    if (!/[\p{L}\p{N}\p{S}]/u.test(text)) continue;
    if (text.length <= 80) return text;
    // Never between the two halves of a character outside the Basic Multilingual Plane.
    const high = text.charCodeAt(78);
    const cut = high >= 0xd800 && high <= 0xdbff ? 78 : 79;
    return `${text.slice(0, cut).trimEnd()}…`;
  }
  return undefined;
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
