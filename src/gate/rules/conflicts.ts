/**
 * Rule family 6, conflicts: where the article contradicts itself. A claim cannot contradict
 * itself, and a conflict between two claims belongs to both, so each must list the other.
 * (Whether each named claim or sentence exists is the references family's.)
 */
import { SENTENCE_ID_PATTERN } from '../../core/schema.ts';
import { at, byIdOf, type Context } from '../context.ts';
import { problem } from '../problems.ts';

export function checkConflicts(cx: Context): void {
  const claims = byIdOf(cx, 'claims');
  for (const claim of claims.values()) {
    const c = claim.value;
    (c.conflictsWith ?? []).forEach((ref, i) => {
      const where = at(claim, 'conflictsWith', i);
      if (ref === c.id) cx.report(problem('self-conflict', where, { id: ref }));
      else if (!SENTENCE_ID_PATTERN.test(ref) && cx.rules) {
        const other = claims.get(ref);
        if (other && !(other.value.conflictsWith ?? []).includes(c.id)) {
          cx.report(problem('conflict-not-mutual', where, { id: c.id, other: ref }));
        }
      }
    });
  }
}
