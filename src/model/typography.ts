/**
 * Typographic quotes and dashes for topic prose: "straight" quotes become “curly” ones, ' becomes
 * ’ (or ‘ where it opens a quotation), -- and --- become – and —, and ... becomes ….
 *
 * remark-smartypants does this through a full natural-language parse, which was half of the
 * time spent compiling MDX in a 1,000-topic build; these few rules cover what contributors type.
 */
import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

const SKIPPED = new Set([
  'code',
  'inlineCode',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);
/** Characters after which a quote mark opens a quotation rather than closes one. */
const OPENS_AFTER = /[\s([{\u2014\u2013\u201c\u2018-]/;

/** What a contributor types that is set typographically. */
const TYPED = /---|--|\.\.\.|["']/g;

/** Converts the text of `text`, given the character that came just before it in the prose. */
export function smarten(text: string, before = ''): string {
  // Most text nodes have nothing to convert; those that do are rebuilt around the matches only.
  let lastEnd = 0;
  let lastOut = before;
  return text.replace(TYPED, (typed: string, offset: number) => {
    // The character before this one as the reader will see it: converted if it was typed too.
    const previous = offset === lastEnd ? lastOut : (text[offset - 1] ?? '');
    const opens = previous === '' || OPENS_AFTER.test(previous);
    let out: string;
    if (typed === '"') out = opens ? '“' : '”';
    else if (typed === "'") out = opens && /\p{L}/u.test(text[offset + 1] ?? '') ? '‘' : '’';
    else out = typed === '---' ? '—' : typed === '--' ? '–' : '…';
    lastEnd = offset + typed.length;
    lastOut = out;
    return out;
  });
}

/** Smartens every text node of a Markdown tree in reading order, leaving code alone. */
export function smartenTree(tree: Root): void {
  let previous = '';
  visit(tree, (node) => {
    if (SKIPPED.has(node.type)) {
      previous = 'x';
      return SKIP;
    }
    if (
      node.type === 'paragraph' ||
      node.type === 'heading' ||
      node.type === 'listItem' ||
      node.type === 'tableCell'
    )
      previous = '';
    if (node.type !== 'text') return undefined;
    const text = node as Text;
    text.value = smarten(text.value, previous);
    previous = text.value.at(-1) ?? previous;
    return undefined;
  });
}
