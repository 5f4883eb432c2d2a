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

/** Whether an address is not one readers can reach: not http(s), or on this machine. */
function isLocal(address: string | undefined): boolean {
  if (!address || !URL.canParse(address)) return true;
  const url = new URL(address);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return true;
  // URL parsing has already turned 127.1, 0x7f000001 and the like into dotted quads, and IPv6
  // addresses into their shortest form, in brackets.
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '0.0.0.0') return true;
  if (/^127\./.test(host)) return true;
  if (!host.startsWith('[')) return false;
  const ipv6 = host.slice(1, -1);
  if (ipv6 === '::' || ipv6 === '::1') return true;
  // An IPv4 address mapped into IPv6 (::ffff:7f00:1 is 127.0.0.1).
  const mapped = /^::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(ipv6);
  return mapped !== null && [0, 127].includes(parseInt(mapped[1]!, 16) >> 8);
}

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

  if (explainer.draft) problems.push(problem('draft-published', file.locate(['draft'])));
  const site = env.SITE_URL;
  if (isLocal(site)) {
    problems.push(problem('site-address-local', file.locate([]), { site: site ?? '' }));
  }
  const report = explainer.corrections?.report ?? repositoryUrl(explainer, env);
  if (!report) problems.push(problem('no-way-to-report', file.locate(['corrections'])));
  else if (isLocal(report))
    problems.push(
      problem('report-address-local', file.locate(['corrections']), { address: report }),
    );
  return problems;
}
