/**
 * Typographic quotes and dashes for topic prose: "straight" quotes become “curly” ones, ' becomes
 * ’ (or ‘ where it opens a quotation), -- and --- become – and —, and ... becomes ….
 *
 * remark-smartypants does this through a full natural-language parse, which was half of the
 * time spent compiling MDX in a 1,000-topic build; these few rules cover what contributors type.
 */
import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

const SKIPPED = new Set(['code', 'inlineCode', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
/** Characters after which a quote mark opens a quotation rather than closes one. */
const OPENS_AFTER = /[\s([{\u2014\u2013\u201c\u2018-]/;

/** Converts the text of `text`, given the character that came just before it in the prose. */
export function smarten(text: string, before = ''): string {
  let out = '';
  let previous = before;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const opens = previous === '' || OPENS_AFTER.test(previous);
    let next = char;
    if (char === '"') next = opens ? '“' : '”';
    else if (char === "'") next = opens && /\p{L}/u.test(text[i + 1] ?? '') ? '‘' : '’';
    else if (text.startsWith('---', i)) {
      next = '—';
      i += 2;
    } else if (text.startsWith('--', i)) {
      next = '–';
      i += 1;
    } else if (text.startsWith('...', i)) {
      next = '…';
      i += 2;
    }
    out += next;
    previous = next;
  }
  return out;
}

/** Smartens every text node of a Markdown tree in reading order, leaving code alone. */
export function smartenTree(tree: Root): void {
  let previous = '';
  visit(tree, (node) => {
    if (SKIPPED.has(node.type)) {
      previous = 'x';
      return SKIP;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem' || node.type === 'tableCell') previous = '';
    if (node.type !== 'text') return undefined;
    const text = node as Text;
    text.value = smarten(text.value, previous);
    previous = text.value.at(-1) ?? previous;
    return undefined;
  });
}
