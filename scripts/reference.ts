/**
 * The reference of every content file's fields, generated from the Zod schemas that validate
 * them (src/core/schema.ts): each field's name, whether it is required, what it expects (in
 * the words the check's messages use) and what it is for (the schema's doc comment on it).
 * `npm run docs` writes it to docs/reference.md; a test fails when it is out of date.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import ts from 'typescript';
import { expectedOf } from '../src/gate/validate.ts';
import { KINDS, type Manifest } from '../src/core/kinds.ts';
import * as schemas from '../src/core/schema.ts';

type Schema = z.ZodType;
const SCHEMA_FILE = fileURLToPath(new URL('../src/core/schema.ts', import.meta.url));

/** The doc comment of every field in schema.ts, by schema name and field path. */
function fieldComments(): Map<string, string> {
  const source = ts.createSourceFile(
    SCHEMA_FILE,
    readFileSync(SCHEMA_FILE, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const comments = new Map<string, string>();
  const visitObject = (literal: ts.ObjectLiteralExpression, prefix: string) => {
    for (const property of literal.properties) {
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property))
        continue;
      const name = property.name.getText(source);
      const key = `${prefix}.${name}`;
      const text = ts
        .getJSDocCommentsAndTags(property)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (text) comments.set(key, text);
      // Inline objects: z.strictObject({ … }) as the field's value.
      if (ts.isPropertyAssignment(property))
        property.initializer.forEachChild(function find(node): void {
          if (ts.isObjectLiteralExpression(node)) visitObject(node, key);
          else node.forEachChild(find);
        });
    }
  };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText(source);
      declaration.initializer?.forEachChild(function find(node): void {
        if (ts.isObjectLiteralExpression(node)) visitObject(node, name);
        else node.forEachChild(find);
      });
    }
  }
  return comments;
}

function unwrap(schema: Schema): { inner: Schema; optional: boolean; fallback?: unknown } {
  let current = schema;
  let optional = false;
  let fallback: unknown;
  for (;;) {
    const def = current.def as { type: string; innerType?: Schema; defaultValue?: unknown };
    if (def.type === 'optional' && def.innerType) {
      optional = true;
      current = def.innerType;
    } else if (def.type === 'default' && def.innerType) {
      optional = true;
      fallback =
        typeof def.defaultValue === 'function'
          ? (def.defaultValue as () => unknown)()
          : def.defaultValue;
      current = def.innerType;
    } else return { inner: current, optional, ...(fallback !== undefined ? { fallback } : {}) };
  }
}

interface Row {
  field: string;
  required: string;
  expected: string;
  doc: string;
}

/**
 * The rows for every field of `schema`, depth first. `root` and `prefix` find a field's doc
 * comment; `shown` is the name a contributor writes before it (`citations[].`).
 */
function rows(
  schema: Schema,
  root: string,
  prefix: string,
  shown: string,
  comments: Map<string, string>,
  names: Map<Schema, string>,
): Row[] {
  const shape = (schema.def as { shape?: Record<string, Schema> }).shape ?? {};
  return Object.entries(shape).flatMap(([name, field]) => {
    const { inner, optional, fallback } = unwrap(field);
    const path = prefix ? `${prefix}.${name}` : name;
    const required =
      fallback !== undefined && typeof fallback !== 'object'
        ? `no (default ${String(fallback)})`
        : optional
          ? 'no'
          : 'yes';
    const row: Row = {
      field: `\`${shown}${name}\``,
      required,
      expected: expectedOf(inner),
      doc: comments.get(`${root}.${path}`) ?? '',
    };
    const def = inner.def as { type: string; element?: Schema };
    const element = def.type === 'array' && def.element ? unwrap(def.element).inner : undefined;
    const isObject = (s: Schema | undefined) =>
      (s?.def as { type?: string } | undefined)?.type === 'object';
    const nested = isObject(element) ? element! : isObject(inner) ? inner : undefined;
    if (!nested) return [row];
    const next = `${shown}${name}${nested === element ? '[]' : ''}.`;
    // A schema that schema.ts exports by name keeps its fields' comments under that name.
    const named = names.get(nested);
    return [
      row,
      ...(named
        ? rows(nested, named, '', next, comments, names)
        : rows(nested, root, path, next, comments, names)),
    ];
  });
}

/** Each kind of content the manifest documents, in its order. */
const FILES = Object.values(KINDS as Manifest).flatMap((kind) => (kind.doc ? [kind.doc] : []));

/** docs/reference.md. */
export function reference(): string {
  const comments = fieldComments();
  const names = new Map<Schema, string>();
  for (const [name, value] of Object.entries(schemas)) {
    if (value && typeof value === 'object' && 'def' in value) names.set(value as Schema, name);
  }
  const out = [
    '# Content reference',
    '',
    '<!-- Generated by `npm run docs` from src/core/schema.ts; do not edit by hand. -->',
    '',
    'Every field of every file in `content/`, as the content check validates it. "Expected" is what',
    'the check asks for, in the words its messages use; CONTRIBUTING.md says how to use each file.',
    '',
  ];
  for (const entry of FILES) {
    out.push(
      `## ${entry.title}`,
      '',
      entry.note,
      '',
      '| Field | Required | Expected | What it is for |',
      '|---|---|---|---|',
    );
    for (const row of rows(
      schemas[entry.schema as keyof typeof schemas] as Schema,
      entry.schema,
      '',
      '',
      comments,
      names,
    )) {
      out.push(
        `| ${row.field} | ${row.required} | ${row.expected.replace(/\|/g, '\\|')} | ${row.doc.replace(/\|/g, '\\|')} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
