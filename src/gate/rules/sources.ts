/**
 * Rule family 3, sources: relaying (`derivedFrom`) must not go round in a circle, and every
 * source must be cited by something.
 */
import { at, byIdOf, type Context } from '../context.ts';
import { problem } from '../problems.ts';

export function checkSources(cx: Context): void {
  const sources = byIdOf(cx, 'sources');
  // Each circle of relaying, found in one pass and reported once, at its first source.
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of sources.keys()) {
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && sources.has(id) && !state.has(id)) {
      state.set(id, 'walking');
      path.push(id);
      id = sources.get(id)!.value.derivedFrom;
    }
    if (id !== undefined && state.get(id) === 'walking') {
      const chain = [...path.slice(path.indexOf(id)), id];
      cx.report(
        problem('derived-from-cycle', at(sources.get(id)!, 'derivedFrom'), {
          chain:
            chain.length > 9
              ? [...chain.slice(0, 4), `… (${chain.length - 1} sources)`, ...chain.slice(-2)]
              : chain,
        }),
      );
    }
    for (const walked of path) state.set(walked, 'done');
  }
}

/** A source nothing cites is listed for no reason; once claims can be read, it is reported. */
export function checkCited(cx: Context): void {
  const hasClaims = (cx.files.parsed.get('claims')?.length ?? 0) > 0;
  if (!hasClaims) return;
  for (const source of byIdOf(cx, 'sources').values()) {
    // A withdrawn source may have lost every citation: it stays, for the record.
    if (cx.cited.has(source.value.id) || source.value.withdrawn) continue;
    // A source may be cited from a claims file that could not be read.
    if (cx.readable.get('claims') === false) cx.followOn();
    else cx.report(problem('source-not-cited', at(source, 'id'), { id: source.value.id }));
  }
}
