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
import { checkLinks } from './rules/links.ts';
import path from 'node:path';
import type { ExplainerInput, Manifest } from '../core/kinds.ts';
import type { CheckOptions, Context } from './context.ts';
import { createContext } from './prepare.ts';
import { type Problem, problem, sortProblems } from './problems.ts';
import { checkPublic } from './public.ts';
import { type ContentFiles, readContent, topicFiles } from './read.ts';
import { checkCitations } from './rules/citations.ts';
import { checkConflicts } from './rules/conflicts.ts';
import { checkEvidence } from './rules/evidence.ts';
import { checkExplainer } from './rules/explainer.ts';
import { checkHistory } from './rules/history.ts';
import { checkMap } from './rules/map.ts';
import { checkPlacement } from './rules/placement.ts';
import { checkQuotes } from './rules/quotes.ts';
import { checkRevisions } from './rules/revisions.ts';
import { checkReadings } from './rules/readings.ts';
import { checkRecord } from './rules/record.ts';
import { checkReferences } from './rules/references.ts';
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
  /** The files of public/ the site may serve, by name. */
  publicFiles?: string[];
}

/** Reads `contentDir` and checks everything in it. Never throws: a fault is a problem too. */
export function checkContent(
  contentDir: string,
  options: CheckOptions & { kinds?: Manifest; publicDir?: string } = {},
): CheckResult {
  try {
    const result = checkFiles(readContent(contentDir, options.kinds), options);
    if (options.publicDir === undefined) return result;
    // public/ is checked like content: what the site serves as it is.
    const served = checkPublic(options.publicDir);
    if (!served.problems.length) return { ...result, publicFiles: served.approved };
    return {
      problems: sortProblems([...result.problems, ...served.problems]),
      suppressed: result.suppressed,
      counts: result.counts,
    };
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
export function checkFiles(
  files: ContentFiles,
  { rules = true, baseline }: CheckOptions = {},
): CheckResult {
  const { cx, problems, followOn } = createContext(files, rules);
  checkReferences(cx);
  checkSources(cx);
  checkHistory(cx);
  checkCitations(cx);
  checkConflicts(cx);
  checkQuotes(cx);
  checkRevisions(cx);
  checkReadings(cx);
  checkEvidence(cx);
  checkCited(cx);
  checkMap(cx);
  checkPlacement(cx);
  checkLinks(cx);
  checkExplainer(cx);
  if (baseline) checkRecord(cx, baseline);

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

/** The validated content, one field per kind, as the model takes it. */
function inputOf(cx: Context): ExplainerInput {
  const input: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(cx.kinds)) {
    if (kind.format === 'text')
      input[name] =
        typeof kind.path === 'string'
          ? cx.article?.text
          : [...cx.versions.values()].map(({ id, text }) => ({ id, text }));
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
