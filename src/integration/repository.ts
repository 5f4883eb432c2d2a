/**
 * "Edit this page" links: where a page's content file can be edited in the repository.
 *
 * The repository is the one content/explainer.yaml names, or else the one GitHub Actions is
 * building (GITHUB_SERVER_URL and GITHUB_REPOSITORY), so a fork's deploy links to the fork.
 */
import { contentPath } from './site.ts';
import type { Explainer } from '../core/schema.ts';
import { repositoryUrl } from '../model/publishing.ts';
import { ui } from '../model/ui.ts';

export { repositoryUrl };

/** The edit link for a file inside the content folder (`topics/territory.mdx`), if a repository is known. */
export function editUrl(
  explainer: Pick<Explainer, 'repository' | 'branch'>,
  contentFile: string,
): string | undefined {
  const repository = repositoryUrl(explainer);
  if (!repository) return undefined;
  // Each segment encoded: a file or branch name with "#", "?" or "%" stays one path segment.
  const segments = [contentPath, contentFile]
    .filter((part) => part && part !== '.')
    .flatMap((part) => part.split('/'));
  const path = [...explainer.branch.split('/'), ...segments].map(encodeURIComponent).join('/');
  return `${repository}/edit/${path}`;
}

/**
 * Where a reader reports an error: the explainer's own address for it, or else the
 * repository's issue form, pre-filled with the claim when there is one
 * (.github/ISSUE_TEMPLATE/report-an-error.yml). Undefined when neither is known.
 */
export function reportUrl(
  explainer: Pick<Explainer, 'repository' | 'corrections'>,
  claim?: { id: string; claim: string },
): string | undefined {
  if (explainer.corrections?.report) return explainer.corrections.report;
  const repository = repositoryUrl(explainer);
  if (!repository) return undefined;
  const form = new URL(`${repository}/issues/new`);
  form.searchParams.set('template', 'report-an-error.yml');
  if (claim) {
    form.searchParams.set('title', ui.claim.reportTitle(claim.claim));
    form.searchParams.set('claim', claim.id);
  }
  return form.href;
}
