/**
 * Rule family 2, references: one checker for every field the manifest says names an entry of
 * another kind (src/core/kinds.ts). An id that is not there is reported once, with a "did you
 * mean" drawn from the kind it should name; a reference into a kind whose files could not all
 * be read is not reported, only counted, since the unreadable file is the mistake to fix.
 * Ids are also where duplicates are found.
 */
import { isReservedId } from '../../core/anchors.ts';
import { type ContentKind, type Reference, SENTENCES } from '../../core/kinds.ts';
import { shownPattern } from '../../core/kinds.ts';
import type { Context, Located } from '../context.ts';
import { type Location, type Problem, problem } from '../problems.ts';
import type { ContentFiles } from '../read.ts';
import { yamlFiles } from '../read.ts';
import type { DataPath } from '../yaml.ts';

/** A value found at a reference's field, and the path to it inside its entry. */
interface Found {
  value: unknown;
  path: DataPath;
}

/** Every value at `field` (`citations[].source`) inside `data`, with its path. */
export function valuesAt(data: unknown, field: string): Found[] {
  const steps = field
    .split(/(?=\[\])|\./)
    .flatMap((s) => (s.startsWith('[]') ? ['[]', s.slice(2)] : [s]));
  let found: Found[] = [{ value: data, path: [] }];
  for (const step of steps.filter(Boolean)) {
    found = found.flatMap(({ value, path }) => {
      if (step === '[]') {
        return Array.isArray(value)
          ? value.map((item, i) => ({ value: item, path: [...path, i] }))
          : [];
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
      const next = (value as Record<string, unknown>)[step];
      return next === undefined ? [] : [{ value: next, path: [...path, step] }];
    });
  }
  return found;
}

/** The kind a reference's value names: with several, the one whose ids it looks like. */
function targetOf(reference: Reference, id: string): string {
  const targets = typeof reference.to === 'string' ? [reference.to] : reference.to;
  return (
    targets.find((t) => t === SENTENCES.name && SENTENCES.matches.test(id)) ??
    targets.filter((t) => t !== SENTENCES.name).at(-1) ??
    targets.at(-1)!
  );
}

/** Whether an id names an entry, and if not, the likely typo it was reported with. */
export type Resolution = { found: true } | { found: false; suggestion?: string | undefined };

/**
 * Whether `id` names an entry of `target`; when it does not, reports it at `where` (or counts
 * it, when the target's files could not all be read). `unknown` overrides the target's problem.
 */
export function resolve(
  cx: Context,
  target: string,
  id: string,
  where: Location,
  unknown?: Reference['unknown'],
): Resolution {
  const known = cx.known.get(target) ?? new Set<string>();
  if (known.has(id)) return { found: true };
  if (cx.readable.get(target) === false) {
    cx.followOn();
    return { found: false };
  }
  const isSentence = target === SENTENCES.name;
  const kind: ContentKind | undefined = cx.kinds[target];
  const code = unknown ?? (isSentence ? SENTENCES.unknown : kind?.unknown) ?? 'unknown-reference';
  const suggestion = isSentence ? undefined : cx.suggest(id, known);
  cx.report(
    problem(code, where, {
      id,
      suggestion,
      allowed: [...known],
      count: known.size,
      one: kind?.entry.one ?? 'sentence',
      home: kind ? shownPattern(kind) : 'the article',
    }),
  );
  return { found: false, suggestion };
}

/** Checks every reference the manifest declares, on every valid entry of every kind. */
export function checkReferences(cx: Context): void {
  for (const [name, kind] of Object.entries(cx.kinds)) {
    if (!kind.references?.length) continue;
    const entries: Located<unknown>[] =
      kind.id === 'id' ? [...(cx.byId.get(name)?.values() ?? [])] : (cx.entries.get(name) ?? []);
    for (const entry of entries) {
      for (const reference of kind.references) {
        for (const { value, path } of valuesAt(entry.value, reference.field)) {
          if (typeof value !== 'string') continue;
          const where = entry.file.locate([...entry.path, ...path]);
          const target = targetOf(reference, value);
          // An id that looks like a sentence's is judged as one, in the sentences' own words.
          const unknown = target === SENTENCES.name ? undefined : reference.unknown;
          resolve(cx, target, value, where, unknown);
        }
      }
    }
  }
}

/**
 * The source ids that references marked `cites` name, in every entry as written, valid or
 * not: a source cited only by an entry with a problem is not also "cited by nothing".
 */
export function citedSources(files: ContentFiles): Set<string> {
  const cited = new Set<string>();
  for (const [name, kind] of Object.entries(files.kinds)) {
    for (const reference of kind.references ?? []) {
      if (!reference.cites) continue;
      for (const file of yamlFiles(files, name)) {
        const items = kind.format === 'yaml-list' ? file.data : [file.data];
        if (!Array.isArray(items)) continue;
        for (const item of items) {
          for (const { value } of valuesAt(item, reference.field)) {
            if (typeof value === 'string') cited.add(value);
          }
        }
      }
    }
  }
  return cited;
}

/** The ids written in a kind's YAML lists, whether or not their entries are valid. */
export function rawIds(files: ContentFiles, kind: string): string[] {
  return yamlFiles(files, kind).flatMap((file) =>
    Array.isArray(file.data)
      ? file.data.flatMap((item: unknown) => {
          const id = (item as { id?: unknown } | null)?.id;
          return typeof id === 'string' ? [id] : [];
        })
      : [],
  );
}

/** Indexes entries by id, reporting every id used twice. */
export function uniqueById<T>(
  items: readonly Located<T>[],
  what: string,
  report: (...p: Problem[]) => void,
): Map<string, Located<T>> {
  const byId = new Map<string, Located<T>>();
  for (const item of items) {
    const id = (item.value as { id: string }).id;
    const first = byId.get(id);
    if (isReservedId(id))
      report(problem('id-taken-by-page', item.file.locate([...item.path, 'id']), { what, id }));
    if (first) {
      const firstAt = first.file.locate([...first.path, 'id']);
      report(
        problem('duplicate-id', item.file.locate([...item.path, 'id']), {
          what,
          id,
          first: `${firstAt.file}:${firstAt.line}`,
        }),
      );
    } else {
      byId.set(id, item);
    }
  }
  return byId;
}
