/**
 * Rule family 8, evidence: a claim's citations must justify its status (src/model/evidence.ts).
 * Judged only once every citation resolves, so the rule sees all of them.
 */
import { judge, strongestAllowed } from '../../model/evidence.ts';
import { evidenceOf } from '../../model/model.ts';
import { at, byIdOf, type Context } from '../context.ts';
import { problem } from '../problems.ts';

export function checkEvidence(cx: Context): void {
  if (!cx.rules) return;
  const sources = new Map([...byIdOf(cx, 'sources')].map(([id, s]) => [id, s.value]));
  for (const claim of byIdOf(cx, 'claims').values()) {
    const c = claim.value;
    // A withdrawn claim is no longer a verdict: its status is the one it had when withdrawn.
    if (c.withdrawn) continue;
    if (!c.citations.every((citation) => sources.has(citation.source))) continue;
    const evidence = evidenceOf(c, sources);
    const verdict = judge({ status: c.status, evidence });
    if (!verdict.justified) {
      cx.report(
        problem('status-not-justified', at(claim, 'status'), {
          claim: c.id,
          status: c.status,
          requirement: verdict.requirement,
          because: verdict.because,
          allowed: strongestAllowed(evidence),
        }),
      );
    }
  }
}
