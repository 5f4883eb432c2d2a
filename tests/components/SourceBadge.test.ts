import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import SourceBadge from '../../src/components/SourceBadge.astro';
import { gradeInfo } from '../../src/lib/vocabulary.ts';
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
    expect(textOf(elementWith(html, 'aria-hidden') ?? '')).toBe('A');
    // What a sighted reader sees, once the text meant for screen readers is set aside.
    const visible = textOf(html.replace(elementWith(html, 'class="vh"') ?? '', ''));
    expect(visible).toBe('A Primary record · Riverside council');
  });

  it('should tell screen readers what the grade means, and hide the letter and label from them', async () => {
    const html = await render(sourceOf(model, 'council-minutes'));
    expect(textOf(elementWith(html, 'class="vh"') ?? '')).toBe(`Grade A, primary record: ${gradeInfo('A').meaning} Source:`);
    expect(textOf(elementWith(html, 'class="vh"') ?? '')).toContain('An official document, a transcript');
    expect(tagsWith(html, 'aria-hidden').map((tag) => attribute(tag, 'aria-hidden'))).toEqual(['true', 'true']);
    expect(html).toMatch(/<span aria-hidden="true">Primary record · <\/span>/);
  });

  it('should show an unattributed source as grade E', async () => {
    const html = await render(sourceOf(model, 'unnamed-critics'));
    expect(attribute(tagsWith(html, 'data-grade')[0] ?? '', 'data-grade')).toBe('E');
    expect(textOf(html)).toContain('Unattributed · The article');
    expect(textOf(html)).toContain(`Grade E, unattributed: ${gradeInfo('E').meaning}`);
  });

  it('should mark material from outside the article as context, and say what that means', async () => {
    const source = sourceOf(model, 'council-minutes');
    expect(textOf(await render(source))).not.toContain('context');
    const html = await render({ ...source, context: true });
    expect(textOf(html)).toMatch(/Riverside council · context: public record from outside the article$/);
    expect(textOf(elementWith(html, 'class="ctx"') ?? '')).toBe('· context: public record from outside the article');
  });
});
