/**
 * The search page's script: queries the Pagefind index built with the site and lists results
 * with each claim's status or each source's grade. Runs only on /search/.
 */
import { searchIndexPath, sitePath } from '../model/base-path.ts';
import {
  gradeIds,
  gradeInfo,
  type Grade,
  type Status,
  statusIds,
  statusInfo,
} from '../core/vocabulary.ts';

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

/** The page's words for the script (ui.search.script), with {name} to fill in. */
type Text = Record<
  'indexMissing' | 'none' | 'one' | 'many' | 'manyShown' | 'grade' | 'withdrawn',
  string
>;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input');
  const status = form?.querySelector<HTMLElement>('[aria-live]');
  const list = document.querySelector<HTMLOListElement>('[data-results]');
  if (!form || !input || !status || !list) return;
  const text = JSON.parse(form.dataset.text ?? '{}') as Text;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${searchIndexPath()}pagefind.js`).then(
      async (module: Pagefind) => {
        await module.options({ baseUrl: sitePath() });
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
    let index: Pagefind;
    try {
      index = await load();
    } catch {
      pagefind = undefined;
      status.textContent = text.indexMissing;
      return;
    }
    const search = await index.debouncedSearch(query);
    if (!search) return; // superseded by a newer query
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...results.map((r) => renderResult(r, text)));
    const total = search.results.length;
    const template =
      total === 0
        ? text.none
        : total === 1
          ? text.one
          : total > MAX_RESULTS
            ? text.manyShown
            : text.many;
    status.textContent = fill(template, { query, total, shown: MAX_RESULTS });
  };
  input.addEventListener('input', () => void run());
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}

function renderResult(result: PagefindResult, text: Text): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const label = labelFor(result.meta, text);
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
function labelFor(meta: PagefindResult['meta'], text: Text): HTMLElement | undefined {
  const label = document.createElement('span');
  if (meta.status === 'withdrawn') {
    label.className = 'chip';
    label.dataset.status = meta.status;
    label.textContent = text.withdrawn;
    return label;
  }
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
    label.textContent = fill(text.grade, { id: grade.id, label: grade.label });
    return label;
  }
  return undefined;
}
