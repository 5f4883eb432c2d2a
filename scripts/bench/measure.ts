/**
 * Runs a command and measures it: wall time, and peak memory of the process and its children.
 *
 * Peak memory is the larger of two measurements. GNU time (`/usr/bin/time`, when installed)
 * reports the exact high-water mark of the largest process in the tree, but not their sum;
 * polling /proc every 50 ms sums the resident memory of the whole tree (the build and, for
 * example, esbuild's service process) but can miss a short spike between two polls.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 50;

export interface Measurement {
  /** The command's exit code (null when a signal ended it). */
  code: number | null;
  wallMs: number;
  /** Peak resident memory in bytes; 0 when neither /proc nor GNU time is available. */
  peakBytes: number;
  /** How the peak was measured, for the report. */
  peakFrom: string;
  /** Each process of the tree by its peak resident memory, largest first. */
  processes: { pid: number; name: string; peakBytes: number }[];
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where the command's output goes (both streams). */
  log: string;
}

/** Runs `command args` to completion, measuring it. */
export async function measure(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<Measurement> {
  const timeFile = `${options.log}.time`;
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime
    ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]]
    : [command, [...args]];
  const out = openSync(options.log, 'w');
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', out, out],
  });
  closeSync(out);

  let treePeak = 0;
  const processes = new Map<number, { pid: number; name: string; peakBytes: number }>();
  const poll = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      const status = readStatus(pid);
      sum += status.rss;
      const seen = processes.get(pid) ?? {
        pid,
        name: commandName(pid) ?? status.name,
        peakBytes: 0,
      };
      seen.peakBytes = Math.max(seen.peakBytes, status.hwm, status.rss);
      processes.set(pid, seen);
    }
    treePeak = Math.max(treePeak, sum);
  };
  const timer = setInterval(poll, POLL_MS);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit) => resolve(exit));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);

  let timePeak = 0;
  if (useTime && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" before the figure on failure.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
    timePeak = (Number.parseInt(last, 10) || 0) * 1024;
    rmSync(timeFile);
  }
  const byPeak = [...processes.values()]
    .filter((p) => p.peakBytes > 0)
    .sort((a, b) => b.peakBytes - a.peakBytes);
  const candidates: [number, string][] = [
    [treePeak, 'sum of the process tree (polled)'],
    [byPeak[0]?.peakBytes ?? 0, 'largest process high-water mark'],
    [timePeak, 'GNU time'],
  ];
  const [peakBytes, peakFrom] = candidates.reduce((best, next) =>
    next[0] > best[0] ? next : best,
  );
  return { code, wallMs, peakBytes, peakFrom, processes: byPeak };
}

/** `root` and every process descended from it, found through /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of safeReaddir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentOf(Number(entry));
    if (ppid === undefined) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

function parentOf(pid: number): number | undefined {
  try {
    // The command name (field 2) is in parentheses and may hold spaces; ppid follows it.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

/** A short name for a process from its command line: `node astro.mjs`, `pagefind_extended`. */
function commandName(pid: number): string | undefined {
  try {
    const [program, script] = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .map((arg) => path.basename(arg));
    return program === 'node' && script ? `node ${script}` : program || undefined;
  } catch {
    return undefined;
  }
}

/** Name, current and peak resident memory of one process, in bytes (0 once it has gone). */
function readStatus(pid: number): { name: string; rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?', rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { name: '?', rss: 0, hwm: 0 };
  }
}

/** How many HTML files a build wrote under `dir`. */
export function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  ).length;
}

/** The last `lines` lines of a log file, to show why a command failed. */
export function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '';
  return stripVTControlCharacters(readFileSync(file, 'utf8'))
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .join('\n');
}

/**
 * Other builds, test runs and type checks running on the machine, outside this process's own
 * tree. They compete for the CPUs, and builds in the same checkout share its .astro/ folder,
 * so their presence makes the numbers noisy (or a build fail).
 */
export function competingProcesses(): string[] {
  const ours = new Set(processTree(process.pid));
  const found: string[] = [];
  for (const entry of safeReaddir('/proc')) {
    if (!/^\d+$/.test(entry) || ours.has(Number(entry))) continue;
    let command: string;
    try {
      command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
    } catch {
      continue;
    }
    if (
      /astro\.mjs (build|check|sync)|astro (build|check)|vitest (run|$)|vitest\/dist\/workers/.test(
        command,
      )
    ) {
      found.push(`${entry}: ${command.slice(0, 120)}`);
    }
  }
  return found;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
