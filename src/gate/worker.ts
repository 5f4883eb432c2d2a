/**
 * The gate, run in a worker thread for the build and the dev server.
 *
 * A large explainer's check holds every file's parsed YAML and MDX trees, with positions,
 * until it has cross-checked them all. On the build's own thread, V8 sized the heap from that
 * working set and the build's peak memory followed. In a worker the working set lives in a
 * heap of its own, gone when the check ends; only plain data comes back: the problems, the
 * validated content, and each approved page's text and hash. No tree crosses over.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkContent, type CheckResult } from './check.ts';

interface Task {
  contentDir: string;
  publicDir: string;
}

/** Runs the gate on `contentDir`, and on the project's `publicDir`, in a worker thread. */
export function checkContentInWorker(contentDir: string, publicDir: string): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { contentDir, publicDir } satisfies Task,
    });
    worker.once('message', (result: CheckResult) => resolve(result));
    worker.once('error', reject);
    // After a reply this does nothing: a promise settles once.
    worker.once('exit', (code) =>
      reject(new Error(`The content check stopped before it finished (exit code ${code}).`)),
    );
  });
}

if (!isMainThread && parentPort && (workerData as Partial<Task>)?.contentDir) {
  const { contentDir, publicDir } = workerData as Task;
  parentPort.postMessage(checkContent(contentDir, { publicDir }));
}
