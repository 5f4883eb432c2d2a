/**
 * The remark plugin that runs on content MDX in the build (and the dev server).
 *
 * It has topic pages parsed by Sätteri; it enforces the MDX sandbox, failing the build at the
 * offending line; it tells the placed components what only the page knows: which topic the
 * page is (for <StatusBox/>) and which heading level a card or box takes so headings nest under
 * the section they sit in; it sets quotes and dashes typographically; and it links each
 * glossary term from its first use on the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { LAYOUT, parseWithSatteri, scanWithMicromark, topicIdOf } from '../gate/files.ts';
import { findViolations } from '../gate/sandbox.ts';
import { linkGlossaryTerms } from '../model/glossary-links.ts';
import { problem } from '../gate/problems.ts';
import { smartenTree } from '../model/typography.ts';
import { type GlossaryTerm, glossaryTermSchema } from '../model/schema.ts';
import { parseYaml } from '../gate/yaml.ts';

export interface Options {
  /** The content folder; only MDX inside it is sandboxed. */
  contentDir: string;
  /** The site's base path, for links to the glossary. */
  base?: string;
}

export default function remarkExplainer(
  this: { parser?: (document: string, file: VFile) => unknown },
  { contentDir, base = '/' }: Options,
) {
  const topicsDir = path.join(contentDir, LAYOUT.topics) + path.sep;
  // Topic pages are parsed by Sätteri, Astro's native MDX parser, which gives micromark's tree
  // some fifteen times faster (see scanTopicBody); a page it cannot parse goes to micromark.
  const isTopic = (file: VFile) =>
    Boolean(file.path) && path.resolve(file.path).startsWith(topicsDir);
  const micromark = this.parser;
  if (micromark) {
    this.parser = (document: string, file: VFile) =>
      isTopic(file)
        ? (parseWithSatteri(document, false) ?? micromark(document, file))
        : micromark(document, file);
  }
  const terms = readGlossary(contentDir);
  const glossaryUrl = `${base.replace(/\/?$/, '/')}glossary/`;
  return (tree: Root, file: VFile) => {
    if (!isTopic(file)) return;
    const [first] = findViolations(tree);
    if (first) {
      // The check stops a build before this; the dev server gets here. The tree has no
      // positions, so micromark says where, in the check's own words.
      const found =
        scanWithMicromark(String(file.value), file.path).problems[0] ??
        problem(first.code, { file: file.path, line: 1, column: 1 }, first.params as never);
      file.fail(`${found.message}  (${found.fix})`, { line: found.line, column: found.column });
    }
    annotate(tree.children, topicIdOf(file.path));
    smartenTree(tree);
    linkGlossaryTerms(tree, terms, (id) => `${glossaryUrl}#${id}`);
    // Tells the page to link the code stylesheet, which only pages with code need.
    if (tree.children.some((node) => node.type === 'code')) {
      file.data.astro = {
        ...file.data.astro,
        frontmatter: { ...file.data.astro?.frontmatter, hasCode: true },
      };
    }
  };
}

/** The glossary's terms; none when the file is absent or has problems (the check reports them). */
function readGlossary(contentDir: string): GlossaryTerm[] {
  const file = path.join(contentDir, LAYOUT.glossary);
  if (!existsSync(file)) return [];
  const parsed = parseYaml(readFileSync(file, 'utf8'), file);
  if (!parsed.ok || !Array.isArray(parsed.file.data)) return [];
  return parsed.file.data.flatMap((item) => {
    const term = glossaryTermSchema.safeParse(item);
    return term.success ? [term.data] : [];
  });
}

/** Adds the page's topic to <StatusBox/> and a heading level to boxes and cards. */
function annotate(children: RootContent[], topic: string) {
  let depth = 1;
  for (const node of children) {
    if (node.type === 'heading') depth = node.depth;
    if (node.type !== 'mdxJsxFlowElement') continue;
    const level = String(Math.min(depth + 1, 6));
    if (node.name === 'StatusBox') {
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'topic', value: topic });
    }
    if (node.name === 'StatusBox' || node.name === 'Claim') {
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'level', value: level });
    }
  }
}
