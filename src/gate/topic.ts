/**
 * Reads a topic page: its frontmatter, the sandbox's verdict on its MDX, the components it
 * places, and the exact text the build will compile.
 *
 * The build compiles the text approved here and nothing else (see integration/vite-plugin.ts):
 * the frontmatter is blanked, so Astro's own frontmatter parser never sees it, and the body is
 * parsed by the same parsers in the same order, so the check and the build see one tree.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { mdxToMdast } from 'satteri';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import Slugger from 'github-slugger';
import { smartenTree } from '../model/typography.ts';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { forbiddenCharacters } from './characters.ts';
import { LIMITS } from '../core/limits.ts';
import { type Location, type Problem, problem } from './problems.ts';
import {
  type ComponentUse,
  type Violation,
  findComponents,
  findViolations,
  walk,
} from './sandbox.ts';
import { type YamlFile, parseYaml } from './yaml.ts';

/** A YAML document that parsed safely, with the path used in messages. */
export interface ContentYaml extends YamlFile {
  path: string;
}

/** A component a topic page places, and where. */
export type PlacedComponent = Omit<ComponentUse, 'node'> & { at: Location };

/** A topic page as the gate read it. */
export interface TopicFile {
  /** The topic id: the file name without `.mdx`. */
  id: string;
  path: string;
  /** The frontmatter, positioned at its real lines in the file; absent if it did not parse. */
  frontmatter?: ContentYaml;
  /** The components the page places; absent if the MDX broke the sandbox or did not parse. */
  components?: PlacedComponent[];
  /** The ids the build gives the page's headings (as rehype-heading-ids does), and where. */
  headings?: { id: string; at: Location }[];
  /** The targets of the page's links and link definitions, as written, and where. */
  links?: TopicLink[];
  /** What the build compiles, when the page passed: the MDX with its frontmatter blanked. */
  approved?: ApprovedTopic;
}

/** A topic page's MDX as approved by the gate: the only text of it the build compiles. */
export interface ApprovedTopic {
  id: string;
  /**
   * What the build loads for the page: the file with its frontmatter emptied, keeping its
   * `---` lines, so Astro's own frontmatter reader finds that empty block and nothing else.
   */
  body: string;
  /** SHA-256 of the MDX the compiler then gets (see bodyOf): it refuses any other text. */
  hash: string;
  /** Whether the page shows code, and so needs the code stylesheet. */
  hasCode: boolean;
}

/** A link on a topic page: its target as written, and where. */
export interface TopicLink {
  url: string;
  at: Location;
}

/** What parsing a topic page's MDX found. */
export interface BodyScan {
  /** The components placed; absent if the MDX broke the sandbox or did not parse. */
  components?: PlacedComponent[];
  headings?: { id: string; at: Location }[];
  links?: TopicLink[];
  hasCode?: boolean;
  problems: Problem[];
}

/** A run of inline markers longer than any real page uses. */
const MARKER_RUN = new RegExp(`[*_~\\[\\]]{${LIMITS.mdxDepth * 3},}`);

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[^\S\r\n]*(?:\r?\n|$)/;
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The hash the build checks an approved page against. */
export function hashOf(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/** Parses a topic page: frontmatter, sandbox rules, the components it places. */
export function parseTopic(
  text: string,
  id: string,
  file: string,
): { topic: TopicFile; problems: Problem[] } {
  const topic: TopicFile = { id, path: file };
  const match = FRONTMATTER.exec(text);
  if (!match) {
    // Lines ended by a carriage return alone (classic Mac OS) read as one line.
    const code =
      /\r(?!\n)/.test(text) && !text.includes('\n') ? 'line-endings-cr' : 'frontmatter-missing';
    return { topic, problems: [problem(code, { file, line: 1, column: 1 })] };
  }

  const problems: Problem[] = forbiddenCharacters(text, file);
  if (problems.length) return { topic, problems };
  const frontmatter = parseYaml(match[1] ?? '', file, 1);
  if (frontmatter.ok) topic.frontmatter = { ...frontmatter.file, path: file };
  else problems.push(...frontmatter.problems);

  const served = servedText(text, match);
  const body = bodyOf(served);
  const scan = scanTopicBody(body, file);
  problems.push(...scan.problems);
  if (scan.components) {
    topic.components = scan.components;
    topic.headings = scan.headings ?? [];
    topic.links = scan.links ?? [];
    if (!problems.length) {
      topic.approved = { id, body: served, hash: hashOf(body), hasCode: scan.hasCode ?? false };
    }
  }
  return { topic, problems };
}

/**
 * The MDX the compiler gets for a page the build loads as `served`: Astro's MDX plugin reads
 * frontmatter with this very function and passes on what is left. Without the empty block, a
 * page whose text began with a thematic break (---) would have it read as frontmatter.
 */
export function bodyOf(served: string): string {
  return parseFrontmatter(served, { frontmatter: 'empty-with-spaces' }).content;
}

/**
 * The MDX of a topic page as the compiler gets it, its frontmatter blanked and its lines kept so
 * positions match the file; undefined when the page has no frontmatter.
 */
export function blankFrontmatter(text: string, match = FRONTMATTER.exec(text)): string | undefined {
  return match ? bodyOf(servedText(text, match)) : undefined;
}

/** The page with its frontmatter emptied: its `---` lines kept, the lines between blank. */
function servedText(text: string, match: RegExpExecArray): string {
  return `---\n${(match[1] ?? '').replace(/[^\r\n]/g, '')}\n---\n${text.slice(match[0].length)}`;
}

/**
 * Parses a topic page's MDX body: sandbox violations and placed components.
 *
 * Topic pages are read with Sätteri, the native MDX parser Astro ships, here and in the build
 * (remark-explainer.ts puts it in place of micromark): it is about fifteen times faster and
 * gives the same tree (tests/gate/mdx-parsers.test.ts). A page Sätteri cannot parse goes to
 * micromark, here and in the build alike. When Sätteri's tree breaks the sandbox, micromark
 * parses the page again to place the problems, as CONTRIBUTING.md shows them; Sätteri's
 * verdict stands either way, since its tree is the one the build compiles.
 */
export function scanTopicBody(body: string, file: string): BodyScan {
  const tooDeep = deepestPrefix(body);
  if (tooDeep)
    return {
      problems: [
        problem('mdx-too-deep', { file, line: tooDeep, column: 1 }, { limit: LIMITS.mdxDepth }),
      ],
    };
  const fast = parseWithSatteri(body);
  if (!fast) return scanWithMicromark(body, file);
  const violations = findViolations(fast);
  if (!violations.length) {
    const links = linksIn(fast, file);
    return {
      components: placed(fast, file),
      headings: headingIds(fast, file),
      links: links.links,
      hasCode: hasCode(fast),
      problems: links.problems,
    };
  }
  // A page that nests too deeply is not parsed again: micromark slows down sharply on exactly
  // such pages, and Sätteri has placed the problem already.
  const deep = violations.filter((v) => v.code === 'mdx-too-deep');
  if (deep.length) return { problems: deep.map((v) => violationProblem(v, file)) };
  // Sätteri's tree is the one the build compiles, so its violations are the verdict; micromark
  // only places them, when it finds the same ones (the parsers differ on a few constructs,
  // such as an element with text on one line inside <details>).
  const worded = scanWithMicromark(body, file);
  const same =
    worded.problems.length === violations.length &&
    worded.problems.every((p, i) => p.code === violations[i]!.code);
  return { problems: same ? worded.problems : violations.map((v) => violationProblem(v, file)) };
}

/** The scan with micromark (remark-parse, remark-mdx and remark-gfm): exact problems and positions. */
export function scanWithMicromark(body: string, file: string): BodyScan {
  let tree: Root;
  try {
    tree = mdxParser.runSync(mdxParser.parse(body)) as Root;
  } catch (error) {
    if (error instanceof RangeError) {
      return {
        problems: [
          problem('mdx-too-deep', { file, line: 1, column: 1 }, { limit: LIMITS.mdxDepth }),
        ],
      };
    }
    const { line, column, detail } = describeParseError(error);
    return { problems: [problem('mdx-syntax', { file, line, column }, { detail })] };
  }
  const violations = findViolations(tree);
  if (violations.length) return { problems: violations.map((v) => violationProblem(v, file)) };
  const links = linksIn(tree, file);
  return {
    components: placed(tree, file),
    headings: headingIds(tree, file),
    links: links.links,
    hasCode: hasCode(tree),
    problems: links.problems,
  };
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

/**
 * The first line whose leading block markers (indentation, `>`, list bullets) nest deeper
 * than LIMITS.mdxDepth allows, if any: checked before parsing, since the parsers nest their
 * work as deeply as the text nests its blocks.
 */
export function deepestPrefix(body: string): number | undefined {
  const widest = LIMITS.mdxDepth * 4;
  let line = 0;
  for (const text of body.split('\n')) {
    line++;
    let markers = 0;
    let columns = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === ' ') columns++;
      else if (c === '\t') columns += 4;
      else if (c === '>' || ((c === '-' || c === '*' || c === '+') && text[i + 1] === ' '))
        markers++;
      else break;
    }
    if (markers > LIMITS.mdxDepth || columns > widest) return line;
    // Runs of emphasis, strike-through or bracket markers nest inline, and the parsers' work
    // grows faster than the run: "***…x***".
    if (MARKER_RUN.test(text)) return line;
  }
  return undefined;
}

function violationProblem(v: Violation, file: string): Problem {
  return problem(v.code, locate(v.node, file), v.params as never);
}

function placed(tree: Root, file: string): PlacedComponent[] {
  return findComponents(tree).map(({ name, attributes, node }) => ({
    name,
    attributes,
    at: locate(node, file),
  }));
}

/**
 * The id each heading gets in the built page: GitHub's slug of its text as the reader sees it,
 * after the engine's typography (`--` becomes an en dash, which the slug drops), without
 * combining marks (`İ` lowercases to `i` and a dot above, Devanagari's vowel signs are marks,
 * and html-validate allows only letters, digits, `-` and `_` in an id). The build gives each
 * heading this id (remark-explainer.ts), so a footnote reference, which has no text here, adds
 * nothing to it either.
 */
export function headingSlugs(tree: Root): { node: Node; id: string }[] {
  const slugger = new Slugger();
  const ids: { node: Node; id: string }[] = [];
  walk(tree, (node) => {
    if (node.type !== 'heading') return;
    const shown = { type: 'root', children: [structuredClone(node)] } as Root;
    smartenTree(shown);
    // Lowercased first, as the slug is, since lowercasing can make a mark (`İ`): for text
    // without marks the slug is unchanged.
    const text = toString(shown).toLowerCase().replace(/\p{M}/gu, '');
    // An id begins with a letter (html-validate's valid-id): `## 2024 events` is `h-2024-events`.
    const alone = new Slugger().slug(text);
    ids.push({ node, id: slugger.slug(alone && !/^\p{L}/u.test(alone) ? `h ${text}` : text) });
  });
  return ids;
}

function headingIds(tree: Root, file: string): { id: string; at: Location }[] {
  return headingSlugs(tree).map(({ node, id }) => ({ id, at: locate(node, file) }));
}

/** Components that render a link of their own, so that none may sit inside another link. */
const LINKING = new Set(['Source', 'ClaimRef']);

/** The page's link targets, and a problem for each linking component inside a link. */
function linksIn(tree: Root, file: string): { links: TopicLink[]; problems: Problem[] } {
  const links: TopicLink[] = [];
  const problems: Problem[] = [];
  walk(tree, (node, ancestors) => {
    if (node.type === 'link' || node.type === 'definition') {
      links.push({
        url: String((node as Node & { url?: string }).url ?? ''),
        at: locate(node, file),
      });
      return;
    }
    const name = (node as Node & { name?: string | null }).name;
    if (
      (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
      name &&
      LINKING.has(name) &&
      ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')
    )
      problems.push(problem('link-nested', locate(node, file), { name }));
  });
  return { links, problems };
}

function hasCode(tree: Root): boolean {
  let found = false;
  walk(tree, (node) => {
    if (node.type === 'code') found = true;
  });
  return found;
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
  const detail = String(reason ?? message ?? error);
  // An element left open at the end of the page is reported with no place of its own; its
  // reason names where the element starts: "Expected a closing tag for `<Claim>` (42:1-42:20)".
  const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(detail);
  return {
    line: place?.start?.line ?? place?.line ?? Number(named?.[1] ?? 1),
    column: place?.start?.column ?? place?.column ?? Number(named?.[2] ?? 1),
    detail,
  };
}
