#!/usr/bin/env node
/**
 * The `explainer` command, for a project that uses the engine:
 *
 *   explainer check [content]        run the content check (the same gate the build runs)
 *   explainer worklist [--json]      the sentences not yet examined, with cues
 *   explainer diff <git-ref>         what a change does to the verdicts, for reviewers
 *   explainer new <article> <folder> a new explainer project for a new article
 *   explainer revise <new-article>   the publisher revised the article: keep both versions
 *   explainer index [dist]           the search index, for a site built with search: false
 */
import { printable } from '../gate/problems.ts';
import { check } from './check.ts';
import { printDiff } from './diff.ts';
import { newProject } from './new.ts';
import { revise } from './revise.ts';
import { printWorklist } from './worklist.ts';
import { searchIndex } from './search-index.ts';

const COMMANDS: Record<string, (args: readonly string[]) => number | Promise<number>> = {
  check,
  diff: printDiff,
  new: newProject,
  revise,
  worklist: printWorklist,
  index: searchIndex,
};

const [name, ...args] = process.argv.slice(2);
const command = name ? COMMANDS[name] : undefined;
if (!command) {
  console.error(`Usage: explainer <${Object.keys(COMMANDS).join('|')}> [arguments]`);
  process.exitCode = 2;
} else {
  try {
    process.exitCode = await command(args);
  } catch (error) {
    // Each command says in one line what is wrong with what it was given. Anything else is a
    // fault of the engine: one line too, with the stack only when asked for.
    if (process.env.EXPLAINER_DEBUG) throw error;
    console.error(
      `✗ explainer ${name} stopped: ${printable((error as Error)?.message ?? String(error))} (a fault of the engine, not of what you gave it: please report it; EXPLAINER_DEBUG=1 shows where it happened)`,
    );
    process.exitCode = 1;
  }
}
