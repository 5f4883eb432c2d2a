/**
 * Checks an explainer's content and reports every problem at once.
 *
 * Used by `npm run check` and by the build (through the integration), so both refuse the
 * same mistakes with the same words: schema, ids, quotes, evidence, placement and URLs.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import { judge } from '../model/evidence.ts';
import { checkMap } from '../map/check.ts';
import { type ContentFiles, type ContentYaml, readContentFiles } from './files.ts';
import { type ExplainerInput, evidenceOf, locateQuote, originOf } from '../model/model.ts';
import { type Location, type Problem, closest, problem, sortProblems } from './problems.ts';
import { closestSentence, sentencesIn } from '../model/quotes.ts';
import {
  type Explainer,
  type Source,
  SENTENCE_ID_PATTERN,
  claimSchema,
  explainerSchema,
  glossaryTermSchema,
  ID_PATTERN,
  sourceSchema,
  timelineEventSchema,
  topicSchema,
} from '../model/schema.ts';
import { segmentSentences } from '../model/segment.ts';
import { toId, validateAt } from './validate.ts';
import type { DataPath } from './yaml.ts';

export interface CheckResult {
  problems: Problem[];
  /** The validated content, present only when there are no problems. */
  input?: ExplainerInput;
  /** How many files of each kind were read, for the report. */
  counts: { claims: number; sources: number; topics: number; files: number };
}

interface Located<T> {
  value: T;
  file: ContentYaml;
  path: DataPath;
}

/** Reads `contentDir` and checks everything in it. */
export function checkContent(contentDir: string): CheckResult {
  return checkFiles(readContentFiles(contentDir));
}

/** Checks content that has already been read. */
export function checkFiles(files: ContentFiles): CheckResult {
  const problems: Problem[] = [...files.problems];
  const report = (...found: Problem[]) => problems.push(...found);
  const where = (item: { file: ContentYaml; path: DataPath }, ...field: DataPath): Location =>
    item.file.locate([...item.path, ...field]);

  // 1. Schema: each entry on its own, so one bad entry does not hide the others.
  let explainer: Explainer | undefined;
  const isMapping = (data: unknown) =>
    typeof data === 'object' && data !== null && !Array.isArray(data);
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
  const topics: Located<ExplainerInput['topics'][number]>[] = [];
  for (const topic of files.topics) {
    if (!ID_PATTERN.test(topic.id)) {
      report(
        problem(
          'topic-file-name',
          { file: topic.path, line: 1, column: 1 },
          { name: topic.id, suggestion: toId(topic.id) },
        ),
      );
      continue;
    }
    if (!topic.frontmatter) continue;
    if (!isMapping(topic.frontmatter.data)) {
      report(problem('yaml-not-mapping', topic.frontmatter.locate([])));
      continue;
    }
    const checked = validateAt(topicSchema, topic.frontmatter, [], topic.frontmatter.data);
    const placements = (topic.components ?? [])
      .filter((c) => c.name === 'Claim')
      .map((c) => c.attributes.id ?? '');
    if (checked.ok)
      topics.push({
        value: { ...checked.value, id: topic.id, placements },
        file: topic.frontmatter,
        path: [],
      });
    else report(...checked.problems);
  }

  // 2. Ids: duplicates, then every reference. An entry with a schema problem still counts as
  // existing, and an unreadable file suspends the checks that depend on it, so one mistake
  // is reported once rather than again at every place that refers to it.
  const sourceById = uniqueById(sources, 'source', report);
  const claimById = uniqueById(claims, 'claim', report);
  const knownSources = new Set([
    ...sourceById.keys(),
    ...rawIds(files.sources ? [files.sources] : []),
  ]);
  const knownClaims = new Set([...claimById.keys(), ...rawIds(files.claims)]);
  const sourcesReadable = Array.isArray(files.sources?.data);
  const claimsDir = path.join(files.root, 'claims') + path.sep;
  const claimsReadable = !files.unreadable.some((file) => path.resolve(file).startsWith(claimsDir));
  const articleReadable = files.article !== undefined;
  // A topic whose file is named well is known even when its frontmatter is wrong, so claims
  // that point at it are not reported twice.
  const topicIds = files.topics.map((t) => t.id).filter((id) => ID_PATTERN.test(id));
  const text = files.article?.text ?? '';
  const sentences = segmentSentences(text);
  const sentenceIds = new Set(sentences.map((s) => s.id));
  const sourceValues = new Map([...sourceById].map(([id, s]) => [id, s.value]));

  for (const source of sourceById.values()) {
    const parent = source.value.derivedFrom;
    if (parent === undefined) continue;
    if (!sourceById.has(parent)) {
      report(
        problem('unknown-derived-from', where(source, 'derivedFrom'), {
          id: parent,
          suggestion: closest(parent, sourceById.keys()),
        }),
      );
    } else if (originOf(source.value.id, sourceValues) === undefined) {
      report(
        problem('derived-from-cycle', where(source, 'derivedFrom'), {
          chain: cycleFrom(source.value.id, sourceValues),
        }),
      );
    }
  }

  // Citations count even from a claim with a schema problem, so its sources are not also
  // reported as cited by nothing.
  const cited = new Set<string>(rawCitations(files.claims));
  for (const claim of claimById.values()) {
    const c = claim.value;
    if (!topicIds.includes(c.topic)) {
      report(
        problem('unknown-topic', where(claim, 'topic'), {
          id: c.topic,
          suggestion: closest(c.topic, topicIds),
          allowed: topicIds,
        }),
      );
    }
    let citationsResolve = true;
    const seen = new Set<string>();
    c.citations.forEach((citation, i) => {
      cited.add(citation.source);
      if (!sourceById.has(citation.source)) {
        citationsResolve = false;
        if (sourcesReadable && !knownSources.has(citation.source)) {
          report(
            problem('unknown-source', where(claim, 'citations', i, 'source'), {
              id: citation.source,
              suggestion: closest(citation.source, knownSources),
            }),
          );
        }
      } else if (seen.has(citation.source)) {
        report(
          problem('duplicate-citation', where(claim, 'citations', i, 'source'), {
            id: citation.source,
          }),
        );
      }
      seen.add(citation.source);
    });
    (c.conflictsWith ?? []).forEach((ref, i) => {
      const at = where(claim, 'conflictsWith', i);
      if (ref === c.id) report(problem('self-conflict', at, { id: ref }));
      else if (SENTENCE_ID_PATTERN.test(ref)) {
        if (articleReadable && !sentenceIds.has(ref))
          report(problem('unknown-sentence', at, { id: ref, count: sentences.length }));
      } else if (claimsReadable && !knownClaims.has(ref)) {
        report(problem('unknown-conflict', at, { id: ref, suggestion: closest(ref, knownClaims) }));
      }
    });

    // 3. Quotes.
    if (files.article) {
      const location = locateQuote(c, text);
      if (!location.found) {
        if (location.reason === 'not-found') {
          const near = closestSentence(c.quote, sentences);
          report(
            problem('quote-not-found', where(claim, 'quote'), {
              closest: near && { id: near.id, text: near.text.replace(/\s+/g, ' ') },
            }),
          );
        } else if (location.reason === 'ambiguous') {
          const ids = location.spans.map((span) => sentencesIn(span, sentences)[0]?.id ?? '?');
          report(
            problem('quote-ambiguous', where(claim, 'quote'), {
              count: location.spans.length,
              sentences: ids,
            }),
          );
        } else {
          report(
            problem('occurrence-out-of-range', where(claim, 'occurrence'), {
              occurrence: Number(c.occurrence),
              count: location.spans.length,
            }),
          );
        }
      }
    }

    // 4. Evidence: only once every citation resolves, so the rule sees all of them.
    if (citationsResolve) {
      const verdict = judge({
        status: c.status,
        evidence: evidenceOf(c, sourceValues),
        conflicts: c.conflictsWith?.length ?? 0,
      });
      if (!verdict.justified) {
        report(
          problem('status-not-justified', where(claim, 'status'), {
            claim: c.id,
            status: c.status,
            requirement: verdict.requirement,
            because: verdict.because,
          }),
        );
      }
    }
    const last = c.history?.at(-1);
    if (last && last.to !== c.status) {
      report(
        problem('history-mismatch', where(claim, 'history', (c.history?.length ?? 1) - 1, 'to'), {
          last: last.to,
          status: c.status,
        }),
      );
    }
  }

  // 4b. The glossary and the timeline refer to sources and claims too.
  uniqueById(glossary, 'glossary term', report);
  uniqueById(timeline, 'timeline event', report);
  for (const term of glossary) {
    const id = term.value.source;
    if (id === undefined) continue;
    cited.add(id);
    if (sourcesReadable && !knownSources.has(id))
      report(
        problem('unknown-source', where(term, 'source'), {
          id,
          suggestion: closest(id, knownSources),
        }),
      );
  }
  for (const event of timeline) {
    const { claim, dateSource } = event.value;
    if (claimsReadable && !knownClaims.has(claim))
      report(
        problem('unknown-claim', where(event, 'claim'), {
          id: claim,
          suggestion: closest(claim, knownClaims),
        }),
      );
    if (dateSource === undefined) continue;
    cited.add(dateSource);
    if (sourcesReadable && !knownSources.has(dateSource))
      report(
        problem('unknown-source', where(event, 'dateSource'), {
          id: dateSource,
          suggestion: closest(dateSource, knownSources),
        }),
      );
  }

  for (const source of sourceById.values()) {
    if (files.claims.length && claimsReadable && !cited.has(source.value.id))
      report(problem('source-not-cited', where(source, 'id'), { id: source.value.id }));
  }

  // 4c. The map page, when the explainer has one.
  if (files.map)
    report(
      ...checkMap(files.map, {
        claims: knownClaims,
        sentences: sentenceIds,
        sentenceCount: sentences.length,
        topics: topicIds,
      }),
    );

  // 5. Placement: what each topic page puts where.
  const placedAt = new Map<string, Location>();
  // A page whose MDX did not parse cannot be read for placements; its problems are reported.
  const unreadable = new Set(files.topics.filter((t) => !t.components).map((t) => t.id));
  for (const topic of files.topics) {
    if (!topicIds.includes(topic.id) || !topic.components) continue;
    let hasBox = false;
    for (const use of topic.components) {
      const id = use.attributes.id ?? '';
      if (use.name === 'StatusBox') hasBox = true;
      else if (use.name === 'Source' && sourcesReadable && !knownSources.has(id)) {
        report(problem('unknown-source', use.at, { id, suggestion: closest(id, knownSources) }));
      } else if (use.name === 'Sentence' && articleReadable && !sentenceIds.has(id)) {
        report(problem('unknown-sentence', use.at, { id, count: sentences.length }));
      } else if (use.name === 'ClaimRef' && claimsReadable && !knownClaims.has(id)) {
        report(problem('unknown-claim', use.at, { id, suggestion: closest(id, knownClaims) }));
      } else if (use.name === 'Claim') {
        const claim = claimById.get(id);
        const first = placedAt.get(id);
        if (!claim) {
          if (claimsReadable && !knownClaims.has(id))
            report(problem('unknown-claim', use.at, { id, suggestion: closest(id, knownClaims) }));
        } else if (first) {
          report(
            problem('claim-placed-twice', use.at, { id, first: `${first.file}:${first.line}` }),
          );
        } else {
          const home = claim.value.topic;
          if (home !== topic.id && topicIds.includes(home)) {
            report(problem('claim-on-wrong-topic', use.at, { id, topic: home, page: topic.id }));
          }
          placedAt.set(id, use.at);
        }
      }
    }
    if (!hasBox)
      report(
        problem('topic-without-box', { file: topic.path, line: 1, column: 1 }, { topic: topic.id }),
      );
  }
  for (const claim of claimById.values()) {
    const topic = claim.value.topic;
    if (!placedAt.has(claim.value.id) && topicIds.includes(topic) && !unreadable.has(topic)) {
      report(
        problem('claim-not-placed', where(claim, 'id'), {
          id: claim.value.id,
          topic: claim.value.topic,
        }),
      );
    }
  }

  if (explainer && files.explainer) {
    explainer.article.parts?.forEach((part, i) => {
      if (!sentences.some((s) => s.text.startsWith(part.startsWith))) {
        report(
          problem(
            'part-not-found',
            files.explainer!.locate(['article', 'parts', i, 'startsWith']),
            { startsWith: part.startsWith },
          ),
        );
      }
    });
  }

  const counts = {
    claims: claims.length,
    sources: sources.length,
    topics: files.topics.length,
    files:
      files.claims.length +
      files.topics.length +
      [files.explainer, files.article, files.sources].filter(Boolean).length,
  };
  if (problems.length || !explainer || !files.article) {
    return { problems: sortProblems(problems), counts };
  }
  return {
    problems: [],
    counts,
    input: {
      explainer,
      articleText: text,
      sources: [...sourceById.values()].map((s) => s.value),
      claims: [...claimById.values()].map((c) => ({
        ...c.value,
        file: path.relative(files.root, path.resolve(c.file.path)).split(path.sep).join('/'),
      })),
      topics: topics.map((t) => t.value),
      glossary: glossary.map((g) => g.value),
      timeline: timeline.map((t) => t.value),
    },
  };
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
      const at = first.file.locate([...first.path, 'id']);
      report(
        problem('duplicate-id', item.file.locate([...item.path, 'id']), {
          what,
          id: item.value.id,
          first: `${at.file}:${at.line}`,
        }),
      );
    } else {
      byId.set(item.value.id, item);
    }
  }
  return byId;
}

function cycleFrom(id: string, sources: ReadonlyMap<string, Source>): string[] {
  const chain = [id];
  let next = sources.get(id)?.derivedFrom;
  while (next !== undefined && !chain.includes(next)) {
    chain.push(next);
    next = sources.get(next)?.derivedFrom;
  }
  return next === undefined ? chain : [...chain, next];
}
