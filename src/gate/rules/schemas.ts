/**
 * Rule family 1, schemas: each entry validated on its own against its kind's schema, so one bad
 * entry does not hide the others. What passes becomes the entries the other families check.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import type { ContentKind } from '../../core/kinds.ts';
import { LIMITS } from '../../core/limits.ts';
import {
  type Explainer,
  ID_PATTERN,
  SENTENCE_ID_PATTERN,
  WINDOWS_RESERVED,
} from '../../core/schema.ts';
import type { Located, TopicEntry } from '../context.ts';
import { type Problem, problem } from '../problems.ts';
import { type ContentFiles, topicFiles, yamlFile, yamlFiles } from '../read.ts';
import type { ContentYaml } from '../topic.ts';
import { toId, validateAt } from '../validate.ts';

export interface Validated {
  explainer?: Explainer;
  /** The valid entries of each YAML kind. */
  entries: Map<string, Located<unknown>[]>;
  topics: Located<TopicEntry>[];
  /** Topic ids from well-named topic files, whatever their frontmatter. */
  topicIds: Set<string>;
  /** Topic pages that exist but could not be read, so their placements are unknown. */
  unreadableTopics: Set<string>;
}

const isMapping = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

export function checkSchemas(
  files: ContentFiles,
  report: (...p: Problem[]) => void,
  rules = true,
): Validated {
  const validated: Validated = {
    entries: new Map(),
    topics: [],
    topicIds: new Set(),
    unreadableTopics: new Set(),
  };
  for (const [name, kind] of Object.entries(files.kinds)) {
    if (!kind.schema) continue;
    if (kind.format === 'yaml-list') {
      // A folder of lists (claims/*.yaml): its file names become paths on every system that
      // checks the repository out, so they are ids too (no CON.yaml, War.yaml beside war.yaml).
      if (typeof kind.path !== 'string')
        for (const file of yamlFiles(files, name)) {
          const base = path.basename(file.path, path.extname(file.path));
          if (!ID_PATTERN.test(base) || WINDOWS_RESERVED.test(base))
            report(
              problem(
                'file-name',
                { file: file.path, line: 1, column: 1 },
                {
                  name: path.basename(file.path),
                  suggestion: `${WINDOWS_RESERVED.test(toId(base)) ? `${toId(base)}-claims` : toId(base)}.yaml`,
                },
              ),
            );
        }
      const found = yamlFiles(files, name).flatMap((file) =>
        listEntries(
          file,
          kind.schema!,
          kind.entry.many,
          report,
          renaming(kind, file, rules, report),
        ),
      );
      validated.entries.set(name, found);
    } else if (kind.format === 'yaml-mapping') {
      const file = yamlFile(files, name);
      const value = file && mappingValue(file, kind.schema, report);
      validated.entries.set(name, value === undefined ? [] : [{ value, file: file!, path: [] }]);
      if (name === 'explainer' && value !== undefined) validated.explainer = value as Explainer;
    } else if (kind.format === 'mdx') {
      checkTopics(files, name, kind, validated, report);
    }
  }
  return validated;
}

/** A mapping file's value, if it is a mapping and valid. */
function mappingValue(
  file: ContentYaml,
  schema: z.ZodType,
  report: (...p: Problem[]) => void,
): unknown {
  if (!isMapping(file.data)) {
    report(problem('yaml-not-mapping', file.locate([])));
    return undefined;
  }
  const checked = validateAt(schema, file, [], file.data);
  if (checked.ok) return checked.value;
  report(...checked.problems);
  return undefined;
}

/**
 * An entry with its renamed fields under their new names. Today's check reports each old name
 * (it is only a rename); content read as it was written is taken as it was meant.
 */
function renaming(
  kind: ContentKind,
  file: ContentYaml,
  rules: boolean,
  report: (...p: Problem[]) => void,
): (item: unknown, i: number) => unknown {
  const renamed = Object.entries(kind.renamed ?? {});
  return (item, i) => {
    if (!renamed.length || !isMapping(item)) return item;
    let out: Record<string, unknown> | undefined;
    for (const [from, to] of renamed) {
      if (!(from in item)) continue;
      if (rules) report(problem('field-renamed', file.locateKey([i], from), { field: from, to }));
      out ??= { ...item };
      if (!(to in out)) out[to] = out[from];
      delete out[from];
    }
    return out ?? item;
  };
}

/** Validates each item of a YAML list against `schema`, its renamed fields renamed first. */
function listEntries(
  file: ContentYaml,
  schema: z.ZodType,
  what: string,
  report: (...p: Problem[]) => void,
  rename: (item: unknown, i: number) => unknown = (item) => item,
): Located<unknown>[] {
  if (!Array.isArray(file.data)) {
    report(problem('yaml-not-list', file.locate([]), { what }));
    return [];
  }
  return file.data.flatMap((item, i) => {
    const checked = validateAt(schema, file, [i], rename(item, i));
    if (checked.ok) return [{ value: checked.value, file, path: [i] }];
    report(...checked.problems);
    return [];
  });
}

/** Topic pages: a well-formed file name (the topic's id), and valid frontmatter. */
function checkTopics(
  files: ContentFiles,
  name: string,
  kind: ContentKind,
  validated: Validated,
  report: (...p: Problem[]) => void,
): void {
  // A topic page that exists but could not be read (a link, say) still names its topic, so
  // the claims that belong to it are not reported as well.
  const folder =
    typeof kind.path === 'string' ? files.root : path.join(files.root, kind.path.folder);
  for (const file of files.unreadable) {
    if (path.dirname(file) === folder && file.endsWith('.mdx'))
      validated.unreadableTopics.add(path.basename(file, '.mdx'));
  }
  for (const id of validated.unreadableTopics) validated.topicIds.add(id);
  for (const topic of topicFiles(files, name)) {
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
      const suggestion = toId(topic.id);
      // A letter from another script that looks Latin (Cyrillic а) is named, with its code.
      const odd = [...topic.id].find((c) => /\p{L}/u.test(c) && !/[a-zA-Z]/.test(c));
      report(
        problem('topic-file-name', where, {
          name: topic.id,
          suggestion,
          taken: topicFiles(files, name).some((t) => t.id === suggestion),
          letter: odd
            ? `“${odd}” (U+${odd.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`
            : undefined,
        }),
      );
      continue;
    }
    validated.topicIds.add(topic.id);
    if (!topic.frontmatter) continue;
    if (!isMapping(topic.frontmatter.data)) {
      report(problem('yaml-not-mapping', topic.frontmatter.locate([])));
      continue;
    }
    const checked = validateAt(kind.schema!, topic.frontmatter, [], topic.frontmatter.data);
    const placements = (topic.components ?? [])
      .filter((c) => c.name === 'Claim')
      .map((c) => c.attributes.id ?? '');
    if (checked.ok) {
      validated.topics.push({
        value: { ...(checked.value as object), id: topic.id, placements } as TopicEntry,
        file: topic.frontmatter,
        path: [],
      });
    } else report(...checked.problems);
  }
}
