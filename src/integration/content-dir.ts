/**
 * Which content folder the engine builds. `content/` unless EXPLAINER_CONTENT names another,
 * which is how the tests build their fixture explainer with the same engine.
 */
import path from 'node:path';

export function contentDir(): string {
  return path.resolve(process.env.EXPLAINER_CONTENT || 'content');
}
