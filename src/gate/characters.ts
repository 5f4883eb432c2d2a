/**
 * Characters that no contributed YAML or MDX may contain, anywhere in the file.
 *
 * Control characters (other than tab and line breaks) are invisible, and XML 1.0 forbids
 * most of them, so one in a history reason would make the corrections feed unreadable.
 * U+FFFE and U+FFFF are not characters at all. Bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) make text display differently from what it is: a quote could
 * read one way and say another. The article itself is never checked: it is the record.
 *
 * The raw text of each file is scanned, and each YAML string value once its escapes are read,
 * since "\u202E" in double quotes is the character itself.
 */
import { type Problem, problem } from './problems.ts';

/**
 * Also noncharacters (U+FDD0–U+FDEF, and the last two code points of every plane), which HTML
 * forbids in a page, and tag characters (U+E0000–U+E007F), which hide text in plain sight.
 */
const FORBIDDEN =
  /[\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{e0000}-\u{e007f}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]/gu;
const ALLOWED_CONTROLS = new Set(['\t', '\n', '\r']);
/** How many are reported per file: enough to show the pattern, not a page of them. */
const REPORTED = 5;

/** Problems for every forbidden character in `text` (the first few), at their positions. */
export function forbiddenCharacters(text: string, file: string, lineOffset = 0): Problem[] {
  const problems: Problem[] = [];
  let line = 1 + lineOffset;
  let lineStart = 0;
  // Line feeds are control characters too, so the same scan counts the lines.
  for (const match of text.matchAll(FORBIDDEN)) {
    if (match[0] === '\n') {
      line++;
      lineStart = match.index + 1;
    } else if (!ALLOWED_CONTROLS.has(match[0])) {
      problems.push(
        problem(
          'forbidden-character',
          { file, line, column: match.index - lineStart + 1 },
          forbiddenIn(match[0])!,
        ),
      );
      if (problems.length >= REPORTED) break;
    }
  }
  return problems;
}

/** The first forbidden character in a value (a YAML string after its escapes are read), if any. */
export function forbiddenIn(value: string): { code: string; kind: string } | undefined {
  for (const match of value.matchAll(FORBIDDEN)) {
    if (ALLOWED_CONTROLS.has(match[0])) continue;
    const code = match[0].codePointAt(0)!;
    return { code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, kind: describe(code) };
  }
  return undefined;
}

function describe(code: number): string {
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
    return 'a bidirectional control, which makes text display differently from what it is';
  }
  if (code >= 0xe0000 && code <= 0xe007f)
    return 'a tag character, which is invisible and can hide text';
  if (
    (code & 0xfffe) === 0xfffe ||
    (code >= 0xfdd0 && code <= 0xfdef) ||
    (code >= 0xd800 && code <= 0xdfff)
  )
    return 'not a character';
  return 'an invisible control character';
}
