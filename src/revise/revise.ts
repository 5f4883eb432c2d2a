/**
 * A revision of the article: the publisher changed it, so its new text becomes a new version,
 * and the version it replaces is kept, byte for byte. Nothing of the earlier version is lost.
 *
 * The plan is made in memory, from the content as it stands: the earlier text moves to
 * content/versions/<its id>.txt, the new text becomes article.txt, explainer.yaml gains the
 * revision (its day, the new text's SHA-256, the publisher's note), and every reference to a
 * sentence is looked at. A sentence that only moved gets its new id wherever it is named (topic
 * pages, `conflictsWith`, the map); a reference to one that was reworded or removed goes on the
 * revision's `pending` list, for a contributor to settle. Claims are not edited: the check
 * names each claim whose quote the revision changed, and the contributor decides.
 *
 * Nothing is written unless the whole plan is made; then each file is written beside itself and
 * renamed into place, and the ones already written are put back if one fails.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { LIMITS } from '../core/limits.ts';
import { parseTopic } from '../gate/topic.ts';
import { type Explainer, explainerSchema, isRealDate } from '../core/schema.ts';
import { locateQuote } from '../model/model.ts';
import { sentencesIn } from '../model/quotes.ts';
import { compareVersions, type SentenceFate, versionsOf } from '../model/revisions.ts';
import { segmentSentences } from '../model/segment.ts';

export interface ReviseOptions {
  /** The day the new version was received; today when not given. */
  date?: string | undefined;
  /** The publisher's note on the change, exactly as published. */
  note?: string | undefined;
  /** Today, as YYYY-MM-DD (for tests). */
  today?: string;
}

/** What a revision did to one claim. */
export interface ClaimOutcome {
  id: string;
  file: string;
  outcome:
    'unchanged' | 'moved' | 'changed' | 'gone' | 'elsewhere' | 'pinned' | 'withdrawn' | 'not-found';
  /** Its sentences in the earlier version, and in the new one when its words are there. */
  from: string[];
  to: string[];
}

export interface RevisionPlan {
  /** The new version's id, and the id of the version it replaces. */
  version: string;
  previous: string;
  /** Files to write, relative to the content folder, with their new bytes. */
  writes: Map<string, Buffer>;
  claims: ClaimOutcome[];
  /** References rewritten to a moved sentence's new id, and references left pending. */
  rewritten: { file: string; from: string; to: string }[];
  pending: { file: string; sentence: string; was: string }[];
  counts: { unchanged: number; moved: number; changed: number; gone: number; added: number };
  /** Whether the diff gave up and sentences were matched by their words. */
  approximate: boolean;
}

export type PlanResult = { ok: true; plan: RevisionPlan } | { ok: false; reason: string };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A reference to a sentence as revise rewrites it: <Sentence id="s4"/>, or a link to /article/#s4. */
const SENTENCE_REFERENCE =
  /(<Sentence\b[^>]*?\bid\s*=\s*["'])(s[1-9]\d*)(["'])|(\/article\/#)(s[1-9]\d*)\b/g;

/** The sentence a link on topic page `page` goes to on the current article page, if any. */
function articleSentenceOf(url: string, page: string): string | undefined {
  try {
    const target = new URL(url, `https://site.invalid/topics/${page.replace(/\.mdx$/, '')}/`);
    if (target.origin !== 'https://site.invalid' || !/^\/article\/?$/.test(target.pathname))
      return undefined;
    const id = decodeURIComponent(target.hash.slice(1));
    return SENTENCE_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
const SENTENCE_ID = /^s[1-9]\d*$/;

/** Plans the revision of the article in `contentDir` to `newBytes`; writes nothing. */
export function planRevision(
  contentDir: string,
  newBytes: Buffer,
  options: ReviseOptions = {},
): PlanResult {
  const fail = (reason: string): PlanResult => ({ ok: false, reason });
  const file = (name: string) => path.join(contentDir, name);
  if (!existsSync(file('explainer.yaml')) || !existsSync(file('article.txt')))
    return fail(
      `${contentDir} is not an explainer's content folder: it has no explainer.yaml and article.txt`,
    );

  // The new text: a text file of the article's size, with sentences.
  if (newBytes.length > LIMITS.fileBytes)
    return fail(
      `the new text is ${newBytes.length} bytes; the article may be at most ${LIMITS.fileBytes}`,
    );
  let newText: string;
  try {
    newText = new TextDecoder('utf-8', { fatal: true }).decode(newBytes);
  } catch {
    return fail('the new text is not UTF-8: save it as UTF-8 plain text');
  }
  if (!segmentSentences(newText).length) return fail('the new text has no sentences');

  // The explainer as it stands: its versions, and the article it says is current.
  const explainerText = readFileSync(file('explainer.yaml'), 'utf8');
  const doc = parseDocument(explainerText, { uniqueKeys: true });
  const parsed = doc.errors.length ? undefined : explainerSchema.safeParse(doc.toJS());
  if (!parsed?.success)
    return fail(
      'explainer.yaml has a problem; `npm run check` says what, and revise needs it fixed first',
    );
  const explainer: Explainer = parsed.data;
  const versions = versionsOf(explainer.article);
  const current = versions.at(-1)!;
  const oldBytes = readFileSync(file('article.txt'));
  if (current.sha256 && sha256(oldBytes) !== current.sha256)
    return fail(
      `article.txt is not the version of ${current.id} as received (its SHA-256 differs): restore it first, so that it can be kept`,
    );
  if (sha256(newBytes) === sha256(oldBytes))
    return fail(
      'the new text is the article as it stands, byte for byte: there is nothing to revise',
    );
  const unsettled = (explainer.article.revisions ?? []).find((r) => r.pending?.length);
  if (unsettled)
    return fail(
      `the revision of ${unsettled.version} still has pending references: settle them first (npm run check lists them)`,
    );

  // The new version's id: the day it was received, numbered if that day has one already.
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const date = options.date ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDate(date))
    return fail(`--date ${date} is not a day written YYYY-MM-DD`);
  if (date > today)
    return fail(`--date ${date} is after today: a version is dated when it was received`);
  if (date < current.date)
    return fail(
      `--date ${date} is before the current version (${current.id}): revisions come in order`,
    );
  const taken = new Set(versions.map((v) => v.id));
  let version = date;
  for (let n = 2; taken.has(version); n++) version = `${date}-${n}`;
  const keptAs = `versions/${current.id}.txt`;
  if (existsSync(file(keptAs))) return fail(`${keptAs} exists already: it would be overwritten`);
  const note = options.note?.trim();
  if (options.note !== undefined && !note)
    return fail('--note is empty: leave it out when the publisher gave no note');

  const oldText = oldBytes.toString('utf8').replace(/^\ufeff/, '');
  const comparison = compareVersions(oldText, newText);
  const fateOf = new Map(comparison.fates.map((f) => [f.from.id, f]));
  const writes = new Map<string, Buffer>();
  const rewritten: RevisionPlan['rewritten'] = [];
  const pending: RevisionPlan['pending'] = [];
  /**
   * What a reference to sentence `id`, in `where`, becomes: a new id, or pending. A reference
   * written in a form revise cannot rewrite exactly (`exact` false) goes on pending as well.
   */
  const follow = (id: string, where: string, exact = true): string | undefined => {
    const fate = fateOf.get(id);
    if (!fate) return undefined; // not a sentence of the earlier version: the check reports it
    if (fate.fate === 'unchanged') return undefined;
    if (fate.fate === 'moved' && exact) {
      rewritten.push({ file: where, from: id, to: fate.to!.id });
      return fate.to!.id;
    }
    pending.push({ file: where, sentence: id, was: fate.from.text.replace(/\s+/g, ' ') });
    return undefined;
  };

  // Topic pages: <Sentence id="s4"/> and links to /article/#s4.
  for (const name of listFiles(file('topics'), '.mdx')) {
    const where = `topics/${name}`;
    const text = readFileSync(file(where), 'utf8');
    const next = text.replace(SENTENCE_REFERENCE, (whole, open, id, close, link, linked) => {
      const to = follow(id ?? linked, where);
      return to === undefined
        ? whole
        : open !== undefined
          ? `${open}${to}${close}`
          : `${link}${to}`;
    });
    // The references the check and the build see, as they read them (character references
    // decoded, links resolved): any that the rewriting above did not reach goes on pending.
    const seen = new Map<string, number>();
    for (const m of text.matchAll(SENTENCE_REFERENCE)) {
      const id = (m[2] ?? m[5])!;
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    const parsed = parseTopic(text, name.replace(/\.mdx$/, ''), where).topic;
    const read = [
      ...(parsed.components ?? []).flatMap((c) =>
        c.name === 'Sentence' && c.attributes.id ? [c.attributes.id] : [],
      ),
      ...(parsed.links ?? []).flatMap((l) => articleSentenceOf(l.url, name) ?? []),
    ];
    const counts = new Map<string, number>();
    for (const id of read) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [id, n] of counts) if (n > (seen.get(id) ?? 0)) follow(id, where, false);
    if (next !== text) writes.set(where, Buffer.from(next));
  }
  // YAML: conflictsWith in claims, sentences of the map's places.
  const claimFiles = listFiles(file('claims'), '.yaml').map((name) => `claims/${name}`);
  const claimDocs = new Map<string, Document>();
  for (const where of claimFiles) {
    const text = readFileSync(file(where), 'utf8');
    const claimsDoc = parseDocument(text);
    claimDocs.set(where, claimsDoc);
    const next = rewriteScalars(text, claimsDoc, ['conflictsWith'], (id, exact) =>
      follow(id, where, exact),
    );
    if (next !== text) writes.set(where, Buffer.from(next));
  }
  if (existsSync(file('map.yaml'))) {
    const text = readFileSync(file('map.yaml'), 'utf8');
    const next = rewriteScalars(text, parseDocument(text), ['places', 'sentences'], (id, exact) =>
      follow(id, 'map.yaml', exact),
    );
    if (next !== text) writes.set('map.yaml', Buffer.from(next));
  }

  // What became of each claim: its quote in the earlier text, and in the new one.
  const claims: ClaimOutcome[] = [];
  for (const [where, claimsDoc] of claimDocs) {
    const items = claimsDoc.toJS() as unknown;
    if (!Array.isArray(items)) continue;
    for (const item of items as Record<string, unknown>[]) {
      if (typeof item?.id !== 'string' || typeof item.quote !== 'string') continue;
      const claim = {
        quote: item.quote,
        occurrence:
          typeof item.occurrence === 'number' || item.occurrence === 'all'
            ? (item.occurrence as number | 'all')
            : undefined,
      };
      const outcome = (o: ClaimOutcome['outcome'], from: string[] = [], to: string[] = []) =>
        claims.push({ id: item.id as string, file: where, outcome: o, from, to });
      if (typeof item.version === 'string') {
        outcome('pinned');
        continue;
      }
      const then = locateQuote(claim, oldText);
      if (!then.found) {
        outcome('not-found');
        continue;
      }
      const from = then.spans.flatMap((s) => sentencesIn(s, comparison.before).map((x) => x.id));
      const now = locateQuote(claim, newText);
      const to = now.found
        ? now.spans.flatMap((s) => sentencesIn(s, comparison.after).map((x) => x.id))
        : [];
      if (item.withdrawn) outcome('withdrawn', from, to);
      else if (now.found) {
        // Its words are found; but are they where its sentences went? A short quote, or a
        // numbered occurrence, can land on another sentence that has the same words.
        const went = from.map((id) => fateOf.get(id)?.to?.id ?? '');
        if (to.join() !== went.join()) outcome('elsewhere', from, to);
        else outcome(to.join() === from.join() ? 'unchanged' : 'moved', from, to);
      } else {
        const gone = from.every((id) => fateOf.get(id)?.fate === 'gone');
        outcome(gone ? 'gone' : 'changed', from, to);
      }
    }
  }

  // explainer.yaml gains the revision, written after the ones before it.
  const entry = [
    `version: ${JSON.stringify(version)}`,
    `sha256: ${sha256(newBytes)}`,
    ...(note ? [`note: ${JSON.stringify(note)}`] : []),
    ...(pending.length
      ? [
          'pending:',
          ...pending.flatMap((p) => [
            `  - file: ${JSON.stringify(p.file)}`,
            `    sentence: ${p.sentence}`,
            `    was: ${JSON.stringify(p.was)}`,
          ]),
        ]
      : []),
  ];
  // The first version's SHA-256, when it was never recorded: of article.txt while it is the
  // first version, else of the file that keeps it.
  let firstSha: string | undefined;
  if (!explainer.article.sha256) {
    if (!explainer.article.revisions?.length) firstSha = sha256(oldBytes);
    else {
      const first = file(`versions/${versions[0]!.id}.txt`);
      if (!existsSync(first))
        return fail(
          `explainer.yaml records no SHA-256 for the first version, and versions/${versions[0]!.id}.txt is missing`,
        );
      firstSha = sha256(readFileSync(first));
    }
  }
  const explainerNext = appendRevision(explainerText, doc, entry, firstSha);
  if (explainerNext === undefined)
    return fail(
      'explainer.yaml is not laid out as revise can extend it: add the revision by hand (CONTRIBUTING.md)',
    );
  writes.set('explainer.yaml', Buffer.from(explainerNext));
  writes.set(keptAs, oldBytes);
  writes.set('article.txt', newBytes);

  const count = (fate: SentenceFate['fate']) =>
    comparison.fates.filter((f) => f.fate === fate).length;
  return {
    ok: true,
    plan: {
      version,
      previous: current.id,
      writes,
      claims,
      rewritten,
      pending,
      counts: {
        unchanged: count('unchanged'),
        moved: count('moved'),
        changed: count('changed'),
        gone: count('gone'),
        added: comparison.added.length,
      },
      approximate: comparison.approximate,
    },
  };
}

/** Writes a plan's files, each beside itself and then renamed; puts back what was written if one fails. */
export function applyRevision(
  contentDir: string,
  plan: RevisionPlan,
): { ok: true } | { ok: false; reason: string } {
  const done: { target: string; before: Buffer | undefined }[] = [];
  const folders: string[] = [];
  try {
    for (const [name, bytes] of plan.writes) {
      const target = path.join(contentDir, name);
      const before = existsSync(target) ? readFileSync(target) : undefined;
      const temporary = `${target}.revise-${process.pid}`;
      const created = mkdirSync(path.dirname(target), { recursive: true });
      if (created) folders.push(created);
      writeFileSync(temporary, bytes, { flag: 'wx' });
      renameSync(temporary, target);
      done.push({ target, before });
    }
    return { ok: true };
  } catch (error) {
    for (const { target, before } of done.reverse()) {
      if (before === undefined) rmSync(target, { force: true });
      else writeFileSync(target, before);
    }
    for (const name of plan.writes.keys()) {
      const temporary = `${path.join(contentDir, name)}.revise-${process.pid}`;
      if (existsSync(temporary) && !statSync(temporary).isDirectory()) rmSync(temporary);
    }
    for (const folder of folders.reverse()) rmSync(folder, { recursive: true, force: true });
    return {
      ok: false,
      reason: `writing failed, and nothing was changed: ${(error as Error).message}`,
    };
  }
}

/** The names of the files in `folder` that end in `extension`, sorted; none when there is no folder. */
function listFiles(folder: string, extension: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(extension))
    .map((d) => d.name)
    .sort();
}

/**
 * `text` with each sentence id found under `keys` (a path of mapping keys, any list between
 * them) replaced by what `to` gives, spliced at the scalar's place so nothing else changes.
 */
function rewriteScalars(
  text: string,
  doc: Document,
  keys: readonly string[],
  to: (id: string, exact: boolean) => string | undefined,
): string {
  const edits: { start: number; end: number; value: string }[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (isSeq(node)) {
      for (const item of node.items) visit(item, depth);
      return;
    }
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key !== keys[depth]) continue;
      if (depth < keys.length - 1) {
        visit(pair.value, depth + 1);
        continue;
      }
      const values = isSeq(pair.value) ? pair.value.items : [];
      for (const item of values) {
        if (!isScalar(item) || typeof item.value !== 'string' || !SENTENCE_ID.test(item.value))
          continue;
        if (!item.range) continue;
        const [start, end] = item.range;
        const written = text.slice(start, end);
        // "\x733" is s3 too, but not as written: such a reference goes on pending.
        const next = to(item.value, written.includes(item.value));
        if (next === undefined) continue;
        edits.push({ start, end, value: written.replace(item.value, next) });
      }
    }
  };
  visit(doc.contents, 0);
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.value + out.slice(edit.end);
  return out;
}

/**
 * explainer.yaml with a revision entry (`lines`, unindented) added at the end of
 * `article.revisions`, or as a new `revisions` list at the end of `article`; and, when the
 * first version's SHA-256 was never recorded, with that recorded too. Undefined when the file
 * is not laid out in block style, which is the only style this can extend exactly.
 */
function appendRevision(
  text: string,
  doc: Document,
  lines: readonly string[],
  firstSha: string | undefined,
): string | undefined {
  // Offsets from the parsed document stay true: only the end of the file gains a line break.
  if (!text.endsWith('\n')) text = `${text}\n`;
  const article = doc.get('article', true);
  if (!isMap(article) || article.flow || !article.range) return undefined;
  const firstKey = article.items[0]?.key;
  if (!isScalar(firstKey) || !firstKey.range) return undefined;
  const indent = columnOf(text, firstKey.range[0]);
  const pad = ' '.repeat(indent);
  const revisions = article.get('revisions', true);
  const endOfLine = (offset: number) => {
    const newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length : newline + 1;
  };
  let insertAt: number;
  let block: string[];
  if (isSeq(revisions)) {
    if (revisions.flow || !revisions.range) return undefined;
    const first = revisions.items[0];
    const dash = isMap(first) && first.range ? text.lastIndexOf('-', first.range[0]) : -1;
    const itemIndent = dash >= 0 ? columnOf(text, dash) : indent + 2;
    insertAt = endOfLine(Math.max(revisions.range[1] - 1, 0));
    block = lines.map((line, i) => `${' '.repeat(itemIndent)}${i === 0 ? '- ' : '  '}${line}`);
  } else if (revisions === undefined) {
    const last = article.items.at(-1)!;
    const lastEnd =
      isScalar(last.value) || isMap(last.value) || isSeq(last.value)
        ? last.value.range?.[1]
        : undefined;
    if (lastEnd === undefined) return undefined;
    insertAt = endOfLine(Math.max(lastEnd - 1, 0));
    block = [
      `${pad}revisions:`,
      ...lines.map((line, i) => `${pad}  ${i === 0 ? '- ' : '  '}${line}`),
    ];
  } else return undefined;
  const head = text.slice(0, insertAt);
  const edits = [{ at: insertAt, text: `${head.endsWith('\n') ? '' : '\n'}${block.join('\n')}\n` }];
  if (firstSha) {
    // Recorded once, beside the day the article was first received.
    const received = article.get('received', true);
    if (!isScalar(received) || !received.range) return undefined;
    edits.push({ at: endOfLine(received.range[1] - 1), text: `${pad}sha256: ${firstSha}\n` });
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.at - a.at))
    out = `${out.slice(0, edit.at)}${edit.text}${out.slice(edit.at)}`;
  return out;
}

/** The column (from 0) of `offset` in `text`. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
