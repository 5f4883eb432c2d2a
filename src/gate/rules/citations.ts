/**
 * Rule family 5, claims' citations: each source is cited once per claim, with one stance, and
 * the rationale's words agree with the stances: a source it calls "(context)" is cited as context
 * (src/model/evidence.ts, `contextMislabels`). (Whether each cited source exists is the
 * references family's.)
 */
import { contextMislabels } from '../../model/evidence.ts';
import { at, byIdOf, type Context } from '../context.ts';
import { problem } from '../problems.ts';

export function checkCitations(cx: Context): void {
  const sources = byIdOf(cx, 'sources');
  for (const claim of byIdOf(cx, 'claims').values()) {
    const seen = new Set<string>();
    claim.value.citations.forEach((citation, i) => {
      if (seen.has(citation.source) && sources.has(citation.source)) {
        cx.report(
          problem('duplicate-citation', at(claim, 'citations', i, 'source'), {
            id: citation.source,
          }),
        );
      }
      seen.add(citation.source);
    });
    // Like the evidence rules, this judges the stances; the verdict diff reads content written
    // before it with it off (CheckOptions.rules).
    if (!cx.rules) continue;
    const named = claim.value.citations.flatMap((citation) => {
      const source = sources.get(citation.source)?.value;
      return source ? [{ stance: citation.stance, source }] : [];
    });
    for (const found of contextMislabels(claim.value.rationale, named)) {
      cx.report(
        problem(
          'context-label-on-evidence',
          claim.file.locateWords([...claim.path, 'rationale'], '(context)', found.nth),
          {
            source: found.source,
            named: found.named,
            stance: found.stance,
          },
        ),
      );
    }
  }
}
