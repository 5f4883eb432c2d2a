/**
 * Rule family 11, the explainer as a whole: the article is the version received last (its SHA-256), a
 * published explainer examines every sentence, and the pieces of a composite article start
 * where explainer.yaml says.
 */
import { versionsOf } from '../../model/revisions.ts';
import type { Sentence } from '../../model/segment.ts';
import type { Context } from '../context.ts';
import { problem } from '../problems.ts';
import { yamlFile } from '../read.ts';

export function checkExplainer(cx: Context): void {
  const { explainer, article } = cx;
  const file = yamlFile(cx.files, 'explainer');
  if (!explainer || !file) return;
  // article.txt is the current version: the last revision's, or the article as first received.
  const current = versionsOf(explainer.article).at(-1)!;
  const recorded = current.sha256;
  if (recorded && article) {
    // Of the bytes as they are in the file, a byte-order mark included, as `npm run new` takes it.
    const actual = article.sha256;
    if (actual !== recorded) {
      const revisions = explainer.article.revisions?.length ?? 0;
      cx.report(
        problem(
          'article-changed',
          file.locate(
            revisions ? ['article', 'revisions', revisions - 1, 'sha256'] : ['article', 'sha256'],
          ),
          { recorded, actual, version: current.id },
        ),
      );
    }
  }
  // A published explainer examines every sentence; a draft keeps the rest as its to-do list.
  // Counted only when every claim is valid: a claim with a problem would leave its sentences
  // looking unexamined, a second report of the same mistake.
  if (!explainer.draft && article && cx.readable.get('claims') !== false && !cx.reported()) {
    const open = cx.sentences.filter((s) => !cx.examined.has(s.id)).map((s) => s.id);
    if (open.length) {
      cx.report(problem('sentences-not-examined', file.locate(['draft']), { ids: open }));
    }
  }
  // Sentences by their first word, so each part is looked for among a few, not all.
  const byFirstWord = new Map<string, Sentence[]>();
  for (const s of cx.sentences) {
    const first = s.text.split(/\s/, 1)[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), s].slice(0, 1000));
  }
  explainer.article.parts?.forEach((part, i) => {
    const candidates = byFirstWord.get(part.startsWith.split(/\s/, 1)[0] ?? '') ?? [];
    if (!candidates.some((s) => s.text.startsWith(part.startsWith))) {
      cx.report(
        problem('part-not-found', file.locate(['article', 'parts', i, 'startsWith']), {
          startsWith: part.startsWith,
        }),
      );
    }
  });
}
