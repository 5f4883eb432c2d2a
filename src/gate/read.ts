/**
 * Reads every file the content folder lists, each as its kind is written (src/core/kinds.ts):
 * YAML safely, topic pages through the sandbox, the article as text. What cannot be read is a
 * problem, and the checks that depend on it are suspended.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { type ContentKind, KINDS, type Manifest } from '../core/kinds.ts';
import { forbiddenCharacters } from './characters.ts';
import { type ContentFile, type ContentListing, readContentFolder } from './files.ts';
import { type Problem, problem } from './problems.ts';
import { type ContentYaml, type TopicFile, parseTopic } from './topic.ts';
import { parseYaml } from './yaml.ts';

/** One content file, parsed as its kind is written. */
export type ParsedFile =
  | { format: 'text'; path: string; text: string; sha256: string }
  | { format: 'yaml'; path: string; yaml: ContentYaml }
  | { format: 'mdx'; path: string; topic: TopicFile };

/** Every content file, parsed: what the rules check. */
export interface ContentFiles {
  /** The content folder, as an absolute path. */
  root: string;
  /** The kinds of content, and where each kind's files are. */
  kinds: Manifest;
  /** The files of each kind that could be read, by kind, in path order. */
  parsed: Map<string, ParsedFile[]>;
  /** Files that exist but could not be read or parsed; checks that depend on them are suspended. */
  unreadable: string[];
  problems: Problem[];
  /** Problems found while reading that follow from one shown (a YAML file's later syntax errors). */
  suppressed: number;
}

/** The YAML files of a kind that parsed. */
export function yamlFiles(files: ContentFiles, kind: string): ContentYaml[] {
  return (files.parsed.get(kind) ?? []).flatMap((f) => (f.format === 'yaml' ? [f.yaml] : []));
}

/** The one YAML file of a kind, if it parsed. */
export function yamlFile(files: ContentFiles, kind: string): ContentYaml | undefined {
  return yamlFiles(files, kind)[0];
}

/** The text file of a kind (the article), if it was read. */
export function textFile(
  files: ContentFiles,
  kind: string,
): { path: string; text: string; sha256: string } | undefined {
  const found = (files.parsed.get(kind) ?? []).find((f) => f.format === 'text');
  return found?.format === 'text' ? found : undefined;
}

/** The text files of a folder kind (the article's earlier versions), each with its id. */
export function textFiles(
  files: ContentFiles,
  kind: string,
): { id: string; path: string; text: string; sha256: string }[] {
  return (files.parsed.get(kind) ?? []).flatMap((f) =>
    f.format === 'text' ? [{ ...f, id: path.basename(f.path, path.extname(f.path)) }] : [],
  );
}

/** The MDX pages of a kind (the topic pages). */
export function topicFiles(files: ContentFiles, kind = 'topics'): TopicFile[] {
  return (files.parsed.get(kind) ?? []).flatMap((f) => (f.format === 'mdx' ? [f.topic] : []));
}

/** Reads and parses every file of `contentDir`. */
export function readContent(contentDir: string, kinds: Manifest = KINDS): ContentFiles {
  return parseListing(readContentFolder(contentDir, kinds), kinds);
}

/** Parses the files a listing read, and reports the required files it lacks. */
export function parseListing(listing: ContentListing, kinds: Manifest = KINDS): ContentFiles {
  const files: ContentFiles = {
    root: listing.root,
    kinds,
    parsed: new Map(Object.keys(kinds).map((name) => [name, []])),
    unreadable: [...listing.unreadable],
    problems: [...listing.problems],
    suppressed: 0,
  };
  const present = new Set<string>();
  for (const file of listing.files) {
    present.add(file.kind);
    try {
      parseOne(file, kinds[file.kind]!, files);
    } catch (error) {
      files.unreadable.push(file.path);
      files.problems.push(
        problem(
          'internal-error',
          { file: file.shown, line: 1, column: 1 },
          { detail: (error as Error).message },
        ),
      );
    }
  }
  const unreadable = new Set(listing.unreadable);
  for (const [name, kind] of Object.entries(kinds)) {
    if (!kind.required || typeof kind.path !== 'string') continue;
    const file = path.join(listing.root, kind.path);
    if (
      !present.has(name) &&
      !unreadable.has(file) &&
      !listing.problems.some((p) => p.code === 'content-missing')
    ) {
      files.problems.push(
        problem(
          'file-missing',
          { file: path.relative(process.cwd(), file), line: 1, column: 1 },
          { what: kind.path },
        ),
      );
    }
  }
  return files;
}

function parseOne(file: ContentFile, kind: ContentKind, files: ContentFiles): void {
  const add = (parsed: ParsedFile) => files.parsed.get(file.kind)!.push(parsed);
  if (kind.format === 'text') {
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    add({ format: 'text', path: file.shown, text: file.text, sha256 });
    return;
  }
  if (kind.format === 'mdx') {
    const id = path.basename(file.path, path.extname(file.path));
    const { topic, problems } = parseTopic(file.text, id, file.shown);
    files.problems.push(...problems);
    add({ format: 'mdx', path: file.shown, topic });
    return;
  }
  // A forbidden character is reported where it stands; the parser would only repeat it.
  const characters = forbiddenCharacters(file.text, file.shown);
  const parsed = characters.length ? undefined : parseYaml(file.text, file.shown);
  if (!parsed?.ok) {
    files.unreadable.push(file.path);
    files.problems.push(...characters, ...(parsed?.problems ?? []));
    files.suppressed += parsed?.suppressed ?? 0;
    return;
  }
  add({ format: 'yaml', path: file.shown, yaml: { ...parsed.file, path: file.shown } });
}
