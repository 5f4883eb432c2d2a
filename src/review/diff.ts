/**
 * The verdict diff: what a change to the content does to what readers are told, in the words a
 * reviewer needs ("claim X: unverified → established, because source Y (B) was added"),
 * rather than the changed lines of YAML.
 */
import type { ClaimView, Model } from '../model/model.ts';

export interface CitationChange {
  change: 'added' | 'removed' | 'stance';
  source: string;
  grade: string;
  stance: string;
  /** For a changed stance, the stance it had. */
  was?: string;
}

export interface VerdictDiff {
  added: ClaimView[];
  removed: ClaimView[];
  statusChanges: { claim: ClaimView; from: string; to: string; citations: CitationChange[] }[];
  gradeChanges: {
    id: string;
    title: string;
    from: string;
    to: string;
    reason?: string | undefined;
  }[];
  sourcesAdded: { id: string; title: string; grade: string }[];
  sourcesRemoved: { id: string; title: string; grade: string }[];
  movedQuotes: { claim: ClaimView; from: string[]; to: string[] }[];
}

/** What changes, for readers, between the content of `before` and of `after`. */
export function verdictDiff(before: Model, after: Model): VerdictDiff {
  const diff: VerdictDiff = {
    added: after.claims.filter((c) => !before.claimById.has(c.id)),
    removed: before.claims.filter((c) => !after.claimById.has(c.id)),
    statusChanges: [],
    gradeChanges: [],
    sourcesAdded: [],
    sourcesRemoved: [],
    movedQuotes: [],
  };
  for (const claim of after.claims) {
    const old = before.claimById.get(claim.id);
    if (!old) continue;
    if (old.status !== claim.status) {
      diff.statusChanges.push({
        claim,
        from: old.status,
        to: claim.status,
        citations: citationChanges(old, claim),
      });
    }
    const was = old.sentences.map((s) => s.id);
    const now = claim.sentences.map((s) => s.id);
    if (
      old.quote.replace(/\s+/g, ' ').trim() !== claim.quote.replace(/\s+/g, ' ').trim() ||
      was.join() !== now.join()
    ) {
      diff.movedQuotes.push({ claim, from: was, to: now });
    }
  }
  for (const source of after.sources) {
    const old = before.sourceById.get(source.id);
    if (!old) diff.sourcesAdded.push({ id: source.id, title: source.title, grade: source.grade });
    else if (old.grade !== source.grade) {
      diff.gradeChanges.push({
        id: source.id,
        title: source.title,
        from: old.grade,
        to: source.grade,
        reason: source.history?.at(-1)?.reason,
      });
    }
  }
  for (const source of before.sources) {
    if (!after.sourceById.has(source.id))
      diff.sourcesRemoved.push({ id: source.id, title: source.title, grade: source.grade });
  }
  return diff;
}

function citationChanges(before: ClaimView, after: ClaimView): CitationChange[] {
  const changes: CitationChange[] = [];
  const old = new Map(before.citations.map((c) => [c.source.id, c]));
  const now = new Map(after.citations.map((c) => [c.source.id, c]));
  for (const [id, c] of now) {
    const was = old.get(id);
    if (!was)
      changes.push({ change: 'added', source: id, grade: c.source.grade, stance: c.stance });
    else if (was.stance !== c.stance) {
      changes.push({
        change: 'stance',
        source: id,
        grade: c.source.grade,
        stance: c.stance,
        was: was.stance,
      });
    }
  }
  for (const [id, c] of old) {
    if (!now.has(id))
      changes.push({ change: 'removed', source: id, grade: c.source.grade, stance: c.stance });
  }
  return changes;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeCitation(c: CitationChange): string {
  if (c.change === 'added') return `\`${c.source}\` (${c.grade}) added, ${c.stance}`;
  if (c.change === 'removed') return `\`${c.source}\` (${c.grade}) removed`;
  return `\`${c.source}\` (${c.grade}) now ${c.stance}, was ${c.was}`;
}

/** The diff as Markdown, for a pull request's summary or comment. */
export function formatVerdictDiff(diff: VerdictDiff, ref: string): string {
  const lines = [`## What this change does to the verdicts (against \`${ref}\`)`, ''];
  const total =
    diff.statusChanges.length +
    diff.added.length +
    diff.removed.length +
    diff.gradeChanges.length +
    diff.sourcesAdded.length +
    diff.sourcesRemoved.length +
    diff.movedQuotes.length;
  if (!total) return [...lines, 'No claim, status, grade or quote changes.', ''].join('\n');
  const parts = [
    [diff.statusChanges.length, count(diff.statusChanges.length, 'status change')],
    [diff.added.length, `${count(diff.added.length, 'claim')} added`],
    [diff.removed.length, `${count(diff.removed.length, 'claim')} removed`],
    [diff.gradeChanges.length, count(diff.gradeChanges.length, 'grade change')],
    [diff.sourcesAdded.length, `${count(diff.sourcesAdded.length, 'source')} added`],
    [diff.sourcesRemoved.length, `${count(diff.sourcesRemoved.length, 'source')} removed`],
    [diff.movedQuotes.length, `${count(diff.movedQuotes.length, 'quote')} moved`],
  ] as const;
  lines.push(
    `${parts
      .filter(([n]) => n)
      .map(([, text]) => text)
      .join(', ')}.`,
    '',
  );
  if (diff.statusChanges.length) {
    lines.push(
      '### Status changes',
      '',
      '| Claim | Old → new | Citations that changed | Why (its history) |',
      '|---|---|---|---|',
    );
    for (const c of diff.statusChanges) {
      const citations = c.citations.map(describeCitation).join('; ') || 'none';
      const last = c.claim.history?.at(-1);
      const why = last && last.to === c.to ? last.reason : 'no history entry';
      lines.push(
        `| \`${c.claim.id}\`: ${cell(c.claim.claim)} | ${c.from} → **${c.to}** | ${cell(citations)} | ${cell(why)} |`,
      );
    }
    lines.push('');
  }
  if (diff.added.length || diff.removed.length) {
    lines.push('### Claims added or removed', '', '| Claim | Change | Status |', '|---|---|---|');
    for (const c of diff.added)
      lines.push(`| \`${c.id}\`: ${cell(c.claim)} | added | ${c.status} |`);
    for (const c of diff.removed)
      lines.push(`| \`${c.id}\`: ${cell(c.claim)} | removed | was ${c.status} |`);
    lines.push('');
  }
  if (diff.gradeChanges.length || diff.sourcesAdded.length || diff.sourcesRemoved.length) {
    lines.push('### Sources', '', '| Source | Change | Why |', '|---|---|---|');
    for (const g of diff.gradeChanges) {
      lines.push(
        `| \`${g.id}\`: ${cell(g.title)} | grade ${g.from} → **${g.to}** | ${cell(g.reason ?? '')} |`,
      );
    }
    for (const s of diff.sourcesAdded)
      lines.push(`| \`${s.id}\`: ${cell(s.title)} | added, grade ${s.grade} | |`);
    for (const s of diff.sourcesRemoved)
      lines.push(`| \`${s.id}\`: ${cell(s.title)} | removed (was ${s.grade}) | |`);
    lines.push('');
  }
  if (diff.movedQuotes.length) {
    lines.push(
      '### Quotes that moved',
      '',
      '| Claim | Sentences before | Sentences now |',
      '|---|---|---|',
    );
    for (const m of diff.movedQuotes) {
      lines.push(
        `| \`${m.claim.id}\` | ${m.from.join(', ') || 'none'} | ${m.to.join(', ') || 'none'} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
