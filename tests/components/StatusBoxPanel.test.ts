import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import StatusBoxPanel from '../../src/components/StatusBoxPanel.astro';
import type { ClaimView } from '../../src/model/model.ts';
import { attribute, clean, elementWith, tagsWith, textOf } from '../helpers/html.ts';
import { claimOf, fixtureModel, topicOf } from '../helpers/model.ts';

describe('<StatusBoxPanel>', () => {
  const model = fixtureModel();
  const claims = topicOf(model, 'bridge').claims;
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  const render = async (list: readonly ClaimView[]) =>
    clean(await container.renderToString(StatusBoxPanel, { props: { claims: list } }));
  const column = (html: string, name: string) => elementWith(html, `data-column="${name}"`) ?? '';

  it('should be the established-vs-unverified box', async () => {
    const html = await render(claims);
    expect(attribute(tagsWith(html, 'data-box')[0] ?? '', 'data-box')).toBe(
      'established-vs-unverified',
    );
    expect(textOf(elementWith(html, '<h2') ?? '')).toBe('What is established, and what is not');
  });

  it('should list the established claim in the established column, linking to its card', async () => {
    const established = column(await render(claims), 'established');
    expect(textOf(established)).toBe(
      'Established (1) The council approved a footbridge on 3 March.',
    );
    expect(established).toContain('<a href="/topics/bridge/#council-approved-bridge">');
    expect(established).not.toContain('bridge-is-waste');
  });

  it('should list opinions apart from both columns', async () => {
    const html = await render(claims);
    const opinion = column(html, 'opinion');
    expect(textOf(opinion)).toBe(
      'Opinion and rhetoric (1) Unnamed critics call the footbridge a waste of money.',
    );
    expect(opinion).toContain('<a href="/topics/bridge/#bridge-is-waste">');
    expect(column(html, 'not-established')).not.toContain('bridge-is-waste');
    expect(textOf(column(html, 'not-established'))).toBe(
      'Not established (0) Every claim on this topic is established or opinion.',
    );
  });

  it('should group claims that are not established under their status, and say when nothing is established', async () => {
    const waste = claimOf(model, 'bridge-is-waste');
    const html = await render([
      { ...waste, id: 'a', claim: 'Claim A.', status: 'unverified' },
      { ...waste, id: 'b', claim: 'Claim B.', status: 'disputed' },
      { ...waste, id: 'c', claim: 'Claim C.', status: 'unverified' },
    ]);
    expect(textOf(column(html, 'established'))).toBe(
      'Established (0) Nothing on this topic is established.',
    );
    const unsettled = column(html, 'not-established');
    expect(textOf(unsettled)).toBe(
      'Not established (3) Disputed Claim B. Unverified Claim A. Claim C.',
    );
    expect(tagsWith(unsettled, 'data-status').map((tag) => attribute(tag, 'data-status'))).toEqual([
      'disputed',
      'unverified',
    ]);
    expect(column(html, 'opinion')).toBe('');
  });

  it('should show where the article contradicts itself only when it does', async () => {
    const [approved, waste] = [
      claimOf(model, 'council-approved-bridge'),
      claimOf(model, 'bridge-is-waste'),
    ];
    const html = clean(
      await container.renderToString(StatusBoxPanel, {
        props: { claims, conflicts: [{ claim: waste, with: { kind: 'claim', claim: approved } }] },
      }),
    );
    expect(textOf(column(html, 'inconsistent'))).toBe(
      'Where the article contradicts itself (1) These sentences of the article cannot all be right; that alone does not show which is wrong. Unnamed critics call the footbridge a waste of money. versus The council approved a footbridge on 3 March.',
    );
    expect(column(await render(claims), 'inconsistent')).toBe('');
  });
});
