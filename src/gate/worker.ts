/**
 * The content check, run in a worker thread for the build and the dev server.
 *
 * A large explainer's check holds every file's parsed YAML, with positions, until it has
 * cross-checked them all: about 170 MB at 1,000 topics. On the build's own thread, V8 sized
 * the heap from that working set (it let the heap grow to about four times it before the next
 * full collection), and the build's peak memory followed. In a worker the working set lives in
 * a heap of its own, which is gone when the check ends; only the problems, the counts and the
 * parsed YAML the content loaders reuse (see yaml-file.ts) come back.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkContent, type CheckResult } from './check.ts';
import { drainYamlHandoff, openYamlHandoff, receiveYamlHandoff } from './yaml.ts';

interface Task {
  contentDir: string;
  /** Whether the build will take the parsed YAML (see openYamlHandoff). */
  handOver: boolean;
}

type Reply = Pick<CheckResult, 'problems' | 'counts'> & {
  yaml: ReturnType<typeof drainYamlHandoff>;
};

/** Checks `contentDir` in a worker thread; hands its parsed YAML to this thread's loaders if `handOver`. */
export function checkContentInWorker(
  contentDir: string,
  { handOver }: { handOver: boolean },
): Promise<Pick<CheckResult, 'problems' | 'counts'>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { contentDir, handOver } satisfies Task,
    });
    worker.once('message', ({ problems, counts, yaml }: Reply) => {
      receiveYamlHandoff(yaml);
      resolve({ problems, counts });
    });
    worker.once('error', reject);
    // After a reply this does nothing: a promise settles once.
    worker.once('exit', (code) =>
      reject(new Error(`The content check stopped before it finished (exit code ${code}).`)),
    );
  });
}

if (!isMainThread && parentPort && (workerData as Partial<Task>)?.contentDir) {
  const { contentDir, handOver } = workerData as Task;
  if (handOver) openYamlHandoff();
  const { problems, counts } = checkContent(contentDir);
  parentPort.postMessage({ problems, counts, yaml: drainYamlHandoff() } satisfies Reply);
}
