/**
 * Rule family 14, the article's versions: a revised article keeps every earlier version.
 *
 * - The versions explainer.yaml lists (`article.received`, then each revision) come in order,
 *   each received after the one before.
 * - Each earlier version is kept in content/versions/<id>.txt, byte for byte as received (its
 *   SHA-256), and nothing else is kept there. article.txt is the last version (the explainer
 *   family checks its SHA-256).
 * - A reference to a sentence that a revision changed or removed stays pending until a
 *   contributor settles it.
 * - A claim pinned to a version (`version:`) names an earlier one, not the current.
 * - A claim whose quote was updated after a revision was reviewed again, on or after it.
 */
import { versionsOf } from '../../model/revisions.ts';
import { at, byIdOf, type Context } from '../context.ts';
import { problem } from '../problems.ts';
import { yamlFile } from '../read.ts';

export function checkRevisions(cx: Context): void {
  const file = yamlFile(cx.files, 'explainer');
  const article = cx.explainer?.article;
  if (!article || !file) return;
  const versions = versionsOf(article);
  const current = versions.at(-1)!;
  const where = (i: number) =>
    i === 0
      ? file.locate(['article', 'received'])
      : file.locate(['article', 'revisions', i - 1, 'version']);

  versions.forEach((version, i) => {
    const previous = versions[i - 1];
    if (previous && version.id.localeCompare(previous.id, 'en', { numeric: true }) <= 0)
      cx.report(
        problem('revision-out-of-order', where(i), { version: version.id, previous: previous.id }),
      );
  });

  // Every version but the current one is kept; the folder holds those and nothing else.
  const earlier = new Set(versions.slice(0, -1).map((v) => v.id));
  versions.slice(0, -1).forEach((version, i) => {
    const kept = cx.versions.get(version.id);
    if (!kept) {
      if (cx.readable.get('versions') === false) cx.followOn();
      else
        cx.report(
          problem('version-missing', where(i + 1), {
            version: version.id,
            file: `versions/${version.id}.txt`,
          }),
        );
      return;
    }
    if (version.sha256 && kept.sha256 !== version.sha256)
      cx.report(
        problem(
          'version-changed',
          { file: kept.path, line: 1, column: 1 },
          { version: version.id, recorded: version.sha256, actual: kept.sha256 },
        ),
      );
  });
  for (const kept of cx.versions.values()) {
    if (!earlier.has(kept.id))
      cx.report(
        problem('version-unlisted', { file: kept.path, line: 1, column: 1 }, { id: kept.id }),
      );
  }

  (article.revisions ?? []).forEach((revision, i) => {
    revision.pending?.forEach((item, j) => {
      cx.report(
        problem('revision-pending', file.locate(['article', 'revisions', i, 'pending', j]), {
          version: revision.version,
          file: item.file,
          sentence: item.sentence,
          was: item.was,
        }),
      );
    });
  });

  const revised = versions.filter((v) => v.revised);
  for (const claim of byIdOf(cx, 'claims').values()) {
    const c = claim.value;
    if (c.version === current.id)
      cx.report(problem('version-current', at(claim, 'version'), { version: current.id }));
    // A quote updated to a revision's words is a new reading of the article: reviewed again.
    (c.history ?? []).forEach((entry) => {
      if (!('updated' in entry) || entry.updated !== 'quote') return;
      const revision = revised.findLast((v) => v.date <= entry.date);
      if (revision && c.reviewed < revision.date)
        cx.report(
          problem('reviewed-before-revision', at(claim, 'reviewed'), {
            reviewed: c.reviewed,
            version: revision.id,
            date: revision.date,
          }),
        );
    });
  }
}
