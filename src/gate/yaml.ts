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
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { type Location, type Problem, problem } from './problems.ts';

export const MAX_YAML_BYTES = 1024 * 1024;
export const MAX_YAML_DEPTH = 12;

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

export type YamlResult = { ok: true; file: YamlFile } | { ok: false; problems: Problem[] };

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
  if (bytes > MAX_YAML_BYTES) {
    return {
      ok: false,
      problems: [problem('file-too-large', at(1, 1), { bytes, limit: MAX_YAML_BYTES })],
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

  // One mistake can upset the parser more than once on the same line; report it once.
  const errorLines = new Set<number>();
  const problems: Problem[] = doc.errors.flatMap((error) => {
    const at = position(error.pos[0]);
    if (errorLines.has(at.line)) return [];
    errorLines.add(at.line);
    return [problem('yaml-syntax', at, { detail: firstLine(error.message) })];
  });
  visit(doc, (_key, node, path) => {
    if (!isNode(node)) return;
    const where = position(node.range?.[0] ?? 0);
    if (isAlias(node)) problems.push(problem('yaml-alias', where));
    else if (node.tag) {
      // The node starts at its value; report the tag where and as the contributor wrote it.
      const written = /(![^\s]*)\s*$/.exec(text.slice(0, node.range?.[0] ?? 0));
      const at = written ? position(written.index) : where;
      problems.push(problem('yaml-tag', at, { tag: written?.[1] ?? node.tag }));
    }
    const depth = path.filter((step) => isCollection(step)).length;
    if (isCollection(node) && depth >= MAX_YAML_DEPTH) {
      problems.push(problem('yaml-too-deep', where, { limit: MAX_YAML_DEPTH }));
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

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

/**
 * YAML the content check parsed, handed to the content loaders of the same build so that each
 * file is parsed once. The build's integration and its content config are loaded as separate
 * module instances in one process, hence globalThis. Only the build opens the hand-off (so
 * `npm run check` and the tests keep nothing), and an entry is taken once, for the same text.
 */
const HANDOFF = Symbol.for('explainer.yaml-handoff');
type Handoff = Map<string, { text: string; data: unknown }>;
const handoff = () => (globalThis as { [HANDOFF]?: Handoff })[HANDOFF];

/** Lets the check hand its parsed YAML to the loaders (the build calls this). */
export function openYamlHandoff(): void {
  (globalThis as { [HANDOFF]?: Handoff })[HANDOFF] ??= new Map();
}

/** Keeps the data parsed from `text` of `file` (an absolute path) for the loaders, if open. */
export function handOverYaml(file: string, text: string, data: unknown): void {
  handoff()?.set(file, { text, data });
}

/**
 * Everything handed over so far, leaving the hand-off empty: what a check run in a worker
 * thread sends back to the build (see check-worker.ts).
 */
export function drainYamlHandoff(): [string, { text: string; data: unknown }][] {
  const entries = [...(handoff() ?? [])];
  handoff()?.clear();
  return entries;
}

/** Receives what a check in a worker thread handed over, if the hand-off is open here. */
export function receiveYamlHandoff(
  entries: readonly [string, { text: string; data: unknown }][],
): void {
  const open = handoff();
  if (open) for (const [file, entry] of entries) open.set(file, entry);
}

/** The data handed over for `file`, if it was parsed from this very `text`; taken once. */
export function takeYaml(file: string, text: string): { data: unknown } | undefined {
  const entry = handoff()?.get(file);
  if (!entry) return undefined;
  handoff()?.delete(file);
  return entry.text === text ? { data: entry.data } : undefined;
}
