/**
 * Validates parsed content against a schema and words every issue as a contributor problem.
 *
 * Zod says what is wrong in its own terms; this module says it in ours: the field by name,
 * what was expected, a likely typo fixed, and the line where the field is written.
 */
import type { z } from 'astro/zod';
import { type Problem, type ProblemCode, closest, problem } from './problems.ts';
import type { DataPath, YamlFile } from './yaml.ts';
import { echo } from '../core/limits.ts';

type Schema = z.ZodType;
type Issue = z.core.$ZodIssue;

/** Custom messages in schema.ts name a problem code; these are the ones they may name. */
const CODED: readonly ProblemCode[] = [
  'id-too-long',
  'id-reserved',
  'kebab-id',
  'id-like-sentence',
  'iso-day',
  'iso-partial',
  'web-url',
  'history-entry-kind',
  'reading-at-or-copy',
  'lang-unknown',
  'branch-name',
];

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Validates the value at `path` in `file` against `schema`. */
export function validateAt<S extends Schema>(
  schema: S,
  file: YamlFile,
  path: DataPath,
  value: unknown,
): Validation<z.output<S>> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    for (const found of describeIssue(issue, schema, file, path)) {
      const key = `${found.line}:${found.column}:${found.code}:${found.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        problems.push(found);
      }
    }
  }
  return { ok: false, problems };
}

function describeIssue(issue: Issue, root: Schema, file: YamlFile, base: DataPath): Problem[] {
  const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
  const field = fieldName(path);
  const at = file.locate([...base, ...path]);
  const fieldSchema = schemaAt(root, path);
  const input = issue.input;

  // A field left out is reported as missing, whatever check Zod happened to run first.
  if (input === undefined && issue.code !== 'unrecognized_keys' && path.length > 0) {
    return [
      problem(
        'missing-field',
        file.locateKey([...base, ...path.slice(0, -1)], String(path.at(-1))),
        { field, expected: expectedOf(fieldSchema) },
      ),
    ];
  }
  const coded = CODED.find((c) => c === issue.message);
  if (coded === 'kebab-id') {
    return [problem(coded, at, { field, value: input, suggestion: toId(String(input)) })];
  }
  if (coded === 'id-too-long') {
    return [problem(coded, at, { field, length: String(input).length })];
  }
  if (coded) return [problem(coded, at, { field, value: input })];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = objectKeys(fieldSchema);
      return issue.keys.map((key) =>
        problem('unknown-field', file.locateKey([...base, ...path], key), {
          field: fieldName([...path, key]),
          suggestion: closest(key, allowed),
          allowed,
        }),
      );
    }
    case 'invalid_type':
      return [
        problem('wrong-type', at, {
          field,
          expected: expectedOf(fieldSchema),
          received: describeValue(input),
        }),
      ];
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return [
        problem('not-in-vocabulary', at, {
          field,
          value: input,
          allowed,
          suggestion: closest(String(input), allowed),
        }),
      ];
    }
    case 'invalid_union':
      return [
        problem('wrong-type', at, {
          field,
          expected: expectedOf(fieldSchema),
          received: describeValue(input),
        }),
      ];
    case 'too_big':
      if (issue.origin === 'array' && Array.isArray(input)) {
        return [
          problem('too-many-entries', at, {
            field,
            count: input.length,
            limit: Number(issue.maximum),
          }),
        ];
      }
      if (issue.origin === 'string' && typeof input === 'string') {
        return [
          problem('too-long', at, { field, length: input.length, limit: Number(issue.maximum) }),
        ];
      }
      return [
        problem('number-out-of-range', at, {
          field,
          expected: expectedOf(fieldSchema),
          value: input,
        }),
      ];
    case 'too_small':
      if (issue.origin === 'string') return [problem('empty-field', at, { field })];
      if (issue.origin === 'array') return [problem('empty-list', at, { field })];
      return [
        problem('number-out-of-range', at, {
          field,
          expected: expectedOf(fieldSchema),
          value: input,
        }),
      ];
    default:
      return [
        problem('wrong-type', at, {
          field,
          expected: expectedOf(fieldSchema),
          received: describeValue(input),
        }),
      ];
  }
}

/** `citations[1].stance`, the way a contributor would point at the field. */
export function fieldName(path: DataPath): string {
  return (
    path.reduce<string>(
      (name, step) =>
        typeof step === 'number' ? `${name}[${step}]` : name ? `${name}.${step}` : step,
      '',
    ) || 'the file'
  );
}

/** Turns text into a likely id: "Kelly Denial!" → "kelly-denial". */
export function toId(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      // Runs of other characters became one hyphen, so at most one is at either end.
      .replace(/^-|-$/g, '') || 'my-id'
  );
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${echo(value)}"`;
  return `${typeof value} ${String(value)}`;
}

/** The schema that validates the value at `path` inside `schema`. */
function schemaAt(schema: Schema, path: DataPath): Schema {
  let current = unwrap(schema);
  for (const step of path) {
    const def = current.def as { type: string; shape?: Record<string, Schema>; element?: Schema };
    const next = typeof step === 'number' ? def.element : def.shape?.[step];
    if (!next) break;
    current = unwrap(next);
  }
  return current;
}

function unwrap(schema: Schema): Schema {
  const def = schema.def as { type: string; innerType?: Schema };
  return (def.type === 'optional' || def.type === 'default') && def.innerType
    ? unwrap(def.innerType)
    : schema;
}

function objectKeys(schema: Schema): string[] {
  const def = schema.def as { shape?: Record<string, Schema> };
  return def.shape ? Object.keys(def.shape) : [];
}

/** What a schema expects, in reader words: "text", "a list", "one of A, B". */
export function expectedOf(schema: Schema): string {
  if (schema.description) return schema.description;
  const def = schema.def as {
    type: string;
    entries?: Record<string, string>;
    values?: unknown[];
    checks?: { _zod: { def: { format?: string } } }[];
  };
  switch (def.type) {
    case 'string':
      return 'text';
    case 'number':
      return def.checks?.some((c) => c._zod.def.format === 'safeint')
        ? 'a whole number'
        : 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of fields';
    case 'enum':
      return `one of ${Object.values(def.entries ?? {}).join(', ')}`;
    case 'literal':
      return (def.values ?? []).map(String).join(' or ');
    default:
      return 'a value of the right kind';
  }
}
