/**
 * The real explainer in content/, as built by the global setup: what a reader of the
 * published site sees.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/gate/check.ts';
import { buildModel } from '../../src/model/model.ts';
import { statuses } from '../../src/model/vocabulary.ts';
import { repoRoot } from '../helpers/fixture.ts';
import { attribute, elementWith, tagsWith, textOf } from '../helpers/html.ts';

const contentDir = path.join(repoRoot, 'content');
const model = buildModel(checkContent(contentDir).input!);

describe('building the Donbas explainer', () => {
  const siteDir = inject('siteDir');
  const page = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');

  it.each(['territory', 'security-guarantees', 'economy', 'allegations', 'diplomacy'])(
    'should publish the %s topic with its box populated',
    (topic) => {
      const html = page(`topics/${topic}/index.html`);
      const box = elementWith(html, 'data-box="established-vs-unverified"') ?? '';
      const lines = tagsWith(box, 'href');
      expect(lines.length).toBe(model.topicById.get(topic)!.claims.length);
    },
  );

  it('should show the tally of statuses on the home page', () => {
    const text = textOf(page('index.html'));
    for (const status of statuses) {
      expect(text).toContain(`${model.tally[status.id]} ${status.label}`);
    }
    expect(Object.values(model.tally).reduce((a, b) => a + b, 0)).toBe(model.claims.length);
  });

  it('should annotate all 110 sentences, none of them left unexamined', () => {
    const html = page('article/index.html');
    const sentences = tagsWith(html, 'data-sentence');
    expect(sentences).toHaveLength(110);
    expect(sentences.filter((tag) => !attribute(tag, 'data-status'))).toEqual([]);
    // "not yet examined" appears once, in the legend, and on no sentence.
    expect(html.match(/data-status="unexamined"/g)).toHaveLength(1);
  });

  it('should list each topic’s claims, on the claims index, in the order its page places them', () => {
    const index = page('claims/index.html');
    for (const topic of model.topics) {
      const cards = tagsWith(page(`topics/${topic.id}/index.html`), 'data-status')
        .filter((tag) => tag.startsWith('<article'))
        .map((tag) => attribute(tag, 'id'));
      const section = index.slice(index.indexOf(`id="topic-${topic.id}"`));
      const listed = [
        ...section.slice(0, section.indexOf('</ul>')).matchAll(/href="\/claims\/([^/]+)\/"/g),
      ].map((m) => m[1]);
      expect(cards.length, topic.id).toBe(topic.claims.length);
      expect(listed, topic.id).toEqual(cards);
    }
  });

  it('should show the provenance note on the home page', () => {
    const text = textOf(page('index.html'));
    expect(text).toContain('It appears to join three separate pieces');
    expect(text).toContain('grades the article’s sourcing, not the worth of the people in it');
  });
});
