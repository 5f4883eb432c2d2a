/** The built site's HTML pages, read once and parsed with htmlparser2 for the audits. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';

export interface BuiltPage {
  /** The path inside the built site, e.g. `topics/territory/index.html`. */
  file: string;
  html: string;
  document: Document;
}

export function readBuiltPages(dist: string): BuiltPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(path.join(dist, file), 'utf8');
      return { file: file.split(path.sep).join('/'), html, document: parseDocument(html) };
    });
}

/** Every element of a parsed page, in document order. */
export function elementsOf(page: BuiltPage): Element[] {
  const found: Element[] = [];
  const walk = (nodes: Document['children']) => {
    for (const node of nodes) {
      if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        found.push(node as Element);
        walk((node as Element).children);
      }
    }
  };
  walk(page.document.children);
  return found;
}
