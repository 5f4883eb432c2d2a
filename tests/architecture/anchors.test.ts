import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUT_IDS } from '../../src/core/anchors.ts';
import { repoRoot } from '../helpers/fixture.ts';

/** Every id an Astro file of the engine writes as a literal: `id="main"`. */
function literalIds(): Map<string, string> {
  const found = new Map<string, string>();
  for (const folder of ['src/layouts', 'src/components', 'src/routes']) {
    const files = readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((f) => f.endsWith('.astro'))) {
      const text = readFileSync(path.join(repoRoot, folder, file), 'utf8');
      // Markup only: the frontmatter and comments may show an example id.
      const markup = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      for (const m of markup.matchAll(/\bid="([a-z][a-z0-9-]*)"/g))
        found.set(m[1]!, `${folder}/${file}`);
    }
  }
  return found;
}

describe('the ids the engine’s pages use', () => {
  it('should all be reserved, so that no content id or heading can take one', () => {
    const ids = literalIds();
    expect(ids.size).toBeGreaterThan(10);
    expect([...ids].filter(([id]) => !LAYOUT_IDS.has(id))).toEqual([]);
  });
});
