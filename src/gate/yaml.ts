/**
 * Safe YAML for contributed content, with positions for error messages.
 *
 * Content YAML holds text, numbers, lists and mappings and nothing else: the core schema
 * (no custom types), no explicit tags, no aliases (so no alias bombs), a size limit and a
 * depth limit. Every value keeps its position so a problem can name its line.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import { forbiddenIn } from './characters.ts';
import { LIMITS } from '../core/limits.ts';
import { type Location, type Problem, problem } from './problems.ts';

/** A path into the parsed data: keys and list indexes. */
export type DataPath = readonly (string | number)[];

export interface YamlFile {
  /** The parsed data, as plain values. */
  data: unknown;
  /** The position of the value at `path`, or of its nearest parent that exists. */
  locate(path: DataPath): Location;
  /** The position of the key `key` inside the mapping at `path`, if present. */
  locateKey(path: DataPath, key: string): Location;
}

export type YamlResult =
  | { ok: true; file: YamlFile }
  | {
      ok: false;
      problems: Problem[];
      /** Further syntax errors that follow from the one reported. */
      suppressed?: number;
    };

/**
 * Parses YAML text from `file` (a path relative to the project, used in messages).
 * `lineOffset` shifts reported lines, for YAML that starts part-way into a file (frontmatter).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlResult {
  const at = (line: number, column: number): Location => ({
    file,
    line: line + lineOffset,
    column,
  });
  const bytes = Buffer.byteLength(text);
  if (bytes > LIMITS.fileBytes) {
    return {
      ok: false,
      problems: [problem('file-too-large', at(1, 1), { bytes, limit: LIMITS.fileBytes })],
    };
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
  });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return at(line, col);
  };

  // One mistake upsets the parser again further on: the first error is the one to fix, and
  // the rest are counted as following from it.
  const [first, ...rest] = doc.errors;
  if (first) {
    const { offset, detail, fix } = describeSyntaxError(first, text);
    return {
      ok: false,
      problems: [problem('yaml-syntax', position(offset), { detail, fix })],
      suppressed: rest.length,
    };
  }
  const problems: Problem[] = [];
  visit(doc, (_key, node, path) => {
    if (isPair(node) && isCollection(node.key)) {
      problems.push(problem('yaml-key-not-text', position((node.key as Node).range?.[0] ?? 0)));
    }
    if (!isNode(node)) return;
    const where = position(node.range?.[0] ?? 0);
    if (isScalar(node) && typeof node.value === 'string') {
      const forbidden = forbiddenIn(node.value);
      if (forbidden) problems.push(problem('forbidden-character', where, forbidden));
    }
    if (isAlias(node)) problems.push(problem('yaml-alias', where));
    else if (node.tag) {
      // The node starts at its value; report the tag where and as the contributor wrote it.
      const written = tagBefore(text, node.range?.[0] ?? 0);
      const at = written ? position(written.index) : where;
      problems.push(problem('yaml-tag', at, { tag: written?.tag ?? node.tag }));
    }
    const depth = path.filter((step) => isCollection(step)).length;
    if (isCollection(node) && depth >= LIMITS.yamlDepth) {
      problems.push(problem('yaml-too-deep', where, { limit: LIMITS.yamlDepth }));
      return visit.BREAK;
    }
    return undefined;
  });
  if (problems.length) return { ok: false, problems };

  return {
    ok: true,
    file: {
      // Aliases were refused above; maxAliasCount: 0 makes sure none can expand.
      data: doc.toJS({ maxAliasCount: 0 }),
      locate: (path) => position(nearestNode(doc, path)?.range?.[0] ?? 0),
      locateKey(path, key) {
        const parent = nearestNode(doc, path);
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
          if (pair && isNode(pair.key)) return position(pair.key.range?.[0] ?? 0);
        }
        return position(parent?.range?.[0] ?? 0);
      },
    },
  };
}

/** The node at `path`, or the nearest ancestor that exists. */
function nearestNode(doc: Document, path: DataPath): Node | undefined {
  let node: unknown = doc.contents;
  for (const step of path) {
    const child = isCollection(node) ? node.get(step, true) : undefined;
    if (!isNode(child)) break;
    node = child;
  }
  return isNode(node) ? node : undefined;
}

/**
 * The YAML parser's error in a contributor's words, at the line where the mistake is. The
 * parser words errors by its grammar ("Nested mappings are not allowed in compact mappings")
 * and, for a line indented too far, places them at the end of the line above.
 */
function describeSyntaxError(
  error: YAMLError,
  text: string,
): { offset: number; detail: string; fix?: string } {
  const offset = error.pos[0];
  const lineEnd = text.indexOf('\n', offset);
  const restOfLine = text.slice(offset, lineEnd < 0 ? undefined : lineEnd);
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (lineEnd >= 0 && !restOfLine.slice(1).includes(':')) {
        // The value ends its line, so the trouble is the next line, indented under it.
        const next = lineEnd + 1 + (/^[ \t]*/.exec(text.slice(lineEnd + 1))?.[0].length ?? 0);
        return {
          offset: next,
          detail: 'this line is indented further than the field above it',
          fix: 'indent it exactly as far as the other fields of its entry',
        };
      }
      return {
        offset,
        detail: 'a value contains ": ", which YAML reads as another field',
        fix: 'wrap the value in double quotes',
      };
    case 'BAD_INDENT':
      return {
        offset,
        detail: 'this line is not indented like the other fields of its entry',
        fix: 'line it up with the fields above it',
      };
    case 'MISSING_CHAR':
      if (/Sequence item without/.test(error.message)) {
        return {
          offset,
          detail: 'this line is indented like a list item but does not start with "- "',
          fix: 'line it up with the fields of its entry, or start a new list item with "- "',
        };
      }
      if (/Implicit map keys need to be followed/.test(error.message)) {
        return {
          offset,
          detail: 'this line has no ": " after its field name',
          fix: 'write the field as "name: value"',
        };
      }
      break;
    case 'MULTIPLE_DOCS':
      return {
        offset,
        detail: 'a line of "---" starts a second document here, and a content file holds one',
        fix: 'remove the "---" line: one file is one list (or one mapping)',
      };
    case 'DUPLICATE_KEY':
      return {
        offset,
        detail: 'this field is written twice in the same entry',
        fix: 'keep one of them',
      };
    case 'TAB_AS_INDENT':
      return { offset, detail: 'this line is indented with a tab', fix: 'indent with spaces only' };
  }
  return { offset, detail: firstLine(error.message) };
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

/**
 * The tag written just before offset `end` (`!!str`, `!custom`), and where it starts: from the
 * first `!` of the last word before `end`. Scanned backwards once, not with a regular
 * expression that would try every `!` of a long run.
 */
function tagBefore(text: string, end: number): { tag: string; index: number } | undefined {
  let stop = end;
  while (stop > 0 && /\s/.test(text[stop - 1]!)) stop--;
  let start = stop;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  const bang = text.indexOf('!', start);
  if (bang < 0 || bang >= stop) return undefined;
  return { tag: text.slice(bang, stop), index: bang };
}
