/**
 * Rule family 9, placement: what each topic page puts where. Every claim is placed once, as a
 * card on its own topic's page; every page has one status box; no heading takes the id of a
 * card or of the page's main content; a page quotes a bounded number of sentences.
 */
import { isReservedId } from '../../core/anchors.ts';
import { LIMITS } from '../../core/limits.ts';
import { at, byIdOf, type Context } from '../context.ts';
import { type Location, problem } from '../problems.ts';
import { topicFiles } from '../read.ts';
import { resolve } from './references.ts';

/**
 * Returns nothing; a card whose id is a typo of one of its page's topic's claims leaves that
 * claim unplaced, and the typo is the one mistake, so "not placed" is counted, not shown.
 * (When the suggested claim belongs to another topic, "not placed" is the better advice, so it
 * stays; and when the claims cannot all be read, the typo itself is not shown.)
 */
export function checkPlacement(cx: Context): void {
  const claims = byIdOf(cx, 'claims');
  const topicIds = cx.known.get('topics') ?? new Set<string>();
  const topics = topicFiles(cx.files);
  const placedAt = new Map<string, Location>();
  const meant = new Set<string>();
  // A page whose MDX did not parse cannot be read for placements; its problems are reported.
  const unreadable = new Set([
    ...cx.unreadableTopics,
    ...topics.filter((t) => !t.components).map((t) => t.id),
  ]);
  for (const topic of topics) {
    if (!topicIds.has(topic.id) || !topic.components) continue;
    let hasBox = false;
    let quotes = 0;
    for (const use of topic.components) {
      const id = use.attributes.id ?? '';
      if (use.name === 'StatusBox') {
        if (hasBox) cx.report(problem('box-placed-twice', use.at));
        hasBox = true;
        continue;
      }
      if (use.name === 'Sentence' && ++quotes > LIMITS.sentenceQuotes) {
        if (quotes === LIMITS.sentenceQuotes + 1)
          cx.report(problem('too-many-quotations', use.at, { limit: LIMITS.sentenceQuotes }));
        continue;
      }
      if (use.name === 'Source') resolve(cx, 'sources', id, use.at);
      else if (use.name === 'Sentence') resolve(cx, 'sentences', id, use.at);
      else if (use.name === 'ClaimRef') resolve(cx, 'claims', id, use.at);
      else if (use.name === 'Claim') {
        const claim = claims.get(id);
        const first = placedAt.get(id);
        if (!claim) {
          const resolution = resolve(cx, 'claims', id, use.at);
          const suggestion = resolution.found ? undefined : resolution.suggestion;
          if (suggestion && claims.get(suggestion)?.value.topic === topic.id) meant.add(suggestion);
        } else if (first) {
          cx.report(
            problem('claim-placed-twice', use.at, { id, first: `${first.file}:${first.line}` }),
          );
        } else {
          const home = claim.value.topic;
          if (home !== topic.id && topicIds.has(home)) {
            cx.report(problem('claim-on-wrong-topic', use.at, { id, topic: home, page: topic.id }));
          }
          placedAt.set(id, use.at);
        }
      }
    }
    // A heading's id must not take the id of a card on the page, or the page's own "main":
    // a link to the card, or the skip link, would land on the heading instead.
    const cards = new Set(
      topic.components.filter((c) => c.name === 'Claim').map((c) => c.attributes.id ?? ''),
    );
    for (const heading of topic.headings ?? []) {
      // No letter or digit: the slug is empty ("", then "-1", "-2" for the next ones).
      if (/^(?:-\d+)?$/.test(heading.id)) cx.report(problem('heading-id-empty', heading.at));
      else if (cards.has(heading.id) || isReservedId(heading.id))
        cx.report(
          problem('heading-id-taken', heading.at, {
            id: heading.id,
            by: cards.has(heading.id) ? 'card' : 'page',
          }),
        );
    }
    if (!hasBox)
      cx.report(
        problem('topic-without-box', { file: topic.path, line: 1, column: 1 }, { topic: topic.id }),
      );
  }
  for (const claim of claims.values()) {
    const topic = claim.value.topic;
    if (!placedAt.has(claim.value.id) && topicIds.has(topic) && !unreadable.has(topic)) {
      if (meant.has(claim.value.id)) cx.followOn();
      else cx.report(problem('claim-not-placed', at(claim, 'id'), { id: claim.value.id, topic }));
    }
  }
}
