/**
 * The project's public/ folder: files the site serves as they are (robots.txt, the favicon).
 * Vite's dev server serves it without its file-system checks and the build copies it
 * following links, so it is checked like content: ordinary files only (no links, no folders),
 * only the kinds of file below, each within the size limit. The dev server serves from it only
 * what this check approved (integration/dev-guard.ts).
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../core/limits.ts';
import { shownPath } from './files.ts';
import { type Problem, problem } from './problems.ts';

/** What public/ may hold: files with these extensions, directly in it. */
export const PUBLIC_EXTENSIONS = ['.txt', '.svg', '.ico', '.png', '.jpg', '.webp', '.pdf'] as const;
/** How many files public/ may hold. */
const MAX_FILES = 50;

export interface PublicCheck {
  problems: Problem[];
  /** The files approved, by name. */
  approved: string[];
}

/** Checks `publicDir`, which need not exist. */
export function checkPublic(publicDir: string): PublicCheck {
  const result: PublicCheck = { problems: [], approved: [] };
  const at = (file: string) => ({ file: shownPath(file), line: 1, column: 1 });
  const root = lstatSync(publicDir, { throwIfNoEntry: false });
  if (!root) return result;
  if (!root.isDirectory()) {
    result.problems.push(problem('public-not-folder', at(publicDir)));
    return result;
  }
  const names = readdirSync(publicDir).sort();
  if (names.length > MAX_FILES) {
    result.problems.push(
      problem('public-too-many', at(publicDir), { count: names.length, limit: MAX_FILES }),
    );
    return result;
  }
  for (const name of names) {
    const file = path.join(publicDir, name);
    const stat = lstatSync(file, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.isSymbolicLink()) result.problems.push(problem('file-symlink', at(file)));
    else if (!stat.isFile() || !PUBLIC_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)))
      result.problems.push(
        problem('unknown-public-file', at(file), { name, extensions: PUBLIC_EXTENSIONS }),
      );
    else if (stat.size > LIMITS.fileBytes)
      result.problems.push(
        problem('file-too-large', at(file), { bytes: stat.size, limit: LIMITS.fileBytes }),
      );
    else result.approved.push(name);
  }
  return result;
}
