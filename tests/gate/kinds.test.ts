/**
 * Adding a kind of content is one entry in the manifest (src/core/kinds.ts): no file of the
 * gate changes. This test adds a kind the engine does not ship, people.yaml, with a `speaker`
 * on claims that names a person, and shows the gate reading it, validating it, checking its
 * references with the unknown-id and "did you mean" messages, and handing it to the model.
 */
import { z } from 'astro/zod';
import { afterEach, describe, expect, it } from 'vitest';
import { KINDS, type Manifest } from '../../src/core/kinds.ts';
import { claimSchema, entryId } from '../../src/core/schema.ts';
import { checkContent } from '../../src/gate/check.ts';
import { formatProblem } from '../../src/gate/problems.ts';
import { type ContentCopy, copyFixture } from '../helpers/fixture.ts';

/** The engine's manifest, with people and a speaker on every claim that may name one. */
const withPeople: Manifest = {
  ...KINDS,
  claims: {
    ...KINDS.claims,
    schema: claimSchema.extend({ speaker: entryId.optional() }),
    references: [...KINDS.claims.references, { field: 'speaker', to: 'people' }],
  },
  people: {
    path: 'people.yaml',
    format: 'yaml-list',
    schema: z.strictObject({ id: entryId, name: z.string().min(1) }),
    entry: { one: 'person', many: 'people' },
    id: 'id',
    required: false,
  },
};

const PEOPLE =
  '- id: ada-lovelace\n  name: Ada Lovelace\n- id: grace-hopper\n  name: Grace Hopper\n';
const CLAIM = 'claims/bridge.yaml';

describe('a kind added to the manifest', () => {
  let copy: ContentCopy;
  afterEach(() => copy.remove());

  const problems = (kinds?: Manifest) =>
    checkContent(copy.dir, kinds ? { kinds } : {}).problems.map((p) =>
      formatProblem({ ...p, file: p.file.slice(p.file.indexOf('content/') + 8) }),
    );
  const setUp = (speaker: string, people = PEOPLE) => {
    copy = copyFixture();
    copy.write('people.yaml', people);
    copy.edit(CLAIM, '  status: established\n', `  status: established\n  speaker: ${speaker}\n`);
  };

  it('should be read, validated and handed to the model when its references hold', () => {
    setUp('ada-lovelace');
    const result = checkContent(copy.dir, { kinds: withPeople });
    expect(result.problems).toEqual([]);
    const input = result.input as unknown as {
      people: { id: string }[];
      claims: { speaker?: string }[];
    };
    expect(input.people.map((p) => p.id)).toEqual(['ada-lovelace', 'grace-hopper']);
    expect(input.claims[0]?.speaker).toBe('ada-lovelace');
  });

  it('should report an unknown id with a "did you mean" from its own kind', () => {
    setUp('ada-lovelac');
    expect(problems(withPeople)).toEqual([
      `${CLAIM}:6:12  person "ada-lovelac" does not exist  (did you mean "ada-lovelace"? use an id from people.yaml, or add the person there)`,
    ]);
  });

  it('should validate its entries against its own schema, and find duplicate ids', () => {
    setUp(
      'ada-lovelace',
      `${PEOPLE}- id: ada-lovelace\n  nmae: Ada\n- id: grace-hopper\n  name: G.\n`,
    );
    expect(problems(withPeople)).toEqual([
      'people.yaml:5:3  name is required  (add name: text)',
      'people.yaml:6:3  unknown field "nmae"  (did you mean "name"? allowed fields are id, name)',
      'people.yaml:7:7  person id "grace-hopper" is already used at ' +
        `${copy.shown('people.yaml')}:3  (give one of them another id)`,
    ]);
  });

  it('should not report a reference into a file that could not be read, only count it', () => {
    setUp('nobody', '- id: [unclosed\n');
    const result = checkContent(copy.dir, { kinds: withPeople });
    expect(result.problems.map((p) => p.code)).toEqual(['yaml-syntax']);
    expect(result.suppressed).toBeGreaterThan(0);
  });

  it('should be a file the content folder may hold only when the manifest has it', () => {
    setUp('ada-lovelace');
    expect(problems()).toEqual([
      `${CLAIM}:6:3  unknown field "speaker"  (allowed fields are id, topic, quote, occurrence, claim, status, citations, rationale, conflictsWith, wouldSettle, reviewed, history, withdrawn, version)`,
      `people.yaml:1:1  "people.yaml" is not a kind of file an explainer's content holds  (content holds explainer.yaml, article.txt, sources.yaml, glossary.yaml, timeline.yaml, map.yaml, versions/*.txt, claims/*.yaml and topics/*.mdx only; move anything else out of it)`,
    ]);
    expect(problems(withPeople)).toEqual([]);
  });
});
