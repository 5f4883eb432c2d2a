/**
 * The engine's tests of an explainer's content and of its built site: the guarantees a reader
 * gets, whatever the article. Every expectation is derived from the content itself, so the
 * suite runs unchanged on any explainer, a fresh draft included.
 *
 * A project runs it from one test file:
 *
 *   import { describeExplainer } from 'explainer-engine/testing';
 *   describeExplainer({ content: 'content', site: 'dist' });
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'domhandler';
import { SyntaxValidator } from 'fast-xml-validator';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { validateHtml } from '../audit/html.ts';
import { findBrokenLinks } from '../audit/links.ts';
import { type BuiltPage, readBuiltPages } from '../audit/pages.ts';
import { scanForUnsafeMarkup } from '../audit/scan.ts';
import { checkContent } from '../gate/check.ts';
import { formatProblem } from '../gate/problems.ts';
import { buildModel, type Model } from '../model/model.ts';
import { statuses } from '../core/vocabulary.ts';

export interface SuiteOptions {
  /** The content folder. */
  content: string;
  /**
   * The built site to check as well, or a function that gives it (for a folder a test setup
   * builds). Without it, only the content is tested.
   */
  site?: string | (() => string);
  /** The site's base path, when it is published under one. */
  base?: string;
}

const byAttribute = (name: string, value?: string) => (element: Element) =>
  element.attribs[name] !== undefined && (value === undefined || element.attribs[name] === value);

function find(page: BuiltPage, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, page.document.children);
}

const text = (element: Element) => DomUtils.textContent(element).replace(/\s+/g, ' ').trim();

/** Registers the suite for the explainer in `options.content`. */
export function describeExplainer(options: SuiteOptions): void {
  const contentDir = path.resolve(options.content);
  const result = checkContent(contentDir);
  const model: Model | undefined = result.input && buildModel(result.input);
  const needModel = () => {
    if (!model) throw new Error('the content has problems; see the first test');
    return model;
  };

  describe(`the explainer in ${options.content}`, () => {
    it('should pass the content check, so every status is justified by the evidence rules', () => {
      expect(result.problems.map(formatProblem)).toEqual([]);
    });

    it('should quote the article word for word in every claim', () => {
      const { article, claims } = needModel();
      const flat = article.text.replace(/\s+/g, ' ');
      const missing = claims
        .filter((c) => !flat.includes(c.quote.trim().replace(/\s+/g, ' ')))
        .map((c) => c.id);
      expect(missing).toEqual([]);
    });

    it('should examine every sentence of the article, unless it is still a draft', () => {
      const { coverage, explainer } = needModel();
      if (!explainer.draft) expect(coverage.covered).toBe(coverage.total);
      expect(coverage.covered).toBeLessThanOrEqual(coverage.total);
    });

    it('should grade no claim that rests only on unattributed sources above unverified', () => {
      const overRated = needModel().claims.filter(
        (c) =>
          ['established', 'reported', 'disputed'].includes(c.status) &&
          c.citations
            .filter((x) => x.stance === 'supports')
            .every((x) => x.source.grade === 'E' || x.source.grade === 'F'),
      );
      expect(overRated.map((c) => c.id)).toEqual([]);
    });

    it('should date every source from outside the article', () => {
      const undated = needModel().sources.filter((s) => s.outside && s.date === 'unknown');
      expect(undated.map((s) => s.id)).toEqual([]);
    });
  });

  if (!options.site) return;
  const site = options.site;
  describe(`the built site of ${options.content}`, () => {
    const dist = () => (typeof site === 'string' ? path.resolve(site) : site());
    let cache: Map<string, BuiltPage> | undefined;
    const pages = () => (cache ??= new Map(readBuiltPages(dist()).map((p) => [p.file, p])));
    const page = (file: string) => {
      const found = pages().get(file);
      if (!found) throw new Error(`the built site has no ${file}`);
      return found;
    };

    it('should give every topic its box, listing each of its claims, and each claim its card', () => {
      for (const topic of needModel().topics) {
        const html = page(`topics/${topic.id}/index.html`);
        const [box] = find(html, byAttribute('data-box', 'established-vs-unverified'));
        expect(box, topic.id).toBeDefined();
        const listed = new Set(
          DomUtils.findAll((e) => e.name === 'a', box!.children).map(
            (a) => a.attribs.href?.split('#')[1],
          ),
        );
        const cards = find(html, (e) => e.name === 'article' && e.attribs.class === 'claim').map(
          (e) => e.attribs.id,
        );
        expect(cards, topic.id).toEqual(topic.claims.map((c) => c.id));
        expect(
          topic.claims.filter((c) => !listed.has(c.id)).map((c) => c.id),
          topic.id,
        ).toEqual([]);
      }
    });

    it('should show the tally of statuses on the home page', () => {
      const { tally } = needModel();
      const home = text(page('index.html').document as unknown as Element);
      for (const status of statuses) expect(home).toContain(`${tally[status.id]} ${status.label}`);
    });

    it('should annotate every sentence of the article, and mark the rest as not yet examined', () => {
      const { article } = needModel();
      const sentences = find(page('article/index.html'), byAttribute('data-sentence'));
      expect(sentences.map((s) => s.attribs.id)).toEqual(article.sentences.map((s) => s.id));
      const unexamined = sentences
        .filter((s) => s.attribs['data-status'] === '')
        .map((s) => s.attribs.id);
      expect(unexamined).toEqual(
        article.sentences.filter((s) => !s.claims.length).map((s) => s.id),
      );
    });

    it('should publish a page for every claim and every source', () => {
      const { claims, sources } = needModel();
      const missing = [
        ...claims.map((c) => `claims/${c.id}/index.html`),
        ...sources.map((s) => `sources/${s.id}/index.html`),
      ].filter((file) => !pages().has(file));
      expect(missing).toEqual([]);
    });

    it('should say on every page that a draft is a draft, and ask search engines not to index it', () => {
      const { explainer } = needModel();
      for (const built of pages().values()) {
        const banner = find(built, (e) => e.attribs.class === 'draft').length > 0;
        const noindex =
          find(built, (e) => e.name === 'meta' && e.attribs.name === 'robots').length > 0;
        expect([built.file, banner, noindex]).toEqual([
          built.file,
          explainer.draft,
          explainer.draft,
        ]);
      }
    });

    it('should list every change of a status or a grade on the corrections page and in its feed', () => {
      const { claims, sources, article } = needModel();
      const expected = [
        ...claims.flatMap((c) => (c.history ?? []).map((h) => `${h.date} claims/${c.id}/`)),
        ...sources.flatMap((s) => (s.history ?? []).map((h) => `${h.date} sources/${s.id}/`)),
        ...article.revisions.map((r) => `${r.date} changes/${r.version}/`),
      ].sort();
      const listed = find(page('corrections/index.html'), byAttribute('data-correction')).map(
        (li) => {
          const [time] = DomUtils.findAll((e) => e.name === 'time', li.children);
          const [link] = DomUtils.findAll((e) => e.name === 'a', li.children);
          return `${time?.attribs.datetime} ${link?.attribs.href?.replace(/^.*?\/((?:claims|sources|changes)\/[^/]+\/)$/, '$1')}`;
        },
      );
      expect(listed.sort()).toEqual(expected);
      const xml = readFileSync(path.join(dist(), 'corrections.xml'), 'utf8');
      // Throws, naming the line and column, when the feed is not well-formed XML.
      expect(() => SyntaxValidator.validate(xml)).not.toThrow();
      const feed = parseDocument(xml, { xmlMode: true });
      const items = DomUtils.getElementsByTagName('item', feed);
      const text = (item: Element, tag: string) =>
        DomUtils.textContent(DomUtils.getElementsByTagName(tag, item)[0]!);
      const links = items.map((item) =>
        text(item, 'link').replace(
          /^.*?\/((?:claims|sources|changes)\/[^/]+\/|corrections\/#policy-changes)$/,
          '$1',
        ),
      );
      // Each change to the corrections policy is an item of its own, linked to the list of them.
      const policy = (needModel().explainer.corrections?.policyChanges ?? []).map(
        () => 'corrections/#policy-changes',
      );
      expect(links.sort()).toEqual([...expected.map((e) => e.split(' ')[1]), ...policy].sort());
      // Feed readers tell items apart by guid: one per change, not one per claim.
      const guids = items.map((item) => text(item, 'guid'));
      expect(new Set(guids).size).toBe(guids.length);
    });

    it('should write a search index', () => {
      expect(existsSync(path.join(dist(), 'pagefind', 'pagefind.js'))).toBe(true);
    });

    it('should have no broken link, no invalid HTML and no unsafe markup', async () => {
      const all = [...pages().values()];
      const base = options.base ?? '/';
      expect(findBrokenLinks(dist(), all, base)).toEqual([]);
      expect(await validateHtml(all)).toEqual([]);
      expect(scanForUnsafeMarkup(all, `${base}_astro/`)).toEqual([]);
      // html-validate reads every page: a few seconds for a few hundred.
    }, 60_000);
  });
}
