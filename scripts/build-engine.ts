/**
 * `npm run build:engine`: compiles the engine (src/) to JavaScript in engine/, for the package
 * `npm pack` makes (it runs this first). Node does not strip types from .ts files under
 * node_modules, so a project that installs the engine must get JavaScript.
 *
 * TypeScript compiles the modules, rewriting their relative `.ts` imports to `.js`; the Astro
 * components, styles and type declarations are copied beside them, with the same rewrite
 * applied to the relative imports in their frontmatter and scripts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const src = path.join(root, 'src');
const out = path.join(root, 'engine');

rmSync(out, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.engine.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

/** A relative import of a .ts module, as an Astro file writes it: from '../model/urls.ts'. */
const TS_IMPORT = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g;

let copied = 0;
for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
  const from = path.join(src, file);
  const to = path.join(out, file);
  if (file.endsWith('.astro')) {
    mkdirSync(path.dirname(to), { recursive: true });
    writeFileSync(to, readFileSync(from, 'utf8').replace(TS_IMPORT, '$1$2.js$3'));
    copied++;
  } else if (file.endsWith('.css') || file.endsWith('.d.ts')) {
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(from, to);
    copied++;
  }
}
console.log(`engine/: compiled src/ and copied ${copied} components, styles and declarations`);
