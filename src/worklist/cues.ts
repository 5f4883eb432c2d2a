/**
 * Cues for triage: what in a sentence tells a fact-checker where to start.
 *
 * The vocabulary is fixed, so a worklist reads the same for every article. Each cue comes from
 * general patterns of news writing, not from any one article: rules for attribution, hedging,
 * numbers, dates and quotation marks, and compromise (a well-kept English NLP library, small,
 * rule-based and deterministic, with no model to download) for what rules do badly: telling a
 * person's name from other capitalised words.
 */
import nlp from 'compromise';

export const cueNames = [
  'anonymous-source',
  'named-source',
  'hedge',
  'number',
  'date',
  'direct-quote',
] as const;

export type Cue = (typeof cueNames)[number];

/** What each cue means, for the worklist's legend. */
export const cueMeanings: Record<Cue, string> = {
  'anonymous-source':
    'attributed to people who are not named ("sources said", "people familiar with")',
  'named-source': 'attributed to a named person or body ("X said", "according to X")',
  hedge: 'the article itself signals doubt ("reportedly", "allegedly", "could")',
  number: 'a figure, an amount of money or a percentage',
  date: 'a date, absolute or relative ("March 3", "last week")',
  'direct-quote': 'words in quotation marks',
};

/** Verbs of saying, in every form news copy uses them ("said", "says", "saying", "has said"). */
const SPEECH_STEMS = [
  'say|said|says|saying',
  'tell|told|tells|telling',
  'state|stated|states|stating',
  'announce|announced|announces|announcing',
  'claim|claimed|claims|claiming',
  'insist|insisted|insists|insisting',
  'deny|denied|denies|denying',
  'dismiss|dismissed|dismisses|dismissing',
  'acknowledge|acknowledged|acknowledges|acknowledging',
  'warn|warned|warns|warning',
  'argue|argued|argues|arguing',
  'add|added|adds|adding',
  'note|noted|notes|noting',
  'confirm|confirmed|confirms|confirming',
  'report|reported|reports|reporting',
  'write|wrote|writes|writing',
  'declare|declared|declares|declaring',
  'maintain|maintained|maintains|maintaining',
  'suggest|suggested|suggests|suggesting',
  'describe|described|describes|describing',
  'call|called|calls|calling',
  'accuse|accused|accuses|accusing',
  'allege|alleged|alleges|alleging',
  'express|expressed|expresses|expressing',
  'assert|asserted|asserts|asserting',
];
const SPEECH = `(?:${SPEECH_STEMS.join('|')})`;

/** People or officials who are not named, as news copy describes them. */
const ANONYMOUS = [
  /\b(?:people|persons?|individuals?|sources?|officials?|diplomats?|insiders?|aides?)\s+(?:familiar|close|with (?:direct )?knowledge|briefed|involved|aware)\b/i,
  /\b(?:unnamed|anonymous|unidentified)\b/i,
  /\bon (?:the )?condition of anonymity\b/i,
  /\b(?:who|that) (?:asked|declined|requested) not to be (?:named|identified)\b/i,
  new RegExp(`\\b(?:sources?|insiders?)\\s+(?:\\w+\\s+){0,2}${SPEECH}\\b`, 'i'),
  /\baccording to (?:\w+ ){0,3}(?:sources?|people|persons|officials|insiders|diplomats|reports)\b/i,
  /\b(?:a|an|one|two|three|several|some|many|eight|multiple) (?:\w+ ){0,3}(?:sources|officials?|diplomats?|insiders|people)\b(?! named)/i,
  /\b(?:multiple|several|many) (?:reports|sources|accounts)\b/i,
  /\bwhistle-?blowers?\b/i,
];

/** Words with which the article itself signals doubt. */
const HEDGE =
  /\b(?:reportedly|allegedly|purportedly|supposedly|apparently|seemingly|rumou?red|alleged|unconfirmed|unverified|could|might|may|would|is (?:said|believed|thought|understood|reported|alleged) to|are (?:said|believed|thought|understood|reported|alleged) to|appears? to|seems? to|suggests?|likely|possibly|perhaps)\b/i;

const NUMBER =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozens?|half)\b|[$€£¥]|%|\bper ?cent\b)/i;

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DATE = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}\\s+${MONTH}\\b`,
    `\\b${MONTH}\\s+\\d{4}\\b`,
    `\\b(?:in|since|until|by|from|early|late|mid-?)\\s+${MONTH}\\b`,
    '\\b(?:1[89]|20)\\d{2}\\b',
    '\\b(?:yesterday|today|tomorrow|tonight)\\b',
    '\\b(?:last|this|next|coming|past|previous)\\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b',
    '\\b(?:on|last|next)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b',
    '\\b(?:days?|weeks?|months?|years?) (?:ago|earlier|later)\\b',
    '\\b(?:earlier|later) (?:this|that|in the) (?:week|month|year)\\b',
  ].join('|'),
);

const OPENING = '“"‘\'';
const CLOSING = '”"’\'';
const MARKS = new Set([...OPENING, ...CLOSING, '’']);

/**
 * Whether two or more words stand between quotation marks, curly or straight: an opening mark,
 * then text with a space and no other mark, then a closing mark. One pass: each mark is looked
 * at once, so a 1 MiB sentence of spaces after an opening mark costs no more than its length
 * (a regular expression for the same backtracks quadratically: the red team's F5).
 */
function hasQuotation(text: string): boolean {
  let open = -1;
  let spaced = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (MARKS.has(c)) {
      if (open >= 0 && spaced && CLOSING.includes(c)) return true;
      open = OPENING.includes(c) ? i : -1;
      spaced = false;
    } else if (open >= 0 && !spaced && /\s/.test(c)) spaced = true;
  }
  return false;
}

/**
 * A named body or person before the verb: an acronym, or a capitalised word that does not just
 * open the sentence ("the Kremlin insists", "Russia’s Defence Ministry reported", "Ukraine claimed").
 */
const ACRONYM = /\b[A-Z]{2,}\b/y;
const CAPITALISED = /\b[A-Z][\w’'-]+/;

/**
 * The named bodies in `text`: every acronym, and every capitalised word except one that only
 * non-word characters precede. (As one regular expression, that exception is a lookbehind
 * `(?<!^\W*)`, which rescans the run before each word: quadratic on a long run.)
 */
function bodiesIn(text: string): string[] {
  let lead = 0;
  while (lead < text.length && !/\w/.test(text[lead]!)) lead++;
  const found: string[] = [];
  const any = new RegExp(`${ACRONYM.source}|${CAPITALISED.source}`, 'g');
  for (let m = any.exec(text); m; m = any.exec(text)) {
    ACRONYM.lastIndex = m.index;
    if (m.index === lead && !ACRONYM.test(text)) {
      any.lastIndex = m.index + 1; // not this word, but perhaps one inside it ("Anti-Corruption")
      continue;
    }
    found.push(m[0]);
  }
  return found;
}
/** Attribution to a name through "by" or "according to" ("reported by the Financial Times", "a poll by Gallup"). */
const BY_NAME =
  /\b(?:according to|(?:reported|stated|announced|confirmed|cited|published|polling|poll|survey|data|figures|study|analysis|report) by) (?:the )?([A-Z][\w’'-]+)/;
/** Openers that are not names, however they are capitalised. */
const NOT_NAMES =
  /^(?:Sources?|People|Officials?|Reports?|Analysts?|Experts?|Critics?|Observers?)$/;

/** How much of a sentence the cues read: far more than any sentence of news copy. */
const CUED_LENGTH = 2000;

/** The cues of one sentence, in the vocabulary's order. */
export function cuesOf(whole: string): Cue[] {
  // A cue reads a sentence's words as a reader would; no sentence of news copy runs to
  // thousands of characters, and the name finder (compromise) slows sharply on one that does
  // (an article of one 1 MiB "sentence" took minutes). A longer one is cued on its opening.
  const sentence = whole.length > CUED_LENGTH ? whole.slice(0, CUED_LENGTH) : whole;
  const found = new Set<Cue>();
  const anonymous = ANONYMOUS.some((pattern) => pattern.test(sentence));
  if (anonymous) found.add('anonymous-source');
  if (namesItsSource(sentence)) found.add('named-source');
  if (HEDGE.test(sentence)) found.add('hedge');
  // A date's day or year is not a figure: dates are taken out before numbers are looked for.
  if (NUMBER.test(sentence.replace(new RegExp(DATE.source, 'g'), ' '))) found.add('number');
  if (DATE.test(sentence)) found.add('date');
  if (hasQuotation(sentence.replace(/(\w)['’](\w)/g, '$1$2'))) found.add('direct-quote');
  return cueNames.filter((cue) => found.has(cue));
}

/** `text` from the end of its first word on (what `/^\W*\w+/` removes, in one pass). */
function withoutFirstWord(text: string): string {
  const word = /\w/;
  let i = 0;
  while (i < text.length && !word.test(text[i]!)) i++;
  while (i < text.length && word.test(text[i]!)) i++;
  return text.slice(i);
}

/** Whether a named person or body says something in the sentence, or it cites one. */
function namesItsSource(sentence: string): boolean {
  const by = BY_NAME.exec(sentence);
  if (by && !NOT_NAMES.test(by[1] ?? '')) return true;
  const verb = new RegExp(`\\b${SPEECH}\\b`, 'i').exec(sentence);
  if (!verb) return false;
  if (nlp(sentence).people().length > 0) return true;
  // The words before the verb, without the sentence's own opening word ("The", "Meanwhile").
  const before = withoutFirstWord(sentence.slice(0, verb.index));
  const names = bodiesIn(before);
  return names.some((name) => !NOT_NAMES.test(name));
}
