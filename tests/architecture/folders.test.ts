/**
 * The engine's folders (src/core, src/gate, src/model, …) import one another in one direction:
 * a newcomer can read them from the bottom up, and a change to one cannot loop back through
 * another. This fails, naming the loop, when any folder imports one that imports it back.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixture.ts';

const src = path.join(repoRoot, 'src');

/** Which top-level folders (or files) of src/ each one imports. */
function folderImports(): Map<string, Set<string>> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(ts|astro)$/.test(name)) files.push(file);
    }
  };
  walk(src);
  const folderOf = (file: string) => path.relative(src, file).split(path.sep)[0]!;
  const edges = new Map<string, Set<string>>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    )) {
      const target = path.resolve(path.dirname(file), match[1]!);
      if (!target.startsWith(src + path.sep)) continue;
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from === to) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  return edges;
}

/** Every loop of imports between folders, as `a → b → a`. */
function loops(edges: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (folder: string) => {
    state.set(folder, 'open');
    stack.push(folder);
    for (const next of edges.get(folder) ?? []) {
      if (state.get(next) === 'open')
        found.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(folder, 'done');
  };
  for (const folder of edges.keys()) if (!state.has(folder)) visit(folder);
  return found;
}

describe('the folders of src/', () => {
  const edges = folderImports();

  it('should import one another without a loop', () => {
    expect(loops(edges)).toEqual([]);
  });

  it('should keep core/ at the bottom: it imports no other folder', () => {
    expect([...(edges.get('core') ?? [])]).toEqual([]);
  });

  it('should find a loop when there is one', () => {
    expect(
      loops(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['a'])],
        ]),
      ),
    ).toEqual(['a → b → a']);
  });
});
