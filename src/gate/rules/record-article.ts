/**
 * The record's article rules (record.ts): the versions published stay as published. The first
 * version's day and SHA-256, every earlier version kept in versions/, every revision listed,
 * and the article published, which is article.txt or, after a revision, a kept version.
 */
import type { PublishedRecord } from '../baseline.ts';
import type { Context } from '../context.ts';
import { problem } from '../problems.ts';
import { yamlFile } from '../read.ts';
import { shown } from './record-history.ts';

/**
 * The article published is still here: article.txt, or, after a revision, the version kept in
 * versions/. Each published revision is still listed as it was, the later ones after it.
 */
export function checkArticle(cx: Context, record: PublishedRecord): void {
  const { ref } = record;
  const revisions = cx.explainer?.article.revisions ?? [];
  record.revisions.forEach((published, i) => {
    const now = revisions[i];
    const same =
      now &&
      now.version === published.version &&
      now.sha256 === published.sha256 &&
      (now.note ?? null) === (published.note ?? null);
    if (!same)
      cx.report(
        problem(
          'revision-rewritten',
          yamlFile(cx.files, 'explainer')?.locate(['article', 'revisions', i]) ?? published.where,
          { version: shown(published.version), ref },
        ),
      );
  });
  // The first version as published: the day it was received and its SHA-256 stay as they were.
  const article = cx.explainer?.article;
  const explainerFile = yamlFile(cx.files, 'explainer');
  if (article && explainerFile) {
    const first: [string, unknown, unknown][] = [
      ['received', record.received, article.received],
      ['sha256', record.receivedSha256, article.sha256],
    ];
    for (const [field, then, now] of first) {
      if (then === undefined || shown(then) === shown(now ?? null)) continue;
      cx.report(
        problem('first-version-rewritten', explainerFile.locate(['article', field]), {
          field,
          was: shown(then),
          ref,
        }),
      );
    }
  }
  // Every earlier version published is still kept, byte for byte.
  for (const [id, published] of record.versions) {
    const kept = cx.versions.get(id);
    if (kept?.sha256 === published.sha256) continue;
    cx.report(
      problem(
        'published-version-changed',
        kept ? { file: kept.path, line: 1, column: 1 } : published.where,
        { id, ref, gone: !kept },
      ),
    );
  }
  if (!cx.article || !record.articleSha256 || record.articleSha256 === cx.article.sha256) return;
  const kept = [...cx.versions.values()].some((v) => v.sha256 === record.articleSha256);
  if (!kept)
    cx.report(
      problem('article-changed-since', { file: cx.article.path, line: 1, column: 1 }, { ref }),
    );
}
