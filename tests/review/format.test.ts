/**
 * The verdict diff as the pull-request comment shows it: what a reviewer must see (a headline
 * reversed, an address moved, a stance turned), with every text from content inert, since a bot
 * posts it and content is untrusted (red team of 3 December 2026, F7).
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { buildModel } from '../../src/model/model.ts';
import { cell, formatVerdictDiff, verdictDiff } from '../../src/review/diff.ts';
import { fixtureDir } from '../helpers/fixture.ts';

const input = () => structuredClone(checkContent(fixtureDir).input!);

describe('the verdict diff, as Markdown', () => {
  it('should list a reversed headline, a moved address and a turned stance, which change no status', () => {
    const before = input();
    before.sources[0]!.url = 'https://riverside.example/minutes';
    const after = structuredClone(before);
    after.claims[0]!.claim = 'The council rejected a footbridge on 3 March.';
    after.sources[0]!.url = 'https://elsewhere.example/minutes';
    after.claims[1]!.citations[1]!.stance = 'context';
    const out = formatVerdictDiff(verdictDiff(buildModel(before), buildModel(after)), 'main');
    expect(out).not.toContain('No claim, status, grade or quote changes');
    expect(out).toContain(
      '`council-approved-bridge`, its restatement: `The council approved a footbridge on 3 March.` → `The council rejected a footbridge on 3 March.`.',
    );
    expect(out).toContain(
      'address `https://riverside.example/minutes` → `https://elsewhere.example/minutes`.',
    );
    expect(out).toContain('`article-text` (E) now context, was supports');
  });

  it('should list a passage whose translation was rewritten as a change to what we read', () => {
    const before = input();
    before.sources[0]!.read![0]!.passages.push({
      text: 'Рада схвалила будівництво мосту.',
      lang: 'uk',
      translation: 'The council approved the building of the bridge.',
    });
    const after = structuredClone(before);
    after.sources[0]!.read![0]!.passages.at(-1)!.translation = 'The council voted down the bridge.';
    const out = formatVerdictDiff(verdictDiff(buildModel(before), buildModel(after)), 'main');
    expect(out).toContain('(our translation: The council voted down the bridge.)` added');
    expect(out).toContain(
      '(our translation: The council approved the building of the bridge.)` removed',
    );
  });

  it('should give content as code spans, so no mention, link, image or element is made of it', () => {
    const hostile =
      'Ask @someone and @org/team: ![x](https://evil.example/p.png) <details>open</details> [a](https://x.example)';
    expect(cell(hostile)).toBe(`\`${hostile}\``);
    // A fence longer than any run of backticks in the text, and spaces where it starts or ends with one.
    expect(cell('a ``b`` c')).toBe('```a ``b`` c```');
    expect(cell('`x`')).toBe('`` `x` ``');
    // Line breaks cannot end the span or start a new block; a pipe stays as written (lists, not tables).
    expect(cell('one\n\n# two | \\| three')).toBe('`one # two | \\| three`');
  });
});
