import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import {
  type ExplainerInput,
  buildModel,
  corrections,
  statusBoxGroups,
} from '../../src/model/model.ts';
import type { Claim } from '../../src/core/schema.ts';
import { correctionId, policyChangeLines } from '../../src/model/corrections.ts';
import { ui } from '../../src/model/ui.ts';
import { copyFixture, fixtureDir } from '../helpers/fixture.ts';

function fixtureInput(): ExplainerInput {
  const { input, problems } = checkContent(fixtureDir);
  if (!input)
    throw new Error(`the fixture has problems: ${problems.map((p) => p.message).join('; ')}`);
  return input;
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('buildModel on the fixture explainer', () => {
  const model = buildModel(fixtureInput());

  it('should count 2 of the 3 sentences as covered by a claim', () => {
    expect(model.coverage).toEqual({ covered: 2, total: 3 });
  });

  it('should tally one established claim and one opinion, and nothing else', () => {
    expect(model.tally).toEqual({
      established: 1,
      reported: 0,
      disputed: 0,
      unverified: 0,
      contradicted: 0,
      opinion: 1,
    });
    expect(model.topicById.get('bridge')?.tally).toEqual(model.tally);
  });

  it('should map each sentence to the claims that quote it, and their statuses', () => {
    expect(model.article.sentences.map((s) => [s.id, ids(s.claims), s.statuses])).toEqual([
      ['s1', ['council-approved-bridge'], ['established']],
      ['s2', [], []],
      ['s3', ['bridge-is-waste'], ['opinion']],
    ]);
  });

  it('should map each claim to the sentences its quote covers', () => {
    expect(model.claims.map((c) => [c.id, ids(c.sentences)])).toEqual([
      ['council-approved-bridge', ['s1']],
      ['bridge-is-waste', ['s3']],
    ]);
  });

  it('should list, for each source, the claims citing it and how', () => {
    expect(model.sources.map((s) => [s.id, s.citedBy.map((c) => [c.claim.id, c.stance])])).toEqual([
      ['council-minutes', [['council-approved-bridge', 'supports']]],
      ['unnamed-critics', [['bridge-is-waste', 'supports']]],
      ['article-text', [['bridge-is-waste', 'supports']]],
    ]);
  });

  it('should join each citation to its source, with the source grade', () => {
    const claim = model.claimById.get('council-approved-bridge');
    expect(claim?.citations.map((c) => [c.source.id, c.source.grade, c.stance])).toEqual([
      ['council-minutes', 'A', 'supports'],
    ]);
    expect(claim?.topic.id).toBe('bridge');
    expect(claim?.written.topic).toBe('bridge');
  });

  it('should group the topic box: established apart, opinions apart, no unsettled claims', () => {
    const groups = statusBoxGroups(model.topicById.get('bridge')?.claims ?? []);
    expect({
      established: ids(groups.established),
      notEstablished: groups.notEstablished.map((g) => [g.status, ids(g.claims)]),
      opinion: ids(groups.opinion),
    }).toEqual({
      established: ['council-approved-bridge'],
      notEstablished: [],
      opinion: ['bridge-is-waste'],
    });
  });
});

describe('buildModel claim order', () => {
  it('should read claims in the order their page places them', () => {
    const copy = copyFixture();
    try {
      const page = copy.read('topics/bridge.mdx');
      copy.write(
        'topics/bridge.mdx',
        page
          .replace('<Claim id="council-approved-bridge"/>', '<Claim id="PLACEHOLDER"/>')
          .replace('<Claim id="bridge-is-waste"/>', '<Claim id="council-approved-bridge"/>')
          .replace('<Claim id="PLACEHOLDER"/>', '<Claim id="bridge-is-waste"/>'),
      );
      const { input } = checkContent(copy.dir);
      const model = buildModel(input!);
      expect(ids(model.claims)).toEqual(['bridge-is-waste', 'council-approved-bridge']);
      expect(ids(model.topicById.get('bridge')?.claims ?? [])).toEqual([
        'bridge-is-waste',
        'council-approved-bridge',
      ]);
    } finally {
      copy.remove();
    }
  });

  it('should keep the order of the claim files when the fixture places claims in that order', () => {
    expect(ids(buildModel(fixtureInput()).claims)).toEqual([
      'council-approved-bridge',
      'bridge-is-waste',
    ]);
  });
});

describe('buildModel on a larger explainer', () => {
  // The fixture with more claims, written as contributors would; buildModel takes plain data.
  const base = fixtureInput();
  const claim = (
    id: string,
    status: Claim['status'],
    quote: string,
    extra: Partial<Claim> = {},
  ): Claim => ({
    id,
    topic: 'bridge',
    quote,
    claim: `Claim ${id}.`,
    status,
    citations: [{ source: 'unnamed-critics', stance: 'supports' }],
    rationale: 'For the test.',
    reviewed: '2026-11-01',
    ...extra,
  });
  const input: ExplainerInput = {
    ...base,
    explainer: {
      ...base.explainer,
      article: {
        ...base.explainer.article,
        parts: [{ startsWith: 'Mayor Ana Lopez', label: 'The money' }],
      },
    },
    sources: [
      ...base.sources,
      { ...base.sources[0]!, id: 'council-summary', derivedFrom: 'council-minutes' },
    ],
    topics: [
      ...base.topics,
      {
        title: 'An earlier topic',
        summary: 'First.',
        order: 0,
        reviewed: '2026-11-01',
        id: 'earlier',
      },
    ],
    claims: [
      ...base.claims,
      claim('us-pays-half', 'unverified', 'Department of Transportation would pay half the cost.'),
      claim('critics-wrong', 'contradicted', 'a waste of money', {
        conflictsWith: ['s1', 'council-approved-bridge'],
      }),
      claim('pay-disputed', 'disputed', 'said the U.S.', {
        citations: [{ source: 'council-summary', stance: 'supports' }],
      }),
      claim('pay-claimed', 'unverified', 'would pay'),
    ],
  };
  const model = buildModel(input);

  it('should list claims not established by status, strongest first, leaving out empty statuses', () => {
    const groups = statusBoxGroups(model.topicById.get('bridge')?.claims ?? []);
    expect(groups.notEstablished.map((g) => [g.status, ids(g.claims)])).toEqual([
      ['disputed', ['pay-disputed']],
      ['unverified', ['us-pays-half', 'pay-claimed']],
      ['contradicted', ['critics-wrong']],
    ]);
    expect(ids(groups.established)).toEqual(['council-approved-bridge']);
    expect(ids(groups.opinion)).toEqual(['bridge-is-waste']);
  });

  it('should cover a sentence once however many claims quote it', () => {
    expect(model.coverage).toEqual({ covered: 3, total: 3 });
    const s2 = model.sentenceById.get('s2');
    expect(ids(s2?.claims ?? [])).toEqual(['us-pays-half', 'pay-disputed', 'pay-claimed']);
    expect(s2?.statuses).toEqual(['unverified', 'disputed']);
  });

  it('should resolve conflicts to the sentence or claim they name', () => {
    const conflicts = model.claimById.get('critics-wrong')?.conflicts ?? [];
    expect(
      conflicts.map((c) =>
        c.kind === 'sentence' ? ['sentence', c.sentence.id] : ['claim', c.claim.id],
      ),
    ).toEqual([
      ['sentence', 's1'],
      ['claim', 'council-approved-bridge'],
    ]);
  });

  it('should give a relaying source the origin it relays', () => {
    expect(model.sourceById.get('council-summary')?.origin).toBe('council-minutes');
    expect(model.sourceById.get('council-minutes')?.origin).toBe('council-minutes');
  });

  it('should order topics by their order field and label the sentence a part starts with', () => {
    expect(ids(model.topics)).toEqual(['earlier', 'bridge']);
    expect(model.article.sentences.map((s) => s.partLabel)).toEqual([
      undefined,
      'The money',
      undefined,
    ]);
  });

  it('should tally every claim once, across topics', () => {
    expect(model.tally).toEqual({
      established: 1,
      reported: 0,
      disputed: 1,
      unverified: 2,
      contradicted: 1,
      opinion: 1,
    });
  });
});

describe('conflicts inside the article', () => {
  it('should list each conflict once on its topic, and mark both sentences, without changing a status', () => {
    const input = fixtureInput();
    const claims = input.claims.map((claim) =>
      claim.id === 'council-approved-bridge'
        ? { ...claim, conflictsWith: ['bridge-is-waste'] }
        : claim.id === 'bridge-is-waste'
          ? { ...claim, conflictsWith: ['council-approved-bridge'] }
          : claim,
    );
    const model = buildModel({ ...input, claims });
    const topic = model.topicById.get('bridge')!;
    expect(
      topic.conflicts.map((c) => [c.claim.id, c.with.kind === 'claim' && c.with.claim.id]),
    ).toEqual([['council-approved-bridge', 'bridge-is-waste']]);
    expect(model.sentenceById.get('s1')!.contradicts.map((s) => s.id)).toEqual(['s3']);
    expect(model.sentenceById.get('s3')!.contradicts.map((s) => s.id)).toEqual(['s1']);
    expect(model.claimById.get('council-approved-bridge')!.status).toBe('established');
  });
});

describe('corrections', () => {
  it('should list every change of status, newest first, with its claim and reason', () => {
    const input = fixtureInput();
    const claims = input.claims.map((claim) =>
      claim.id === 'council-approved-bridge'
        ? {
            ...claim,
            history: [
              {
                date: '2026-10-01',
                from: 'unverified' as const,
                to: 'reported' as const,
                reason: 'The minutes were published.',
              },
              {
                date: '2026-10-20',
                from: 'reported' as const,
                to: 'established' as const,
                reason: 'A second record confirmed the vote.',
              },
            ],
          }
        : claim.id === 'bridge-is-waste'
          ? {
              ...claim,
              history: [
                {
                  date: '2026-10-10',
                  from: 'unverified' as const,
                  to: 'opinion' as const,
                  reason: 'It is a judgement, not a fact.',
                },
              ],
            }
          : claim,
    );
    const changes = corrections(buildModel({ ...input, claims }));
    expect(
      changes.map((c) => [
        c.date,
        c.kind === 'status' && c.claim?.id,
        c.kind === 'status' && c.from,
        c.kind === 'status' && c.to,
      ]),
    ).toEqual([
      ['2026-10-20', 'council-approved-bridge', 'reported', 'established'],
      ['2026-10-10', 'bridge-is-waste', 'unverified', 'opinion'],
      ['2026-10-01', 'council-approved-bridge', 'unverified', 'reported'],
    ]);
    expect(changes[0]!.kind === 'status' && changes[0]!.reason).toBe(
      'A second record confirmed the vote.',
    );
  });

  it('should list a change of a source’s grade among them', () => {
    const input = fixtureInput();
    const sources = input.sources.map((source) =>
      source.id === 'unnamed-critics'
        ? {
            ...source,
            history: [
              {
                date: '2026-10-15',
                from: 'D' as const,
                to: 'E' as const,
                reason: 'No critic is named.',
              },
            ],
          }
        : source,
    );
    const changes = corrections(buildModel({ ...input, sources }));
    expect(
      changes.map((c) => [
        c.kind,
        c.kind === 'grade' && c.source?.id,
        c.kind === 'grade' && c.from,
        c.kind === 'grade' && c.to,
      ]),
    ).toEqual([['grade', 'unnamed-critics', 'D', 'E']]);
  });

  it('should title a feed item with the change first, then the headline as written', () => {
    expect(ui.corrections.feed.item('Paid by Riverside Co. Inc.', 'grade', 'B', 'A')).toBe(
      'Grade B → A: Paid by Riverside Co. Inc.',
    );
  });

  it('should give each change its own id, even two changes of one claim on one day', () => {
    const input = fixtureInput();
    const twice = (reason: string, from: 'reported' | 'opinion', to: 'reported' | 'opinion') => ({
      date: '2026-10-01',
      from,
      to,
      reason,
    });
    const claims = input.claims.map((claim) =>
      claim.id === 'bridge-is-waste'
        ? {
            ...claim,
            history: [
              twice('Reported by the Gazette.', 'opinion', 'reported'),
              twice('The Gazette retracted.', 'reported', 'opinion'),
              twice('Reported again.', 'opinion', 'reported'),
            ],
          }
        : claim,
    );
    const all = corrections(buildModel({ ...input, claims }));
    const ids = all.map((c) => correctionId(c, all));
    expect(ids.sort()).toEqual([
      'correction:claim:bridge-is-waste:2026-10-01:opinion-reported',
      'correction:claim:bridge-is-waste:2026-10-01:opinion-reported:2',
      'correction:claim:bridge-is-waste:2026-10-01:reported-opinion',
    ]);
  });

  // Red team F14 (q01): two identical entries gave two feed items one guid. The gate allows an
  // entry written twice (a published record is not rewritten to remove it), so each is its own.
  it('should give two identical entries of a record two ids, the first one unchanged', () => {
    const input = fixtureInput();
    const status = {
      date: '2026-10-01',
      from: 'opinion' as const,
      to: 'reported' as const,
      reason: 'Reported.',
    };
    const note = { date: '2026-10-02', about: '2026-10-01', note: 'The Gazette is a weekly.' };
    const claims = input.claims.map((claim) =>
      claim.id === 'bridge-is-waste'
        ? { ...claim, history: [{ ...status }, { ...status }, { ...note }, { ...note }] }
        : claim,
    );
    const all = corrections(buildModel({ ...input, claims }));
    expect(all.map((c) => correctionId(c, all)).sort()).toEqual([
      'correction:claim:bridge-is-waste:2026-10-01:opinion-reported',
      'correction:claim:bridge-is-waste:2026-10-01:opinion-reported:2',
      'correction:claim:bridge-is-waste:2026-10-02:note-2026-10-01',
      'correction:claim:bridge-is-waste:2026-10-02:note-2026-10-01:2',
    ]);
  });

  it('should list nothing when no claim has changed', () => {
    expect(corrections(buildModel(fixtureInput()))).toEqual([]);
  });

  it('should list changes to the policy newest first, each id stable as later ones are added', () => {
    const first = { date: '2026-12-01', reason: 'Addresses are listed.', was: 'Not listed.' };
    const second = { date: '2026-12-01', reason: 'A second change that day.' };
    const third = { date: '2026-12-03', reason: 'Later.' };
    expect(policyChangeLines([first]).map((c) => c.id)).toEqual(['correction:policy:2026-12-01']);
    const lines = policyChangeLines([first, second, third]);
    expect(lines.map((c) => [c.id, c.reason])).toEqual([
      ['correction:policy:2026-12-03', 'Later.'],
      ['correction:policy:2026-12-01:2', 'A second change that day.'],
      ['correction:policy:2026-12-01', 'Addresses are listed.'],
    ]);
    expect(lines[2]!.description).toBe('Addresses are listed. It said: “Not listed.”');
    expect(lines[2]!.title).toBe('Changed: Our corrections policy');
  });
});
