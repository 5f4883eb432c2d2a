import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import MapFigure from '../../src/components/MapFigure.astro';
import { type Drawing, drawMaps } from '../../src/map/map.ts';
import { attribute, clean, elementWith, tagsWith, textOf } from '../helpers/html.ts';
import { mapFrom } from './helpers.ts';

describe('<MapFigure>', () => {
  const drawings = drawMaps(mapFrom('tests/map/fixture/donbas-map.yaml'));
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  const render = async (drawing: Drawing) =>
    clean(await container.renderToString(MapFigure, { props: { drawing } }));

  it('should give the SVG a text alternative: an image role named by its title and described by its description', async () => {
    const html = await render(drawings[0]!);
    const [svg] = tagsWith(html, 'role');
    expect(svg && attribute(svg, 'role')).toBe('img');
    expect(svg && attribute(svg, 'aria-labelledby')).toBe('map-ukraine-title map-ukraine-desc');
    expect(textOf(elementWith(html, 'id="map-ukraine-title"') ?? '')).toBe(
      'Map 1: Ukraine and its neighbours',
    );
    expect(textOf(elementWith(html, 'id="map-ukraine-desc"') ?? '')).toMatch(
      /^A map of Ukraine, shaded, and the countries around it\./,
    );
    expect(textOf(elementWith(html, '<figcaption') ?? '')).toBe(
      'Map 1: Ukraine and its neighbours',
    );
  });

  it.each([0, 1])('should draw and name every place of map %i', async (i) => {
    const drawing = drawings[i]!;
    const html = await render(drawing);
    const drawn = tagsWith(html, 'data-place').map((tag) => attribute(tag, 'data-place'));
    expect(drawn).toEqual(drawing.places.map((p) => p.id));
    for (const place of drawing.places) {
      const marker = elementWith(html, `data-place="${place.id}"`) ?? '';
      expect(marker).toContain(`<circle cx="${place.x}" cy="${place.y}" r="4"`);
      expect(textOf(marker)).toBe(place.name);
    }
  });

  it('should mark the places in the highlighted region apart from the others', async () => {
    const html = await render(drawings[0]!);
    const classOf = (id: string) =>
      attribute(tagsWith(html, 'data-place').find((tag) => tag.includes(`"${id}"`)) ?? '', 'class');
    expect(classOf('kyiv')).toBe('map-place');
    expect(classOf('donetsk')).toBe('map-place map-highlighted');
  });

  it.each([0, 1])(
    'should ship no script, no inline style and no address outside the page in map %i',
    async (i) => {
      const html = await render(drawings[i]!);
      const svg = elementWith(html, '<svg') ?? '';
      expect(svg.length).toBeGreaterThan(1000);
      expect(svg).not.toMatch(/<script|\son\w+=|style=|<style|<image|href=/i);
      // The only url() is the hatching pattern, defined in the same SVG.
      expect([...svg.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1])).toEqual(
        i === 0 ? ['#map-ukraine-hatch'] : [],
      );
      expect(svg).not.toMatch(/https?:|\/\//);
    },
  );
});
