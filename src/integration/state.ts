/**
 * What the gate last decided, shared by the integration's hooks, its Vite plugin and its remark
 * plugin: all of them run in the integration's own process and module instance.
 */
import type { CheckResult } from '../gate/check.ts';
import type { ApprovedTopic } from '../gate/topic.ts';

export interface GateState {
  /** The content folder, as an absolute path. */
  contentDir: string;
  /** The content folder relative to the project root, with forward slashes, for edit links. */
  contentPath: string;
  /** The project's public/ folder, as an absolute path. */
  publicDir: string;
  /** The gate's last verdict. */
  result: CheckResult;
  /** The approved topic pages, by topic id. */
  approved: Map<string, ApprovedTopic>;
}

export function createState(contentDir: string, contentPath: string, publicDir: string): GateState {
  return {
    contentDir,
    contentPath,
    publicDir,
    result: { problems: [], suppressed: 0, counts: { claims: 0, sources: 0, topics: 0, files: 0 } },
    approved: new Map(),
  };
}

/** Records a new verdict. */
export function updateState(state: GateState, result: CheckResult): void {
  state.result = result;
  state.approved = new Map((result.approved ?? []).map((topic) => [topic.id, topic]));
}
