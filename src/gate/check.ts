/**
 * The gate: reads an explainer's content and checks it, reporting every problem at once.
 *
 * This is the only reader of the content folder. `npm run check` prints its problems; the
 * build (through the integration) runs it first, refuses on any problem, and otherwise renders
 * the validated content it returns and compiles the topic pages it approved, and nothing else.
 * So the check passes exactly when the build can, and no file in content/ is ever run.
 *
 * The rules come in families, each a function below: schema, references, quotes, evidence,
 * glossary and timeline, map, placement, and the explainer as a whole.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { z } from 'astro/zod';
import { checkMap } from './rules/map.ts';
import { judge, strongestAllowed } from '../model/evidence.ts';
import { type ExplainerInput, evidenceOf, locateQuote } from '../model/model.ts';
import { PassageIndex, quoteDifferences, sentencesIn } from '../model/quotes.ts';
import {
  type Explainer,
  type Source,
  claimSchema,
  explainerSchema,
  glossaryTermSchema,
  ID_PATTERN,
  mapSchema,
  WINDOWS_RESERVED,
  SENTENCE_ID_PATTERN,
  sourceSchema,
  timelineEventSchema,
  topicSchema,
} from '../core/schema.ts';
import { type Sentence, segmentSentences } from '../model/segment.ts';
import { forbiddenCharacters } from './characters.ts';
import { type ContentFile, type FileKind, readContentFolder } from './files.ts';
import { LIMITS } from '../core/limits.ts';
import {
  type Location,
  type Problem,
  type ProblemCode,
  type SuggestionBudget,
  closest,
  problem,
  sortProblems,
  suggestionBudget,
} from './problems.ts';
import { type ApprovedTopic, type ContentYaml, type TopicFile, parseTopic } from './topic.ts';
import { toId, validateAt } from './validate.ts';
import { type DataPath, parseYaml } from './yaml.ts';

export type { ContentYaml } from './topic.ts';

export interface CheckResult {
  problems: Problem[];
  /** How many more problems may follow from those shown, and are not shown. */
  suppressed: number;
  /** The validated content, present only when there are no problems. */
  input?: ExplainerInput;
  /** The topic pages' MDX as approved, present only when there are no problems. */
  approved?: ApprovedTopic[];
  /** How many files of each kind were read, for the report. */
  counts: { claims: number; sources: number; topics: number; files: number };
}

/** Every content file, parsed: what the rules check. */
export interface ContentFiles {
  /** The content folder, as an absolute path. */
  root: string;
  explainer?: ContentYaml;
  article?: { path: string; text: string };
  sources?: ContentYaml;
  claims: ContentYaml[];
  topics: TopicFile[];
  glossary?: ContentYaml;
  timeline?: ContentYaml;
  map?: ContentYaml;
  /** Files that exist but could not be read or parsed; checks that depend on them are suspended. */
  unreadable: string[];
  problems: Problem[];
  /** Problems found while reading that follow from one shown (a YAML file's later syntax errors). */
  suppressed: number;
}

/** Problems that can only be judged when a kind of file could be read, by that kind. */
const DEPENDS_ON: Partial<Record<ProblemCode, keyof Context['readable']>> = {
  'unknown-source': 'sources',
  'unknown-derived-from': 'sources',
  'unknown-claim': 'claims',
  'unknown-conflict': 'claims',
  'source-not-cited': 'claims',
  'unknown-sentence': 'article',
};

interface Located<T> {
  value: T;
  file: ContentYaml;
  path: DataPath;
}

export interface CheckOptions {
  /**
   * Whether to judge each status by today's evidence rules (and conflicts by today's rules).
   * Off only to read content as it was written under older rules: the verdict diff's "before".
   */
  rules?: boolean;
}

/** Reads `contentDir` and checks everything in it. Never throws: a fault is a problem too. */
export function checkContent(contentDir: string, options: CheckOptions = {}): CheckResult {
  try {
    return checkFiles(readContent(contentDir), options);
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

/** Reads and parses every file of `contentDir`: YAML safely, topic pages through the sandbox. */
export function readContent(contentDir: string): ContentFiles {
  const listing = readContentFolder(contentDir);
  const files: ContentFiles = {
    root: listing.root,
    claims: [],
    topics: [],
    unreadable: [...listing.unreadable],
    problems: [...listing.problems],
    suppressed: 0,
  };
  const presentKinds = new Set<FileKind>();
  for (const file of listing.files) {
    presentKinds.add(file.kind);
    try {
      readOne(file, files);
    } catch (error) {
      files.unreadable.push(file.path);
      files.problems.push(
        problem(
          'internal-error',
          { file: file.shown, line: 1, column: 1 },
          { detail: (error as Error).message },
        ),
      );
    }
  }
  const unreadable = new Set(listing.unreadable);
  for (const required of ['explainer', 'article', 'sources'] as const) {
    const name = { explainer: 'explainer.yaml', article: 'article.txt', sources: 'sources.yaml' }[
      required
    ];
    const file = path.join(listing.root, name);
    if (
      !presentKinds.has(required) &&
      !unreadable.has(file) &&
      !listing.problems.some((p) => p.code === 'content-missing')
    ) {
      files.problems.push(
        problem(
          'file-missing',
          { file: path.relative(process.cwd(), file), line: 1, column: 1 },
          { what: name },
        ),
      );
    }
  }
  return files;
}

function readOne(file: ContentFile, files: ContentFiles): void {
  if (file.kind === 'article') {
    files.article = { path: file.shown, text: file.text };
    return;
  }
  if (file.kind === 'topic') {
    const { topic, problems } = parseTopic(file.text, path.basename(file.path, '.mdx'), file.shown);
    files.problems.push(...problems);
    files.topics.push(topic);
    return;
  }
  // A forbidden character is reported where it stands; the parser would only repeat it.
  const characters = forbiddenCharacters(file.text, file.shown);
  const parsed = characters.length ? undefined : parseYaml(file.text, file.shown);
  if (!parsed?.ok) {
    files.unreadable.push(file.path);
    files.problems.push(...characters, ...(parsed?.problems ?? []));
    files.suppressed += parsed?.suppressed ?? 0;
    return;
  }
  const yaml: ContentYaml = { ...parsed.file, path: file.shown };
  if (file.kind === 'claims') files.claims.push(yaml);
  else files[file.kind] = yaml;
}

/** Everything the rule families share while checking one explainer. */
interface Context {
  files: ContentFiles;
  /** Whether statuses and conflicts are judged by the evidence rules. */
  rules: boolean;
  report(...found: Problem[]): void;
  /** How many problems have been reported so far. */
  reported(): number;
  suggest(value: string, candidates: Iterable<string>): string | undefined;
  explainer?: Explainer;
  sources: Located<Source>[];
  claims: Located<z.output<typeof claimSchema>>[];
  glossary: Located<z.output<typeof glossaryTermSchema>>[];
  timeline: Located<z.output<typeof timelineEventSchema>>[];
  topics: Located<ExplainerInput['topics'][number]>[];
  sourceById: Map<string, Located<Source>>;
  claimById: Map<string, Located<z.output<typeof claimSchema>>>;
  /** Ids written in the files, valid or not: a reference to one is not reported as unknown. */
  knownSources: Set<string>;
  knownClaims: Set<string>;
  /** Topic ids from well-named topic files, whatever their frontmatter. */
  topicIds: Set<string>;
  /** Topic pages that exist but could not be read, so their placements are unknown. */
  unreadableTopics: Set<string>;
  sentences: Sentence[];
  sentenceIds: Set<string>;
  /** Whether each file a family depends on could be read, so one mistake is reported once. */
  readable: { sources: boolean; claims: boolean; article: boolean };
  /** Source ids cited anywhere, even by a claim with a schema problem. */
  cited: Set<string>;
  /** Sentence ids that some claim's quote touches. */
  examined: Set<string>;
}

/** Checks content that has already been read. */
export function checkFiles(files: ContentFiles, { rules = true }: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [...files.problems];
  const budget: SuggestionBudget = suggestionBudget();
  const report = (...found: Problem[]) => problems.push(...found);
  const cx = checkSchemas(files, report, (value, candidates) => closest(value, candidates, budget));
  cx.reported = () => problems.length;
  cx.rules = rules;

  checkSources(cx);
  checkClaims(cx);
  checkGlossaryAndTimeline(cx);
  for (const source of cx.sourceById.values()) {
    if (files.claims.length && !cx.cited.has(source.value.id)) {
      report(problem('source-not-cited', at(source, 'id'), { id: source.value.id }));
    }
  }
  if (files.map) {
    report(
      ...checkMap(files.map, {
        claims: cx.knownClaims,
        sentences: cx.sentenceIds,
        sentenceCount: cx.sentences.length,
        topics: [...cx.topicIds],
      }),
    );
  }
  const followOn = checkPlacement(cx);
  checkExplainer(cx);

  // A problem that only follows from a file that could not be read (a reference to a claim
  // in a claims file with a syntax error, say) is not shown: it is counted, and the summary
  // says how many more may follow from the problems shown.
  const shown = problems.filter((found) => {
    const kind = DEPENDS_ON[found.code];
    return kind === undefined || cx.readable[kind];
  });
  const suppressed = problems.length - shown.length + files.suppressed + followOn;

  const counts = {
    claims: cx.claims.length,
    sources: cx.sources.length,
    topics: files.topics.length,
    files:
      files.claims.length +
      files.topics.length +
      [
        files.explainer,
        files.article,
        files.sources,
        files.glossary,
        files.timeline,
        files.map,
      ].filter(Boolean).length,
  };
  if (problems.length || !cx.explainer || !files.article) {
    return { problems: sortProblems(shown), suppressed, counts };
  }
  return {
    problems: [],
    suppressed: 0,
    counts,
    approved: files.topics.flatMap((t) => (t.approved ? [t.approved] : [])),
    input: {
      explainer: cx.explainer,
      articleText: files.article.text,
      sources: cx.sources.map((s) => s.value),
      claims: cx.claims.map((c) => ({
        ...c.value,
        file: path.relative(files.root, path.resolve(c.file.path)).split(path.sep).join('/'),
      })),
      topics: cx.topics.map((t) => t.value),
      glossary: cx.glossary.map((g) => g.value),
      timeline: cx.timeline.map((t) => t.value),
      ...(files.map ? { map: mapSchema.parse(files.map.data) } : {}),
    },
  };
}

const at = (item: { file: ContentYaml; path: DataPath }, ...field: DataPath): Location =>
  item.file.locate([...item.path, ...field]);

const isMapping = (data: unknown) =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/** 1. Schema: each entry on its own, so one bad entry does not hide the others. */
function checkSchemas(
  files: ContentFiles,
  report: Context['report'],
  suggest: Context['suggest'],
): Context {
  let explainer: Explainer | undefined;
  if (files.explainer && !isMapping(files.explainer.data)) {
    report(problem('yaml-not-mapping', files.explainer.locate([])));
  } else if (files.explainer) {
    const checked = validateAt(explainerSchema, files.explainer, [], files.explainer.data);
    if (checked.ok) explainer = checked.value;
    else report(...checked.problems);
  }
  const sources = files.sources ? entries(files.sources, sourceSchema, 'sources', report) : [];
  const claims = files.claims.flatMap((file) => entries(file, claimSchema, 'claims', report));
  const glossary = files.glossary
    ? entries(files.glossary, glossaryTermSchema, 'glossary terms', report)
    : [];
  const timeline = files.timeline
    ? entries(files.timeline, timelineEventSchema, 'timeline events', report)
    : [];

  const topics: Context['topics'] = [];
  // A topic page that exists but could not be read (a link, say) still names its topic, so
  // the claims that belong to it are not reported as well.
  const topicsDir = path.join(files.root, 'topics');
  const unreadableTopics = new Set<string>(
    files.unreadable
      .filter((file) => path.dirname(file) === topicsDir && file.endsWith('.mdx'))
      .map((file) => path.basename(file, '.mdx')),
  );
  const topicIds = new Set(unreadableTopics);
  for (const topic of files.topics) {
    const where = { file: topic.path, line: 1, column: 1 };
    if (topic.id.length > LIMITS.idLength) {
      report(problem('id-too-long', where, { field: 'the file name', length: topic.id.length }));
      continue;
    }
    if (
      !ID_PATTERN.test(topic.id) ||
      SENTENCE_ID_PATTERN.test(topic.id) ||
      WINDOWS_RESERVED.test(topic.id)
    ) {
      report(problem('topic-file-name', where, { name: topic.id, suggestion: toId(topic.id) }));
      continue;
    }
    topicIds.add(topic.id);
    if (!topic.frontmatter) continue;
    if (!isMapping(topic.frontmatter.data)) {
      report(problem('yaml-not-mapping', topic.frontmatter.locate([])));
      continue;
    }
    const checked = validateAt(topicSchema, topic.frontmatter, [], topic.frontmatter.data);
    const placements = (topic.components ?? [])
      .filter((c) => c.name === 'Claim')
      .map((c) => c.attributes.id ?? '');
    if (checked.ok) {
      topics.push({
        value: { ...checked.value, id: topic.id, placements },
        file: topic.frontmatter,
        path: [],
      });
    } else report(...checked.problems);
  }

  // An entry with a schema problem still counts as existing, and an unreadable file suspends
  // the checks that depend on it, so one mistake is reported once rather than again at every
  // place that refers to it.
  const sourceById = uniqueById(sources, 'source', report);
  const claimById = uniqueById(claims, 'claim', report);
  const claimsDir = path.join(files.root, 'claims');
  const text = files.article?.text ?? '';
  const sentences = segmentSentences(text);
  const explainerValue = explainer;
  return {
    files,
    rules: true,
    report,
    reported: () => 0,
    suggest,
    ...(explainerValue ? { explainer: explainerValue } : {}),
    sources,
    claims,
    glossary,
    timeline,
    topics,
    sourceById,
    claimById,
    knownSources: new Set([...sourceById.keys(), ...rawIds(files.sources ? [files.sources] : [])]),
    knownClaims: new Set([...claimById.keys(), ...rawIds(files.claims)]),
    topicIds,
    unreadableTopics,
    sentences,
    sentenceIds: new Set(sentences.map((s) => s.id)),
    readable: {
      sources: Array.isArray(files.sources?.data),
      claims: !files.unreadable.some((file) => {
        const resolved = path.resolve(file);
        return resolved === claimsDir || resolved.startsWith(claimsDir + path.sep);
      }),
      article: files.article !== undefined,
    },
    cited: new Set<string>(rawCitations(files.claims)),
    examined: new Set<string>(),
  };
}

/**
 * 2. Sources: what each relays must exist, relaying must not go round in a circle, and a
 * history of grades must end in the grade the source has.
 */
function checkSources(cx: Context): void {
  for (const source of cx.sourceById.values()) {
    const last = source.value.history?.at(-1);
    if (last && last.to !== source.value.grade) {
      cx.report(
        problem(
          'grade-history-mismatch',
          at(source, 'history', source.value.history!.length - 1, 'to'),
          { last: last.to, grade: source.value.grade },
        ),
      );
    }
    const parent = source.value.derivedFrom;
    if (parent !== undefined && !cx.sourceById.has(parent)) {
      cx.report(
        problem('unknown-derived-from', at(source, 'derivedFrom'), {
          id: parent,
          suggestion: cx.suggest(parent, cx.sourceById.keys()),
        }),
      );
    }
  }
  // Each circle of relaying, found in one pass and reported once, at its first source.
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of cx.sourceById.keys()) {
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && cx.sourceById.has(id) && !state.has(id)) {
      state.set(id, 'walking');
      path.push(id);
      id = cx.sourceById.get(id)!.value.derivedFrom;
    }
    if (id !== undefined && state.get(id) === 'walking') {
      const chain = [...path.slice(path.indexOf(id)), id];
      cx.report(
        problem('derived-from-cycle', at(cx.sourceById.get(id)!, 'derivedFrom'), {
          chain:
            chain.length > 9
              ? [...chain.slice(0, 4), `… (${chain.length - 1} sources)`, ...chain.slice(-2)]
              : chain,
        }),
      );
    }
    for (const walked of path) state.set(walked, 'done');
  }
}

/** 3. Claims: their references, their quotes, and whether the evidence justifies the status. */
function checkClaims(cx: Context): void {
  const sourceValues = new Map([...cx.sourceById].map(([id, s]) => [id, s.value]));
  const passages = new PassageIndex(cx.sentences);
  let hints = 0;
  for (const claim of cx.claimById.values()) {
    const c = claim.value;
    if (!cx.topicIds.has(c.topic)) {
      cx.report(
        problem('unknown-topic', at(claim, 'topic'), {
          id: c.topic,
          suggestion: cx.suggest(c.topic, cx.topicIds),
          allowed: [...cx.topicIds],
        }),
      );
    }
    let citationsResolve = true;
    const seen = new Set<string>();
    c.citations.forEach((citation, i) => {
      cx.cited.add(citation.source);
      if (!cx.sourceById.has(citation.source)) {
        citationsResolve = false;
        if (!cx.knownSources.has(citation.source)) {
          cx.report(
            problem('unknown-source', at(claim, 'citations', i, 'source'), {
              id: citation.source,
              suggestion: cx.suggest(citation.source, cx.knownSources),
            }),
          );
        }
      } else if (seen.has(citation.source)) {
        cx.report(
          problem('duplicate-citation', at(claim, 'citations', i, 'source'), {
            id: citation.source,
          }),
        );
      }
      seen.add(citation.source);
    });
    (c.conflictsWith ?? []).forEach((ref, i) => {
      const where = at(claim, 'conflictsWith', i);
      if (ref === c.id) cx.report(problem('self-conflict', where, { id: ref }));
      else if (SENTENCE_ID_PATTERN.test(ref)) {
        if (!cx.sentenceIds.has(ref)) {
          cx.report(problem('unknown-sentence', where, { id: ref, count: cx.sentences.length }));
        }
      } else if (!cx.knownClaims.has(ref)) {
        cx.report(
          problem('unknown-conflict', where, {
            id: ref,
            suggestion: cx.suggest(ref, cx.knownClaims),
          }),
        );
      } else {
        // A conflict between two sentences of the article belongs to both claims.
        const other = cx.claimById.get(ref);
        if (cx.rules && other && !(other.value.conflictsWith ?? []).includes(c.id)) {
          cx.report(problem('conflict-not-mutual', where, { id: c.id, other: ref }));
        }
      }
    });

    if (cx.files.article) {
      const location = locateQuote(c, cx.files.article.text);
      if (location.found) {
        for (const span of location.spans) {
          for (const sentence of sentencesIn(span, cx.sentences)) cx.examined.add(sentence.id);
        }
      }
      if (!location.found && location.reason === 'not-found') {
        // Finding the closest passage costs a search of the article; a folder of bad quotes
        // gets hints for the first few only.
        const near = hints++ < LIMITS.closestPassages ? passages.closest(c.quote) : undefined;
        cx.report(
          problem('quote-not-found', at(claim, 'quote'), {
            closest: near && { id: near.id, text: near.text.replace(/\s+/g, ' ') },
            differences: near && quoteDifferences(c.quote, near.text),
          }),
        );
      } else if (!location.found && location.reason === 'ambiguous') {
        const ids = location.spans
          .slice(0, 8)
          .map((span) => sentencesIn(span, cx.sentences)[0]?.id ?? '?');
        cx.report(
          problem('quote-ambiguous', at(claim, 'quote'), {
            count: location.spans.length,
            sentences: ids,
          }),
        );
      } else if (!location.found && location.reason === 'too-many') {
        cx.report(
          problem('occurrence-all-too-many', at(claim, 'occurrence'), {
            limit: LIMITS.occurrences,
          }),
        );
      } else if (!location.found) {
        cx.report(
          problem('occurrence-out-of-range', at(claim, 'occurrence'), {
            occurrence: Number(c.occurrence),
            count: location.spans.length,
          }),
        );
      }
    }

    // Evidence: only once every citation resolves, so the rule sees all of them.
    if (citationsResolve && cx.rules) {
      const evidence = evidenceOf(c, sourceValues);
      const verdict = judge({ status: c.status, evidence });
      if (!verdict.justified) {
        cx.report(
          problem('status-not-justified', at(claim, 'status'), {
            claim: c.id,
            status: c.status,
            requirement: verdict.requirement,
            because: verdict.because,
            allowed: strongestAllowed(evidence),
          }),
        );
      }
    }
    const last = c.history?.at(-1);
    if (last && last.to !== c.status) {
      cx.report(
        problem('history-mismatch', at(claim, 'history', (c.history?.length ?? 1) - 1, 'to'), {
          last: last.to,
          status: c.status,
        }),
      );
    }
  }
}

/** 4. The glossary and the timeline refer to sources and claims too. */
function checkGlossaryAndTimeline(cx: Context): void {
  uniqueById(cx.glossary, 'glossary term', cx.report);
  uniqueById(cx.timeline, 'timeline event', cx.report);
  const source = (id: string, where: Location) => {
    cx.cited.add(id);
    if (!cx.knownSources.has(id)) {
      cx.report(
        problem('unknown-source', where, { id, suggestion: cx.suggest(id, cx.knownSources) }),
      );
    }
  };
  for (const term of cx.glossary) {
    if (term.value.source !== undefined) source(term.value.source, at(term, 'source'));
  }
  for (const event of cx.timeline) {
    const { claim, dateSource } = event.value;
    if (!cx.knownClaims.has(claim)) {
      cx.report(
        problem('unknown-claim', at(event, 'claim'), {
          id: claim,
          suggestion: cx.suggest(claim, cx.knownClaims),
        }),
      );
    }
    if (dateSource !== undefined) source(dateSource, at(event, 'dateSource'));
  }
}

/**
 * 5. Placement: what each topic page puts where. Returns how many problems it left unsaid
 * because they follow from one it reported: a card on a topic's page whose id is a typo of one
 * of that topic's claims leaves the claim unplaced, and the typo is the one mistake. (When the
 * suggested claim belongs to another topic, "not placed" is the better advice, so it stays; and
 * when the claims cannot all be read, the typo itself is not shown, so nothing follows from it.)
 */
function checkPlacement(cx: Context): number {
  const placedAt = new Map<string, Location>();
  const meant = new Set<string>();
  let followOn = 0;
  // A page whose MDX did not parse cannot be read for placements; its problems are reported.
  const unreadable = new Set([
    ...cx.unreadableTopics,
    ...cx.files.topics.filter((t) => !t.components).map((t) => t.id),
  ]);
  for (const topic of cx.files.topics) {
    if (!cx.topicIds.has(topic.id) || !topic.components) continue;
    let hasBox = false;
    let quotes = 0;
    for (const use of topic.components) {
      const id = use.attributes.id ?? '';
      if (use.name === 'StatusBox') {
        if (hasBox) cx.report(problem('box-placed-twice', use.at));
        hasBox = true;
      } else if (use.name === 'Sentence' && ++quotes === LIMITS.sentenceQuotes + 1) {
        cx.report(problem('too-many-quotations', use.at, { limit: LIMITS.sentenceQuotes }));
      }
      if (use.name === 'StatusBox' || (use.name === 'Sentence' && quotes > LIMITS.sentenceQuotes))
        continue;
      else if (use.name === 'Source' && !cx.knownSources.has(id)) {
        cx.report(
          problem('unknown-source', use.at, { id, suggestion: cx.suggest(id, cx.knownSources) }),
        );
      } else if (use.name === 'Sentence' && !cx.sentenceIds.has(id)) {
        cx.report(problem('unknown-sentence', use.at, { id, count: cx.sentences.length }));
      } else if (use.name === 'ClaimRef' && !cx.knownClaims.has(id)) {
        cx.report(
          problem('unknown-claim', use.at, { id, suggestion: cx.suggest(id, cx.knownClaims) }),
        );
      } else if (use.name === 'Claim') {
        const claim = cx.claimById.get(id);
        const first = placedAt.get(id);
        if (!claim) {
          if (!cx.knownClaims.has(id)) {
            const suggestion = cx.suggest(id, cx.knownClaims);
            if (
              suggestion &&
              cx.readable.claims &&
              cx.claimById.get(suggestion)?.value.topic === topic.id
            )
              meant.add(suggestion);
            cx.report(problem('unknown-claim', use.at, { id, suggestion }));
          }
        } else if (first) {
          cx.report(
            problem('claim-placed-twice', use.at, { id, first: `${first.file}:${first.line}` }),
          );
        } else {
          const home = claim.value.topic;
          if (home !== topic.id && cx.topicIds.has(home)) {
            cx.report(problem('claim-on-wrong-topic', use.at, { id, topic: home, page: topic.id }));
          }
          placedAt.set(id, use.at);
        }
      }
    }
    // A heading's id must not take the id of a card on the page, or the page's own "main":
    // a link to the card, or the skip link, would land on the heading instead.
    const taken = new Set([
      'main',
      ...topic.components.filter((c) => c.name === 'Claim').map((c) => c.attributes.id ?? ''),
    ]);
    for (const heading of topic.headings ?? []) {
      if (taken.has(heading.id))
        cx.report(problem('heading-id-taken', heading.at, { id: heading.id }));
    }
    if (!hasBox)
      cx.report(
        problem('topic-without-box', { file: topic.path, line: 1, column: 1 }, { topic: topic.id }),
      );
  }
  for (const claim of cx.claimById.values()) {
    const topic = claim.value.topic;
    if (!placedAt.has(claim.value.id) && cx.topicIds.has(topic) && !unreadable.has(topic)) {
      if (meant.has(claim.value.id)) followOn++;
      else cx.report(problem('claim-not-placed', at(claim, 'id'), { id: claim.value.id, topic }));
    }
  }
  return followOn;
}

/** 6. The explainer as a whole: where the pieces of a composite article start. */
function checkExplainer(cx: Context): void {
  const { explainer, files } = cx;
  if (!explainer || !files.explainer) return;
  const recorded = explainer.article.sha256;
  if (recorded && files.article) {
    const actual = createHash('sha256').update(files.article.text).digest('hex');
    if (actual !== recorded) {
      cx.report(
        problem('article-changed', files.explainer.locate(['article', 'sha256']), {
          recorded,
          actual,
        }),
      );
    }
  }
  // A published explainer examines every sentence; a draft keeps the rest as its to-do list.
  // Counted only when every claim is valid: a claim with a problem would leave its sentences
  // looking unexamined, a second report of the same mistake.
  if (!explainer.draft && files.article && cx.readable.claims && !cx.reported()) {
    const open = cx.sentences.filter((s) => !cx.examined.has(s.id)).map((s) => s.id);
    if (open.length) {
      cx.report(
        problem('sentences-not-examined', files.explainer.locate(['draft']), { ids: open }),
      );
    }
  }
  // Sentences by their first word, so each part is looked for among a few, not all.
  const byFirstWord = new Map<string, Sentence[]>();
  for (const s of cx.sentences) {
    const first = s.text.split(/\s/, 1)[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), s].slice(0, 1000));
  }
  explainer.article.parts?.forEach((part, i) => {
    const candidates = byFirstWord.get(part.startsWith.split(/\s/, 1)[0] ?? '') ?? [];
    if (!candidates.some((s) => s.text.startsWith(part.startsWith))) {
      cx.report(
        problem('part-not-found', files.explainer!.locate(['article', 'parts', i, 'startsWith']), {
          startsWith: part.startsWith,
        }),
      );
    }
  });
}

/** Validates each item of a YAML list against `schema`. */
function entries<S extends z.ZodType>(
  file: ContentYaml,
  schema: S,
  what: string,
  report: (...p: Problem[]) => void,
): Located<z.output<S>>[] {
  if (!Array.isArray(file.data)) {
    report(problem('yaml-not-list', file.locate([]), { what }));
    return [];
  }
  return file.data.flatMap((item, i) => {
    const checked = validateAt(schema, file, [i], item);
    if (checked.ok) return [{ value: checked.value, file, path: [i] }];
    report(...checked.problems);
    return [];
  });
}

/** The ids written in YAML lists, whether or not their entries are valid. */
function rawIds(files: readonly ContentYaml[]): string[] {
  return files.flatMap((file) =>
    Array.isArray(file.data)
      ? file.data.flatMap((item: unknown) => {
          const id = (item as { id?: unknown } | null)?.id;
          return typeof id === 'string' ? [id] : [];
        })
      : [],
  );
}

/** The source ids cited in YAML claim lists, whether or not the claims are valid. */
function rawCitations(files: readonly ContentYaml[]): string[] {
  return files.flatMap((file) =>
    Array.isArray(file.data)
      ? file.data.flatMap((item: unknown) => {
          const citations = (item as { citations?: unknown } | null)?.citations;
          return Array.isArray(citations)
            ? citations.flatMap((c: unknown) => {
                const source = (c as { source?: unknown } | null)?.source;
                return typeof source === 'string' ? [source] : [];
              })
            : [];
        })
      : [],
  );
}

/** Indexes entries by id, reporting every id used twice. */
function uniqueById<T extends { id: string }>(
  items: readonly Located<T>[],
  what: string,
  report: (...p: Problem[]) => void,
): Map<string, Located<T>> {
  const byId = new Map<string, Located<T>>();
  for (const item of items) {
    const first = byId.get(item.value.id);
    if (first) {
      const firstAt = first.file.locate([...first.path, 'id']);
      report(
        problem('duplicate-id', item.file.locate([...item.path, 'id']), {
          what,
          id: item.value.id,
          first: `${firstAt.file}:${firstAt.line}`,
        }),
      );
    } else {
      byId.set(item.value.id, item);
    }
  }
  return byId;
}
