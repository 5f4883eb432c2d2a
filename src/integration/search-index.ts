/**
 * Writes the Pagefind search index for a built site, in a child process once Astro has
 * finished, so the indexer never holds its memory while the build's is still held.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { MODULE_EXTENSION } from './routes.ts';

export function writeSearchIndex(dist: string, logger: AstroIntegrationLogger): Promise<void> {
  const indexer = fileURLToPath(new URL(`./search-indexer${MODULE_EXTENSION}`, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [indexer, dist], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        logger.info(output.trim());
        resolve();
      } else reject(new Error(`The search index could not be written:\n${output.trim()}`));
    });
  });
}
