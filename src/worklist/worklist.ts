/**
 * The triage worklist: the sentences of the article that no claim examines yet, in article
 * order, each with its cues. `npm run worklist` prints it, and a draft site shows it.
 */
import type { Sentence } from '../model/segment.ts';
import { type Cue, cuesOf } from './cues.ts';

export interface WorkItem {
  /** The sentence's number in the article, from 1. */
  sentence: number;
  text: string;
  cues: Cue[];
}

/** The worklist for `sentences`, leaving out those in `examined` (by sentence id). */
export function worklist(
  sentences: readonly Sentence[],
  examined: ReadonlySet<string>,
): WorkItem[] {
  return sentences
    .filter((s) => !examined.has(s.id))
    .map((s) => ({ sentence: s.n, text: s.text.replace(/\s+/g, ' '), cues: cuesOf(s.text) }));
}
