/**
 * The evidence rules: which citations justify which status.
 *
 * The build runs `judge` on every claim and refuses a status its citations cannot justify.
 * The method page prints `evidenceRules`, so what readers are told is what the code does.
 *
 * A status may always be weaker than the evidence allows (when unsure, choose the weaker
 * status), but never stronger, and never one that hides a conflict the citations show.
 */
import { type Grade, type Stance, type Status, gradeRank } from '../core/vocabulary.ts';
import { passageOf } from './quoted.ts';

/** One citation as the rules see it: how good the source is and how it bears on the claim. */
export interface Evidence {
  source: string;
  grade: Grade;
  stance: Stance;
  /**
   * The source this one ultimately relays (following `derivedFrom`), or its own id.
   * Sources with the same origin count once.
   */
  origin: string;
  /**
   * The words the citation's note quotes from the source, normalised. Two citations quoting
   * the same words, or one's inside the other's, count once: two reports of one text are one.
   */
  quoted?: readonly string[];
}

/** What the rules know about a claim besides its citations. */
export interface ClaimFacts {
  status: Status;
  evidence: readonly Evidence[];
}

export interface EvidenceRule {
  /** The rule in reader words, as the method page and error messages state it. */
  requirement: string;
  /** Returns why the claim fails the rule, or undefined when the rule is met. */
  unmetBecause(claim: ClaimFacts): string | undefined;
}

const atLeast = (grade: Grade, best: Grade) => gradeRank(grade) <= gradeRank(best);

function citing(claim: ClaimFacts, stance: Stance, best: Grade): Evidence[] {
  return claim.evidence.filter((e) => e.stance === stance && atLeast(e.grade, best));
}

/**
 * How many independent sources the evidence comes from: citations count once when their
 * sources relay one another (the same origin), or when they quote the same words, or one
 * quotes words inside the other's.
 */
function independentCount(evidence: readonly Evidence[]): number {
  const group = evidence.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  const overlap = (a: readonly string[] = [], b: readonly string[] = []) =>
    a.some((x) => b.some((y) => x.includes(y) || y.includes(x)));
  for (let i = 0; i < evidence.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [evidence[i]!, evidence[j]!];
      if (a.origin === b.origin || overlap(a.quoted, b.quoted)) group[find(i)] = find(j);
    }
  }
  return new Set(evidence.map((_, i) => find(i))).size;
}

/** Why citations that `independentCount` counts once do so, in reader words. */
function whyOnce(evidence: readonly Evidence[]): string {
  if (new Set(evidence.map((e) => e.origin)).size === 1)
    return 'relay one another, so they count once';
  const words = evidence.flatMap((a, i) =>
    evidence
      .slice(0, i)
      .flatMap((b) =>
        (a.quoted ?? []).flatMap((x) =>
          (b.quoted ?? []).flatMap((y) => (x.includes(y) ? [y] : y.includes(x) ? [x] : [])),
        ),
      ),
  );
  const shared = words[0] === undefined ? '' : ` (“${words[0]}”)`;
  return evidence.some((a, i) => evidence.slice(0, i).some((b) => a.origin === b.origin))
    ? `relay one another or quote the same words${shared}, so they count once`
    : `quote the same words${shared}, so they count once: two reports of one text are one`;
}

function list(evidence: readonly Evidence[]): string {
  return evidence.map((e) => `${e.source} (${e.grade})`).join(', ');
}

/** Describes the supporting citations, for messages that explain a refusal. */
function supportSummary(claim: ClaimFacts): string {
  const support = claim.evidence.filter((e) => e.stance === 'supports');
  return support.length ? `its supporting sources are ${list(support)}` : 'nothing supports it';
}

export const evidenceRules: Record<Status, EvidenceRule> = {
  established: {
    requirement:
      'a supporting source graded A, or two independent supporting sources graded B or better, and no source graded C or better disputing it',
    unmetBecause(claim) {
      const disputes = citing(claim, 'disputes', 'C');
      if (disputes.length) return `it is disputed by ${list(disputes)}`;
      const primary = citing(claim, 'supports', 'A');
      const strong = citing(claim, 'supports', 'B');
      if (primary.length || independentCount(strong) >= 2) return undefined;
      if (strong.length >= 2) return `its B-or-better sources (${list(strong)}) ${whyOnce(strong)}`;
      return supportSummary(claim);
    },
  },
  reported: {
    requirement:
      'a supporting source graded C or better, and no named source (A to D) disputing it',
    unmetBecause(claim) {
      const denials = citing(claim, 'disputes', 'D');
      if (denials.length) return `it is disputed by ${list(denials)}, so it is disputed`;
      return citing(claim, 'supports', 'C').length ? undefined : supportSummary(claim);
    },
  },
  disputed: {
    requirement:
      'a supporting source graded D or better and a disputing source graded D or better (a credible source or a named party on record)',
    unmetBecause(claim) {
      if (!citing(claim, 'supports', 'D').length) {
        return `${supportSummary(claim)}, and a denial cannot turn an unattributed claim into a dispute`;
      }
      return citing(claim, 'disputes', 'D').length
        ? undefined
        : 'no source graded D or better disputes it';
    },
  },
  unverified: {
    requirement:
      'a supporting source of any grade (who makes the claim), and no source graded B or better disputing it',
    unmetBecause(claim) {
      const record = citing(claim, 'disputes', 'B');
      return record.length ? `it is disputed by ${list(record)}, so it is contradicted` : undefined;
    },
  },
  contradicted: {
    requirement: 'a disputing source graded B or better (the public record)',
    unmetBecause(claim) {
      if (citing(claim, 'disputes', 'B').length) return undefined;
      return 'no source graded B or better disputes it';
    },
  },
  opinion: {
    requirement: 'a supporting source of any grade (whose opinion it is)',
    unmetBecause: () => undefined,
  },
};

/** What a reading of a source must be for the source to be graded A: the primary record itself. */
export const gradeRule = {
  requirement:
    'grade A is the primary record read at its source: a reading (`read`) of the record itself, with no `via`. A statement read only in another outlet’s report is that outlet’s report, and is graded as that outlet’s sourcing (B for named, C for anonymous); a source no one read is cited by name and cannot be grade A',
  /**
   * Why a source's grade breaks the rule, or undefined when it keeps it. `relied` are the
   * words its summary and the citations that rest on it quote: they must be in what was read at
   * the record itself, not only in a report of it.
   */
  unmetBecause(
    source: {
      grade: Grade;
      /** The source it relays, if any: a relay is never the primary record. */
      derivedFrom?: string | undefined;
      /** The record's own address, when it has one. */
      url?: string | undefined;
      read?:
        | readonly {
            at?: string | undefined;
            via?: string | undefined;
            passages: readonly { text: string; translation?: string | undefined }[];
          }[]
        | undefined;
    },
    relied: readonly string[] = [],
  ): string | undefined {
    if (source.grade !== 'A') return undefined;
    if (source.derivedFrom !== undefined)
      return `it relays another source (${source.derivedFrom}), and a relay is not the primary record`;
    const read = source.read ?? [];
    if (!read.length) return 'it was not read at all (it has no read entry)';
    const vias = () => [...new Set(read.flatMap((r) => (r.via ? [r.via] : [])))].join(' and ');
    const own = read.filter((r) => r.via === undefined);
    if (!own.length) return `it was read only via ${vias()}`;
    // A reading with no via is of the record itself: at its own address, when it has one.
    const host = (address: string | undefined) => {
      try {
        return address ? new URL(address).hostname.replace(/^www\./, '') : undefined;
      } catch {
        return undefined;
      }
    };
    const elsewhere = own.find(
      (r) => r.at !== undefined && source.url !== undefined && host(r.at) !== host(source.url),
    );
    if (elsewhere && own.every((r) => r.at !== undefined && host(r.at) !== host(source.url)))
      return `it was read at ${host(elsewhere.at)}, not at the record’s own address (${host(source.url)}), and that reading names no via`;
    // Words found in no passage at all are the quotation check's to report, not this rule's.
    const ownPassages = own.flatMap((r) => r.passages);
    const allPassages = read.flatMap((r) => r.passages);
    const missing = relied.find(
      (span) =>
        passageOf(span, ownPassages) === undefined && passageOf(span, allPassages) !== undefined,
    );
    if (missing !== undefined)
      return `the words relied on (“${missing}”) were read only via ${vias()}`;
    return undefined;
  },
};

/** What evidence a citation is, by what was read of its source. */
export const readingRules = [
  'A source that supports or disputes a claim was read: it keeps, in `read`, the passages it is cited for. A source no one read is cited by name, publisher and date, and gives context only.',
  'A citation that supports or disputes a claim quotes, in its note, at least three words of one of those passages. Words in quotation marks in a note, or in what a source `said`, are in a passage kept from it, or in our translation of one.',
  'Two supporting citations are independent only if neither source relays the other (`derivedFrom`) and the words they quote are not the same, nor one inside the other.',
  'A source linked by `url` keeps a reading: a link says we read the document there, or in a copy the reading names.',
  'The article, and the sources that relay it, are read in full: their words are the claims’ quotes.',
] as const;

/** Every claim, whatever its status, names who makes it. */
export const everyClaimRequirement = 'at least one citation that supports it: who makes the claim';

export type Judgement =
  { justified: true } | { justified: false; requirement: string; because: string };

/**
 * The strongest status a claim's citations justify, for a message that names it: checkable
 * statuses only, from established down, since opinion is always allowed and says nothing of
 * the evidence. Undefined when nothing supports the claim.
 */
export function strongestAllowed(evidence: readonly Evidence[]): Status | undefined {
  const order: Status[] = ['established', 'reported', 'disputed', 'contradicted', 'unverified'];
  return order.find((status) => judge({ status, evidence }).justified);
}

/** Decides whether a claim's citations justify its status. */
export function judge(claim: ClaimFacts): Judgement {
  if (!claim.evidence.some((e) => e.stance === 'supports')) {
    return { justified: false, requirement: everyClaimRequirement, because: 'nothing supports it' };
  }
  const rule = evidenceRules[claim.status];
  const because = rule.unmetBecause(claim);
  return because === undefined
    ? { justified: true }
    : { justified: false, requirement: rule.requirement, because };
}

/**
 * The words of a rationale match the stances: "(context)" is for a source that gives background,
 * never for one the claim cites as supporting or disputing it, since that source is evidence.
 */
export const contextLabelRule = {
  requirement:
    'a rationale that says “(context)” beside a source the claim cites as supporting or disputing it is refused: that source is evidence, not context',
};

/** A cited source, as a rationale may name it. */
export interface NamedCitation {
  stance: Stance;
  source: { id: string; title: string; publisher: string };
}

/** A "(context)" in a rationale that labels a source the claim cites as evidence. */
export interface ContextMislabel {
  /** Which "(context)" of the rationale it is, counting from 0. */
  nth: number;
  /** Where it starts in the rationale. */
  index: number;
  source: string;
  stance: 'supports' | 'disputes';
  /** The words of the rationale that name the source: its id, title or publisher. */
  named: string;
}

const CONTEXT_LABEL = '(context)';

/**
 * The names a rationale may call a source by: its id, its title, and its publisher's name,
 * which is the publisher as written up to its first comma or parenthesis ("Reuters" of
 * "Reuters (as republished by The Straits Times)", "Dmitry Peskov" of "Dmitry Peskov, Kremlin
 * spokesman"): the whole of a publisher that says how it was relayed is rarely written out.
 */
export function namesOf(source: NamedCitation['source']): string[] {
  const publisher = source.publisher.split(/[,(]/)[0]!.trim();
  return [...new Set([source.id, source.title, publisher])].filter((name) => name !== '');
}

/** The words of a text (letters and digits), with where each starts and ends. */
function wordsWithPlaces(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * The longest name a rationale is read for, in characters: longer titles are not written out
 * in prose, and the bound keeps the names' index in proportion to the citations.
 */
const LONGEST_NAME = 200;

/** A node of the names' index: a word-by-word trie, with links for where else a match goes on. */
interface NameNode {
  next: Map<string, number>;
  /** The node of the longest proper suffix of this one's words that is in the trie. */
  fail: number;
  /** How many words lead here. */
  depth: number;
  /** The first citation cited as supports or disputes that this name names, if any. */
  bearing?: NamedCitation;
  /** Whether the name names a source cited as context. */
  context: boolean;
  /** The shortest name ending here (this one or a suffix of it) that names evidence: its node. */
  shortestBearing: number;
  /** The words of the shortest name ending here that names a source cited as context. */
  shortestContext: number;
}

/**
 * The names of a claim's citations (`namesOf`), indexed word by word so that one pass over the
 * rationale finds every name, however many there are (an Aho–Corasick automaton over words).
 */
function indexNames(citations: readonly NamedCitation[]): NameNode[] {
  const nodes: NameNode[] = [];
  const node = (depth: number) =>
    nodes.push({
      next: new Map(),
      fail: 0,
      depth,
      context: false,
      shortestBearing: -1,
      shortestContext: Infinity,
    }) - 1;
  node(0);
  for (const citation of citations) {
    for (const name of namesOf(citation.source)) {
      if (name.length > LONGEST_NAME) continue;
      const words = wordsWithPlaces(name).map((w) => w.word);
      if (!words.length) continue;
      let at = 0;
      for (const word of words) {
        let next = nodes[at]!.next.get(word);
        if (next === undefined) {
          next = node(nodes[at]!.depth + 1);
          nodes[at]!.next.set(word, next);
        }
        at = next;
      }
      if (citation.stance === 'context') nodes[at]!.context = true;
      else nodes[at]!.bearing ??= citation;
    }
  }
  // Breadth first, so that each node's suffix link, and what it ends, is known before it.
  const queue = [0];
  for (let i = 0; i < queue.length; i++) {
    const at = nodes[queue[i]!]!;
    const fail = nodes[at.fail]!;
    at.shortestBearing = at === fail ? -1 : fail.shortestBearing;
    at.shortestContext = at === fail ? Infinity : fail.shortestContext;
    if (at.shortestBearing < 0 && at.bearing) at.shortestBearing = queue[i]!;
    if (at.shortestContext === Infinity && at.context) at.shortestContext = at.depth;
    for (const [word, child] of at.next) {
      let f = at.fail;
      while (queue[i] !== 0 && f !== 0 && !nodes[f]!.next.has(word)) f = nodes[f]!.fail;
      const to = queue[i] === 0 ? 0 : (nodes[f]!.next.get(word) ?? 0);
      nodes[child]!.fail = to === child ? 0 : to;
      queue.push(child);
    }
  }
  return nodes;
}

/**
 * Every "(context)" of a rationale that labels a source cited as supporting or disputing the
 * claim. The "(context)" is read with the words before it in its sentence (back to the end of
 * the sentence before, or to the "(context)" before it): it is refused when they name a source
 * cited as supports or disputes (by its id, its title or its publisher's name, `namesOf`, word
 * for word and with the capitals as written) and name no source cited as context. When several
 * are named, the one named nearest the "(context)" is reported.
 *
 * The names are indexed once, and the rationale is read once, word by word: the work grows
 * with the rationale and the names, not with their product.
 */
export function contextMislabels(
  rationale: string,
  citations: readonly NamedCitation[],
): ContextMislabel[] {
  if (!rationale.includes(CONTEXT_LABEL)) return [];
  const nodes = indexNames(citations);
  const tokens = wordsWithPlaces(rationale);
  // A sentence ends at . ! or ?, with any closing quotation marks or brackets, before a space.
  const sentenceEnds = [...rationale.matchAll(/[.!?][”"’)\]]*(?=\s)/g)].map(
    (m) => m.index + m[0].length,
  );
  const labels: number[] = [];
  for (
    let i = rationale.indexOf(CONTEXT_LABEL);
    i >= 0;
    i = rationale.indexOf(CONTEXT_LABEL, i + CONTEXT_LABEL.length)
  )
    labels.push(i);

  const found: ContextMislabel[] = [];
  /** Where the stretch being read starts, and what it names so far. */
  let start = 0;
  let nearest: { node: NameNode; start: number; end: number } | undefined;
  let context = false;
  const restart = (at: number) => {
    start = at;
    nearest = undefined;
    context = false;
  };
  let sentence = 0;
  let label = 0;
  let state = 0;
  /** Reads the labels and sentence ends that come before `offset`, in order. */
  const reach = (offset: number) => {
    for (;;) {
      const end = sentenceEnds[sentence] ?? Infinity;
      const index = labels[label] ?? Infinity;
      if (Math.min(end, index) > offset || Math.min(end, index) === Infinity) return;
      if (end <= index) {
        sentence++;
        if (end > start) restart(end);
        continue;
      }
      if (nearest && !context)
        found.push({
          nth: label,
          index,
          source: nearest.node.bearing!.source.id,
          stance: nearest.node.bearing!.stance as 'supports' | 'disputes',
          named: rationale.slice(nearest.start, nearest.end),
        });
      label++;
      restart(index + CONTEXT_LABEL.length);
      // Nothing carries over the label: a name starts after it.
      state = 0;
    }
  };
  tokens.forEach((token, i) => {
    reach(token.start);
    let at = state;
    while (at !== 0 && !nodes[at]!.next.has(token.word)) at = nodes[at]!.fail;
    state = nodes[at]!.next.get(token.word) ?? 0;
    const here = nodes[state]!;
    const from = (words: number) => tokens[i - words + 1]!.start;
    if (here.shortestContext !== Infinity && from(here.shortestContext) >= start) context = true;
    if (here.shortestBearing >= 0) {
      const named = nodes[here.shortestBearing]!;
      if (from(named.depth) >= start)
        nearest = { node: named, start: from(named.depth), end: token.end };
    }
  });
  reach(Infinity);
  return found;
}
