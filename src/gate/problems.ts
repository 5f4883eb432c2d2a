/**
 * Every problem a contributor can meet, worded once.
 *
 * Each problem says what is wrong (naming the field and what was expected) and how to fix it.
 * `npm run check`, the build and the MDX sandbox all report through `problem()`, and the
 * tests pin the wording, so a contributor always reads the same sentence for the same mistake.
 */

import { componentNames } from '../core/kinds.ts';
import { echo, LIMITS } from '../core/limits.ts';

/** Where a problem is: a path relative to the project, and a 1-based line and column. */
export interface Location {
  file: string;
  line: number;
  column: number;
}

export interface Problem extends Location {
  /** A stable name for the kind of problem, e.g. `unknown-source`. */
  code: ProblemCode;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

type Wording = { message: string; fix: string };

/** What every problem about an id that does not exist is told. */
export interface UnknownId {
  id: string;
  /** The closest id there is, when it is close enough to be a likely typo. */
  suggestion?: string | undefined;
  /** The ids there are. */
  allowed: readonly string[];
  /** How many there are. */
  count: number;
  /** What one entry of the kind is called, and where its ids are written. */
  one: string;
  home: string;
}

/** A value from a file, in quotes; never more than LIMITS.echo characters of it. */
const quoted = (value: unknown) => `"${echo(String(value))}"`;
/** "a, b and c". */
const andList = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
/**
 * Why two words that print alike differ, if they do: the same letters composed another way
 * (NFC and NFD), or a character that shows nothing. Undefined when they look different.
 */
function lookAlike(yours: string, theirs: string): string | undefined {
  if (yours.normalize('NFC') === theirs.normalize('NFC'))
    return 'the same letters in another Unicode form: copy them from the source, or retype the accented ones';
  const invisible = /[\u00ad\u200b-\u200f\u2060\ufeff]/gu;
  if (yours.replace(invisible, '') === theirs.replace(invisible, ''))
    return 'an invisible character, such as a zero-width space, is in one of them';
  return undefined;
}

const didYouMean = (suggestion: string | undefined) =>
  suggestion ? `did you mean ${quoted(suggestion)}? ` : '';

const wordings = {
  // Files
  'file-unreadable': (p: { reason: string }) => ({
    message: `cannot read the file: ${p.reason}`,
    fix: 'check that the file exists and is readable',
  }),
  'file-too-large': (p: { bytes: number; limit: number }) => ({
    message: `the file is ${p.bytes} bytes; content files may be at most ${p.limit} bytes`,
    fix: 'split it into smaller files',
  }),
  'file-missing': (p: { what: string }) => ({
    message: `${p.what} is missing`,
    fix: `create it; see CONTRIBUTING.md for its format`,
  }),
  'content-missing': () => ({
    message: 'the content folder does not exist',
    fix: "create it, or point the explainer integration's content option at the folder that holds explainer.yaml",
  }),
  'file-symlink': () => ({
    message: 'symbolic links are not allowed in content',
    fix: 'replace the link with the file itself; a link could point anywhere on the machine that builds the site',
  }),
  'file-not-regular': (p: { folders: readonly string[] }) => ({
    message: 'this is not an ordinary file',
    fix: `content may hold only ordinary files, and the folders ${andList(p.folders)}`,
  }),
  'file-not-utf8': () => ({
    message: 'the file is not valid UTF-8 text from here on',
    fix: 'save the file as UTF-8 in your editor',
  }),
  'unknown-file': (p: { name: string; folder: boolean; holds: readonly string[] }) => ({
    message: p.folder
      ? `the folder "${p.name}" has no place in an explainer's content`
      : `"${p.name}" is not a kind of file an explainer's content holds`,
    fix: `content holds ${andList(p.holds)} only; move anything else out of it`,
  }),
  'public-not-folder': () => ({
    message: 'public is not a folder',
    fix: 'public/ is the folder of files the site serves as they are; make it one, or remove it',
  }),
  'public-too-many': (p: { count: number; limit: number }) => ({
    message: `public/ holds ${p.count} files; the limit is ${p.limit}`,
    fix: 'public/ is for the few files the site serves as they are (robots.txt, the favicon)',
  }),
  'unknown-public-file': (p: { name: string; extensions: readonly string[] }) => ({
    message: `${quoted(p.name)} is not a kind of file public/ holds`,
    fix: `public/ holds ordinary files ending ${andList(p.extensions)}, directly in it; move anything else out of it`,
  }),
  'too-many-files': (p: { count: number; limit: number }) => ({
    message: `the content folder holds ${p.count} files; the limit is ${p.limit}`,
    fix: 'merge claims into fewer files (one per topic), or split the explainer in two',
  }),
  'content-too-large': (p: { bytes: number; limit: number }) => ({
    message: `the content folder holds ${p.bytes} bytes; the limit is ${p.limit}`,
    fix: 'remove what is not content; an explainer this large should be split in two',
  }),
  'forbidden-character': (p: { code: string; kind: string }) => ({
    message: `character ${p.code} is not allowed: it is ${p.kind}`,
    fix: 'delete it; your editor may show it only with invisible characters turned on',
  }),
  'internal-error': (p: { detail: string }) => ({
    message: `the check could not finish reading this: ${p.detail}`,
    fix: 'this is a fault in the explainer engine, not in your content; please report it with the file',
  }),
  'file-name': (p: { name: string; suggestion: string }) => ({
    message: `the file name ${quoted(p.name)} is not one every system can hold`,
    fix: `rename it to ${quoted(p.suggestion)}: lowercase words joined by hyphens (Windows refuses names such as CON, and some systems see War.yaml and war.yaml as one file)`,
  }),
  'topic-file-name': (p: {
    name: string;
    suggestion: string;
    taken: boolean;
    letter?: string | undefined;
  }) => ({
    message: `topic file name ${quoted(p.name)} is not a valid id${p.letter ? `: it has ${p.letter}, which is not a letter a–z` : ''}`,
    fix: p.taken
      ? `topics/${p.suggestion}.mdx exists already: merge the two pages, or give this one a name of its own, in lowercase words joined by hyphens`
      : `rename it to ${quoted(p.suggestion)}: lowercase words joined by hyphens, directly in topics/`,
  }),
  'line-endings-cr': () => ({
    message:
      'this file ends its lines with a carriage return alone, so it reads as one line, with no frontmatter',
    fix: 'save it with ordinary line endings (LF, or CRLF)',
  }),

  // YAML
  'yaml-syntax': (p: { detail: string; fix?: string | undefined }) => ({
    message: `YAML syntax error: ${echo(p.detail)}`,
    fix:
      p.fix ??
      'check the indentation and quoting on this line; wrap text containing ": " or "#" in quotes',
  }),
  'yaml-key-not-text': () => ({
    message: 'a field name here is a list or a mapping',
    fix: 'write field names as plain words: "name: value"',
  }),
  'yaml-alias': () => ({
    message: 'YAML aliases (*name) are not allowed in content',
    fix: 'write the value out in full',
  }),
  'yaml-tag': (p: { tag: string }) => ({
    message: `YAML tag ${p.tag} is not allowed in content`,
    fix: 'remove the tag; write plain text, numbers, lists and mappings only',
  }),
  'yaml-key-empty': (p: { written: string }) => ({
    message:
      p.written === ''
        ? 'this field has no name before its ":"'
        : /^["']/.test(p.written)
          ? `this field's name (${p.written}) is empty`
          : `this field's name (${p.written}) means "nothing" in YAML, so the field has no name`,
    fix: 'an empty key is not a field name: write the name before the ":" ("name: value"), or remove the field',
  }),
  'yaml-key-collides': (p: { written: string; first: string; line: number }) => ({
    message: `this field is written twice in the same entry, as ${echo(p.first)} on line ${p.line} and as ${echo(p.written)} here`,
    fix: 'keep one of them (YAML tells the two apart, but they name the same field)',
  }),
  'yaml-number-inexact': (p: { written: string; limit: number }) => ({
    message: `the number ${echo(p.written)} is too large: numbers past ${p.limit} are not held exactly`,
    fix: `write a number from -${p.limit} to ${p.limit}; if it is meant as text, put it in double quotes`,
  }),
  'yaml-too-deep': (p: { limit: number }) => ({
    message: `the YAML is nested more than ${p.limit} levels deep`,
    fix: 'flatten the structure; no content field nests this deep',
  }),
  'yaml-not-list': (p: { what: string }) => ({
    message: `expected a list of ${p.what} (each item starting with "- ")`,
    fix: `write the file as a YAML list: "- id: …"`,
  }),
  'yaml-not-mapping': () => ({
    message: 'expected a mapping of fields ("field: value")',
    fix: 'write the file as "field: value" lines; see CONTRIBUTING.md',
  }),
  'frontmatter-missing': () => ({
    message: 'the topic has no frontmatter',
    fix: 'start the file with "---", the fields title, summary, order and reviewed, then "---"',
  }),

  // Schema
  'missing-field': (p: { field: string; expected: string }) => ({
    message: `${p.field} is required`,
    fix: `add ${p.field}: ${p.expected}`,
  }),
  'field-renamed': (p: { field: string; to: string }) => ({
    message: `the field ${quoted(p.field)} is now called ${quoted(p.to)}`,
    fix: `write ${p.to}: instead of ${p.field}: (the same field, renamed)`,
  }),
  'unknown-field': (p: {
    field: string;
    suggestion?: string | undefined;
    allowed: readonly string[];
  }) => ({
    message: `unknown field ${quoted(p.field)}`,
    fix: `${didYouMean(p.suggestion)}allowed fields are ${p.allowed.join(', ')}`,
  }),
  'wrong-type': (p: { field: string; expected: string; received: string }) => ({
    message: `${p.field} should be ${p.expected}, not ${p.received}`,
    fix: `write ${p.field} as ${p.expected}`,
  }),
  'not-in-vocabulary': (p: {
    field: string;
    value: unknown;
    allowed: readonly string[];
    suggestion?: string | undefined;
  }) => ({
    message: `${p.field} ${quoted(p.value)} is not one of ${p.allowed.join(', ')}`,
    fix: `${didYouMean(p.suggestion)}use one of ${p.allowed.join(', ')}; the method page explains each`,
  }),
  'empty-field': (p: { field: string }) => ({
    message: `${p.field} is empty`,
    fix: `write something in ${p.field}, or remove it if it is optional`,
  }),
  'empty-list': (p: { field: string }) => ({
    message: `${p.field} has no entries`,
    fix: `add at least one entry to ${p.field}`,
  }),
  'too-long': (p: { field: string; length: number; limit: number }) => ({
    message: `${p.field} is ${p.length} characters; the limit is ${p.limit}`,
    fix: /^read\[\d+\]\.passages\[\d+\]\.text$/.test(p.field)
      ? `keep in ${p.field} only the words the citations rely on: a passage is a short quotation, not the document`
      : `shorten ${p.field}; put detail in the rationale instead`,
  }),
  'too-many-entries': (p: { field: string; count: number; limit: number }) => ({
    message: `${p.field} has ${p.count} entries; the limit is ${p.limit}`,
    fix: `keep ${p.field} to the ${p.limit} that matter most`,
  }),
  'number-out-of-range': (p: { field: string; expected: string; value: unknown }) => ({
    message: `${p.field} should be ${p.expected}, not ${String(p.value)}`,
    fix: `write ${p.field} as ${p.expected}`,
  }),
  'id-too-long': (p: { field: string; length: number }) => ({
    message: `${p.field} is ${p.length} characters; an id may have at most ${LIMITS.idLength}`,
    fix: 'choose a shorter id: a few words joined by hyphens',
  }),
  'id-reserved': (p: { field: string; value: unknown }) => ({
    message: `${p.field} ${quoted(p.value)} is a name Windows reserves, so its page could not be written there`,
    fix: 'choose another id: a few words joined by hyphens',
  }),
  'kebab-id': (p: { field: string; value: unknown; suggestion: string }) => ({
    message: `${p.field} ${quoted(p.value)} is not a valid id`,
    fix: `use lowercase words joined by hyphens, e.g. ${quoted(p.suggestion)}`,
  }),
  'id-like-sentence': (p: { field: string; value: unknown }) => ({
    message: `${p.field} ${quoted(p.value)} looks like a sentence id (s1, s2, …)`,
    fix: 'choose an id made of words, e.g. "kelly-denial"',
  }),
  'iso-day': (p: { field: string; value: unknown }) => ({
    message: `${p.field} ${quoted(p.value)} is not a date written YYYY-MM-DD`,
    fix: `write ${p.field} as a real day in ISO form, e.g. 2026-01-23`,
  }),
  'iso-partial': (p: { field: string; value: unknown }) => ({
    message: `${p.field} ${quoted(p.value)} is not a date written YYYY-MM-DD, YYYY-MM or YYYY`,
    fix: `write the date in ISO form (2026-01-23, 2026-01 or 2026), or "unknown" when nothing gives it`,
  }),
  'web-url': (p: { field: string; value: unknown }) => ({
    message: `${p.field} ${quoted(p.value)} is not a web address starting with https:// or http://`,
    fix: 'give the full https:// address, or remove the url and cite by name, publisher and date',
  }),

  'history-entry-kind': (p: { field: string }) => ({
    message: `${p.field} is not one kind of history entry`,
    fix: "write a change as date, from, to and reason; a change of address (sources) as date, url (from and to) and reason; an update (claims) as date, updated (quote or claim) and reason; a passage removed (sources) as date, removed (its text as kept) and reason; a note on an earlier entry as date, note and about (that entry's date)",
  }),

  'note-quote-unclosed': (p: { mark: string; after: string }) => ({
    message: `this opens a quotation with ${p.mark} that it never closes (${quoted(p.after)}…), so the words quoted after it cannot be checked`,
    fix: `close the quotation with ${p.mark === '“' ? '”' : p.mark === '«' ? '»' : p.mark === '„' ? '“' : '"'}; write inches or feet in words, not as "`,
  }),
  'translation-same-language': (p: { lang: string }) => ({
    message: `this passage has a translation, but it is in ${p.lang}, the explainer's own language: its text is what was read`,
    fix: 'remove the translation; or, if the passage is in another language, say which with lang: (uk, ru, …)',
  }),
  'branch-name': (p: { field: string; value: unknown }) => ({
    message: `${p.field} ${quoted(p.value)} is not a branch name git allows`,
    fix: 'write the name of the branch edits go to, as git shows it: main, or a name like drafts/explainer',
  }),
  'lang-unknown': (p: { field: string; value: unknown }) => ({
    message: `${p.field} ${quoted(p.value)} is not a language tag we know`,
    fix: 'write the language’s ISO 639 code: uk for Ukrainian, ru for Russian, en for English (ua is the country code of Ukraine, not a language)',
  }),
  'reading-at-or-copy': (p: { field: string }) => ({
    message: `${p.field} says neither where the source was read (at) nor what copy was read (copy)`,
    fix: 'give at: the address of the page read, or copy: what copy it was (print, a PDF)',
  }),

  // Integrity
  'duplicate-id': (p: { what: string; id: string; first: string }) => ({
    message: `${p.what} id ${quoted(p.id)} is already used at ${p.first}`,
    fix: `give one of them another id`,
  }),
  'unknown-source': (p: UnknownId) => ({
    message: `source ${quoted(p.id)} does not exist`,
    fix: `${didYouMean(p.suggestion)}cite an id from sources.yaml, or add the source there`,
  }),
  'unknown-topic': (p: UnknownId) => ({
    message: `topic ${quoted(p.id)} does not exist`,
    fix: p.allowed.length
      ? `${didYouMean(p.suggestion)}use one of ${p.allowed.join(', ')}, or add topics/${p.id}.mdx`
      : `no topics exist yet; add topics/${p.id}.mdx`,
  }),
  'unknown-claim': (p: UnknownId) => ({
    message: `claim ${quoted(p.id)} does not exist`,
    fix: `${didYouMean(p.suggestion)}use an id from claims/*.yaml, or add the claim there`,
  }),
  'unknown-sentence': (p: UnknownId) => ({
    message: `sentence ${quoted(p.id)} does not exist; the article has sentences s1 to s${p.count}`,
    fix: 'find the sentence id on the annotated article page (/article/)',
  }),
  'unknown-conflict': (p: UnknownId) => ({
    message: `conflictsWith ${quoted(p.id)} is neither a claim id nor a sentence id`,
    fix: `${didYouMean(p.suggestion)}list claim ids or sentence ids such as s12`,
  }),
  'unknown-version': (p: UnknownId) => ({
    message: `version ${quoted(p.id)} is not a version of the article`,
    // The known versions are the ones kept in versions/, then the current one (article.txt).
    fix:
      p.allowed.length > 1
        ? `${didYouMean(p.suggestion)}pin the claim to the earlier version it was made on (${p.allowed.slice(0, -1).join(', ')}), or remove version:`
        : 'the article has no earlier version; remove version:',
  }),
  /** A reference to an id of a kind that has no problem of its own. */
  'unknown-reference': (p: UnknownId) => ({
    message: `${p.one} ${quoted(p.id)} does not exist`,
    fix: `${didYouMean(p.suggestion)}use an id from ${p.home}, or add the ${p.one} there`,
  }),
  'conflict-not-mutual': (p: { id: string; other: string }) => ({
    message: `claim ${quoted(p.id)} lists a conflict with ${quoted(p.other)}, but ${quoted(p.other)} does not list ${quoted(p.id)}`,
    fix: `add ${p.id} to the conflictsWith of ${p.other}: a conflict between two sentences of the article belongs to both`,
  }),
  'self-conflict': (p: { id: string }) => ({
    message: `claim ${quoted(p.id)} lists itself in conflictsWith`,
    fix: 'list the other claims or sentences it contradicts',
  }),
  'unknown-derived-from': (p: UnknownId) => ({
    message: `derivedFrom ${quoted(p.id)} is not a source`,
    fix: `${didYouMean(p.suggestion)}name the id of the source this one relays`,
  }),
  'derived-from-cycle': (p: { chain: readonly string[] }) => ({
    message: `derivedFrom goes round in a circle: ${p.chain.join(' → ')}`,
    fix: 'a source can only relay an earlier one; remove one derivedFrom',
  }),
  'duplicate-citation': (p: { id: string }) => ({
    message: `source ${quoted(p.id)} is cited twice on the same claim`,
    fix: 'cite each source once, with the stance that fits best',
  }),
  'context-label-on-evidence': (p: { source: string; named: string; stance: string }) => ({
    message: `the rationale says "(context)" beside ${p.named === p.source ? '' : `${quoted(p.named)}, `}source ${quoted(p.source)}, which this claim cites with stance: ${p.stance}`,
    fix: 'cite it as context, or drop "(context)": a source that supports or disputes a claim is evidence',
  }),
  'quote-not-found': (p: {
    closest?: { id: string; text: string } | undefined;
    differences?: readonly { yours: string; article: string }[] | undefined;
    /** For a claim pinned to an earlier version: that version. */
    version?: string | undefined;
  }) => {
    const differences = (p.differences ?? []).map((d) =>
      d.yours && d.article
        ? lookAlike(d.yours, d.article)
          ? `you wrote \`${echo(d.yours)}\` with characters that look like the article's but are not (${lookAlike(d.yours, d.article)})`
          : `you wrote \`${echo(d.yours)}\` where the article has \`${echo(d.article)}\``
        : d.yours
          ? `the article does not have \`${echo(d.yours)}\``
          : `you left out \`${echo(d.article)}\``,
    );
    const file = p.version ? `content/versions/${p.version}.txt` : 'content/article.txt';
    return {
      message: p.version
        ? `quote is not in the version of ${p.version} of the article`
        : 'quote is not in the article',
      fix: p.closest
        ? `copy the words exactly${differences.length ? `: ${differences.join('; ')}` : ' (the article uses curly quotes ’ and dashes —)'}; the closest sentence is ${p.closest.id}: ${quoted(p.closest.text)}`
        : `copy the words exactly from ${file}`,
    };
  },
  'quote-ambiguous': (p: { count: number; sentences: readonly string[] }) => {
    const count =
      p.count > LIMITS.occurrences ? `more than ${LIMITS.occurrences}` : String(p.count);
    const shown = `${p.sentences.join(', ')}${p.count > p.sentences.length ? ', …' : ''}`;
    return {
      message: `quote occurs ${count} times in the article (in ${shown})`,
      fix: `quote more words so it occurs once, or add occurrence: 1 to ${p.count > LIMITS.occurrences ? 'the one you mean' : p.count}, or occurrence: all`,
    };
  },
  'occurrence-all-too-many': (p: { limit: number }) => ({
    message: `the quote occurs more than ${p.limit} times, and occurrence: all may cover at most ${p.limit}`,
    fix: 'quote more words, so the claim is about the places it means',
  }),
  'occurrence-out-of-range': (p: { occurrence: number; count: number }) => ({
    message: `occurrence ${p.occurrence} asked for, but the quote occurs ${p.count} time${p.count === 1 ? '' : 's'}`,
    fix: p.count === 1 ? 'remove occurrence' : `use a number from 1 to ${p.count}, or all`,
  }),
  'status-not-justified': (p: {
    claim: string;
    status: string;
    requirement: string;
    because: string;
    allowed?: string | undefined;
  }) => ({
    message: `claim ${quoted(p.claim)} is "${p.status}", but that needs ${p.requirement}; ${p.because}`,
    fix: p.allowed
      ? `change the status to "${p.allowed}", the strongest these citations allow, or cite evidence that meets the rule (see /method/)`
      : 'cite the source that makes the claim, with stance: supports (see /method/)',
  }),
  'address-history-mismatch': (p: { last: string | null; url: string | null }) => ({
    message: `the last address entry changes the address to ${p.last === null ? 'none' : quoted(p.last)}, but the source's url is ${p.url === null ? 'absent' : quoted(p.url)}`,
    fix: 'make the latest address entry end in the current url (null when there is none)',
  }),
  'grade-history-mismatch': (p: { last: string; grade: string }) => ({
    message: `the last history entry changes the grade to ${p.last}, but the source's grade is ${p.grade}`,
    fix: 'make the latest history entry end in the current grade',
  }),
  'history-mismatch': (p: { last: string; status: string }) => ({
    message: `the last history entry changes the status to "${p.last}", but the claim's status is "${p.status}"`,
    fix: 'make the latest history entry end in the current status',
  }),

  'note-about-unknown': (p: { about: string; dates: readonly string[] }) => ({
    message: `this note is about the entry of ${p.about}, but no entry before it has that date`,
    fix: p.dates.length
      ? `give about the date of the entry it amends: ${[...new Set(p.dates)].join(', ')}`
      : 'a note amends an entry before it in the same history; write the entry first',
  }),

  // The published record (npm run check -- --since <ref>)
  'published-removed': (p: { what: string; id: string; ref: string }) => ({
    message: `${p.what} ${quoted(p.id)} was published at ${p.ref} and is no longer here`,
    fix:
      p.what === 'topic'
        ? `restore topics/${p.id}.mdx: a published page keeps its address`
        : `restore it; to take back a published ${p.what}, keep it and add withdrawn: {date, reason}`,
  }),
  'published-draft-again': (p: { ref: string }) => ({
    message: `the explainer was published at ${p.ref}, and a published explainer is not a draft again`,
    fix: 'keep draft: false; withdraw a claim that is not ready (withdrawn: {date, reason}) rather than unpublish the explainer',
  }),
  'history-future-date': (p: { date: string }) => ({
    message: `this entry is dated ${p.date}, a day that has not come yet`,
    fix: 'date an entry on the day its change was made',
  }),
  'update-no-change': (p: { field: string }) => ({
    message: `this entry says the ${p.field === 'claim' ? 'restatement' : p.field} was updated, but it is as it was published`,
    fix: 'remove the entry, or make the update it records',
  }),
  'published-history-changed': (p: { subject: string; date: string; ref: string }) => ({
    message: `the history entry of ${p.date} of ${p.subject}, published at ${p.ref}, is no longer here as it was published`,
    fix: `restore it exactly as published, in its place; to correct it, add after it a note: {date, note, about: ${p.date}}`,
  }),
  'history-no-change': (p: { what: string; from: string }) => ({
    message: `this entry changes the ${p.what} from "${p.from}" to "${p.from}": it records no change`,
    fix: 'remove it, or say what changed; a note on an earlier entry is written {date, note, about}',
  }),
  'history-chain-broken': (p: { what: string; from: string; was: string }) => ({
    message: `this entry changes the ${p.what} from ${quoted(p.from)}, but before it the ${p.what} was ${quoted(p.was)}`,
    fix: `start each new entry where the one before it ends (here ${quoted(p.was)}), so the record leads from what was published to what is shown now`,
  }),
  'history-chain-next': (p: { what: string; to: string; next: string }) => ({
    message: `this entry changes the ${p.what} to ${quoted(p.to)}, but the published entry after it starts from ${quoted(p.next)}`,
    fix: 'put the entry where it belongs in the record, so that each entry starts where the one before it ends',
  }),
  'change-unrecorded': (p: {
    subject: string;
    what: string;
    was: string;
    now: string;
    ref: string;
  }) => ({
    message: `${p.subject} was published at ${p.ref} with the ${p.what} ${quoted(p.was)} and now has ${quoted(p.now)}, and no entry added since records the change`,
    fix: `add to its history: - {date: <today>, from: ${p.was}, to: ${p.now}, reason: <why>}`,
  }),
  'address-unrecorded': (p: {
    subject: string;
    was: string | null;
    now: string | null;
    ref: string;
  }) => ({
    message: `${p.subject} was published at ${p.ref} with the address ${p.was === null ? '(none)' : quoted(p.was)} and now has ${p.now === null ? 'none' : quoted(p.now)}, and no entry added since records the change`,
    fix: `add to its history: - {date: <today>, url: {from: ${p.was ?? 'null'}, to: ${p.now ?? 'null'}}, reason: <why; say so when the document was never read>}`,
  }),
  'update-unrecorded': (p: { field: string; id: string; ref: string }) => ({
    message: `the ${p.field === 'quote' ? 'quote' : 'restatement'} of claim ${quoted(p.id)} differs from what was published at ${p.ref}, and no entry records the update`,
    fix: `add to its history: - {date: <today>, updated: ${p.field}, reason: <why>}`,
  }),
  'source-update-unrecorded': (p: { field: string; id: string; ref: string }) => ({
    message: `the ${p.field} of source ${quoted(p.id)} differs from what was published at ${p.ref}, and no entry records the update`,
    fix: `add to its history: - {date: <today>, updated: ${p.field}, reason: <why; say so if it is now another document>}`,
  }),
  'published-withdrawal-changed': (p: { subject: string; ref: string }) => ({
    message: `the withdrawal of ${p.subject} published at ${p.ref} was changed or removed`,
    fix: 'restore it exactly as published: a withdrawal is part of the record',
  }),
  'withdrawn-source-cited': (p: { id: string; date: string }) => ({
    message: `source ${quoted(p.id)} was withdrawn on ${p.date}; a claim may not newly cite it`,
    fix: 'cite another source for this claim',
  }),
  'first-version-rewritten': (p: { field: string; was: string; ref: string }) => ({
    message: `the article's ${p.field === 'received' ? 'first version was received on' : 'first version had the SHA-256'} ${p.was} as published at ${p.ref}, and explainer.yaml no longer says so`,
    fix: `restore article.${p.field} as it was: the versions published are the record`,
  }),
  'published-version-changed': (p: { id: string; ref: string; gone: boolean }) => ({
    message: `the version of ${p.id}, published at ${p.ref}, is ${p.gone ? 'no longer kept' : 'not kept as it was published'}`,
    fix: `restore versions/${p.id}.txt exactly as it was published`,
  }),
  'revision-rewritten': (p: { version: string; ref: string }) => ({
    message: `the revision of ${p.version} was published at ${p.ref} and is no longer listed as it was`,
    fix: 'restore it as it was: a published revision keeps its version, SHA-256 and note, and later ones come after it',
  }),
  'policy-change-unrecorded': (p: { ref: string }) => ({
    message: `the corrections policy is not the one published at ${p.ref}, and no entry added since records the change`,
    fix: 'add to corrections.policyChanges: - {date: <today>, reason: <why>, was: <the words it replaced, as published>} (leave out was when words were only added)',
  }),
  'published-policy-change-changed': (p: { date: string; ref: string }) => ({
    message: `the change to the corrections policy of ${p.date}, published at ${p.ref}, is no longer here as it was published`,
    fix: 'restore it exactly as published, in its place; if it was wrong, say so in the reason of a later entry',
  }),
  'policy-was-not-published': (p: { was: string; ref: string }) => ({
    message: `this entry says the policy said ${quoted(p.was)}, but the policy published at ${p.ref} has no such words`,
    fix: `copy the words it replaced exactly from the policy as it was published (git show ${p.ref}:content/explainer.yaml); leave out was when words were only added`,
  }),
  'article-changed-since': (p: { ref: string }) => ({
    message: `article.txt is not the article published at ${p.ref}`,
    fix: 'restore it; a revised article is a new version, not an overwrite (CONTRIBUTING.md, "When the article is revised")',
  }),

  // Publishing (npm run check -- --publish)
  'placeholder-published': (p: { value: string }) => ({
    message: `${quoted(p.value)} is what \`npm run new\` wrote here, and it would be published as it is`,
    fix: 'replace it: the organisation that publishes the explainer, what is known of where the article came from, and a title of your own',
  }),
  'site-address-local': (p: { site: string }) => ({
    message: p.site
      ? `the site would be published with its canonical addresses on ${quoted(p.site)}`
      : 'the site would be published with its canonical addresses on localhost: SITE_URL is not set',
    fix: 'set SITE_URL to the address readers use, as the build does (the deploy workflow sets it from the Pages configuration)',
  }),
  'draft-published': () => ({
    message: 'the explainer is a draft: every page would say so, and ask not to be indexed',
    fix: 'set draft: false once every sentence is examined, then deploy',
  }),
  'report-address-local': (p: { address: string }) => ({
    message: `readers would report errors at ${quoted(p.address)}, which they cannot reach`,
    fix: 'give corrections.report or repository as an address on the web',
  }),
  'no-way-to-report': () => ({
    message:
      'a reader would have no way to report an error: there is no corrections.report and no repository',
    fix: 'add corrections.report (a form or an address) to explainer.yaml, or repository, whose issue form the site then links',
  }),

  // What we read (read:, and the notes that quote it)
  'note-quote-not-found': (p: {
    quote: string;
    source: string;
    passages: number;
    differences?: readonly { yours: string; article: string }[] | undefined;
  }) => {
    const differences = (p.differences ?? []).map((d) =>
      d.yours && d.article
        ? lookAlike(d.yours, d.article)
          ? `you wrote \`${echo(d.yours)}\` with characters that look like the passage's but are not (${lookAlike(d.yours, d.article)})`
          : `you wrote \`${echo(d.yours)}\` where the passage has \`${echo(d.article)}\``
        : d.yours
          ? `the passage does not have \`${echo(d.yours)}\``
          : `you left out \`${echo(d.article)}\``,
    );
    return {
      message: `${quoted(p.quote)} is not in ${p.passages ? 'any passage kept from' : 'what we kept of'} source ${quoted(p.source)}`,
      fix: p.passages
        ? `copy the words exactly from a passage of its read:${differences.length ? ` ${differences.join('; ')}` : ''}; or keep, in read:, the passage they come from`
        : "keep, in the source's read:, the passage these words come from, copied exactly from the page read; or take the quotation marks away",
    };
  },
  'citation-note-unquoted': (p: { id: string; stance: string }) => ({
    message: `this citation ${p.stance} the claim, but its note quotes no words of source ${quoted(p.id)}`,
    fix: `write in the note, in quotation marks, at least three words of a passage kept from ${quoted(p.id)}: what in it ${p.stance === 'supports' ? 'supports' : 'disputes'} the claim`,
  }),
  'source-not-read': (p: { id: string; stance: string }) => ({
    message: `source ${quoted(p.id)} ${p.stance} the claim, but no one read it: it has no read entry`,
    fix: 'read it, and keep in read: where, when and the passages it is cited for; or cite it as context',
  }),
  'grade-a-not-primary': (p: { id: string; because: string }) => ({
    message: `source ${quoted(p.id)} is grade A, the primary record, but ${p.because}`,
    fix: 'read the record itself at its publisher, and add that reading without via; or grade it as the report it was read in (B for named sourcing, C for anonymous)',
  }),
  'passage-removed-unrecorded': (p: { id: string; passage: string; by: string; ref: string }) => ({
    message: `a passage of source ${quoted(p.id)} that ${p.by} quoted as published at ${p.ref} is no longer kept: ${quoted(p.passage.length > 80 ? `${p.passage.slice(0, p.passage.lastIndexOf(' ', 79))} …` : p.passage)}`,
    fix: "keep it as it was; or, if it was wrong, add to the source's history an entry {date, removed: its text as it was kept, reason}",
  }),
  'passage-translation-changed-unrecorded': (p: {
    id: string;
    translation: string;
    by: string;
    ref: string;
  }) => ({
    message: `the translation of a passage of source ${quoted(p.id)} that ${p.by} quoted as published at ${p.ref} has changed, and nothing records it: it was ${quoted(p.translation.length > 80 ? `${p.translation.slice(0, p.translation.lastIndexOf(' ', 79))} …` : p.translation)}`,
    fix: "keep the translation as it was; or, if it was wrong, add to the source's history an entry {date, removed: the old translation as it was kept, reason}",
  }),
  'removed-still-kept': () => ({
    message: 'this entry records a passage as removed, but the source still keeps it',
    fix: 'take the passage out of read:, or remove the entry if the passage stays',
  }),
  'source-url-unread': (p: { id: string }) => ({
    message: `source ${quoted(p.id)} links to a document, but keeps nothing read there: it has no read entry`,
    fix: 'keep in read: where and when it was read, and the passages its citations rely on; or remove the url and cite it by name, publisher and date',
  }),
  'too-many-passages': (p: { count: number; limit: number }) => ({
    message: `${p.count} passages are kept from this source; the limit is ${p.limit}`,
    fix: 'keep the passages the citations and the summary quote, and no more',
  }),

  // Placement
  'claim-not-placed': (p: { id: string; topic: string }) => ({
    message: `claim ${quoted(p.id)} is not placed on any page`,
    fix: `add <Claim id="${p.id}"/> to topics/${p.topic}.mdx`,
  }),
  'claim-placed-twice': (p: { id: string; first: string }) => ({
    message: `claim ${quoted(p.id)} is already placed at ${p.first}`,
    fix: `place each claim once; elsewhere, link to it with <ClaimRef id="${p.id}"/>`,
  }),
  'claim-on-wrong-topic': (p: { id: string; topic: string; page: string }) => ({
    message: `claim ${quoted(p.id)} belongs to topic "${p.topic}" but is placed on "${p.page}"`,
    fix: `move <Claim id="${p.id}"/> to topics/${p.topic}.mdx and link to it here with <ClaimRef id="${p.id}"/>, or change the claim's topic to "${p.page}"`,
  }),
  'source-not-cited': (p: { id: string }) => ({
    message: `source ${quoted(p.id)} is cited by nothing`,
    fix: 'cite it from a claim (or from the glossary or timeline), or remove it from sources.yaml',
  }),
  'heading-id-taken': (p: { id: string; by: 'card' | 'page' }) => ({
    message: `this heading would get the id ${quoted(p.id)}, which ${p.by === 'card' ? 'a claim card on this page already has' : 'the page already uses for a part of its own'}`,
    fix: `reword the heading; links to the ${p.by === 'card' ? 'card' : 'part of the page with that id'} would land on the heading instead`,
  }),
  'link-broken': (p: { url: string; page: string; suggestion: string | undefined }) => ({
    message: `this link goes to ${quoted(p.url)}, and the site has no page ${quoted(p.page)}`,
    fix: `${p.suggestion ? `did you mean "/${p.suggestion}"? ` : ''}link a page of this site from the root, as the site shows it: /topics/<topic>/, /claims/<claim>/, /sources/<source>/ or /article/#s12 (the build adds the site's base path)`,
  }),
  'link-anchor-missing': (p: {
    url: string;
    page: string;
    anchor: string;
    suggestion: string | undefined;
  }) => ({
    message: `this link goes to ${quoted(p.url)}, but ${p.page} has no part with the id ${quoted(p.anchor)}`,
    fix: `${didYouMean(p.suggestion)}link to an id the page has: a heading's, a claim card's, a sentence's (s12) or a passage's (passage-1)`,
  }),
  'link-nested': (p: { name: string }) => ({
    message: `<${p.name}> makes a link of its own, and it is inside a link here: a link inside a link is not valid HTML`,
    fix: `move <${p.name}/> out of the link, beside it`,
  }),
  'heading-id-empty': () => ({
    message: 'this heading has no letter or digit, so its id, and any link to it, would be empty',
    fix: 'give the heading a word; a heading of emoji or punctuation alone cannot be linked to',
  }),
  'id-taken-by-page': (p: { what: string; id: string }) => ({
    message: `${p.what} id ${quoted(p.id)} is one the site's pages use for their own parts`,
    fix: `choose another id for the ${p.what}, one that says what it is`,
  }),
  'box-placed-twice': () => ({
    message: 'the page already has its <StatusBox/>',
    fix: 'keep one box per topic page',
  }),
  'too-many-quotations': (p: { limit: number }) => ({
    message: `the page quotes more than ${p.limit} sentences with <Sentence>`,
    fix: 'quote the sentences that matter here, and link to the annotated article for the rest',
  }),
  'topic-without-box': (p: { topic: string }) => ({
    message: `topic "${p.topic}" has no <StatusBox/>`,
    fix: 'add <StatusBox/> after the introduction; every topic shows what is established and what is not',
  }),
  'article-changed': (p: { recorded: string; actual: string; version: string }) => ({
    message: `article.txt is not the version of ${p.version} as received: its SHA-256 is ${p.actual.slice(0, 12)}…, explainer.yaml records ${p.recorded.slice(0, 12)}…`,
    fix: 'restore article.txt exactly as it arrived; if the publisher revised the article, restore it and record the new text as a new version: npm run revise -- <the new text>',
  }),
  // The article's versions (article.revisions, content/versions/)
  'revision-out-of-order': (p: { version: string; previous: string }) => ({
    message: `version ${quoted(p.version)} does not come after ${quoted(p.previous)}, the version before it`,
    fix: 'list revisions oldest first, each received after the one before (a second the same day is -2, -3…)',
  }),
  'version-missing': (p: { version: string; file: string }) => ({
    message: `the version of ${p.version}, which a revision replaced, is not kept: ${p.file} is missing`,
    fix: `restore ${p.file} exactly as it was received: every earlier version stays, byte for byte`,
  }),
  'version-changed': (p: { version: string; recorded: string; actual: string }) => ({
    message: `this is not the version of ${p.version} as received: its SHA-256 is ${p.actual.slice(0, 12)}…, explainer.yaml records ${p.recorded.slice(0, 12)}…`,
    fix: 'restore the file exactly as it was received: an earlier version is the record and is never edited',
  }),
  'version-unlisted': (p: { id: string }) => ({
    message: `versions/${p.id}.txt is not a version explainer.yaml lists`,
    fix: 'remove it; npm run revise keeps each earlier version and lists it in article.revisions',
  }),
  'revision-pending': (p: { version: string; file: string; sentence: string; was: string }) => ({
    message: `${p.file} refers to ${p.sentence}, a sentence the revision of ${p.version} changed or removed: ${quoted(p.was)}`,
    fix: `point the reference at the sentence it means now (see /article/), or remove it, then delete this item from pending`,
  }),
  'version-current': (p: { version: string }) => ({
    message: `version ${quoted(p.version)} is the current version of the article, not an earlier one`,
    fix: 'remove version: a claim on the current version needs none; version: pins a claim to an earlier version',
  }),
  'reviewed-before-revision': (p: { reviewed: string; version: string; date: string }) => ({
    message: `the quote was updated after the revision of ${p.version}, but the claim was last reviewed on ${p.reviewed}, before it`,
    fix: `review the claim against the new words and set reviewed to the day you did (on or after ${p.date})`,
  }),
  'quote-revised': (p: { revised: string; version: string }) => ({
    message: `the quote is not in the current version of the article (revised on ${p.revised}); it is in the version of ${p.version}`,
    fix: `update the quote and the claim to the new words, with an updated history entry, and review it again; or withdraw the claim; or pin it to the words it was about with version: ${p.version}`,
  }),
  'sentences-not-examined': (p: { ids: readonly string[] }) => ({
    message: `${p.ids.length} sentence${p.ids.length === 1 ? ' is' : 's are'} not examined yet (${p.ids.slice(0, 8).join(', ')}${p.ids.length > 8 ? ', …' : ''}); a published explainer examines every sentence`,
    fix: 'quote each in a claim (`npm run worklist` lists them, with cues), or set draft: true in explainer.yaml while you work',
  }),
  'part-not-found': (p: { startsWith: string }) => ({
    message: `no sentence of the article starts with ${quoted(p.startsWith)}`,
    fix: 'copy the opening words of the sentence that starts the piece exactly',
  }),

  // MDX
  'mdx-syntax': (p: { detail: string }) => ({
    message: `MDX syntax error: ${echo(p.detail)}`,
    fix: 'check for an unclosed tag or a stray "<" or "{"; write "&lt;" for a literal "<"',
  }),
  'mdx-esm': (p: { keyword: string }) => ({
    message: `${p.keyword} statements are not allowed in content`,
    fix: `remove it; the components ${andList(componentNames)} are available without importing`,
  }),
  'mdx-expression': () => ({
    message: 'JavaScript expressions in braces {…} are not allowed in content',
    fix: 'write plain text; to show a literal brace, write \\{',
  }),
  'mdx-attribute-expression': (p: { component: string }) => ({
    message: `<${p.component}> has an attribute written as an expression`,
    fix: 'write attributes as plain strings: name="value"',
  }),
  'mdx-unknown-component': (p: { name: string; allowed: readonly string[] }) => ({
    message: `<${p.name}> is not an allowed component or element`,
    fix: `use one of ${p.allowed.join(', ')}, or Markdown syntax`,
  }),
  'mdx-forbidden-element': (p: { name: string }) => ({
    message: `<${p.name}> is never allowed in content`,
    fix: 'remove it; content cannot add scripts, styles, frames, forms or page metadata',
  }),
  'mdx-event-handler': (p: { name: string; attribute: string }) => ({
    message: `<${p.name}> has an event-handler attribute ${p.attribute}`,
    fix: 'remove it; content cannot run scripts',
  }),
  'mdx-unknown-attribute': (p: {
    name: string;
    attribute: string;
    allowed: readonly string[];
  }) => ({
    message: `<${p.name}> does not take the attribute ${quoted(p.attribute)}`,
    fix: p.allowed.length
      ? `allowed attributes are ${p.allowed.join(', ')}`
      : `<${p.name}> takes no attributes`,
  }),
  'mdx-missing-attribute': (p: { name: string; attribute: string; example: string }) => ({
    message: `<${p.name}> needs the attribute ${p.attribute}`,
    fix: `write it as ${p.example}`,
  }),
  'mdx-unsafe-url': (p: { url: string }) => ({
    message: `link to ${quoted(p.url)} uses a scheme that can run code or hide content`,
    fix: 'link only to https://, http://, mailto: or a path on this site',
  }),
  'mdx-image': () => ({
    message: 'images are not allowed on topic pages',
    fix: 'say in words what the image shows, and link to where it is published: [the chart](https://…)',
  }),
  'mdx-block-inline': (p: { name: string; container: string }) => ({
    message: `<${p.name}> is a block and cannot sit inside ${p.container}`,
    fix: `put <${p.name}> on a line of its own, with a blank line before and after it`,
  }),
  'mdx-too-deep': (p: { limit: number }) => ({
    message: `this part of the page nests more than ${p.limit} levels deep`,
    fix: 'flatten the lists, quotes or elements; no page needs to nest this deep',
  }),

  // Map (map.yaml)
  'unknown-place': (p: { id: string; suggestion?: string | undefined }) => ({
    message: `place ${quoted(p.id)} does not exist`,
    fix: `${didYouMean(p.suggestion)}use an id from places in map.yaml, or add the place there`,
  }),
  'place-not-drawn': (p: { id: string }) => ({
    message: `place ${quoted(p.id)} is on no map`,
    fix: 'add it to the places of a view, or remove it from places',
  }),
  'place-not-located': (p: { what: string }) => ({
    message: `${p.what} has no coordinates`,
    fix: 'run `npx node scripts/places.ts` to copy them from the gazetteer; never type coordinates by hand',
  }),
  'gazetteer-not-found': (p: { name: string; country: string; admin1?: string | undefined }) => ({
    message: `the gazetteer has no place named ${quoted(p.name)} in ${p.country}${p.admin1 === undefined ? '' : ` with admin1 ${quoted(p.admin1)}`}`,
    fix: 'spell the name as the gazetteer does (look it up on geonames.org), and check the country and admin1 codes',
  }),
  'gazetteer-ambiguous': (p: { name: string; candidates: readonly string[] }) => ({
    message: `the gazetteer has ${p.candidates.length} places named ${quoted(p.name)}: ${p.candidates.join('; ')}`,
    fix: 'add admin1 with the code of the one you mean, in quotes',
  }),
  'unknown-country': (p: { name: string; suggestion?: string | undefined }) => ({
    message: `country ${quoted(p.name)} is not in the boundary data`,
    fix: `${didYouMean(p.suggestion)}name countries as Natural Earth does, e.g. "France" or "United States of America"`,
  }),
  'map-frame-choice': (p: { both: boolean }) => ({
    message: `frame names ${p.both ? 'both countries and places' : 'neither countries nor places'}`,
    fix: 'fit the view either to countries (countries: [...]) or to two or more places (places: [...])',
  }),
  'map-frame-one-place': () => ({
    message: 'frame names only one place; a view needs at least two to fit to',
    fix: 'add another place to frame.places, or fit the view to countries instead',
  }),
  'map-frame-no-extent': (p: {
    places: readonly string[];
    fault: 'point' | 'no-width' | 'no-height' | 'too-small' | 'not-finite';
  }) => ({
    message: `frame places ${andList(p.places.map(quoted))} ${
      {
        point: 'are all at one point, so the view has no extent to fit to',
        'no-width': 'are all on one meridian, so the view has no width to fit to',
        'no-height': 'are all on one parallel, so the view has no height to fit to',
        'too-small':
          'are all within 0.01° (about a kilometre) of one another, too close for the map to be fitted to',
        'not-finite': 'give a view the map cannot be fitted to',
      }[p.fault]
    }`,
    fix: 'add a place some distance from these to frame.places, or fit the view to countries instead; coordinates come from the gazetteer (`npx node scripts/places.ts`), never typed by hand',
  }),
  'redraw-anchor-outside': (p: { id: string; from: string }) => ({
    message: `the anchor of redraw ${quoted(p.id)} is in no shape of ${p.from} in the boundary data`,
    fix: 'choose an anchor place inside the part to redraw, then run `npx node scripts/places.ts`',
  }),
} satisfies Record<string, (params: never) => Wording>;

export type ProblemCode = keyof typeof wordings;

/** Every kind of problem, for the catalogue in CONTRIBUTING.md. */
export const problemCodes = Object.keys(wordings) as ProblemCode[];
type ParamsOf<C extends ProblemCode> = Parameters<(typeof wordings)[C]>[0];

/** Creates a problem at a location, worded by its code. */
export function problem<C extends ProblemCode>(
  code: C,
  at: Location,
  ...params: ParamsOf<C> extends undefined ? [] : [ParamsOf<C>]
): Problem {
  const word = wordings[code] as (p: ParamsOf<C> | undefined) => Wording;
  // Every value taken from a file is cut to LIMITS.echo characters, whichever message uses it.
  const given = params[0] as Record<string, unknown> | undefined;
  const cut =
    given &&
    Object.fromEntries(
      Object.entries(given).map(([k, v]) => [k, typeof v === 'string' ? echo(v) : v]),
    );
  return { ...at, code, ...word(cut as ParamsOf<C> | undefined) };
}

/**
 * Characters that would let a message do something other than read: control characters (a
 * terminal's escape sequences, a line break that starts a CI "::command::"), line and
 * paragraph separators, and bidirectional controls.
 */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** `text` with every unprintable character written as an escape: `\x1b`, `\n`, `\u202e`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    const code = c.codePointAt(0)!;
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The one line a contributor reads: `file:line:column  message  (how to fix)`. */
export function formatProblem(p: Problem): string {
  return printable(`${p.file}:${p.line}:${p.column}  ${p.message}  (${p.fix})`);
}

/** "1 problem", or "1 problem; 10 more may follow from it and are not shown". */
export function problemSummary(shown: number, suppressed: number): string {
  const count = `${shown} problem${shown === 1 ? '' : 's'}`;
  if (!suppressed) return count;
  return `${count}; ${suppressed} more may follow from ${shown === 1 ? 'it' : 'them'} and ${suppressed === 1 ? 'is' : 'are'} not shown`;
}

/** Orders problems by file, then position, so reports are stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/**
 * What a check may spend on "did you mean" suggestions, in cells of the edit-distance table.
 * One is made per check; when it runs out, problems are still reported, without suggestions.
 */
export interface SuggestionBudget {
  /** Suggestions still to be offered (LIMITS.suggestions per check). */
  suggestions: number;
  /** Cells of the edit-distance table still to be computed: enough for the suggestions against thousands of ids each. */
  cells: number;
}

export const suggestionBudget = (): SuggestionBudget => ({
  suggestions: LIMITS.suggestions,
  cells: 50_000_000,
});

/**
 * The closest of `candidates` to `value`, if it is close enough to be a likely typo.
 *
 * Only values up to twice the id length limit are matched, candidates whose length alone rules
 * them out are skipped, and each comparison stops once it cannot come within reach, so one
 * suggestion costs at most candidates × length × the distance allowed.
 */
export function closest(
  value: string,
  candidates: Iterable<string>,
  budget: SuggestionBudget = { suggestions: Infinity, cells: Infinity },
): string | undefined {
  if (value.length > LIMITS.idLength * 2 || budget.cells <= 0 || budget.suggestions <= 0)
    return undefined;
  budget.suggestions--;
  const reach = Math.max(2, Math.floor(value.length / 3));
  const wanted = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = reach + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - value.length) >= bestDistance) continue;
    budget.cells -= wanted.length * Math.min(candidate.length, 2 * reach + 1);
    const distance = boundedDistance(wanted, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
    if (budget.cells <= 0) break;
  }
  return best;
}

/**
 * The edit distance between `a` and `b`, or `bound + 1` once it is sure to exceed `bound`.
 * Only the diagonal band that can stay within `bound` is computed.
 */
function boundedDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const over = bound + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= bound ? j : over));
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(over);
    current[0] = i <= bound ? i : over;
    let rowBest = current[0];
    const from = Math.max(1, i - bound);
    const to = Math.min(b.length, i + bound);
    for (let j = from; j <= to; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        over,
      );
      if (current[j]! < rowBest) rowBest = current[j]!;
    }
    if (rowBest > bound) return over;
    previous = current;
  }
  return Math.min(previous[b.length]!, over);
}
