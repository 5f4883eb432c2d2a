/**
 * The gate: reads an explainer's content and checks it, reporting every problem at once.
 *
 * This is the only reader of the content folder. `npm run check` prints its problems; the
 * build (through the integration) runs it first, refuses on any problem, and otherwise renders
 * the validated content it returns and compiles the topic pages it approved, and nothing else.
 * So the check passes exactly when the build can, and no file in content/ is ever run.
 *
 * What content holds is the manifest of kinds (src/core/kinds.ts); the rules come in families,
 * one module each under rules/, run in the order below.
 */
import path from 'node:path';
import { type ExplainerInput, type Manifest, SENTENCES } from '../core/kinds.ts';
import { segmentSentences } from '../model/segment.ts';
import type { CheckOptions, Context } from './context.ts';
import { type Problem, closest, problem, sortProblems, suggestionBudget } from './problems.ts';
import { type ContentFiles, readContent, textFile, topicFiles, yamlFiles } from './read.ts';
import { checkCitations } from './rules/citations.ts';
import { checkConflicts } from './rules/conflicts.ts';
import { checkEvidence } from './rules/evidence.ts';
import { checkExplainer } from './rules/explainer.ts';
import { checkHistory } from './rules/history.ts';
import { checkMap } from './rules/map.ts';
import { checkPlacement } from './rules/placement.ts';
import { checkQuotes } from './rules/quotes.ts';
import { checkReferences, citedSources, rawIds, uniqueById } from './rules/references.ts';
import { checkSchemas } from './rules/schemas.ts';
import { checkCited, checkSources } from './rules/sources.ts';
import type { ApprovedTopic } from './topic.ts';

export type { CheckOptions } from './context.ts';
export type { ContentYaml } from './topic.ts';
export { readContent } from './read.ts';

export interface CheckResult {
  problems: Problem[];
  /** How many more problems may follow from those shown, and are not shown. */
  suppressed: number;
  /** The validated content, present only when there are no problems. */
  input?: ExplainerInput;
  /** The topic pages' MDX as approved, present only when there are no problems. */
  approved?: ApprovedTopic[];
  /** How many entries of each kind were read (claims, sources, topics), and how many files. */
  counts: { claims: number; sources: number; topics: number; files: number };
}

/** Reads `contentDir` and checks everything in it. Never throws: a fault is a problem too. */
export function checkContent(
  contentDir: string,
  options: CheckOptions & { kinds?: Manifest } = {},
): CheckResult {
  try {
    return checkFiles(readContent(contentDir, options.kinds), options);
  } catch (error) {
    return {
      problems: [
        problem(
          'internal-error',
          { file: path.relative(process.cwd(), contentDir) || '.', line: 1, column: 1 },
          { detail: (error as Error).message ?? String(error) },
        ),
      ],
      suppressed: 0,
      counts: { claims: 0, sources: 0, topics: 0, files: 0 },
    };
  }
}

/** Checks content that has already been read. */
export function checkFiles(files: ContentFiles, { rules = true }: CheckOptions = {}): CheckResult {
  const { cx, problems, followOn } = createContext(files, rules);
  checkReferences(cx);
  checkSources(cx);
  checkHistory(cx);
  checkCitations(cx);
  checkConflicts(cx);
  checkQuotes(cx);
  checkEvidence(cx);
  checkCited(cx);
  checkMap(cx);
  checkPlacement(cx);
  checkExplainer(cx);

  const counts = {
    claims: cx.byId.get('claims')?.size ?? 0,
    sources: cx.byId.get('sources')?.size ?? 0,
    topics: topicFiles(files).length,
    files: [...files.parsed.values()].reduce((sum, list) => sum + list.length, 0),
  };
  const suppressed = followOn() + files.suppressed;
  if (problems.length || !cx.explainer || !cx.article) {
    return { problems: sortProblems(problems), suppressed, counts };
  }
  return {
    problems: [],
    suppressed: 0,
    counts,
    approved: topicFiles(files).flatMap((t) => (t.approved ? [t.approved] : [])),
    input: inputOf(cx),
  };
}

/**
 * The context every rule family shares (the valid entries, the ids written, the sentences),
 * with what the families report into: the problems, and how many follow from them unsaid.
 */
function createContext(
  files: ContentFiles,
  rules: boolean,
): { cx: Context; problems: Problem[]; followOn: () => number } {
  const problems: Problem[] = [...files.problems];
  let followOn = 0;
  const budget = suggestionBudget();
  const report = (...found: Problem[]) => problems.push(...found);
  const validated = checkSchemas(files, report);

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

/** The validated content, one field per kind, as the model takes it. */
function inputOf(cx: Context): ExplainerInput {
  const input: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(cx.kinds)) {
    if (kind.format === 'text') input[name] = cx.article?.text;
    else if (kind.format === 'mdx') input[name] = cx.topics.map((t) => t.value);
    else if (kind.format === 'yaml-mapping') {
      const value = cx.entries.get(name)?.[0]?.value;
      if (value !== undefined) input[name] = value;
    } else {
      const folder = typeof kind.path === 'string' ? undefined : kind.path;
      const entries = kind.id === 'id' ? [...cx.byId.get(name)!.values()] : cx.entries.get(name)!;
      input[name] = entries.map((entry) =>
        folder
          ? {
              ...(entry.value as object),
              file: path
                .relative(cx.files.root, path.resolve(entry.file.path))
                .split(path.sep)
                .join('/'),
            }
          : entry.value,
      );
    }
  }
  return input as ExplainerInput;
}
