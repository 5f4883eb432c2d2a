/**
 * Links each glossary term from its first use on a page.
 *
 * Runs on a topic page's Markdown tree: finds the first occurrence of each term (or one of its
 * aliases) in prose, and wraps it in a link to the glossary. Headings, links, code and the
 * explainer's components are left alone.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { GlossaryTerm } from '../core/schema.ts';

const SKIPPED = new Set([
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

export function linkGlossaryTerms(
  tree: Root,
  terms: readonly GlossaryTerm[],
  hrefFor: (id: string) => string,
): void {
  const forms = terms
    .flatMap((term) => [term.term, ...(term.aliases ?? [])].map((form) => ({ form, id: term.id })))
    .sort((a, b) => b.form.length - a.form.length);
  if (!forms.length) return;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${forms.map((f) => RegExp.escape(f.form)).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const idOf = new Map(forms.map((f) => [f.form, f.id]));
  const linked = new Set<string>();

  visit(tree, (node, index, parent: Parent | undefined) => {
    if (SKIPPED.has(node.type)) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined || linked.size === terms.length)
      return undefined;
    const text = node as Text;
    const pieces: PhrasingContent[] = [];
    let last = 0;
    for (const match of text.value.matchAll(pattern)) {
      const id = idOf.get(match[0]);
      if (id === undefined || linked.has(id)) continue;
      linked.add(id);
      if (match.index > last)
        pieces.push({ type: 'text', value: text.value.slice(last, match.index) });
      const link: Link = {
        type: 'link',
        url: hrefFor(id),
        title: null,
        children: [{ type: 'text', value: match[0] }],
        data: { hProperties: { className: ['term'] } },
      };
      pieces.push(link);
      last = match.index + match[0].length;
    }
    if (!pieces.length) return undefined;
    if (last < text.value.length) pieces.push({ type: 'text', value: text.value.slice(last) });
    parent.children.splice(index, 1, ...(pieces as never[]));
    return [SKIP, index + pieces.length];
  });
}
