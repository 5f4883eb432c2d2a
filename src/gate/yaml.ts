/**
 * Safe YAML for contributed content, with positions for error messages.
 *
 * Content YAML holds text, numbers, lists and mappings and nothing else: the core schema
 * (no custom types), no explicit tags, no aliases (so no alias bombs), a size limit and a
 * depth limit, checked while the text is parsed, before anything walks the tree. Field names
 * are words: none empty, and no two in a mapping that read as the same name. Numbers are ones
 * JavaScript holds exactly. Every value keeps its position so a problem can name its line.
 */
import {
  Composer,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  Lexer,
  LineCounter,
  Parser,
  visit,
  YAMLParseError,
  type CST,
  type Document,
  type Node,
  type Pair,
  type YAMLError,
  type YAMLMap,
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
  /**
   * The position of the `nth` (from 0) `words` in the text at `path`, as written in the file:
   * words with no space, quote mark or backslash in them are written as the value has them.
   * The value's position when the file writes them otherwise.
   */
  locateWords(path: DataPath, words: string, nth: number): Location;
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
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return at(line, col);
  };
  const tokens = parseTokens(text, lineCounter);
  if ('tooDeep' in tokens) {
    return {
      ok: false,
      problems: [problem('yaml-too-deep', position(tokens.tooDeep), { limit: LIMITS.yamlDepth })],
    };
  }
  const doc = compose(tokens, text.length);

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
    if (isMap(node)) problems.push(...keyProblems(node, text, position));
    if (!isNode(node)) return;
    const where = position(node.range?.[0] ?? 0);
    if (isScalar(node) && typeof node.value === 'string') {
      const forbidden = forbiddenIn(node.value);
      if (forbidden) problems.push(problem('forbidden-character', where, forbidden));
    }
    if (isScalar(node) && typeof node.value === 'number' && !exact(node.value)) {
      const [start = 0, end = start] = node.range ?? [];
      problems.push(
        problem('yaml-number-inexact', where, {
          written: text.slice(start, end),
          limit: Number.MAX_SAFE_INTEGER,
        }),
      );
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
      locateWords(path, words, nth) {
        const node = nearestNode(doc, path);
        const [start = 0, end = start] = node?.range ?? [];
        if (isScalar(node) && typeof node.value === 'string') {
          // An escape could write the words otherwise: only the same count is the same words.
          const written = occurrences(text.slice(start, end), words);
          if (written.length === occurrences(node.value, words).length && nth < written.length)
            return position(start + written[nth]!);
        }
        return position(start);
      },
    },
  };
}

/** Where `words` occur in `text`, without overlapping. */
function occurrences(text: string, words: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + words.length))
    found.push(i);
  return found;
}

/** The kinds of CST token that are lists and mappings. */
const COLLECTIONS: ReadonlySet<string> = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * The text's concrete syntax tree, parsed token by token so that nesting deeper than
 * LIMITS.yamlDepth is refused where it starts, before the parser builds it or the composer
 * recurses into it (400,000 "[" would exhaust both). Or the offset of the list or mapping that
 * goes one level too deep.
 */
function parseTokens(text: string, lineCounter: LineCounter): CST.Token[] | { tooDeep: number } {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    tokens.push(...parser.next(lexeme));
    // The parser's stack holds the document, the collections open at this point and the
    // scalar being read, so only a stack this long can hold too many collections.
    if (parser.stack.length > LIMITS.yamlDepth) {
      const open = parser.stack.filter((token) => COLLECTIONS.has(token.type));
      const first = open[LIMITS.yamlDepth];
      if (first) return { tooDeep: first.offset };
    }
  }
  tokens.push(...parser.end());
  return tokens;
}

/** The document the tokens hold, with an error for any second document after it. */
function compose(tokens: CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({ schema: 'core', uniqueKeys: sameKey });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) {
      doc = next;
    } else {
      doc.errors.push(
        new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'a second document'),
      );
      break;
    }
  }
  // compose(…, true) always yields a document, an empty one for empty text.
  return doc!;
}

/**
 * Whether two keys of one mapping are the same key, as YAML's duplicate check has it, except
 * that empty keys are left for keyProblems to report as empty.
 */
function sameKey(a: unknown, b: unknown): boolean {
  if (isScalar(a) && isScalar(b)) {
    if (emptyKey(a) || emptyKey(b)) return false;
    return a.value === b.value;
  }
  return a === b;
}

/** A key with no name: nothing before the colon, "", '' or a null (~, null). */
function emptyKey(key: unknown): boolean {
  return isScalar(key) && (key.value === null || key.value === '');
}

/** The name a key becomes in the parsed data, where 1 and "1", or true and "true", are one. */
function keyName(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value ?? '') : undefined;
}

/** A number JavaScript holds exactly enough to repeat what was written: no whole number past 2^53 − 1. */
function exact(value: number): boolean {
  return Number.isNaN(value) || Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}

/**
 * The mapping's empty field names, and the ones YAML keeps apart but the parsed data would
 * merge (1 and "1"): the data keeps only the last of those, silently.
 */
function keyProblems(
  map: YAMLMap,
  text: string,
  position: (offset: number) => Location,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, Pair>();
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const [start = 0, end = start] = pair.key.range ?? [];
    const written = text.slice(start, end);
    if (emptyKey(pair.key)) {
      // A key with nothing written starts where its line's indentation does: report its ":".
      let colon = start;
      while (written === '' && (text[colon] === ' ' || text[colon] === '\t')) colon++;
      problems.push(problem('yaml-key-empty', position(colon), { written }));
      continue;
    }
    const name = keyName(pair.key)!;
    const first = seen.get(name);
    if (!first) {
      seen.set(name, pair);
      continue;
    }
    const [firstStart = 0, firstEnd = firstStart] = (first.key as Node).range ?? [];
    problems.push(
      problem('yaml-key-collides', position(start), {
        written,
        first: text.slice(firstStart, firstEnd),
        line: position(firstStart).line,
      }),
    );
  }
  return problems;
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
