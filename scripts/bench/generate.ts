/**
 * Synthetic explainers for the build benchmark: any number of topics, each with the same
 * shape, so build times at different sizes can be compared.
 *
 * Generation is pure arithmetic on indexes plus a PRNG seeded by the topic's number, so the
 * same options always give the same files, and topic 7 reads the same in a 10-topic set as in
 * a 1,000-topic one. Every generated explainer passes `npm run check`: each claim quotes one
 * sentence of the article that occurs nowhere else, each status is the one its citations
 * justify (see src/lib/evidence.ts), and each claim is placed once on its topic's page.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Claim, Source } from '../../src/core/schema.ts';
import type { Status } from '../../src/core/vocabulary.ts';

export interface GenerateOptions {
  /** How many topic pages. */
  topics: number;
  /**
   * Claims per topic, each quoting its own sentence of the article; at least 10, so that each
   * page uses every status and cites each of its sources.
   */
  claimsPerTopic?: number;
  /** Roughly how many words of prose each topic page carries. */
  wordsPerTopic?: number;
}

/** A generated explainer: file contents by their path inside the content folder. */
export interface GeneratedExplainer {
  files: Map<string, string>;
  counts: { topics: number; claims: number; sources: number; sentences: number; words: number };
}

const DEFAULT_CLAIMS_PER_TOPIC = 10;
const DEFAULT_WORDS_PER_TOPIC = 2000;
const REVIEWED = '2026-11-01';

/**
 * The statuses a topic's claims take in turn (shifted by the topic's number), so every status
 * and every source appears on every page of ten claims or more.
 */
const STATUS_CYCLE: readonly Status[] = [
  'established',
  'reported',
  'unverified',
  'disputed',
  'opinion',
  'reported',
  'contradicted',
  'established',
  'unverified',
  'opinion',
];

/**
 * Each topic cites three sources, one per role the evidence rules tell apart: a primary record
 * (A), a news report (B or C), and an interested party (D).
 */
type Role = 'record' | 'report' | 'party';

/** The citations that justify each status, by the source's role. */
const CITATIONS: Record<Status, { role: Role; stance: 'supports' | 'disputes' | 'context' }[]> = {
  established: [
    { role: 'record', stance: 'supports' },
    { role: 'report', stance: 'context' },
  ],
  reported: [{ role: 'report', stance: 'supports' }],
  disputed: [
    { role: 'report', stance: 'supports' },
    { role: 'party', stance: 'disputes' },
  ],
  unverified: [{ role: 'party', stance: 'supports' }],
  contradicted: [
    { role: 'party', stance: 'supports' },
    { role: 'record', stance: 'disputes' },
  ],
  opinion: [{ role: 'party', stance: 'supports' }],
};

const RATIONALE: Record<Status, string> = {
  established: "The district's own minutes record it.",
  reported: 'One news report says so; nothing confirms it independently.',
  disputed: 'A news report says so and the campaign denies it on record.',
  unverified: 'Only the campaign says so.',
  contradicted: "The district's minutes record otherwise.",
  opinion: "A judgement about the plan's merits, not a checkable fact.",
};

// Word lists for the prose and the article. Plain lowercase words only, so nothing generated
// can be read as Markdown syntax, MDX or an abbreviation that confuses the sentence splitter.
const SUBJECTS = [
  'Officials',
  'Residents',
  'The council',
  'Critics',
  'The mayor',
  'Engineers',
  'Shop owners',
  'The auditors',
];
const VERBS = ['raise', 'cut', 'delay', 'fund', 'replace', 'extend', 'review', 'double'];
const THINGS = [
  'levy',
  'budget',
  'bridge',
  'bus route',
  'school roof',
  'water main',
  'park',
  'library',
  'harbour wall',
  'tram line',
  'clinic',
  'market',
];
const ADJECTIVES = [
  'new',
  'old',
  'local',
  'public',
  'costly',
  'modest',
  'early',
  'late',
  'regional',
  'annual',
  'narrow',
  'broad',
  'formal',
  'draft',
  'final',
  'careful',
];
const NOUNS = [
  'council',
  'district',
  'plan',
  'report',
  'budget',
  'meeting',
  'vote',
  'contract',
  'survey',
  'road',
  'bridge',
  'school',
  'resident',
  'engineer',
  'auditor',
  'mayor',
  'committee',
  'hearing',
  'proposal',
  'estimate',
  'deadline',
  'grant',
  'tender',
  'neighbourhood',
];
const PLURALS = [
  'residents',
  'officials',
  'engineers',
  'critics',
  'planners',
  'traders',
  'voters',
  'auditors',
  'members',
  'contractors',
];
const VERBS_PAST = [
  'approved',
  'questioned',
  'delayed',
  'published',
  'reviewed',
  'rejected',
  'funded',
  'described',
  'examined',
  'revised',
  'announced',
  'postponed',
];
const PREPOSITIONS = [
  'after',
  'before',
  'during',
  'despite',
  'without',
  'beyond',
  'within',
  'under',
];
const ADVERBS = [
  'quietly',
  'openly',
  'slowly',
  'briefly',
  'again',
  'formally',
  'finally',
  'partly',
];
const CONNECTORS = [
  'However',
  'Meanwhile',
  'In practice',
  'By contrast',
  'Even so',
  'At the same time',
  'For now',
  'Later',
];
const HEADINGS = ['Background', 'What the article says', 'What remains open'];

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same sequence everywhere. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const countWords = (text: string) =>
  text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word)).length;

/** One sentence of filler prose, 10 to 25 words, sometimes with emphasis. */
function proseSentence(random: Random): string {
  const phrase = () =>
    `the ${random() < 0.5 ? `${pick(random, ADJECTIVES)} ` : ''}${pick(random, NOUNS)}`;
  const parts = [
    `${pick(random, PLURALS)} ${pick(random, VERBS_PAST)} ${phrase()} ${pick(random, PREPOSITIONS)} ${phrase()}`,
  ];
  while (countWords(parts.join(' ')) < 10 || random() < 0.45) {
    parts.push(
      random() < 0.5
        ? `and ${pick(random, ADVERBS)} ${pick(random, VERBS_PAST)} ${phrase()}`
        : `${pick(random, PREPOSITIONS)} ${phrase()}`,
    );
    if (countWords(parts.join(' ')) > 20) break;
  }
  let sentence = parts.join(' ');
  if (random() < 0.15) sentence = sentence.replace(/ (\w+)$/, ' *$1*');
  const opener = random() < 0.3 ? `${pick(random, CONNECTORS)}, ` : '';
  return `${opener ? opener + sentence : capitalise(sentence)}.`;
}

function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => proseSentence(random)).join(' ');
}

/** Zero-padded number, so files and ids sort in topic order. */
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const topicId = (t: number) => `topic-${pad(t, 4)}`;
export const claimId = (t: number, c: number) => `t${pad(t, 4)}-claim-${pad(c, 2)}`;
export const sourceId = (t: number, role: Role) => `t${pad(t, 4)}-${role}`;

/** Who says what about plan `c` of district `t`: varied words from the indexes alone. */
function planOf(t: number, c: number) {
  const i = t * 31 + c * 7;
  return {
    who: SUBJECTS[i % SUBJECTS.length],
    verb: VERBS[(t + c) % VERBS.length],
    thing: THINGS[i % THINGS.length],
  };
}

/**
 * The article's sentence for claim `c` of topic `t`. The two numbers make it unique, and no
 * sentence starts or ends with a number, so none can occur inside another.
 */
export function articleSentence(t: number, c: number): string {
  const { who, verb, thing } = planOf(t, c);
  return `${who} in district ${t} said plan ${c} would ${verb} the ${thing}.`;
}

/** The one passage kept from each of a topic's sources. */
const PASSAGE: Record<Role, (t: number) => string> = {
  record: (t) => `The district ${t} council discussed every plan on the agenda.`,
  report: (t) => `Officials in district ${t} described the plans to the paper.`,
  party: (t) => `The district ${t} campaign took a view on every plan.`,
};

function sourcesOf(t: number): Source[] {
  return [
    {
      id: sourceId(t, 'record'),
      title: `Minutes of district ${t}`,
      publisher: `District ${t} council`,
      kind: 'official-record',
      date: REVIEWED,
      grade: 'A',
      gradeReason: "The council's own record.",
      read: [
        { copy: 'The printed minutes', on: REVIEWED, passages: [{ text: PASSAGE.record(t) }] },
      ],
      outside: false,
    },
    // Even topics' reports name their sources (B), odd topics' rely on anonymous ones (C).
    t % 2 === 0
      ? {
          id: sourceId(t, 'report'),
          title: `Report on district ${t}`,
          publisher: 'The Gazette',
          kind: 'news-report',
          date: REVIEWED,
          grade: 'B',
          gradeReason: 'Names its sources.',
          read: [
            { copy: 'The printed paper', on: REVIEWED, passages: [{ text: PASSAGE.report(t) }] },
          ],
          outside: false,
        }
      : {
          id: sourceId(t, 'report'),
          title: `Report on district ${t}`,
          publisher: 'The Gazette',
          kind: 'anonymous-sources',
          date: REVIEWED,
          grade: 'C',
          gradeReason: 'Relies on anonymous officials.',
          read: [
            { copy: 'The printed paper', on: REVIEWED, passages: [{ text: PASSAGE.report(t) }] },
          ],
          outside: false,
        },
    {
      id: sourceId(t, 'party'),
      title: `Campaign statement on district ${t}`,
      publisher: `District ${t} campaign`,
      kind: 'party-claim',
      date: 'unknown',
      grade: 'D',
      gradeReason: 'An interested party.',
      read: [{ copy: 'A leaflet', on: REVIEWED, passages: [{ text: PASSAGE.party(t) }] }],
      outside: false,
    },
  ];
}

function claimsOf(t: number, claims: number): Claim[] {
  return Array.from({ length: claims }, (_, i) => {
    const c = i + 1;
    const status = STATUS_CYCLE[(t + i) % STATUS_CYCLE.length] as Status;
    const { verb, thing } = planOf(t, c);
    return {
      id: claimId(t, c),
      topic: topicId(t),
      quote: articleSentence(t, c),
      claim: `Plan ${c} in district ${t} would ${verb} the ${thing}.`,
      status,
      citations: CITATIONS[status].map(({ role, stance }) => ({
        source: sourceId(t, role),
        stance,
        // What the passage kept from the source says, quoted: the notes the gate checks.
        ...(stance === 'context' ? {} : { note: `It says “${PASSAGE[role](t)}”` }),
      })),
      rationale: RATIONALE[status],
      reviewed: REVIEWED,
    };
  });
}

/** A topic page: prose, three headings, a list, the status box and every claim of the topic. */
function topicPage(
  t: number,
  claims: readonly Claim[],
  words: number,
): { text: string; words: number } {
  const random = prng(0x5eed + t * 7919);
  const paragraphs: string[] = [];
  let count = 0;
  // Room for the headings and the list, which are counted below.
  while (count < words - 70) {
    const next = paragraph(random, 4 + Math.floor(random() * 4));
    paragraphs.push(next);
    count += countWords(next);
  }
  const list = Array.from({ length: 5 }, () => `- ${proseSentence(random)}`).join('\n');
  count += countWords(list);

  const blocks: string[] = [
    `${paragraphs[0]} The minutes (<Source id="${sourceId(t, 'record')}"/>) are the primary record.`,
    '<StatusBox/>',
  ];
  const rest = paragraphs.slice(1);
  // Claim k goes after the paragraph at the same fraction of the page.
  const claimAfter = claims.map((_, k) => Math.floor((k * rest.length) / claims.length));
  rest.forEach((text, i) => {
    const heading = HEADINGS.findIndex(
      (_, h) => i === Math.floor((h * rest.length) / HEADINGS.length),
    );
    if (heading >= 0) {
      blocks.push(`## ${HEADINGS[heading]}`);
      count += countWords(HEADINGS[heading] ?? '');
    }
    // The last section links back to the previous topic, as real pages cross-reference.
    const cites = i === rest.length - 1 && t > 1;
    blocks.push(cites ? `${text.slice(0, -1)} (see <ClaimRef id="${claimId(t - 1, 1)}"/>).` : text);
    if (i === Math.floor(rest.length / 2)) blocks.push(list);
    claims.forEach((claim, k) => {
      if (claimAfter[k] === i) blocks.push(`<Claim id="${claim.id}"/>`);
    });
  });

  const frontmatter = stringify(
    {
      title: `District ${t}: the ${THINGS[t % THINGS.length]}`,
      summary: `What the article says about district ${t}, claim by claim.`,
      order: t,
      reviewed: REVIEWED,
    },
    { lineWidth: 0 },
  );
  return { text: `---\n${frontmatter}---\n\n${blocks.join('\n\n')}\n`, words: count };
}

/** Generates a complete explainer of `options.topics` topics. Pure: no file is touched. */
export function generateExplainer(options: GenerateOptions): GeneratedExplainer {
  const {
    topics,
    claimsPerTopic = DEFAULT_CLAIMS_PER_TOPIC,
    wordsPerTopic = DEFAULT_WORDS_PER_TOPIC,
  } = options;
  if (!Number.isInteger(topics) || topics < 1)
    throw new Error(`topics must be a whole number from 1, not ${topics}`);
  if (!Number.isInteger(claimsPerTopic) || claimsPerTopic < STATUS_CYCLE.length) {
    throw new Error(
      `claimsPerTopic must be a whole number from ${STATUS_CYCLE.length}, not ${claimsPerTopic}`,
    );
  }
  const files = new Map<string, string>();
  const sources: Source[] = [];
  const paragraphs: string[] = [];
  let claimCount = 0;
  let words = 0;

  for (let t = 1; t <= topics; t++) {
    const claims = claimsOf(t, claimsPerTopic);
    sources.push(...sourcesOf(t));
    // One paragraph of the article per topic, one sentence per claim.
    paragraphs.push(claims.map((claim) => claim.quote).join(' '));
    files.set(`claims/${topicId(t)}.yaml`, stringify(claims, { lineWidth: 0 }));
    const page = topicPage(t, claims, wordsPerTopic);
    files.set(`topics/${topicId(t)}.mdx`, page.text);
    claimCount += claims.length;
    words += page.words;
  }

  files.set(
    'explainer.yaml',
    stringify(
      {
        title: `Benchmark explainer (${topics} topics)`,
        description: 'A synthetic explainer generated to measure build performance.',
        organization: { name: 'Benchmark Desk' },
        license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
        article: {
          title: `A synthetic article about ${topics} districts`,
          received: REVIEWED,
          provenance: [
            'Generated by scripts/bench/generate.ts; every name and number in it is invented.',
          ],
        },
      },
      { lineWidth: 0 },
    ),
  );
  files.set('article.txt', `${paragraphs.join('\n\n')}\n`);
  // `outside: false` is the schema's default; leaving it out keeps sources.yaml small.
  files.set(
    'sources.yaml',
    stringify(
      sources.map(({ outside: _, ...source }) => source),
      { lineWidth: 0 },
    ),
  );

  return {
    files,
    counts: { topics, claims: claimCount, sources: sources.length, sentences: claimCount, words },
  };
}

/** Writes a generated explainer to `dir`, which must not exist yet or be empty. */
export function writeExplainer(explainer: GeneratedExplainer, dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length)
    throw new Error(`${dir} is not empty; the benchmark writes its content only to a new folder`);
  for (const [file, text] of explainer.files) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

/**
 * A topic page as plain MDX: the explainer's components removed, everything else kept. The
 * plain Astro site in the benchmark builds these.
 */
export function withoutComponents(mdx: string): string {
  return mdx
    .replace(/^<(?:Claim|StatusBox)\b[^>]*\/>\n\n/gm, '')
    .replace(
      /\s*\((?:see )?<(?:Source|ClaimRef|Sentence)\b[^>]*\/>\)|\s*<(?:Source|ClaimRef|Sentence)\b[^>]*\/>/g,
      '',
    );
}
