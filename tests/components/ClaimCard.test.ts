import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ClaimCard from '../../src/components/ClaimCard.astro';
import type { ClaimView } from '../../src/model/model.ts';
import { attribute, clean, elementWith, tagsWith, textOf } from '../helpers/html.ts';
import { claimOf, fixtureModel } from '../helpers/model.ts';

describe('<ClaimCard>', () => {
  const model = fixtureModel();
  const established = claimOf(model, 'council-approved-bridge');
  const opinion = claimOf(model, 'bridge-is-waste');
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  const render = async (claim: ClaimView, level?: number) =>
    clean(
      await container.renderToString(ClaimCard, { props: level ? { claim, level } : { claim } }),
    );

  it('should be an article with the claim id as anchor and its status as data-status', async () => {
    const html = await render(established);
    const [card] = tagsWith(html, 'data-status');
    expect(card).toMatch(/^<article /);
    expect(card && attribute(card, 'id')).toBe('council-approved-bridge');
    expect(card && attribute(card, 'data-status')).toBe('established');
  });

  it('should head the card with the status chip and the neutral restatement', async () => {
    const html = await render(established);
    const heading = elementWith(html, '<h2') ?? '';
    expect(textOf(heading)).toBe('Established The council approved a footbridge on 3 March.');
    expect(attribute(tagsWith(heading, 'data-status')[0] ?? '', 'data-status')).toBe('established');
  });

  it('should quote the article and link to the sentence quoted', async () => {
    const html = await render(established);
    const quote = elementWith(html, '<blockquote') ?? '';
    expect(textOf(quote)).toBe(
      'The Riverside council approved a new footbridge on 3 March. The article, sentence 1',
    );
    expect(quote).toContain('href="/article/#s1"');
  });

  it('should give the reason for the status', async () => {
    expect(textOf(await render(established))).toContain(
      "Why established: The council's minutes record the vote.",
    );
    expect(textOf(await render(opinion))).toContain(
      'Why opinion: A judgement about value, not a checkable fact; the critics are not named.',
    );
  });

  it('should list each source with its grade badge and its stance', async () => {
    const html = await render(established);
    const sources = elementWith(html, 'aria-label="Sources"') ?? '';
    expect(tagsWith(sources, 'data-grade').map((tag) => attribute(tag, 'data-grade'))).toEqual([
      'A',
    ]);
    expect(sources).toContain('href="/sources/council-minutes/"');
    expect(textOf(elementWith(sources, 'class="stance"') ?? '')).toBe('supports');
    expect(textOf(sources)).toMatch(
      /^A Primary record · Riverside council\. Grade A: .* supports — The minutes record that the council “approved the construction of a new footbridge”\. \(the words we kept\)$/,
    );
    // The note's quoted words link to the passage kept on the source's page.
    expect(sources).toContain('href="/sources/council-minutes/#passage-1"');

    const critics = elementWith(await render(opinion), 'aria-label="Sources"') ?? '';
    expect(tagsWith(critics, 'data-grade').map((tag) => attribute(tag, 'data-grade'))).toEqual([
      'E',
      'E',
    ]);
    expect(textOf(critics)).toMatch(
      /^E Unattributed · The article\. Grade E: .* supports E Unattributed · The article\. Grade E: .* supports$/,
    );
  });

  it('should show the stance a citation takes, and its note', async () => {
    const disputed: ClaimView = {
      ...established,
      citations: [
        {
          source: claimOf(model, 'bridge-is-waste').citations[0]!.source,
          stance: 'disputes',
          note: 'says the vote was rushed',
          quotes: [],
        },
      ],
    };
    const sources = textOf(elementWith(await render(disputed), 'aria-label="Sources"') ?? '');
    expect(sources).toMatch(
      /^E Unattributed · The article\. Grade E: .* disputes — says the vote was rushed$/,
    );
  });

  it('should show the review date as a reader reads it', async () => {
    const html = await render(established);
    expect(html).toContain('<time datetime="2026-11-01">1 November 2026</time>');
  });

  it('should mark where the article contradicts itself, linking to the other side', async () => {
    const s2 = model.sentenceById.get('s2')!;
    const html = await render({
      ...opinion,
      conflicts: [
        { kind: 'sentence', sentence: s2 },
        { kind: 'claim', claim: established },
      ],
    });
    expect(textOf(html)).toContain(
      'The article contradicts itself here. Both cannot be right; that alone does not show which is wrong. Elsewhere it says: sentence 2 of the article The council approved a footbridge on 3 March.',
    );
    expect(html).toContain('href="/article/#s2"');
    expect(html).toContain('href="/claims/council-approved-bridge/"');
    // The status stays the one the claim's own support earns.
    expect(html).toContain('data-status="opinion"');
    expect(textOf(await render(opinion))).not.toContain('contradicts itself');
  });

  it('should nest its heading at the level it is given', async () => {
    expect(await render(established, 3)).toMatch(/<h3><span class="chip"/);
    expect(await render(established)).toMatch(/<h2><span class="chip"/);
  });
});
