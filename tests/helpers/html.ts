/**
 * Just enough HTML reading for assertions on rendered components and built pages.
 *
 * The project has no DOM library, and the markup under test is the engine's own (well formed,
 * no optional end tags omitted), so a tag scanner is enough.
 */

/** Removes the `data-astro-source-*` attributes the dev-mode compiler adds, so markup reads as built. */
export function clean(html: string): string {
  return html.replace(/\s+data-astro-source-(?:file|loc)="[^"]*"/g, '');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

const BLOCK =
  /^<\/?(?:address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|main|nav|ol|p|section|table|td|th|tr|ul)\b/i;

/**
 * The text a reader sees: tags removed (a block element's edges read as a space, as the browser
 * lays them out), character references decoded, whitespace collapsed.
 */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, (tag) => (BLOCK.test(tag) ? ' ' : ''))
    .replace(
      /&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi,
      (whole, dec?: string, hex?: string, name?: string) => {
        if (dec) return String.fromCodePoint(Number(dec));
        if (hex) return String.fromCodePoint(parseInt(hex, 16));
        return ENTITIES[name?.toLowerCase() ?? ''] ?? whole;
      },
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The opening tags in `html` that carry the attribute `name` (with any value, or none). */
export function tagsWith(html: string, name: string): string[] {
  const attribute = new RegExp(`\\s${RegExp.escape(name)}(?:=|\\s|/?>)`);
  return [...html.matchAll(/<[a-zA-Z][^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attribute.test(tag));
}

/** The value of `name` on an opening tag: a string, '' when present without a value, undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${RegExp.escape(name)}(?:="([^"]*)"|(?=[\\s/>]))`).exec(tag);
  return match ? (match[1] ?? '') : undefined;
}

/**
 * The whole first element (opening tag to matching closing tag) whose opening tag contains
 * `marker`, e.g. `data-column="established"`; undefined when there is none.
 */
export function elementWith(html: string, marker: string): string | undefined {
  const open = [...html.matchAll(/<([a-zA-Z][\w-]*)\b[^>]*>/g)].find((m) => m[0].includes(marker));
  if (!open || open.index === undefined) return undefined;
  const name = open[1] ?? '';
  const tags = new RegExp(`<(/?)${RegExp.escape(name)}\\b[^>]*>`, 'g');
  tags.lastIndex = open.index;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.index, tag.index + tag[0].length);
  }
  return undefined;
}
