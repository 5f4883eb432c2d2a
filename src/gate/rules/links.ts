/**
 * Rule family 15, links: every link a topic page makes to a page of this site reaches a page
 * the build makes, and its `#anchor` an id that page has.
 *
 * The pages are the manifest's (src/core/pages.ts): each kind's list and entry pages, for the
 * ids content has, and the engine's own. A link is to this site when it has no scheme and no
 * host: `/topics/x/`, `../x/`, `#heading`. A path from the root is the site's, whatever its base
 * path: the build prefixes the base (remark-explainer.ts), so `/topics/x/` is the way to link
 * another topic. Anchors are checked where the ids are known (sentences, headings, cards,
 * passages, entries of a list page, and the engine's own ids each page has for this content, as
 * src/core/anchors.ts lists them); a map page's anchors are its places', and not checked.
 */
import { type IdCondition, PAGE_IDS } from '../../core/anchors.ts';
import { ENGINE_PAGES, KIND_PAGES, type Page } from '../../core/pages.ts';
import { statusIds } from '../../core/vocabulary.ts';
import { passagesOf } from '../../model/model.ts';
import { segmentSentences } from '../../model/segment.ts';
import { urlScheme } from '../url-scheme.ts';
import { byIdOf, type Context } from '../context.ts';
import { problem } from '../problems.ts';
import { topicFiles, yamlFiles } from '../read.ts';

/** A page of the site by its path (`topics/x/`), with the anchors it has, when known. */
type Pages = Map<string, Set<string> | 'any'>;

const ORIGIN = 'https://site.invalid';

export function checkLinks(cx: Context): void {
  const topics = topicFiles(cx.files).filter((t) => t.links?.length);
  if (!topics.length) return;
  const pages = pagesOf(cx);
  for (const topic of topics) {
    const here = `/topics/${encodeURIComponent(topic.id)}/`;
    for (const link of topic.links ?? []) {
      const url = link.url.trim();
      // Another site, an e-mail address, or a target the sandbox has refused already.
      if (url === '' || urlScheme(url) !== undefined || /^[\\/]{2}/.test(url)) continue;
      let target: URL;
      try {
        target = new URL(url, `${ORIGIN}${here}`);
      } catch {
        cx.report(problem('link-broken', link.at, { url, page: url, suggestion: undefined }));
        continue;
      }
      let path: string;
      try {
        path = decodeURI(target.pathname).replace(/^\//, '');
      } catch {
        path = target.pathname.replace(/^\//, '');
      }
      const key =
        path === '' || path.endsWith('/') || path.includes('.') || pages.has(path)
          ? path
          : `${path}/`;
      const anchors = pages.get(key);
      if (anchors === undefined) {
        cx.report(
          problem('link-broken', link.at, {
            url,
            page: `/${path}`,
            suggestion: cx.suggest(key, pages.keys()),
          }),
        );
        continue;
      }
      const hash = decodeHash(target.hash);
      if (!hash || anchors === 'any' || anchors.has(hash)) continue;
      cx.report(
        problem('link-anchor-missing', link.at, {
          url,
          page: `/${key}`,
          anchor: hash,
          suggestion: cx.suggest(hash, anchors),
        }),
      );
    }
  }
}

function decodeHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Every page the build makes for this content, with the anchors known on each. */
function pagesOf(cx: Context): Pages {
  const pages: Pages = new Map();
  const ids = (kind: string) => [...(cx.known.get(kind) ?? [])];
  const claims = [...byIdOf(cx, 'claims').values()];
  const sources = byIdOf(cx, 'sources');
  const revisions = cx.explainer?.article.revisions ?? [];
  const holds: Record<IdCondition, boolean> = {
    always: true,
    revisions: revisions.length > 0,
    withdrawn: claims.some((c) => c.value.withdrawn),
    policy: (cx.explainer?.corrections?.policy ?? []).length > 0,
    method: cx.explainer?.method !== undefined,
    claims: claims.length > 0,
    map: false,
  };
  // The engine's own ids on a page of its route file, and the layout's, where they are shown.
  const own = (page: Page) =>
    [PAGE_IDS['*'], PAGE_IDS[page.entrypoint]].flatMap((listed) =>
      Object.entries(listed ?? {})
        .filter(([, when]) => holds[when])
        .map(([id]) => id),
    );
  const add = (page: Page, id: string | undefined, anchors: Iterable<string> | 'any') => {
    const path = pathOf(page, id);
    const html = path === '' || path.endsWith('/') || path.endsWith('.html');
    pages.set(path, anchors === 'any' ? 'any' : new Set([...anchors, ...(html ? own(page) : [])]));
  };
  const sentences = cx.sentences.map((s) => s.id);
  const topicFilesById = new Map(topicFiles(cx.files).map((t) => [t.id, t]));
  const has = (kind: string) => yamlFiles(cx.files, kind).length > 0;

  add(KIND_PAGES.article.list, undefined, sentences);
  for (const [id, version] of cx.versions)
    add(
      KIND_PAGES.versions.entry,
      id,
      segmentSentences(version.text).map((s) => s.id),
    );
  add(KIND_PAGES.topics.list, undefined, []);
  for (const id of ids('topics')) {
    const topic = topicFilesById.get(id);
    add(KIND_PAGES.topics.entry, id, [
      ...(topic?.headings ?? []).map((h) => h.id),
      ...(topic?.components ?? [])
        .filter((c) => c.name === 'Claim')
        .map((c) => c.attributes.id ?? ''),
    ]);
  }
  add(KIND_PAGES.claims.list, undefined, [...statusIds, ...ids('topics').map((t) => `topic-${t}`)]);
  for (const id of ids('claims')) add(KIND_PAGES.claims.entry, id, []);
  // A grade's section is there only when some source has that grade.
  const grades = new Set([...sources.values()].map((s) => s.value.grade));
  add(KIND_PAGES.sources.list, undefined, [
    ...[...grades].map((g) => `grade-${g}`),
    ...ids('sources'),
  ]);
  for (const id of ids('sources')) {
    const kept = sources.get(id);
    const count = kept ? passagesOf(kept.value).length : 0;
    add(
      KIND_PAGES.sources.entry,
      id,
      Array.from({ length: count }, (_, i) => `passage-${i + 1}`),
    );
  }
  // The build makes the glossary and the timeline pages even with no entries.
  add(KIND_PAGES.glossary.list, undefined, has('glossary') ? ids('glossary') : []);
  add(KIND_PAGES.timeline.list, undefined, has('timeline') ? ids('timeline') : []);
  if (has('map')) add(KIND_PAGES.map.list, undefined, 'any');
  for (const page of ENGINE_PAGES) {
    if (page.pattern === '/article/changes/[version]') {
      for (const r of revisions) add(page, r.version, []);
    } else if (page.pattern === '/worklist/[...worklist]') {
      if (cx.explainer?.draft) add(page, undefined, []);
    } else if (!page.pattern.includes('[')) add(page, undefined, []);
  }
  return pages;
}

/** A page's path without the base path or the leading slash: `topics/x/`, `corrections.xml`. */
function pathOf(page: Page, id: string | undefined): string {
  const segments = page.pattern
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => (segment.startsWith('[') ? (id === undefined ? [] : [id]) : [segment]));
  const path = segments.join('/');
  if (path === '') return '';
  // The not-found page is a file, 404.html, which the host serves for any missing path.
  if (path === '404') return '404.html';
  return path.includes('.') || path.startsWith('_') ? path : `${path}/`;
}
