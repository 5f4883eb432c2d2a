/** A correction in the words and links the corrections page and its feed both use. */
import type { Correction } from './model.ts';
import { ui } from './ui.ts';
import { urls } from './urls.ts';
import { gradeInfo, statusInfo } from '../core/vocabulary.ts';

export interface CorrectionLine {
  /** What changed: the claim's restatement or the source's title. */
  subject: string;
  /** Its page. */
  href: string;
  /** "status" or "grade", in the reader's language. */
  what: string;
  from: string;
  to: string;
}

export function correctionLine(c: Correction): CorrectionLine {
  return c.kind === 'status'
    ? {
        subject: c.claim.claim,
        href: urls.claim(c.claim.id),
        what: ui.corrections.what.status,
        from: statusInfo(c.from).label,
        to: statusInfo(c.to).label,
      }
    : {
        subject: c.source.title,
        href: urls.source(c.source.id),
        what: ui.corrections.what.grade,
        from: ui.corrections.grade(c.from, gradeInfo(c.from).label),
        to: ui.corrections.grade(c.to, gradeInfo(c.to).label),
      };
}

/**
 * A stable id for one change, for the feed's guid: what changed, when, and from what to what.
 * The same change twice on one day (which only a later reversal could make) gets a counter.
 */
export function correctionId(c: Correction): string {
  const [kind, id, history] =
    c.kind === 'status'
      ? ['claim', c.claim.id, c.claim.history ?? []]
      : ['source', c.source.id, c.source.history ?? []];
  const key = (h: { date: string; from: string; to: string }) => `${h.date}:${h.from}-${h.to}`;
  const same = history.filter((h) => key(h) === key(c));
  const n = same.findIndex((h) => h.reason === c.reason);
  return `correction:${kind}:${id}:${key(c)}${n > 0 ? `:${n + 1}` : ''}`;
}
