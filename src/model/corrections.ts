/** A correction in the words and links the corrections page and its feed both use. */
import type { Correction } from './model.ts';
import { urls } from './urls.ts';
import { gradeInfo, statusInfo } from './vocabulary.ts';

export interface CorrectionLine {
  /** What changed: the claim's restatement or the source's title. */
  subject: string;
  /** Its page. */
  href: string;
  /** "status" or "grade". */
  what: string;
  from: string;
  to: string;
}

export function correctionLine(c: Correction): CorrectionLine {
  return c.kind === 'status'
    ? {
        subject: c.claim.claim,
        href: urls.claim(c.claim.id),
        what: 'status',
        from: statusInfo(c.from).label,
        to: statusInfo(c.to).label,
      }
    : {
        subject: c.source.title,
        href: urls.source(c.source.id),
        what: 'grade',
        from: `${c.from} (${gradeInfo(c.from).label.toLowerCase()})`,
        to: `${c.to} (${gradeInfo(c.to).label.toLowerCase()})`,
      };
}
