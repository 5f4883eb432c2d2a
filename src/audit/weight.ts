/**
 * Page weight: what a page costs a reader in gzipped bytes, against the limit no page can beat,
 * the gzip of its own text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Node, Text } from 'domhandler';
import { type BuiltPage, elementsOf } from './pages.ts';

export interface PageWeight {
  file: string;
  html: number;
  css: number;
  js: number;
  /** Gzipped bytes of the page's own text: what a reader reads, the floor for its size. */
  text: number;
  /** (HTML + CSS + JS) / text. */
  ratio: number;
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Weighs a built page, resolving its stylesheets and scripts inside `dist`. */
export function weigh(dist: string, page: BuiltPage, base = '/'): PageWeight {
  const assets = (selector: (el: Element) => string | undefined) =>
    elementsOf(page)
      .map(selector)
      .filter((href): href is string => Boolean(href) && href!.startsWith(base))
      .reduce((sum, href) => sum + gz(readFileSync(path.join(dist, href.slice(base.length)))), 0);
  const css = assets((el) =>
    el.name === 'link' && el.attribs.rel === 'stylesheet' ? el.attribs.href : undefined,
  );
  const js = assets((el) =>
    el.name === 'script' && el.attribs.type === 'module' ? el.attribs.src : undefined,
  );
  const html = gz(page.html);
  const text = gz(textOf(page));
  return { file: page.file, html, css, js, text, ratio: (html + css + js) / text };
}

/** The text of a page's body as a reader gets it (screen-reader-only text included). */
export function textOf(page: BuiltPage): string {
  const body = elementsOf(page).find((el) => el.name === 'body');
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'text') parts.push((node as Text).data);
    else if (node.type === 'tag') (node as Element).children.forEach(walk);
  };
  if (body) walk(body);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
