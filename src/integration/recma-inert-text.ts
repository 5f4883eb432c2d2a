/**
 * The recma plugin that makes a topic page's compiled text inert: every string the compiled
 * MDX carries (its text, its attribute values, its headings export) becomes a call that
 * decodes it from base64 when the page renders. Base64's letters, digits, + and / cannot make
 * any bundler placeholder or directive, so no text a contributor writes (`__VITE_ASSET__…__`,
 * `import.meta.env.…`) can be read by the bundler as its own, whatever it is; the page shows
 * it verbatim. Only import and export sources, which the compiler writes, stay as they are.
 */
import type { Node, Program } from 'estree';

/** The name of the decoder each compiled page declares. */
const DECODE = 'explainerText';

// Small builders of the few ESTree nodes the plugin writes.
const id = (name: string) => ({ type: 'Identifier', name }) as Node;
const member = (object: Node, property: string) =>
  ({
    type: 'MemberExpression',
    computed: false,
    optional: false,
    object,
    property: id(property),
  }) as Node;
const callOf = (callee: Node, ...args: Node[]) =>
  ({ type: 'CallExpression', optional: false, callee, arguments: args }) as Node;
const arrow = (param: string, body: Node) =>
  ({
    type: 'ArrowFunctionExpression',
    params: [id(param)],
    body,
    expression: true,
    async: false,
    generator: false,
  }) as Node;
const literal = (value: string | number) => ({ type: 'Literal', value }) as Node;

/** `explainerText("<base64>")`: the text, decoded when the page renders. */
const call = (value: string) => callOf(id(DECODE), literal(Buffer.from(value).toString('base64')));

/**
 * `const explainerText = (s) => new TextDecoder().decode(Uint8Array.from(atob(s), (c) =>
 * c.charCodeAt(0)))`: base64 to UTF-8, with what every JavaScript runtime has.
 */
const DECODER = {
  type: 'VariableDeclaration',
  kind: 'const',
  declarations: [
    {
      type: 'VariableDeclarator',
      id: id(DECODE),
      init: arrow(
        's',
        callOf(
          member(
            { type: 'NewExpression', callee: id('TextDecoder'), arguments: [] } as Node,
            'decode',
          ),
          callOf(
            member(id('Uint8Array'), 'from'),
            callOf(id('atob'), id('s')),
            arrow('c', callOf(member(id('c'), 'charCodeAt'), literal(0))),
          ),
        ),
      ),
    },
  ],
} as unknown as Program['body'][number];

export default function recmaInertText() {
  return (tree: Program) => {
    const stack: { node: Node; parent?: Node; key?: string }[] = [{ node: tree as Node }];
    while (stack.length) {
      const { node, parent, key } = stack.pop()!;
      const replace = (next: Node) => {
        if (!parent || key === undefined) return;
        const slot = (parent as unknown as Record<string, unknown>)[key];
        if (Array.isArray(slot)) slot[slot.indexOf(node)] = next;
        else (parent as unknown as Record<string, unknown>)[key] = next;
      };
      if (node.type === 'Literal' && typeof node.value === 'string' && !isSource(parent, key)) {
        replace(
          parent?.type === ('JSXAttribute' as string)
            ? ({ type: 'JSXExpressionContainer', expression: call(node.value) } as unknown as Node)
            : call(node.value),
        );
        continue;
      }
      if ((node.type as string) === 'JSXText') {
        const value = (node as unknown as { value: string }).value;
        replace({ type: 'JSXExpressionContainer', expression: call(value) } as unknown as Node);
        continue;
      }
      for (const [name, child] of Object.entries(node)) {
        if (name === 'loc' || name === 'range' || name === 'position') continue;
        // An object's keys and a member's property names are names, not text.
        if ((node.type === 'Property' || node.type === 'MethodDefinition') && name === 'key')
          continue;
        const children = Array.isArray(child) ? child : [child];
        for (const c of children) {
          if (c && typeof c === 'object' && typeof (c as Node).type === 'string')
            stack.push({ node: c as Node, parent: node, key: name });
        }
      }
    }
    tree.body.unshift(DECODER);
  };
}

/** Import and export sources, which the compiler writes and the bundler must read. */
function isSource(parent: Node | undefined, key: string | undefined): boolean {
  return (
    key === 'source' &&
    (parent?.type === 'ImportDeclaration' ||
      parent?.type === 'ExportNamedDeclaration' ||
      parent?.type === 'ExportAllDeclaration' ||
      parent?.type === 'ImportExpression')
  );
}
