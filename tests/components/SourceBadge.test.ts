import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import SourceBadge from '../../src/components/SourceBadge.astro';
import { gradeInfo } from '../../src/core/vocabulary.ts';
import { attribute, clean, elementWith, tagsWith, textOf } from '../helpers/html.ts';
import { fixtureModel, sourceOf } from '../helpers/model.ts';

describe('<SourceBadge>', () => {
  const model = fixtureModel();
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  const render = async (source: ReturnType<typeof sourceOf>) =>
    clean(await container.renderToString(SourceBadge, { props: { source } }));

  it('should show the grade letter, its label and the publisher, linking to the source', async () => {
    const html = await render(sourceOf(model, 'council-minutes'));
    const [badge] = tagsWith(html, 'data-grade');
    expect(badge && attribute(badge, 'data-grade')).toBe('A');
    expect(badge && attribute(badge, 'href')).toBe('/sources/council-minutes/');
    expect(textOf(elementWith(html, '<b') ?? '')).toBe('A');
    // What a sighted reader sees, once the text meant for screen readers is set aside.
    const visible = textOf(html.replace(elementWith(html, 'class="vh"') ?? '', ''));
    expect(visible).toBe('A Primary record · Riverside council');
  });

  it('should give the link an accessible name that reads out what the grade means', async () => {
    const html = await render(sourceOf(model, 'council-minutes'));
    // The link's whole text is its accessible name: letter, label, publisher, then the meaning.
    expect(textOf(html)).toBe(
      `A Primary record · Riverside council. Grade A: ${gradeInfo('A').meaning}`,
    );
    expect(textOf(elementWith(html, 'class="vh"') ?? '')).toContain(
      'An official document, a transcript',
    );
    expect(tagsWith(html, 'aria-hidden')).toEqual([]);
  });

  it('should show an unattributed source as grade E', async () => {
    const html = await render(sourceOf(model, 'unnamed-critics'));
    expect(attribute(tagsWith(html, 'data-grade')[0] ?? '', 'data-grade')).toBe('E');
    expect(textOf(html)).toContain('Unattributed · The article');
    expect(textOf(html)).toContain(`Grade E: ${gradeInfo('E').meaning}`);
  });

  it('should mark a document from outside the article as such, and say what that means', async () => {
    const source = sourceOf(model, 'council-minutes');
    expect(textOf(await render(source))).not.toContain('outside the article');
    const html = await render({ ...source, outside: true });
    expect(textOf(html)).toMatch(
      /^A Primary record · Riverside council · outside the article\. Grade A: .* A document from outside the article, found by our research\.$/,
    );
    expect(textOf(elementWith(html, 'class="ctx"') ?? '')).toBe('· outside the article');
  });
});
