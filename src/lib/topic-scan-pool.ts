/**
 * Parses many topic pages at once on every core.
 *
 * Parsing MDX is most of what the content check costs on a large explainer (about 6 ms for a
 * 2,000-word page), and the check runs before Astro starts, while the other cores are idle. For
 * a large explainer the topic bodies are therefore parsed by worker threads running the very
 * same scanTopicBody as the single-threaded check, and readContentFiles reuses their results.
 * Small explainers, and any environment where a worker cannot start, are parsed in this thread.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type BodyScan, LAYOUT, listFiles, type PrescannedTopics, topicBody } from './content-files.ts';
import { MAX_YAML_BYTES } from './yaml-file.ts';

/** Below this many topic pages, starting workers costs more than it saves. */
export const PARALLEL_FROM = 48;
/** At least this many pages per worker. */
const BATCH = 16;
const WORKER = fileURLToPath(new URL('./topic-scan-worker.ts', import.meta.url));

/**
 * Parses the topic pages of `contentDir` in worker threads; an empty map when there are too
 * few pages, one core, or no way to start a worker (readContentFiles then parses them itself).
 */
export async function prescanTopics(contentDir: string, threads = os.availableParallelism()): Promise<PrescannedTopics> {
  const prescanned: PrescannedTopics = new Map();
  const display = (file: string) => path.relative(process.cwd(), file) || file;
  const jobs: { file: string; body: string }[] = [];
  for (const file of listFiles(path.join(contentDir, LAYOUT.topics), '.mdx')) {
    // Files readContentFiles would refuse to read are left to it, so it reports them.
    const body = readable(file) ? topicBody(readFileSync(file, 'utf8')) : undefined;
    if (body !== undefined) jobs.push({ file: display(file), body });
  }
  if (jobs.length < PARALLEL_FROM || threads < 2 || !existsSync(WORKER)) return prescanned;

  // Every worker gets its share at once (the pages are much alike in size).
  const count = Math.min(threads, Math.ceil(jobs.length / BATCH));
  const shares = Array.from({ length: count }, (_, w) => jobs.filter((_job, i) => i % count === w));
  const workers = shares.map(() => new Worker(WORKER));
  try {
    const results = await Promise.all(
      workers.map(
        (worker, w) =>
          new Promise<BodyScan[]>((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.postMessage(shares[w]);
          }),
      ),
    );
    results.forEach((scans, w) => shares[w]!.forEach((job, i) => prescanned.set(job.file, { body: job.body, scan: scans[i]! })));
  } catch {
    // A worker that cannot run leaves the pages unscanned; readContentFiles parses them.
    prescanned.clear();
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return prescanned;
}

function readable(file: string): boolean {
  try {
    const stat = statSync(file);
    return stat.isFile() && stat.size <= MAX_YAML_BYTES;
  } catch {
    return false;
  }
}
