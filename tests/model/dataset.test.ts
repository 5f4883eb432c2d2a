/**
 * The claims as data: the CSV keeps every cell text, even one a spreadsheet would run as a
 * formula (OWASP's CSV injection).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv, toDataset } from '../../src/model/dataset.ts';
import { buildModel } from '../../src/model/model.ts';
import { checkContent } from '../../src/gate/check.ts';
import { copyFixture } from '../helpers/fixture.ts';

function csvOf(edit: (copy: ReturnType<typeof copyFixture>) => void): Record<string, string>[] {
  const copy = copyFixture();
  try {
    edit(copy);
    const { input, problems } = checkContent(copy.dir);
    expect(problems).toEqual([]);
    const dataset = toDataset(
      buildModel(input!),
      (p) => `https://example.org${p}`,
      (id) => `/claims/${id}/`,
    );
    return parse(toCsv(dataset), { columns: true });
  } finally {
    copy.remove();
  }
}

describe('the CSV of claims', () => {
  it('should turn every cell a spreadsheet would run into text', () => {
    const rows = csvOf((copy) => {
      copy.edit(
        'claims/bridge.yaml',
        '  claim: The council approved a footbridge on 3 March.',
        '  claim: \'=HYPERLINK("https://evil.example","Click")\'',
      );
      copy.edit(
        'claims/bridge.yaml',
        "  rationale: The council's minutes record the vote.",
        '  rationale: "\\t=1+1"',
      );
      copy.edit(
        'claims/bridge.yaml',
        '  rationale: A judgement about value, not a checkable fact; the critics are not named.',
        '  rationale: "@SUM(A1:A2) and -2+3"',
      );
    });
    expect(rows.map((row) => [row.claim, row.rationale])).toEqual([
      [`'=HYPERLINK("https://evil.example","Click")`, `'=1+1`],
      ['Unnamed critics call the footbridge a waste of money.', `'@SUM(A1:A2) and -2+3`],
    ]);
  });

  it('should leave ordinary text as it is', () => {
    const rows = csvOf(() => {});
    expect(rows[0]?.claim).toBe('The council approved a footbridge on 3 March.');
  });
});

describe('a restatement that starts with a line break', () => {
  it('should still reach the CSV as text, not as a formula', () => {
    const rows = csvOf((copy) =>
      copy.edit(
        'claims/bridge.yaml',
        '  claim: The council approved a footbridge on 3 March.',
        `  claim: "\\n=cmd|' /C calc'!A0"`,
      ),
    );
    expect(rows[0]?.claim).toBe(`'=cmd|' /C calc'!A0`);
  });
});
