/**
 * The verdict diff: what a change to the content does to what readers are told, in the words a
 * reviewer needs ("claim X: unverified → established, because source Y (B) was added"),
 * rather than the changed lines of YAML. Every cell is text, never Markdown or HTML: the
 * comment it becomes is posted by a bot, and content is untrusted.
 */
import { type ChangeEntry, isChange } from '../core/schema.ts';
import type { Grade, Stance, Status } from '../core/vocabulary.ts';
import type { ClaimView, Model, SourceView } from '../model/model.ts';

/** The last change of verdict a history records. */
const lastChange = (history: readonly object[] | undefined) =>
  (history ?? []).filter((entry) => isChange<string>(entry)).at(-1) as
    ChangeEntry<string> | undefined;
/** The reason of the last entry of a history, whatever its kind. */
const lastReason = (history: readonly object[] | undefined) =>
  (history?.at(-1) as { reason?: string; note?: string } | undefined)?.reason;

export interface CitationChange {
  change: 'added' | 'removed' | 'stance';
  source: string;
  grade: Grade;
  stance: Stance;
  /** For a changed stance, the stance it had. */
  was?: Stance;
}

export interface VerdictDiff {
  added: ClaimView[];
  removed: ClaimView[];
  statusChanges: { claim: ClaimView; from: Status; to: Status; citations: CitationChange[] }[];
  /** Claims whose status stays, but whose citations changed. */
  citationChanges: { claim: ClaimView; citations: CitationChange[] }[];
  /** Claims whose restatement or quote changed. */
  wordChanges: { claim: ClaimView; field: 'claim' | 'quote'; from: string; to: string }[];
  /** Claims and sources withdrawn since. */
  withdrawals: { id: string; title: string; kind: 'claim' | 'source'; reason: string }[];
  gradeChanges: {
    id: string;
    title: string;
    from: Grade;
    to: Grade;
    reason?: string | undefined;
  }[];
  addressChanges: {
    id: string;
    title: string;
    from?: string | undefined;
    to?: string | undefined;
    reason?: string | undefined;
  }[];
  sourcesAdded: { id: string; title: string; grade: Grade }[];
  sourcesRemoved: { id: string; title: string; grade: Grade }[];
  movedQuotes: { claim: ClaimView; from: string[]; to: string[] }[];
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What changes, for readers, between the content of `before` and of `after`. */
export function verdictDiff(before: Model, after: Model): VerdictDiff {
  const diff: VerdictDiff = {
    added: after.claims.filter((c) => !before.claimById.has(c.id)),
    removed: before.claims.filter((c) => !after.claimById.has(c.id)),
    statusChanges: [],
    citationChanges: [],
    wordChanges: [],
    withdrawals: [],
    gradeChanges: [],
    addressChanges: [],
    sourcesAdded: [],
    sourcesRemoved: [],
    movedQuotes: [],
  };
  for (const claim of after.claims) {
    const old = before.claimById.get(claim.id);
    if (!old) continue;
    const citations = citationChanges(old, claim);
    if (old.status !== claim.status)
      diff.statusChanges.push({ claim, from: old.status, to: claim.status, citations });
    else if (citations.length) diff.citationChanges.push({ claim, citations });
    for (const field of ['claim', 'quote'] as const) {
      if (words(old[field]) !== words(claim[field]))
        diff.wordChanges.push({ claim, field, from: words(old[field]), to: words(claim[field]) });
    }
    if (claim.withdrawn && !old.withdrawn)
      diff.withdrawals.push({
        id: claim.id,
        title: claim.claim,
        kind: 'claim',
        reason: claim.withdrawn.reason,
      });
    const was = old.sentences.map((s) => s.id);
    const now = claim.sentences.map((s) => s.id);
    if (was.join() !== now.join()) diff.movedQuotes.push({ claim, from: was, to: now });
  }
  for (const source of after.sources) {
    const old = before.sourceById.get(source.id);
    if (!old) {
      diff.sourcesAdded.push({ id: source.id, title: source.title, grade: source.grade });
      continue;
    }
    if (old.grade !== source.grade) {
      diff.gradeChanges.push({
        id: source.id,
        title: source.title,
        from: old.grade,
        to: source.grade,
        reason: lastChange(source.history)?.reason,
      });
    }
    if (old.url !== source.url)
      diff.addressChanges.push({
        id: source.id,
        title: source.title,
        from: old.url,
        to: source.url,
        reason: lastReason(source.history),
      });
    if (source.withdrawn && !old.withdrawn) diff.withdrawals.push(withdrawal(source));
  }
  for (const source of before.sources) {
    if (!after.sourceById.has(source.id))
      diff.sourcesRemoved.push({ id: source.id, title: source.title, grade: source.grade });
  }
  return diff;
}

function withdrawal(source: SourceView): VerdictDiff['withdrawals'][number] {
  return { id: source.id, title: source.title, kind: 'source', reason: source.withdrawn!.reason };
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

/**
 * Text from content as plain text in a Markdown table cell: every character Markdown or HTML
 * could read as syntax is written as a character reference, so no link, image, element,
 * heading or emphasis is made, no table cell is split, and no "@name" mentions anyone.
 */
export function cell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#!|~&@:]/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** A git ref in the diff's headings: as code when it is plainly a ref, else as plain text. */
export const shownRef = (ref: string) => (/^[\w./-]+$/.test(ref) ? `\`${ref}\`` : cell(ref));
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeCitation(c: CitationChange): string {
  if (c.change === 'added') return `\`${c.source}\` (${c.grade}) added, ${c.stance}`;
  if (c.change === 'removed') return `\`${c.source}\` (${c.grade}) removed`;
  return `\`${c.source}\` (${c.grade}) now ${c.stance}, was ${c.was}`;
}
const describeCitations = (changes: readonly CitationChange[]) =>
  changes.map(describeCitation).join('; ') || 'none';

/** The diff as Markdown, for a pull request's summary or comment. */
export function formatVerdictDiff(diff: VerdictDiff, ref: string): string {
  const lines = [`## What this change does to the verdicts (against ${shownRef(ref)})`, ''];
  const parts = [
    [diff.statusChanges.length, count(diff.statusChanges.length, 'status change')],
    [
      diff.citationChanges.length,
      count(diff.citationChanges.length, 'change', 'changes') + ' of citations',
    ],
    [diff.wordChanges.length, count(diff.wordChanges.length, 'change', 'changes') + ' of wording'],
    [diff.withdrawals.length, count(diff.withdrawals.length, 'withdrawal')],
    [diff.added.length, `${count(diff.added.length, 'claim')} added`],
    [diff.removed.length, `${count(diff.removed.length, 'claim')} removed`],
    [diff.gradeChanges.length, count(diff.gradeChanges.length, 'grade change')],
    [diff.addressChanges.length, count(diff.addressChanges.length, 'address change')],
    [diff.sourcesAdded.length, `${count(diff.sourcesAdded.length, 'source')} added`],
    [diff.sourcesRemoved.length, `${count(diff.sourcesRemoved.length, 'source')} removed`],
    [diff.movedQuotes.length, `${count(diff.movedQuotes.length, 'quote')} moved`],
  ] as const;
  if (!parts.some(([n]) => n))
    return [
      ...lines,
      'No change to a claim, a status, a citation, a grade, an address or a quote.',
      '',
    ].join('\n');
  lines.push(
    `${parts
      .filter(([n]) => n)
      .map(([, text]) => text)
      .join(', ')}.`,
    '',
  );
  const table = (title: string, head: string[], rows: string[][]) => {
    if (!rows.length) return;
    lines.push(
      `### ${title}`,
      '',
      `| ${head.join(' | ')} |`,
      `|${head.map(() => '---|').join('')}`,
    );
    for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
    lines.push('');
  };
  const claim = (c: ClaimView) => `\`${c.id}\`: ${cell(c.claim)}`;
  table(
    'Status changes',
    ['Claim', 'Old → new', 'Citations that changed', 'Why (its history)'],
    diff.statusChanges.map((c) => {
      const last = lastChange(c.claim.history);
      const why = last && last.to === c.to ? last.reason : 'no history entry';
      return [claim(c.claim), `${c.from} → **${c.to}**`, describeCitations(c.citations), cell(why)];
    }),
  );
  table(
    'Citations changed, status unchanged',
    ['Claim', 'Status', 'Citations that changed'],
    diff.citationChanges.map((c) => [
      claim(c.claim),
      c.claim.status,
      describeCitations(c.citations),
    ]),
  );
  table(
    'Wording changed',
    ['Claim', 'What', 'Before', 'Now'],
    diff.wordChanges.map((c) => [
      `\`${c.claim.id}\``,
      c.field === 'claim' ? 'restatement' : 'quote',
      cell(c.from),
      cell(c.to),
    ]),
  );
  table(
    'Withdrawn',
    ['What', 'Why'],
    diff.withdrawals.map((w) => [`${w.kind} \`${w.id}\`: ${cell(w.title)}`, cell(w.reason)]),
  );
  table(
    'Claims added or removed',
    ['Claim', 'Change', 'Status'],
    [
      ...diff.added.map((c) => [claim(c), 'added', c.status]),
      ...diff.removed.map((c) => [claim(c), 'removed', `was ${c.status}`]),
    ],
  );
  const source = (s: { id: string; title: string }) => `\`${s.id}\`: ${cell(s.title)}`;
  table(
    'Sources',
    ['Source', 'Change', 'Why'],
    [
      ...diff.gradeChanges.map((g) => [
        source(g),
        `grade ${g.from} → **${g.to}**`,
        cell(g.reason ?? ''),
      ]),
      ...diff.addressChanges.map((a) => [
        source(a),
        `address ${a.from ? cell(a.from) : '(none)'} → ${a.to ? cell(a.to) : '(none)'}`,
        cell(a.reason ?? ''),
      ]),
      ...diff.sourcesAdded.map((s) => [source(s), `added, grade ${s.grade}`, '']),
      ...diff.sourcesRemoved.map((s) => [source(s), `removed (was ${s.grade})`, '']),
    ],
  );
  table(
    'Quotes that moved',
    ['Claim', 'Sentences before', 'Sentences now'],
    diff.movedQuotes.map((m) => [
      `\`${m.claim.id}\``,
      m.from.join(', ') || 'none',
      m.to.join(', ') || 'none',
    ]),
  );
  return lines.join('\n');
}
