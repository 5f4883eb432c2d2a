/**
 * The MDX sandbox: what contributed MDX may contain.
 *
 * MDX is a programming language that runs at build time, so a pull request could otherwise run
 * code, read secrets, or put scripts and trackers on the site. Content MDX may use Markdown, the
 * explainer's components and a short list of harmless HTML elements, with plain-string
 * attributes only. The same rules run in `npm run check` and, as a remark plugin, in the build.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { ProblemCode } from './problems.ts';
import { urlScheme } from './url-scheme.ts';

/** The components content may place, and the attributes each takes. */
export const contentComponents = {
  Claim: { attributes: ['id'], required: ['id'], example: '<Claim id="claim-id"/>' },
  ClaimRef: { attributes: ['id'], required: ['id'], example: '<ClaimRef id="claim-id"/>' },
  Source: { attributes: ['id'], required: ['id'], example: '<Source id="source-id"/>' },
  Sentence: { attributes: ['id'], required: ['id'], example: '<Sentence id="s12"/>' },
  StatusBox: { attributes: [], required: [], example: '<StatusBox/>' },
} as const satisfies Record<
  string,
  { attributes: readonly string[]; required: readonly string[]; example: string }
>;

export type ContentComponent = keyof typeof contentComponents;
const componentNames = Object.keys(contentComponents) as ContentComponent[];

/** Harmless inline and block HTML elements content may use, and their allowed attributes. */
const htmlElements: Record<string, readonly string[]> = {
  abbr: ['title'],
  b: [],
  br: [],
  cite: [],
  code: [],
  dd: [],
  del: ['datetime'],
  details: ['open'],
  dfn: ['title'],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  i: [],
  ins: ['datetime'],
  kbd: [],
  mark: [],
  q: [],
  s: [],
  small: [],
  span: ['lang'],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  time: ['datetime'],
  u: [],
};

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

/** Every name content may use, for messages. */
export const allowedNames: readonly string[] = [...componentNames, ...Object.keys(htmlElements)];

/** Schemes a link may use; anything else (javascript:, vbscript:, data:, …) is refused. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

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

/** Finds everything in the tree that content may not contain. */
export function findViolations(tree: Root): Violation[] {
  const violations: Violation[] = [];
  const add = (code: Violation['code'], node: Node, params: Record<string, unknown> = {}) =>
    violations.push({ code, node, params });

  visit(tree, (node: Node) => {
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
        checkElement(node as JsxNode, add);
        return;
      case 'link':
      case 'definition':
      case 'image': {
        const url = String((node as Node & { url?: string }).url ?? '');
        if (!isSafeUrl(url)) add('mdx-unsafe-url', node, { url });
        else if (node.type === 'image' && isRemote(url)) add('mdx-remote-image', node, { url });
        return;
      }
      case 'html':
        // remark-mdx parses HTML as JSX; a raw html node only appears if that changes.
        add('mdx-unknown-component', node, { name: 'raw HTML', allowed: allowedNames });
        return;
    }
  });
  return violations;
}

function checkElement(
  node: JsxNode,
  add: (code: Violation['code'], node: Node, params?: Record<string, unknown>) => void,
) {
  const name = node.name ?? 'fragment';
  const lower = name.toLowerCase();
  if (forbiddenElements.has(lower)) return add('mdx-forbidden-element', node, { name });

  const allowedAttributes = isComponent(name)
    ? contentComponents[name].attributes
    : htmlElements[name];
  if (!allowedAttributes)
    return add('mdx-unknown-component', node, { name, allowed: allowedNames });

  for (const attribute of node.attributes) {
    if (
      attribute.type === 'mdxJsxExpressionAttribute' ||
      (attribute.value !== null && typeof attribute.value === 'object')
    ) {
      add('mdx-attribute-expression', node, { component: name });
    } else if (/^on/i.test(attribute.name)) {
      add('mdx-event-handler', node, { name, attribute: attribute.name });
    } else if (!(allowedAttributes as readonly string[]).includes(attribute.name)) {
      add('mdx-unknown-attribute', node, {
        name,
        attribute: attribute.name,
        allowed: allowedAttributes,
      });
    }
  }
  if (isComponent(name)) {
    for (const required of contentComponents[name].required) {
      if (
        !node.attributes.some(
          (a) =>
            a.type === 'mdxJsxAttribute' &&
            a.name === required &&
            typeof a.value === 'string' &&
            a.value.trim(),
        )
      ) {
        add('mdx-missing-attribute', node, {
          name,
          attribute: required,
          example: contentComponents[name].example,
        });
      }
    }
  }
}

function isComponent(name: string): name is ContentComponent {
  return (componentNames as string[]).includes(name);
}

/** Lists the content components placed in the tree, in document order. */
export function findComponents(tree: Root): ComponentUse[] {
  const uses: ComponentUse[] = [];
  visit(tree, (node: Node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as JsxNode;
    if (!element.name || !isComponent(element.name)) return;
    const attributes: Record<string, string> = {};
    for (const attribute of element.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
        attributes[attribute.name] = attribute.value;
      }
    }
    uses.push({ name: element.name, attributes, node });
  });
  return uses;
}

/** Whether a link target is safe: no scheme (a path on this site), or one of SAFE_SCHEMES. */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

function isRemote(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());
}
