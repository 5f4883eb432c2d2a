/**
 * The search page's script: queries the Pagefind index built with the site and lists results
 * with each claim's status or each source's grade. Runs only on /search/.
 */
import { urls } from '../model/urls.ts';
import {
  gradeIds,
  gradeInfo,
  type Grade,
  type Status,
  statusIds,
  statusInfo,
} from '../model/vocabulary.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; status?: string; grade?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(
    query: string,
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const MAX_RESULTS = 20;

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input');
  const status = form?.querySelector<HTMLElement>('[aria-live]');
  const list = document.querySelector<HTMLOListElement>('[data-results]');
  if (!form || !input || !status || !list) return;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${urls.searchIndex()}pagefind.js`).then(
      async (module: Pagefind) => {
        await module.options({ baseUrl: urls.home() });
        return module;
      },
    ));

  const run = async () => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await (await load()).debouncedSearch(query);
    if (!search) return; // superseded by a newer query
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...results.map(renderResult));
    const total = search.results.length;
    status.textContent =
      total === 0
        ? `No results for “${query}”.`
        : `${total} result${total === 1 ? '' : 's'} for “${query}”${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
  };
  input.addEventListener('input', () => void run());
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}

function renderResult(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const label = labelFor(result.meta);
  const heading = document.createElement('p');
  if (label) heading.append(label, ' ');
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'meta';
  // Pagefind escapes the page text and adds only <mark> around matches.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, excerpt);
  return item;
}

/** The status chip or grade badge for a result, when the page is a claim or a source. */
function labelFor(meta: PagefindResult['meta']): HTMLElement | undefined {
  const label = document.createElement('span');
  if (meta.status && (statusIds as string[]).includes(meta.status)) {
    label.className = 'chip';
    label.dataset.status = meta.status;
    label.textContent = statusInfo(meta.status as Status).label;
    return label;
  }
  if (meta.grade && (gradeIds as string[]).includes(meta.grade)) {
    const grade = gradeInfo(meta.grade as Grade);
    label.className = 'chip';
    label.dataset.grade = grade.id;
    label.textContent = `Grade ${grade.id} · ${grade.label}`;
    return label;
  }
  return undefined;
}
