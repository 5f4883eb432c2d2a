/**
 * `npm run depth`: equal depth, shown. A Markdown table, party × topic, of the sources cited
 * for and against each party's positions, taken from the claims' citations, and their counts.
 *
 *   npm run depth -- [--content <dir>] [--parties <file>] [--with-article]
 *
 * Whose position a claim states is not a field of the content, so it is read from the claim's
 * restatement (`claim`) with a small configuration of the editor's: each party and the words
 * that name it (scripts/depth.parties.yaml for this explainer's article). A claim counts for
 * the party its restatement names first (`match: first`), or for every party it names
 * (`match: all`). Words are matched whole, with their capitals as written.
 *
 * "For" are the sources cited as supports on the party's claims, "against" those cited as
 * disputes. Withdrawn claims and withdrawn sources are left out, and so are the article and the
 * sources that relay it, whose words are the claims' quotes, not research; `--with-article`
 * keeps them. Nothing about any one article is built in: the parties are the configuration's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../src/gate/check.ts';
import { formatProblem } from '../src/gate/problems.ts';
import { buildModel, type Model, type SourceView } from '../src/model/model.ts';

export interface Parties {
  /** Whether a claim counts for the party its restatement names first, or for every one. */
  match: 'first' | 'all';
  /** Each party, in the order the table lists them, with the words that name it. */
  parties: { name: string; words: string[] }[];
}

export interface DepthCell {
  /** The party's claims in the topic. */
  claims: string[];
  /** The sources cited for and against them, each once, in the order first cited. */
  for: string[];
  against: string[];
}

export interface Depth {
  parties: string[];
  topics: { id: string; title: string }[];
  /** By party, then by topic id. */
  cells: Map<string, Map<string, DepthCell>>;
  /** Claims whose restatement names no party. */
  unassigned: string[];
}

/** Reads a configuration written as scripts/depth.parties.yaml is. */
export function readParties(text: string): Parties {
  const data = parse(text) as { match?: unknown; parties?: unknown } | null;
  const match = data?.match ?? 'first';
  if (match !== 'first' && match !== 'all') throw new Error('match must be first or all');
  const parties = data?.parties;
  if (typeof parties !== 'object' || parties === null || Array.isArray(parties))
    throw new Error('parties must be a mapping: a party’s name, then the list of words for it');
  return {
    match,
    parties: Object.entries(parties).map(([name, words]) => {
      if (!Array.isArray(words) || !words.every((w) => typeof w === 'string' && w.trim()))
        throw new Error(`the words for ${name} must be a list of words`);
      return { name, words: words as string[] };
    }),
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `text` first names each party, by its earliest word (the longest there, on a tie). */
function named(text: string, config: Parties): string[] {
  const found: { party: string; at: number; length: number }[] = [];
  for (const { name, words } of config.parties) {
    for (const word of words) {
      const match = new RegExp(
        `(?<![\\p{L}\\p{N}])${escape(word.trim())}(?![\\p{L}\\p{N}])`,
        'u',
      ).exec(text);
      if (match) found.push({ party: name, at: match.index, length: match[0].length });
    }
  }
  found.sort((a, b) => a.at - b.at || b.length - a.length);
  const parties = [...new Set(found.map((f) => f.party))];
  return config.match === 'first' ? parties.slice(0, 1) : parties;
}

/** Whether a source is the article, or relays it: the article's words, not research. */
function ofArticle(source: SourceView, model: Model): boolean {
  const seen = new Set<string>();
  for (let s: SourceView | undefined = source; s && !seen.has(s.id);) {
    if (s.kind === 'article') return true;
    seen.add(s.id);
    s = s.derivedFrom ? model.sourceById.get(s.derivedFrom) : undefined;
  }
  return false;
}

/** The table's data: for each party and topic, its claims and the sources for and against. */
export function depth(
  model: Model,
  config: Parties,
  { withArticle = false }: { withArticle?: boolean } = {},
): Depth {
  const cells = new Map(
    config.parties.map((p) => [
      p.name,
      new Map(model.topics.map((t) => [t.id, { claims: [], for: [], against: [] } as DepthCell])),
    ]),
  );
  const unassigned: string[] = [];
  for (const topic of model.topics) {
    for (const claim of topic.claims) {
      if (claim.withdrawn) continue;
      const parties = named(claim.claim, config);
      if (!parties.length) unassigned.push(claim.id);
      for (const party of parties) {
        const cell = cells.get(party)!.get(topic.id)!;
        cell.claims.push(claim.id);
        for (const citation of claim.citations) {
          const source = citation.source;
          if (source.withdrawn || (!withArticle && ofArticle(source, model))) continue;
          const list =
            citation.stance === 'supports'
              ? cell.for
              : citation.stance === 'disputes'
                ? cell.against
                : undefined;
          if (list && !list.includes(source.id)) list.push(source.id);
        }
      }
    }
  }
  return {
    parties: config.parties.map((p) => p.name),
    topics: model.topics.map((t) => ({ id: t.id, title: t.title })),
    cells,
    unassigned,
  };
}

const cellText = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The two tables, and what they leave out, as Markdown. */
export function formatDepth(d: Depth, about: string): string {
  const head = (first: string, extra: string[] = []) => [
    `| ${[first, ...d.topics.map((t) => cellText(t.title)), ...extra].join(' | ')} |`,
    `|${' --- |'.repeat(1 + d.topics.length + extra.length)}`,
  ];
  const cellOf = (party: string, topic: string) => d.cells.get(party)!.get(topic)!;
  const sources = (c: DepthCell) =>
    c.claims.length === 0
      ? '—'
      : `for (${c.for.length}): ${c.for.join(', ') || 'none'}<br>against (${c.against.length}): ${c.against.join(', ') || 'none'}`;
  const count = (c: DepthCell) =>
    c.claims.length === 0 ? '—' : `${c.for.length} / ${c.against.length} (${c.claims.length})`;
  const total = (party: string) => {
    const all = d.topics.map((t) => cellOf(party, t.id));
    const distinct = (pick: (c: DepthCell) => string[]) => new Set(all.flatMap(pick)).size;
    const claims = all.reduce((n, c) => n + c.claims.length, 0);
    return `${distinct((c) => c.for)} / ${distinct((c) => c.against)} (${claims})`;
  };
  return [
    '## Sources for and against each party’s positions',
    '',
    about,
    '',
    ...head('Party'),
    ...d.parties.map(
      (party) =>
        `| ${cellText(party)} | ${d.topics.map((t) => sources(cellOf(party, t.id))).join(' | ')} |`,
    ),
    '',
    '## Counts: sources for / against (claims)',
    '',
    ...head('Party', ['All topics']),
    ...d.parties.map(
      (party) =>
        `| ${cellText(party)} | ${d.topics.map((t) => count(cellOf(party, t.id))).join(' | ')} | ${total(party)} |`,
    ),
    '',
    d.unassigned.length
      ? `${d.unassigned.length} claims name no party: ${d.unassigned.join(', ')}.`
      : 'Every claim names a party.',
    '',
  ].join('\n');
}

function main(args: readonly string[]): number {
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
  };
  const known = new Set(['--content', '--parties', '--with-article']);
  const unknown = args.find((a) => a.startsWith('--') && !known.has(a));
  if (unknown) {
    console.error(
      `unknown option ${unknown}\nUsage: npm run depth -- [--content <dir>] [--parties <file>] [--with-article]`,
    );
    return 2;
  }
  const content = option('--content', 'content');
  const partiesFile = option('--parties', path.join(import.meta.dirname, 'depth.parties.yaml'));
  const withArticle = args.includes('--with-article');
  let config: Parties;
  try {
    config = readParties(readFileSync(partiesFile, 'utf8'));
  } catch (error) {
    console.error(`✗ ${partiesFile}: ${(error as Error).message}`);
    return 1;
  }
  // Read as it was written, as the verdict diff reads its "before": the table is about what was
  // cited, so content from before today's evidence rules (an earlier commit's) can be tabled too.
  const result = checkContent(path.resolve(content), { rules: false });
  if (!result.input) {
    for (const p of result.problems) console.error(formatProblem(p));
    console.error(`✗ ${content} has problems; the table is drawn from valid content only`);
    return 1;
  }
  const about = `From ${content}, with the parties of ${path.relative(process.cwd(), partiesFile)}: a claim counts for ${config.match === 'first' ? 'the party its restatement names first' : 'every party its restatement names'}. “For” are sources cited as supports, “against” as disputes; ${withArticle ? 'the article and its relays included' : 'the article and the sources relaying it left out'}; withdrawn claims and sources left out.`;
  console.log(formatDepth(depth(buildModel(result.input), config, { withArticle }), about));
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
