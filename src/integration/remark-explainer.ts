/**
 * The remark plugin that runs on MDX in the build (and the dev server).
 *
 * It is fail-closed: it compiles a topic page only when its text is exactly what the gate
 * approved, refuses any other MDX from the content folder, and enforces the sandbox again on
 * the tree it is given. It has topic pages parsed by Sätteri, as the gate does; it tells the
 * placed components what only the page knows (which topic it is, for <StatusBox/>, and which
 * heading level a card or box takes so headings nest under the section they sit in); it gives
 * each heading the id the gate slugged (gate/topic.ts), not Astro's; it sets
 * quotes and dashes typographically; and it links each glossary term from its first use.
 */
import path from 'node:path';
import type { Heading, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { findViolations, walk } from '../gate/sandbox.ts';
import { hashOf, headingSlugs, parseWithSatteri } from '../gate/topic.ts';
import { linkGlossaryTerms } from '../model/glossary-links.ts';
import { smartenTree } from '../model/typography.ts';
import type { GateState } from './state.ts';
import { topicIdOf } from './virtual.ts';

export interface Options {
  /** The gate's verdict: the approved pages and the glossary. */
  state: GateState;
  /** The site's base path, for links to the glossary. */
  base?: string;
}

export default function remarkExplainer(
  this: { parser?: (document: string, file: VFile) => unknown },
  { state, base = '/' }: Options,
) {
  // Topic pages are parsed by Sätteri, Astro's native MDX parser, which gives micromark's tree
  // some fifteen times faster (see gate/topic.ts); a page it cannot parse goes to micromark.
  const micromark = this.parser;
  if (micromark) {
    this.parser = (document: string, file: VFile) =>
      topicIdOf(file.path) !== undefined
        ? (parseWithSatteri(document, false) ?? micromark(document, file))
        : micromark(document, file);
  }
  const glossaryUrl = `${base.replace(/\/?$/, '/')}glossary/`;
  return (tree: Root, file: VFile) => {
    const topic = topicIdOf(file.path);
    if (topic === undefined) {
      const real = path.resolve(file.path ?? '');
      if (real.startsWith(state.contentDir + path.sep)) {
        file.fail(`${file.path} is content: content MDX is compiled only as the gate approved it`);
      }
      // MDX elsewhere in the project is the project's own code, not contributed content.
      return;
    }
    const approved = state.approved.get(topic);
    if (!approved || approved.hash !== hashOf(String(file.value))) {
      file.fail(`The topic page "${topic}" is not the text the content check approved.`);
    }
    // The gate has already refused any page that breaks the sandbox; this is the second lock.
    const [first] = findViolations(tree);
    if (first)
      file.fail(
        `The topic page "${topic}" breaks the sandbox (${first.code}). Run \`npm run check\`.`,
      );
    // Each heading's id is the one the gate checked links against; Astro keeps an id it is given.
    for (const { node, id } of headingSlugs(tree)) {
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id };
    }
    annotate(tree, topic);
    withBase(tree, base);
    smartenTree(tree);
    linkGlossaryTerms(tree, state.result.input?.glossary ?? [], (id) => `${glossaryUrl}#${id}`);
    // Tells the page to link the code stylesheet, which only pages with code need.
    if (approved?.hasCode) {
      file.data.astro = {
        ...file.data.astro,
        frontmatter: { ...file.data.astro?.frontmatter, hasCode: true },
      };
    }
  };
}

/**
 * Adds the page's topic to <StatusBox/>, and a heading level to boxes and cards: one below the
 * heading they follow, wherever on the page (inside <details>, say) they are placed.
 */
function annotate(tree: Root, topic: string) {
  let depth = 1;
  walk(tree, (node) => {
    if (node.type === 'heading') depth = (node as Heading).depth;
    if (node.type !== 'mdxJsxFlowElement') return;
    const element = node as MdxJsxFlowElement;
    const level = String(Math.min(depth + 1, 6));
    if (element.name === 'StatusBox') {
      element.attributes.push({ type: 'mdxJsxAttribute', name: 'topic', value: topic });
    }
    if (element.name === 'StatusBox' || element.name === 'Claim') {
      element.attributes.push({ type: 'mdxJsxAttribute', name: 'level', value: level });
    }
  });
}

/**
 * Puts the site's base path before every link from the root (`/topics/x/` becomes
 * `/explainer/topics/x/` on a site served from /explainer/): contributors link pages as the site
 * shows them, and the links hold wherever it is deployed. The gate has checked each target.
 */
function withBase(tree: Root, base: string) {
  const prefix = base.replace(/\/$/, '');
  if (!prefix) return;
  const visit = (node: Root | Root['children'][number]) => {
    if ((node.type === 'link' || node.type === 'definition') && /^\/(?![\\/])/.test(node.url))
      node.url = `${prefix}${node.url}`;
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
}
