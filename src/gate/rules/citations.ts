/**
 * Rule family 5, claims' citations: each source is cited once per claim, with one stance.
 * (Whether each cited source exists is the references family's.)
 */
import { at, byIdOf, type Context } from '../context.ts';
import { problem } from '../problems.ts';

export function checkCitations(cx: Context): void {
  for (const claim of byIdOf(cx, 'claims').values()) {
    const seen = new Set<string>();
    claim.value.citations.forEach((citation, i) => {
      if (seen.has(citation.source) && byIdOf(cx, 'sources').has(citation.source)) {
        cx.report(
          problem('duplicate-citation', at(claim, 'citations', i, 'source'), {
            id: citation.source,
          }),
        );
      }
      seen.add(citation.source);
    });
  }
}
