/**
 * Syntax highlighting that works under a strict Content-Security-Policy.
 *
 * Shiki colours code with inline `style` attributes, which a CSP without 'unsafe-inline' for
 * styles blocks. This transformer replaces every style with classes named after the colour
 * (`l-24292e` for the light theme, `d-e1e4e8` for the dark one), and `codeStylesheet()` writes
 * those classes for every colour the two themes can produce. Both are derived from the themes,
 * so the stylesheet never depends on which pages happened to contain which tokens.
 */
import type { Element, Root, RootContent } from 'hast';
import { bundledThemes, type ShikiTransformer } from 'shiki';

export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

const PROPERTY_CLASS: Record<string, string> = {
  'font-style:italic': 'ci',
  'font-weight:bold': 'cb',
  'text-decoration:underline': 'cu',
};

/** Replaces Shiki's inline styles with classes. Register it after Astro's own transformer. */
export function codeClasses(): ShikiTransformer {
  return {
    name: 'explainer:code-classes',
    root(tree) {
      const visit = (node: Root | RootContent) => {
        if (node.type === 'element') toClasses(node);
        if ('children' in node) (node.children as RootContent[]).forEach(visit);
      };
      // Shiki types its tree with its own copy of the hast types, which other packages here
      // extend (Sätteri adds MDX node types); the tree itself is plain hast.
      visit(tree as unknown as Root);
    },
  };
}

function toClasses(element: Element): void {
  const style = element.properties.style;
  if (typeof style !== 'string') return;
  delete element.properties.style;
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const [name, value] = declaration.split(':').map((part) => part.trim().toLowerCase());
    if (!name || !value) continue;
    if (name === 'color' || name === '--shiki-light') classes.push(`l-${hex(value)}`);
    else if (name === '--shiki-dark') classes.push(`d-${hex(value)}`);
    else if (PROPERTY_CLASS[`${name}:${value}`]) classes.push(PROPERTY_CLASS[`${name}:${value}`]!);
  }
  const existing = element.properties.className ?? element.properties.class;
  const list = Array.isArray(existing)
    ? existing.map(String)
    : typeof existing === 'string'
      ? existing.split(/\s+/)
      : [];
  element.properties.className = [...new Set([...list.filter(Boolean), ...classes])];
  delete element.properties.class;
}

function hex(colour: string): string {
  return colour.replace(/^#/, '');
}

/** The stylesheet behind the classes: every foreground colour of both themes. */
export async function codeStylesheet(): Promise<string> {
  const [light, dark] = await Promise.all([palette(CODE_THEMES.light), palette(CODE_THEMES.dark)]);
  const rule = (prefix: string, colour: string) => `.${prefix}-${hex(colour)}{color:${colour}}`;
  return [
    '/* Code colours for the light and dark themes; see src/integration/code-highlighting.ts. */',
    `.astro-code{overflow-x:auto;padding:.75rem;border-radius:6px;font-size:.875rem;background:${light.background};color:${light.foreground}}`,
    ...light.colours.map((c) => rule('l', c)),
    '.ci{font-style:italic}.cb{font-weight:bold}.cu{text-decoration:underline}',
    '@media (prefers-color-scheme:dark){',
    `.astro-code{background:${dark.background};color:${dark.foreground}}`,
    // Nested under .astro-code so a dark colour outranks the light class on the same token.
    ...dark.colours.map((c) => `.astro-code ${rule('d', c)}`),
    '}',
    '',
  ].join('\n');
}

async function palette(name: keyof typeof bundledThemes) {
  const theme = (await bundledThemes[name]()).default;
  const foreground = (theme.colors?.['editor.foreground'] ?? '#000000').toLowerCase();
  const colours = new Set([foreground]);
  for (const token of theme.tokenColors ?? []) {
    const colour = token.settings?.foreground;
    if (colour) colours.add(colour.toLowerCase());
  }
  return {
    foreground,
    background: (theme.colors?.['editor.background'] ?? '#ffffff').toLowerCase(),
    colours: [...colours].sort(),
  };
}
