/**
 * The site's base path (a project site on GitHub Pages lives under /<repository>/), and the
 * paths the search page's script needs: this module is all of urls.ts that the browser ships.
 */
const base = withTrailingSlash(import.meta.env.BASE_URL ?? '/');

function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** A path inside the site: `claims/` → /<base>/claims/. */
export const sitePath = (path = '') => `${base}${path}`;

/** The folder of the search index Pagefind writes at build time. */
export const searchIndexPath = () => sitePath('pagefind/');
