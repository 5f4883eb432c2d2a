/**
 * A worker thread of topic-scan-pool.ts: parses the topic pages it is sent and posts back what
 * each contains (scanTopicBody), one message per batch.
 */
import { parentPort } from 'node:worker_threads';
import { type BodyScan, scanTopicBody } from './content-files.ts';

parentPort?.on('message', (batch: { file: string; body: string }[]) => {
  const scans: BodyScan[] = batch.map(({ file, body }) => scanTopicBody(body, file));
  parentPort?.postMessage(scans);
});
