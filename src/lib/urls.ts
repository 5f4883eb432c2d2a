/**
 * Every URL the site links to, built in one place so the base path (a project site on
 * GitHub Pages lives under /<repository>/) is applied everywhere and nowhere twice.
 */
const base = withTrailingSlash(import.meta.env.BASE_URL ?? '/');

function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

const page = (path = '') => `${base}${path}`;

export const urls = {
  home: () => page(),
  article: () => page('article/'),
  sentence: (id: string) => `${page('article/')}#${id}`,
  topic: (id: string) => page(`topics/${id}/`),
  /** A claim's card on its topic page. */
  claimCard: (claim: { id: string; topic: { id: string } }) => `${page(`topics/${claim.topic.id}/`)}#${claim.id}`,
  claims: () => page('claims/'),
  claimsWithStatus: (status: string) => `${page('claims/')}#${status}`,
  sources: () => page('sources/'),
  source: (id: string) => `${page('sources/')}#${id}`,
  method: () => page('method/'),
  methodSection: (section: 'grades' | 'statuses' | 'rules') => `${page('method/')}#${section}`,
  stylesheet: (file: string) => page(file),
};
