import { describe, expect, it } from 'vitest';
import { smarten } from '../../src/model/typography.ts';

describe('smarten', () => {
  it.each([
    ['the "fortress belt" cities', 'the “fortress belt” cities'],
    ['"Quoted" at the start', '“Quoted” at the start'],
    ["Ukraine's position", 'Ukraine’s position'],
    ["it said 'no' twice", 'it said ‘no’ twice'],
    ["the Donbas's minerals", 'the Donbas’s minerals'],
    ['the (“quoted”) words', 'the (“quoted”) words'],
    ['2014--2022 and a pause---then more...', '2014–2022 and a pause—then more…'],
    ['("bracketed")', '(“bracketed”)'],
  ])('should turn %j into %j', (input, output) => {
    expect(smarten(input)).toBe(output);
  });

  it('should close a quote that began in an earlier piece of text', () => {
    expect(smarten('" after emphasis', 'd')).toBe('” after emphasis');
  });
});
