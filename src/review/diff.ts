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
  /** Sources whose readings or kept passages changed: what we read, added or taken out. */
  readChanges: {
    id: string;
    title: string;
    readings: { change: 'added' | 'removed'; reading: string }[];
    passages: { change: 'added' | 'removed'; text: string }[];
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
    readChanges: [],
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
    const read = readChanges(old, source);
    if (read.readings.length || read.passages.length)
      diff.readChanges.push({ id: source.id, title: source.title, ...read });
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

/** A reading in words: where or what copy, when, and via whom. */
function readingText(r: NonNullable<SourceView['read']>[number]): string {
  const where = r.at !== undefined ? `at ${r.at}` : `in ${r.copy ?? 'a copy'}`;
  return `${where} on ${r.on}${r.via ? ` via ${r.via}` : ''}`;
}

/** The readings and passages added to a source, and those taken out, by their words. */
function readChanges(
  before: SourceView,
  after: SourceView,
): Pick<VerdictDiff['readChanges'][number], 'readings' | 'passages'> {
  const changes = <T>(was: readonly T[], now: readonly T[], key: (x: T) => string) => {
    const old = new Set(was.map(key));
    const next = new Set(now.map(key));
    return {
      added: [...next].filter((k) => !old.has(k)),
      removed: [...old].filter((k) => !next.has(k)),
    };
  };
  const readings = changes(before.read ?? [], after.read ?? [], readingText);
  const passages = changes(
    (before.read ?? []).flatMap((r) => r.passages),
    (after.read ?? []).flatMap((r) => r.passages),
    // A passage is its words and, when it has one, our translation of them: a note may quote either.
    (p) =>
      p.translation ? `${words(p.text)} (our translation: ${words(p.translation)})` : words(p.text),
  );
  return {
    readings: [
      ...readings.added.map((reading) => ({ change: 'added' as const, reading })),
      ...readings.removed.map((reading) => ({ change: 'removed' as const, reading })),
    ],
    passages: [
      ...passages.added.map((text) => ({ change: 'added' as const, text })),
      ...passages.removed.map((text) => ({ change: 'removed' as const, text })),
    ],
  };
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
 * Text from content as inert Markdown: a code span, in which no renderer makes a link, an
 * image, an element, emphasis or a mention (GitHub finds `@name` and `#12` even when written as
 * character references, but never inside code). Its fence is longer than any run of backticks
 * in the text, and line breaks become spaces.
 */
export function cell(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(flat) || /^ .* $/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A git ref in the diff's headings, inert like any text. */
export const shownRef = cell;
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeCitation(c: CitationChange): string {
  if (c.change === 'added') return `${cell(c.source)} (${c.grade}) added, ${c.stance}`;
  if (c.change === 'removed') return `${cell(c.source)} (${c.grade}) removed`;
  return `${cell(c.source)} (${c.grade}) now ${c.stance}, was ${c.was}`;
}
const describeCitations = (changes: readonly CitationChange[]) =>
  changes.map(describeCitation).join('; ') || 'none';

/**
 * The diff as Markdown, for a pull request's summary or comment: a list per kind of change,
 * every text from content in a code span.
 */
export function formatVerdictDiff(diff: VerdictDiff, ref: string): string {
  const lines = [`## What this change does to the verdicts (against ${shownRef(ref)})`, ''];
  const parts = [
    [diff.statusChanges.length, count(diff.statusChanges.length, 'status change')],
    [
      diff.citationChanges.length,
      `${count(diff.citationChanges.length, 'change', 'changes')} of citations`,
    ],
    [diff.wordChanges.length, `${count(diff.wordChanges.length, 'change', 'changes')} of wording`],
    [diff.withdrawals.length, count(diff.withdrawals.length, 'withdrawal')],
    [diff.added.length, `${count(diff.added.length, 'claim')} added`],
    [diff.removed.length, `${count(diff.removed.length, 'claim')} removed`],
    [diff.gradeChanges.length, count(diff.gradeChanges.length, 'grade change')],
    [diff.addressChanges.length, count(diff.addressChanges.length, 'address change')],
    [
      diff.readChanges.length,
      `${count(diff.readChanges.length, 'source')} with changes to what we read`,
    ],
    [diff.sourcesAdded.length, `${count(diff.sourcesAdded.length, 'source')} added`],
    [diff.sourcesRemoved.length, `${count(diff.sourcesRemoved.length, 'source')} removed`],
    [diff.movedQuotes.length, `${count(diff.movedQuotes.length, 'quote')} moved`],
  ] as const;
  if (!parts.some(([n]) => n))
    return [
      ...lines,
      'No change to a claim, a status, a citation, a grade, an address, what we read or a quote.',
      '',
    ].join('\n');
  lines.push(
    `${parts
      .filter(([n]) => n)
      .map(([, text]) => text)
      .join(', ')}.`,
    '',
  );
  const section = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push(`### ${title}`, '', ...items.map((item) => `- ${item}`), '');
  };
  const claim = (c: ClaimView) => `${cell(c.id)} ${cell(c.claim)}`;
  const source = (s: { id: string; title: string }) => `${cell(s.id)} ${cell(s.title)}`;
  section(
    'Status changes',
    diff.statusChanges.map((c) => {
      const last = lastChange(c.claim.history);
      const why = last && last.to === c.to ? cell(last.reason) : 'no history entry';
      return `${claim(c.claim)}: ${c.from} → **${c.to}**. Citations that changed: ${describeCitations(c.citations)}. Why: ${why}.`;
    }),
  );
  section(
    'Citations changed, status unchanged',
    diff.citationChanges.map(
      (c) => `${claim(c.claim)} (${c.claim.status}): ${describeCitations(c.citations)}.`,
    ),
  );
  section(
    'Wording changed',
    diff.wordChanges.map(
      (c) =>
        `${cell(c.claim.id)}, its ${c.field === 'claim' ? 'restatement' : 'quote'}: ${cell(c.from)} → ${cell(c.to)}.`,
    ),
  );
  section(
    'Withdrawn',
    diff.withdrawals.map(
      (w) => `${w.kind} ${cell(w.id)} ${cell(w.title)}. Why: ${cell(w.reason)}.`,
    ),
  );
  section('Claims added or removed', [
    ...diff.added.map((c) => `${claim(c)}: added, ${c.status}.`),
    ...diff.removed.map((c) => `${claim(c)}: removed (was ${c.status}).`),
  ]);
  section('Sources', [
    ...diff.gradeChanges.map(
      (g) =>
        `${source(g)}: grade ${g.from} → **${g.to}**.${g.reason ? ` Why: ${cell(g.reason)}.` : ''}`,
    ),
    ...diff.addressChanges.map(
      (a) =>
        `${source(a)}: address ${a.from ? cell(a.from) : '(none)'} → ${a.to ? cell(a.to) : '(none)'}.${a.reason ? ` Why: ${cell(a.reason)}.` : ''}`,
    ),
    ...diff.readChanges.map(
      (r) =>
        `${source(r)}: ${[
          ...r.readings.map((x) => `reading ${cell(x.reading)} ${x.change}`),
          ...r.passages.map((x) => `passage ${cell(x.text)} ${x.change}`),
        ].join('; ')}.`,
    ),
    ...diff.sourcesAdded.map((s) => `${source(s)}: added, grade ${s.grade}.`),
    ...diff.sourcesRemoved.map((s) => `${source(s)}: removed (was ${s.grade}).`),
  ]);
  section(
    'Quotes that moved',
    diff.movedQuotes.map(
      (m) =>
        `${cell(m.claim.id)}: sentences ${m.from.join(', ') || 'none'} → ${m.to.join(', ') || 'none'}.`,
    ),
  );
  return lines.join('\n');
}
