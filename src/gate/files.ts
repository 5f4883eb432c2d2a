/**
 * Reads an explainer's content folder from disk, keeping positions for error messages.
 *
 * Layout (see CONTRIBUTING.md):
 *   explainer.yaml    the site and the article's metadata
 *   article.txt       the article, verbatim
 *   sources.yaml      the source registry, a list
 *   claims/*.yaml     claims, a list per file (by convention one file per topic)
 *   topics/*.mdx      topic pages
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { mdxToMdast } from 'satteri';
import { unified } from 'unified';
import { type ComponentUse, type Violation, findComponents, findViolations } from './sandbox.ts';
import { type Location, type Problem, problem } from './problems.ts';
import { handOverYaml, MAX_YAML_BYTES, type YamlFile, parseYaml } from './yaml.ts';

export const LAYOUT = {
  explainer: 'explainer.yaml',
  article: 'article.txt',
  sources: 'sources.yaml',
  claims: 'claims',
  topics: 'topics',
  glossary: 'glossary.yaml',
  timeline: 'timeline.yaml',
  map: 'map.yaml',
} as const;

/** A YAML file that parsed safely, with the path used in messages. */
export interface ContentYaml extends YamlFile {
  path: string;
}

/** A topic page: its frontmatter, and the components its MDX places. */
export interface TopicFile {
  /** The topic id: the file name without `.mdx`. */
  id: string;
  path: string;
  /** The frontmatter, positioned at its real lines in the file; absent if it did not parse. */
  frontmatter?: ContentYaml;
  /** The components the page places; absent if the MDX broke the sandbox or did not parse. */
  components?: PlacedComponent[];
}

/** A component a topic page places, and where. */
export type PlacedComponent = Omit<ComponentUse, 'node'> & { at: Location };

/** What parsing a topic page's MDX found. */
export interface BodyScan {
  /** The components placed; absent if the MDX broke the sandbox or did not parse. */
  components?: PlacedComponent[];
  problems: Problem[];
}

export interface ContentFiles {
  /** The content folder, as an absolute path. */
  root: string;
  explainer?: ContentYaml;
  article?: { path: string; text: string };
  sources?: ContentYaml;
  claims: ContentYaml[];
  topics: TopicFile[];
  /** Optional: terms linked from topic pages. */
  glossary?: ContentYaml;
  /** Optional: the events of the timeline page. */
  timeline?: ContentYaml;
  /** Optional: the map page's places and views. */
  map?: ContentYaml;
  /** Files that exist but could not be read or parsed; checks that depend on them are suspended. */
  unreadable: string[];
  problems: Problem[];
}

/** Reads and safely parses every content file in `contentDir`. */
export function readContentFiles(contentDir: string): ContentFiles {
  const result: ContentFiles = {
    root: path.resolve(contentDir),
    claims: [],
    topics: [],
    unreadable: [],
    problems: [],
  };
  const display = (file: string) => path.relative(process.cwd(), file) || file;
  const fail = (problems: Problem[]) => result.problems.push(...problems);

  const readText = (file: string, what: string): string | undefined => {
    const at = { file: display(file), line: 1, column: 1 };
    if (!existsSync(file)) {
      fail([problem('file-missing', at, { what })]);
      return undefined;
    }
    try {
      // The size is checked before reading, so an oversized file is never loaded into memory.
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('it is a folder, not a file');
      if (stat.size > MAX_YAML_BYTES) {
        result.unreadable.push(file);
        fail([problem('file-too-large', at, { bytes: stat.size, limit: MAX_YAML_BYTES })]);
        return undefined;
      }
      return readFileSync(file, 'utf8');
    } catch (error) {
      result.unreadable.push(file);
      fail([problem('file-unreadable', at, { reason: (error as Error).message })]);
      return undefined;
    }
  };

  const readYaml = (file: string, what: string): ContentYaml | undefined => {
    const text = readText(file, what);
    if (text === undefined) return undefined;
    const parsed = parseYaml(text, display(file));
    if (!parsed.ok) {
      result.unreadable.push(file);
      return void fail(parsed.problems);
    }
    handOverYaml(path.resolve(file), text, parsed.file.data);
    return { ...parsed.file, path: display(file) };
  };

  result.explainer = readYaml(path.join(contentDir, LAYOUT.explainer), LAYOUT.explainer);
  const articlePath = path.join(contentDir, LAYOUT.article);
  const articleText = readText(articlePath, LAYOUT.article);
  if (articleText !== undefined) result.article = { path: display(articlePath), text: articleText };
  result.sources = readYaml(path.join(contentDir, LAYOUT.sources), LAYOUT.sources);
  for (const optional of ['glossary', 'timeline'] as const) {
    const file = path.join(contentDir, LAYOUT[optional]);
    if (existsSync(file)) result[optional] = readYaml(file, LAYOUT[optional]);
  }
  const mapFile = path.join(contentDir, LAYOUT.map);
  if (existsSync(mapFile)) result.map = readYaml(mapFile, LAYOUT.map);

  for (const file of listFiles(path.join(contentDir, LAYOUT.claims), '.yaml')) {
    const claims = readYaml(file, file);
    if (claims) result.claims.push(claims);
  }

  for (const file of listFiles(path.join(contentDir, LAYOUT.topics), '.mdx')) {
    const text = readText(file, file);
    if (text === undefined) continue;
    const { topic, problems } = parseTopic(text, display(file));
    fail(problems);
    result.topics.push(topic);
  }
  return result;
}

/** The files with `extension` directly in `dir`, sorted so reports are stable; none if it is absent. */
export function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => path.join(dir, name));
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[^\S\r\n]*(?:\r?\n|$)/;
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The topic id for a topic file: its name without `.mdx`. */
export function topicIdOf(file: string): string {
  return path.basename(file, '.mdx');
}

/** Parses a topic page: frontmatter, sandbox rules, and the components it places. */
export function parseTopic(text: string, file: string): { topic: TopicFile; problems: Problem[] } {
  const topic: TopicFile = { id: topicIdOf(file), path: file };
  const match = FRONTMATTER.exec(text);
  if (!match)
    return { topic, problems: [problem('frontmatter-missing', { file, line: 1, column: 1 })] };

  const problems: Problem[] = [];
  const frontmatter = parseYaml(match[1] ?? '', file, 1);
  if (frontmatter.ok) topic.frontmatter = { ...frontmatter.file, path: file };
  else problems.push(...frontmatter.problems);

  const scan = scanTopicBody(topicBody(text) ?? '', file);
  problems.push(...scan.problems);
  if (scan.components) topic.components = scan.components;
  return { topic, problems };
}

/**
 * The MDX of a topic page with its frontmatter blanked out, keeping its lines so positions
 * match the file; undefined when the page has no frontmatter.
 */
export function topicBody(text: string): string | undefined {
  const match = FRONTMATTER.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : undefined;
}

/**
 * Parses a topic page's MDX (see topicBody): sandbox violations and placed components.
 *
 * Topic pages are read with Sätteri, the native MDX parser Astro ships, here and in the build
 * (remark-explainer.ts puts it in place of micromark in the unified pipeline): micromark took
 * about 6 ms for a 2,000-word page, Sätteri about 0.4 ms, and the two give the same tree
 * (tests/lib/mdx-parsers.test.ts checks this on every corpus page, the real topics and
 * generated ones). A page Sätteri cannot parse, or that breaks the sandbox, is parsed again
 * with micromark, whose error messages and positions are the ones contributors are shown
 * (CONTRIBUTING.md lists them).
 */
export function scanTopicBody(body: string, file: string): BodyScan {
  const fast = parseWithSatteri(body);
  if (fast && !findViolations(fast).length) return { components: placed(fast, file), problems: [] };
  return scanWithMicromark(body, file);
}

/** The scan with micromark (remark-parse, remark-mdx and remark-gfm): exact problems and positions. */
export function scanWithMicromark(body: string, file: string): BodyScan {
  let tree: Root;
  try {
    tree = mdxParser.runSync(mdxParser.parse(body)) as Root;
  } catch (error) {
    const { line, column, detail } = describeParseError(error);
    return { problems: [problem('mdx-syntax', { file, line, column }, { detail })] };
  }
  const violations = findViolations(tree);
  if (violations.length) {
    return {
      problems: violations.map((v: Violation) =>
        problem(v.code, locate(v.node, file), v.params as never),
      ),
    };
  }
  return { components: placed(tree, file), problems: [] };
}

/** Sätteri's tree of `body`, or undefined if it does not parse (micromark will say why). */
export function parseWithSatteri(body: string, position = true): Root | undefined {
  try {
    return mdxToMdast(body, {
      position,
      features: { gfm: true, frontmatter: false, smartPunctuation: false },
    }) as unknown as Root;
  } catch {
    return undefined;
  }
}

function placed(tree: Root, file: string): PlacedComponent[] {
  return findComponents(tree).map(({ name, attributes, node }) => ({
    name,
    attributes,
    at: locate(node, file),
  }));
}

function locate(
  node: { position?: { start: { line: number; column: number } } },
  file: string,
): Location {
  return { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Reads the position and reason from an error thrown by the MDX parser. */
function describeParseError(error: unknown): { line: number; column: number; detail: string } {
  const { place, reason, message } = error as {
    place?: { line?: number; column?: number; start?: { line: number; column: number } };
    reason?: string;
    message?: string;
  };
  return {
    line: place?.start?.line ?? place?.line ?? 1,
    column: place?.start?.column ?? place?.column ?? 1,
    detail: String(reason ?? message ?? error),
  };
}

/**
 * The claim ids a topic page's MDX body places with <Claim id="…"/>, in page order.
 *
 * A light scan rather than a full MDX parse, so a build of thousands of topics does not parse
 * every page twice: code, where a tag is only text, is skipped, and the check (which does
 * parse) has already made sure every placement is a plain <Claim id="…"/>.
 */
export function placementsIn(body: string): string[] {
  const prose = body
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`+[^`\n]*`+/g, '');
  return [...prose.matchAll(/<Claim\s[^>]*?\bid="([^"]+)"/g)].map((match) => match[1]!);
}
