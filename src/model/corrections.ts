/** A correction in the words and links the corrections page and its feed both use. */
import type { Correction, RevisionChange, RevisionView } from './model.ts';
import { formatDate } from './format.ts';
import { ui } from './ui.ts';
import { urls } from './urls.ts';
import { gradeInfo, statusInfo } from '../core/vocabulary.ts';
import type { PolicyChange } from '../core/schema.ts';

export interface CorrectionLine {
  /** What was corrected: the claim's restatement or the source's title. */
  subject: string;
  /** Its page. */
  href: string;
  /** The feed item's title: what happened, then the subject. */
  title: string;
  /** The feed item's text: why, or what the note says. */
  description: string;
}

export function correctionLine(c: Correction): CorrectionLine {
  const text = ui.corrections;
  const subject = c.claim ? c.claim.claim : c.source ? c.source.title : text.article;
  const href = c.claim
    ? urls.claim(c.claim.id)
    : c.source
      ? urls.source(c.source.id)
      : urls.revision(c.revision!.version);
  const event = (what: string) => text.feed.event(subject, what);
  switch (c.kind) {
    case 'status':
      return {
        subject,
        href,
        title: text.feed.item(
          subject,
          text.what.status,
          statusInfo(c.from).label,
          statusInfo(c.to).label,
        ),
        description: c.reason,
      };
    case 'grade':
      return {
        subject,
        href,
        title: text.feed.item(
          subject,
          text.what.grade,
          text.grade(c.from, gradeInfo(c.from).label),
          text.grade(c.to, gradeInfo(c.to).label),
        ),
        description: c.reason,
      };
    case 'address':
      return {
        subject,
        href,
        title: event(text.titles[addressChange(c)]),
        description: `${c.reason} ${text.feed.addresses(c.from, c.to)}`,
      };
    case 'update':
      return { subject, href, title: event(text.titles[c.updated]), description: c.reason };
    case 'note':
      return {
        subject,
        href,
        title: event(text.titles.note(formatDate(c.about))),
        description: c.note,
      };
    case 'removed':
      return {
        subject,
        href,
        title: event(text.titles.passageRemoved),
        description: `${text.removed(c.removed)} ${c.reason}`,
      };
    case 'withdrawal':
      return { subject, href, title: event(text.titles.withdrawn), description: c.reason };
    case 'revision':
      return {
        subject,
        href,
        title: event(text.titles.revised),
        description: revisionSummary(c.revision!),
      };
  }
}

/** A revision in words: what it changed, and the publisher's note or its absence. */
export function revisionSummary(revision: RevisionView): string {
  const count = (kind: RevisionChange['kind']) =>
    revision.changes.filter((change) => change.kind === kind).length;
  const text = ui.corrections.revision;
  return `${text.changed(count('changed'), count('gone'), count('added'))} ${
    revision.note ? text.note(revision.note) : text.noNote
  }`;
}

/** Whether an address change adds an address, removes a link, or moves one. */
export function addressChange(c: { from: string | null; to: string | null }) {
  return c.from === null ? 'added' : c.to === null ? 'removed' : 'changed';
}

/** The parts of a correction its key is made of: what kind, and from what to what. */
function keyOf(c: Correction): string {
  switch (c.kind) {
    case 'status':
    case 'grade':
      return `${c.date}:${c.from}-${c.to}`;
    case 'address':
      return `${c.date}:address`;
    case 'update':
      return `${c.date}:updated-${c.updated}`;
    case 'note':
      return `${c.date}:note-${c.about}`;
    case 'removed':
      return `${c.date}:passage-removed`;
    case 'withdrawal':
      return `${c.date}:withdrawn`;
    case 'revision':
      return `${c.revision!.version}:revised`;
  }
}

/**
 * A stable id for one correction, for the feed's guid: what was corrected, when, and how. The
 * same key twice (two entries of one kind on one day) gets a counter, in the record's order.
 */
export function correctionId(c: Correction, all: readonly Correction[]): string {
  const [kind, id] = c.claim
    ? ['claim', c.claim.id]
    : c.source
      ? ['source', c.source.id]
      : ['article', c.revision!.version];
  const key = keyOf(c);
  const subjectOf = (x: Correction) => x.claim ?? x.source ?? x.revision;
  const same = all.filter((other) => subjectOf(other) === subjectOf(c) && keyOf(other) === key);
  const n = same.indexOf(c);
  return `correction:${kind}:${id}:${key}${n > 0 ? `:${n + 1}` : ''}`;
}

/** A change to the corrections policy, as its page lists it under the policy and its feed. */
export interface PolicyChangeLine extends PolicyChange {
  /** A stable id for the feed's guid: the day, and a counter for a second change that day. */
  id: string;
  /** Where the page lists it. */
  href: string;
  /** The feed item's title and text: why it changed, and what it said before. */
  title: string;
  description: string;
}

/**
 * The changes to the corrections policy, newest first. The same day twice gets a counter, in
 * the order they are written (oldest first), so published ids never move.
 */
export function policyChangeLines(changes: readonly PolicyChange[] = []): PolicyChangeLine[] {
  const text = ui.corrections;
  return changes
    .map((change, i) => {
      const n = changes.slice(0, i).filter((c) => c.date === change.date).length;
      return {
        ...change,
        id: `correction:policy:${change.date}${n > 0 ? `:${n + 1}` : ''}`,
        href: `${urls.corrections()}#${text.policyChanges.id}`,
        title: text.feed.event(text.policy, text.titles.policyChanged),
        description:
          change.was === undefined
            ? change.reason
            : `${change.reason} ${text.feed.was(change.was)}`,
      };
    })
    .reverse()
    .sort((a, b) => b.date.localeCompare(a.date));
}
