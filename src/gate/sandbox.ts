/**
 * The MDX sandbox: what contributed MDX may contain.
 *
 * MDX is a programming language that runs at build time, so a pull request could otherwise run
 * code, read secrets, or put scripts and trackers on the site. Content MDX may use Markdown, the
 * explainer's components and a short list of harmless HTML elements, with plain-string
 * attributes only, and no images (see CONTRIBUTING.md: an image would be a file the build
 * imports, and a picture in a fact-check is a claim of its own). The same rules run in
 * `npm run check` and, as a remark plugin, in the build.
 *
 * Every walk here is iterative, so no page, however deeply it nests, can exhaust the stack.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { Node, Parent } from 'unist';
import { type ComponentRule, type ContentComponent, KINDS } from '../core/kinds.ts';
import { LIMITS } from '../core/limits.ts';
import type { ProblemCode } from './problems.ts';
import { urlScheme } from './url-scheme.ts';

/** The components content may place, and the attributes each takes (from the manifest). */
export const contentComponents = new Map<string, ComponentRule>(
  Object.entries(KINDS.topics.components),
);

interface ElementRule {
  attributes: readonly string[];
  /** A block element; the others are inline (phrasing) elements. */
  block: boolean;
  /** Whether it may hold blocks (cards, lists, paragraphs) or only inline text. */
  holdsBlocks: boolean;
}

const inline = (...attributes: string[]): ElementRule => ({
  attributes,
  block: false,
  holdsBlocks: false,
});
const block = (holdsBlocks: boolean, ...attributes: string[]): ElementRule => ({
  attributes,
  block: true,
  holdsBlocks,
});

/** Harmless HTML elements content may use, and their allowed attributes. */
const htmlElements = new Map<string, ElementRule>([
  ['abbr', inline('title')],
  ['b', inline()],
  ['br', inline()],
  ['cite', inline()],
  ['code', inline()],
  ['dd', block(true)],
  ['del', inline('datetime')],
  ['details', block(true, 'open')],
  ['dfn', inline('title')],
  ['dl', block(true)],
  ['dt', block(false)],
  ['em', inline()],
  ['figcaption', block(false)],
  ['figure', block(true)],
  ['i', inline()],
  ['ins', inline('datetime')],
  ['kbd', inline()],
  ['mark', inline()],
  ['q', inline()],
  ['s', inline()],
  ['small', inline()],
  ['span', inline('lang')],
  ['strong', inline()],
  ['sub', inline()],
  ['summary', block(false)],
  ['sup', inline()],
  ['time', inline('datetime')],
  ['u', inline()],
]);

/** Elements that are never allowed, named so the message can say why. */
const forbiddenElements = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'base',
  'meta',
  'link',
  'frame',
  'frameset',
  'svg',
  'math',
  'template',
  'noscript',
]);

/** Elements that are images, refused as Markdown images are. */
const imageElements = new Set(['img', 'picture']);

/** Every name content may use, for messages. */
export const allowedNames: readonly string[] = [
  ...contentComponents.keys(),
  ...htmlElements.keys(),
];

/** Schemes a link may use; anything else (javascript:, vbscript:, data:, …) is refused. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Markdown nodes that hold only inline content, so a block inside one is misplaced. */
const INLINE_CONTAINERS = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'link',
  'emphasis',
  'strong',
  'delete',
]);

/** One breach of the sandbox, with the node it concerns. */
export interface Violation {
  code: Extract<ProblemCode, `mdx-${string}`>;
  node: Node;
  params: Record<string, unknown>;
}

/** One use of a content component, with its string attributes. */
export interface ComponentUse {
  name: ContentComponent;
  attributes: Record<string, string>;
  node: Node;
}

type JsxNode = Node & {
  name: string | null;
  attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[];
};

const isJsx = (node: Node): node is JsxNode =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * Visits every node in document order with its ancestors, without recursion. Returns false,
 * having visited nothing, when the tree nests deeper than LIMITS.mdxDepth.
 */
export function walk(tree: Node, visit: (node: Node, ancestors: readonly Node[]) => void): boolean {
  if (depthOf(tree) > LIMITS.mdxDepth) return false;
  const ancestors: Node[] = [];
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    ancestors.length = depth;
    visit(node, ancestors);
    const children = (node as Parent).children;
    if (!children?.length) continue;
    ancestors.push(node);
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i]!, depth: depth + 1 });
  }
  return true;
}

/** How deeply a tree nests (the root alone is 0), measured without recursion. */
export function depthOf(tree: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (const child of (node as Parent).children ?? []) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Finds everything in the tree that content may not contain. */
export function findViolations(tree: Root): Violation[] {
  const violations: Violation[] = [];
  const add = (code: Violation['code'], node: Node, params: Record<string, unknown> = {}) =>
    violations.push({ code, node, params });

  const walked = walk(tree, (node, ancestors) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const value = String((node as Node & { value?: string }).value ?? '').trimStart();
        add('mdx-esm', node, { keyword: value.startsWith('export') ? 'export' : 'import' });
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add('mdx-expression', node);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node as JsxNode, ancestors, add);
        return;
      case 'image':
      case 'imageReference':
        add('mdx-image', node);
        return;
      case 'link':
      case 'definition': {
        const url = String((node as Node & { url?: string }).url ?? '');
        if (!isSafeUrl(url)) add('mdx-unsafe-url', node, { url });
        return;
      }
      case 'html':
        // remark-mdx parses HTML as JSX; a raw html node only appears if that changes.
        add('mdx-unknown-component', node, { name: 'raw HTML', allowed: allowedNames });
        return;
    }
  });
  if (!walked) add('mdx-too-deep', tree, { limit: LIMITS.mdxDepth });
  return violations;
}

function checkElement(
  node: JsxNode,
  ancestors: readonly Node[],
  add: (code: Violation['code'], node: Node, params?: Record<string, unknown>) => void,
) {
  const name = node.name ?? 'fragment';
  const component = contentComponents.get(name);
  if (!component && forbiddenElements.has(name.toLowerCase())) {
    return add('mdx-forbidden-element', node, { name });
  }
  if (imageElements.has(name.toLowerCase())) return add('mdx-image', node);

  const element = htmlElements.get(name);
  const rule = component ?? element;
  if (!rule) return add('mdx-unknown-component', node, { name, allowed: allowedNames });

  for (const attribute of node.attributes) {
    if (
      attribute.type === 'mdxJsxExpressionAttribute' ||
      (attribute.value !== null && typeof attribute.value === 'object')
    ) {
      add('mdx-attribute-expression', node, { component: name });
    } else if (/^on/i.test(attribute.name)) {
      add('mdx-event-handler', node, { name, attribute: attribute.name });
    } else if (!rule.attributes.includes(attribute.name)) {
      add('mdx-unknown-attribute', node, {
        name,
        attribute: attribute.name,
        allowed: rule.attributes,
      });
    }
  }
  for (const required of component?.required ?? []) {
    const given = node.attributes.some(
      (a) =>
        a.type === 'mdxJsxAttribute' &&
        a.name === required &&
        typeof a.value === 'string' &&
        a.value.trim(),
    );
    if (!given)
      add('mdx-missing-attribute', node, {
        name,
        attribute: required,
        example: component!.example,
      });
  }
  if (rule.block) {
    const container = inlineContainer(node, ancestors);
    if (container) add('mdx-block-inline', node, { name, container });
  }
}

/** What holds a block element where only inline content may go, if anything does. */
function inlineContainer(node: JsxNode, ancestors: readonly Node[]): string | undefined {
  if (node.type === 'mdxJsxTextElement') return 'a line of text';
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const ancestor = ancestors[i]!;
    if (INLINE_CONTAINERS.has(ancestor.type)) return 'a line of text';
    if (isJsx(ancestor)) {
      const rule = htmlElements.get(ancestor.name ?? '');
      if (rule && !rule.holdsBlocks) return `<${ancestor.name}>`;
    }
  }
  return undefined;
}

/** Lists the content components placed in the tree, in document order. */
export function findComponents(tree: Root): ComponentUse[] {
  const uses: ComponentUse[] = [];
  walk(tree, (node) => {
    if (!isJsx(node) || !node.name || !contentComponents.has(node.name)) return;
    const attributes: Record<string, string> = {};
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
        attributes[attribute.name] = attribute.value;
      }
    }
    uses.push({ name: node.name as ContentComponent, attributes, node });
  });
  return uses;
}

/**
 * Whether a link target is safe: one of SAFE_SCHEMES, or a path on this site. A target that
 * starts with // or \\ has no scheme but is another site: it would pass for a path.
 */
export function isSafeUrl(url: string): boolean {
  if (/^\s*[\\/]{2}/.test(url)) return false;
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}
