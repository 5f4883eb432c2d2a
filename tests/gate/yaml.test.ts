/**
 * The YAML reader's limits on shapes the corpus shows one of (red team F13: y01, y07, d02):
 * nesting refused before the parser builds it, whatever brackets or indicators make it; numbers
 * JavaScript cannot hold exactly, quoted as written; and field names that are empty or that
 * the parsed data would merge.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/gate/yaml.ts';
import { LIMITS } from '../../src/core/limits.ts';

/** The problems for `text`, as "line:column code", or the data if it is valid. */
function read(text: string): unknown {
  const result = parseYaml(text, 'f.yaml');
  if (result.ok) return result.file.data;
  return result.problems.map((p) => `${p.line}:${p.column} ${p.code}`);
}
const messages = (text: string) => {
  const result = parseYaml(text, 'f.yaml');
  return result.ok ? [] : result.problems.map((p) => p.message);
};

describe('YAML nesting', () => {
  it.each([
    ['[', '['.repeat(LIMITS.fileBytes), '1:13'],
    ['{', '{'.repeat(LIMITS.fileBytes), '1:13'],
    ['- ', '- '.repeat(LIMITS.fileBytes / 2), '1:25'],
    ['? ', '? '.repeat(LIMITS.fileBytes / 2), '1:25'],
  ])('should refuse a megabyte of %j at the level one too deep, at once', (_name, text, at) => {
    const started = performance.now();
    expect(read(text)).toEqual([`${at} yaml-too-deep`]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('should allow the limit itself, in blocks and in brackets', () => {
    const depth = LIMITS.yamlDepth;
    expect(read(`${'['.repeat(depth)}1${']'.repeat(depth)}`)).toEqual(
      JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`),
    );
    const block = Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(read(`${block} 1\n`)).not.toBeInstanceOf(Array);
    const tooDeep = Array.from({ length: depth + 1 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(read(`${tooDeep} 1\n`)).toEqual([`${depth + 1}:${depth + 1} yaml-too-deep`]);
  });

  it('should not count brackets inside text, quotes, comments or block scalars', () => {
    const many = '['.repeat(40);
    expect(read(`a: x ${many}\nb: "${many}"\n# ${many}\nc: |\n  ${many}\n`)).toEqual({
      a: `x ${many}`,
      b: many,
      c: `${many}\n`,
    });
  });
});

describe('YAML numbers', () => {
  it.each([
    '9007199254740993',
    '9007199254740992',
    '-9007199254740993',
    '0x20000000000001',
    '1e20',
    '1.5e300',
    '1e400',
    '.inf',
  ])('should refuse %s, quoting it as written', (written) => {
    expect(messages(`order: ${written}\n`)).toEqual([
      `the number ${written} is too large: numbers past 9007199254740991 are not held exactly`,
    ]);
  });

  it('should keep every number up to the limit, and text that looks like a larger one', () => {
    expect(
      read('a: 9007199254740991\nb: -9007199254740991\nc: 0.1\nd: "9007199254740993"\n'),
    ).toEqual({
      a: 9007199254740991,
      b: -9007199254740991,
      c: 0.1,
      d: '9007199254740993',
    });
  });
});

describe('YAML field names', () => {
  it('should refuse every empty name, in blocks and in brackets, at its colon', () => {
    expect(read('a: 1\n  : 2\n')).toEqual(['2:3 yaml-key-empty']);
    expect(read('- : 1\n- {: 2}\n- null: 3\n  "": 4\n')).toEqual([
      '1:3 yaml-key-empty',
      '2:4 yaml-key-empty',
      '3:3 yaml-key-empty',
      '4:3 yaml-key-empty',
    ]);
  });

  it('should refuse two names the data would merge, and keep a name written twice a syntax error', () => {
    expect(read('true: a\n"true": b\n1: c\n\'1\': d\n')).toEqual([
      '2:1 yaml-key-collides',
      '4:1 yaml-key-collides',
    ]);
    expect(read('a: 1\na: 2\n')).toEqual(['2:1 yaml-syntax']);
    expect(read('a: 1\nb: {a: 1, "a": 2}\n')).toEqual(['2:11 yaml-syntax']);
  });
});
