/**
 * `npm run revise -- <new-article.txt> [--date YYYY-MM-DD] [--note "…"] [content]`: the
 * publisher revised the article, so its new text becomes the current version and the one it
 * replaces is kept (src/revise/revise.ts). Prints what became of each claim and reference, and
 * what is left to settle; changes nothing when it fails, and says why in one line.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LIMITS } from '../core/limits.ts';
import { printable } from '../gate/problems.ts';
import { applyRevision, type ClaimOutcome, planRevision } from '../revise/revise.ts';
import { contentFolderProblem, reason, shown as shownPath, whatIsAt } from './paths.ts';

const USAGE =
  'Usage: npm run revise -- <new-article.txt> [--date YYYY-MM-DD] [--note "the publisher\'s note"] [content folder]';

export function revise(args: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { date: { type: 'string' }, note: { type: 'string' } },
    });
  } catch (error) {
    console.error(`✗ ${printable((error as Error).message)}\n${USAGE}`);
    return 2;
  }
  const [source, contentDir = 'content', extra] = parsed.positionals;
  if (!source || extra !== undefined) {
    console.error(USAGE);
    return 2;
  }
  const name = printable(source);
  if (whatIsAt(source).kind !== 'file') {
    console.error(`✗ ${name} is not a file: give the article's new text as a plain-text file.`);
    return 1;
  }
  const folder = contentFolderProblem(contentDir);
  if (folder) {
    console.error(`✗ nothing was changed: ${folder}.`);
    return 1;
  }
  for (const own of ['explainer.yaml', 'article.txt']) {
    const kind = whatIsAt(path.join(contentDir, own)).kind;
    if (kind !== 'file' && kind !== 'missing') {
      console.error(
        `✗ nothing was changed: ${shownPath(path.join(contentDir, own))} is not a file; \`npm run check\` says what is wrong.`,
      );
      return 1;
    }
  }
  let result;
  try {
    if (statSync(source).size > LIMITS.fileBytes) {
      console.error(
        `✗ ${name} is larger than ${LIMITS.fileBytes} bytes, the most an article may be.`,
      );
      return 1;
    }
    const bytes = readFileSync(source);
    result = planRevision(contentDir, bytes, {
      date: parsed.values.date,
      note: parsed.values.note,
    });
  } catch (error) {
    // A file of the content that is not what it should be (a folder named article.txt, a
    // file named topics): the check says what; revise has read nothing into place yet.
    const file = (error as NodeJS.ErrnoException).path;
    console.error(
      `✗ nothing was changed: ${file ? shownPath(file) : `a file in ${shownPath(contentDir)}`} cannot be read (${reason(error)}); \`npm run check\` says what is wrong.`,
    );
    return 1;
  }
  if (!result.ok) {
    console.error(`✗ nothing was changed: ${printable(result.reason)}.`);
    return 1;
  }
  const { plan } = result;
  const written = applyRevision(contentDir, plan);
  if (!written.ok) {
    console.error(`✗ ${written.reason}`);
    return 1;
  }

  const shown = (name: string) => path.join(contentDir, name);
  const { counts } = plan;
  console.log(
    `✓ ${shown('article.txt')} is now the version of ${plan.version}; the version of ${plan.previous} is kept in ${shown(`versions/${plan.previous}.txt`)}.`,
  );
  console.log(
    `  Sentences: ${counts.unchanged} unchanged, ${counts.moved} moved, ${counts.changed} changed, ${counts.gone} removed, ${counts.added} added${plan.approximate ? ' (matched by their words: too many edits for a diff)' : ''}.`,
  );
  console.log('');
  for (const c of plan.claims) console.log(`  claim ${c.id}: ${describe(c)}`);
  for (const r of plan.rewritten)
    console.log(`  ${r.file}: ${r.from} → ${r.to} (the sentence moved)`);
  for (const p of plan.pending)
    console.log(`  ${p.file}: ${p.sentence} is pending (the sentence was changed or removed)`);
  const open = plan.claims.filter(
    (c) => c.outcome === 'changed' || c.outcome === 'gone' || c.outcome === 'elsewhere',
  );
  console.log('');
  console.log(
    open.length || plan.pending.length
      ? `Next: settle ${[
          open.length
            ? `${open.length} claim${open.length === 1 ? '' : 's'} (update, withdraw or pin each: CONTRIBUTING.md, "When the article is revised")`
            : '',
          plan.pending.length
            ? `${plan.pending.length} pending reference${plan.pending.length === 1 ? '' : 's'} (explainer.yaml)`
            : '',
        ]
          .filter(Boolean)
          .join(' and ')}; \`npm run check\` lists them.`
      : 'Next: `npm run check`, then commit the revision.',
  );
  return 0;
}

function describe(c: ClaimOutcome): string {
  const list = (ids: string[]) => ids.join(', ');
  switch (c.outcome) {
    case 'unchanged':
      return `unchanged (${list(c.from)})`;
    case 'moved':
      return `moved (${list(c.from)} → ${list(c.to)})`;
    case 'changed':
      return `changed: its words are not in the new version (${list(c.from)} was reworded)`;
    case 'gone':
      return `gone: ${list(c.from)} was removed`;
    case 'elsewhere':
      return `found elsewhere: its words are now at ${list(c.to)}, which is not where ${list(c.from)} went; check that it still means that sentence`;
    case 'pinned':
      return 'pinned to an earlier version; unchanged';
    case 'withdrawn':
      return 'withdrawn; unchanged';
    case 'not-found':
      return 'its quote was not in the earlier version either; `npm run check` says why';
  }
}
