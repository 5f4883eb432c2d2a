import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_IDS } from '../../src/core/anchors.ts';
import { repoRoot } from '../helpers/fixture.ts';

/**
 * Every id an Astro file of the engine writes as a literal (`id="main"`), as `file id`: a route
 * file by its path in src/routes/, a layout's or component's as `*`, since it may be on any page.
 */
function literalIds(): Set<string> {
  const found = new Set<string>();
  for (const folder of ['src/layouts', 'src/components', 'src/routes']) {
    const files = readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((f) => f.endsWith('.astro'))) {
      const text = readFileSync(path.join(repoRoot, folder, file), 'utf8');
      // Markup only: the frontmatter and comments may show an example id.
      const markup = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      const page = folder === 'src/routes' ? file.split(path.sep).join('/') : '*';
      for (const m of markup.matchAll(/\bid="([a-z][a-z0-9-]*)"/g)) found.add(`${page} ${m[1]!}`);
    }
  }
  return found;
}

describe('the ids the engine’s pages use', () => {
  const written = literalIds();
  const listed = new Set(
    Object.entries(PAGE_IDS).flatMap(([page, ids]) =>
      Object.keys(ids).map((id) => `${page} ${id}`),
    ),
  );

  it('should all be listed under the page that writes them, so links and headings know them', () => {
    expect(written.size).toBeGreaterThan(10);
    expect([...written].filter((id) => !listed.has(id))).toEqual([]);
  });

  it('should each be written by the page they are listed under', () => {
    expect([...listed].filter((id) => !written.has(id))).toEqual([]);
  });
});
