/**
 * Prepares a check: validates every entry against its schema, indexes the valid ones by id
 * (reporting duplicates), gathers the ids written anywhere and the article's sentences, and
 * hands the rule families the context they share.
 */
import { versionsOf } from '../model/revisions.ts';
import path from 'node:path';
import { SENTENCES } from '../core/kinds.ts';
import { segmentSentences } from '../model/segment.ts';
import type { Context } from './context.ts';
import { closest, type Problem, suggestionBudget } from './problems.ts';
import { type ContentFiles, textFile, textFiles, yamlFiles } from './read.ts';
import { citedSources, rawIds, uniqueById } from './rules/references.ts';
import { checkSchemas } from './rules/schemas.ts';

/**
 * The context every rule family shares (the valid entries, the ids written, the sentences),
 * with what the families report into: the problems, and how many follow from them unsaid.
 */
export function createContext(
  files: ContentFiles,
  rules: boolean,
): { cx: Context; problems: Problem[]; followOn: () => number } {
  const problems: Problem[] = [...files.problems];
  let followOn = 0;
  const budget = suggestionBudget();
  const report = (...found: Problem[]) => problems.push(...found);
  const validated = checkSchemas(files, report, rules);

  // An entry with a schema problem still counts as existing, and an unreadable file suspends
  // the checks that depend on it, so one mistake is reported once rather than again at every
  // place that refers to it.
  const byId: Context['byId'] = new Map();
  const known = new Map<string, Set<string>>();
  const readable = new Map<string, boolean>();
  for (const [name, kind] of Object.entries(files.kinds)) {
    if (kind.id === 'id') {
      const unique = uniqueById(validated.entries.get(name) ?? [], kind.entry.one, report);
      byId.set(name, unique);
      known.set(name, new Set([...unique.keys(), ...rawIds(files, name)]));
    }
    readable.set(name, readableKind(files, name));
  }
  known.set('topics', validated.topicIds);
  // A topic's id is its file's name, known even when the file cannot be read.
  readable.set('topics', true);
  // A folder of texts (the article's earlier versions) is known by its files' names.
  for (const [name, kind] of Object.entries(files.kinds)) {
    if (kind.format === 'text' && typeof kind.path !== 'string')
      known.set(name, new Set(textFiles(files, name).map((f) => f.id)));
  }
  // The current version is a version too, though article.txt holds it: a claim pinned to it
  // is told that it is current, not that it is unknown.
  if (validated.explainer)
    known.get('versions')?.add(versionsOf(validated.explainer.article).at(-1)!.id);
  const article = textFile(files, 'article');
  const sentences = segmentSentences(article?.text ?? '');
  known.set(SENTENCES.name, new Set(sentences.map((s) => s.id)));
  readable.set(SENTENCES.name, article !== undefined);

  const cx: Context = {
    files,
    kinds: files.kinds,
    rules,
    report,
    reported: () => problems.length + followOn,
    followOn: () => void followOn++,
    suggest: (value, candidates) => closest(value, candidates, budget),
    ...(validated.explainer ? { explainer: validated.explainer } : {}),
    ...(article ? { article } : {}),
    versions: new Map(textFiles(files, 'versions').map((f) => [f.id, f])),
    entries: validated.entries,
    byId,
    topics: validated.topics,
    known,
    readable,
    unreadableTopics: validated.unreadableTopics,
    sentences,
    cited: citedSources(files),
    examined: new Set(),
  };
  return { cx, problems, followOn: () => followOn };
}

/** Whether every file of a kind could be read: its one file parsed, or its folder all read. */
function readableKind(files: ContentFiles, name: string): boolean {
  const kind = files.kinds[name]!;
  if (typeof kind.path === 'string') {
    if (kind.format === 'text') return textFile(files, name) !== undefined;
    const data = yamlFiles(files, name)[0]?.data;
    return kind.format === 'yaml-list' ? Array.isArray(data) : data !== undefined;
  }
  const folder = path.join(files.root, kind.path.folder);
  return !files.unreadable.some((file) => {
    const resolved = path.resolve(file);
    return resolved === folder || resolved.startsWith(folder + path.sep);
  });
}
