/**
 * Where a build's time goes, read from the log `astro build` prints.
 *
 * Astro reports the duration of each phase and of each page it renders. The log is not an
 * interface Astro promises to keep, so every figure is optional: what is not found is not shown.
 */

import { stripVTControlCharacters } from 'node:util';

export interface Phases {
  /** The explainer's content check, run before Astro starts (ours only). */
  checkMs?: number;
  /** "Collecting build info": config, content sync, type generation. */
  collectMs?: number;
  /** Vite's bundling of pages, components and every MDX module. */
  bundleMs?: number;
  /** "generating static routes": rendering every page. */
  renderMs?: number;
  /** Astro's total, from "N page(s) built in …"; includes work done after rendering. */
  totalMs?: number;
}

/** A duration as Astro prints it: 793ms, 3.35s or 1m 34s. */
const DURATION = String.raw`((?:\d+m )?\d+(?:\.\d+)?)(ms|s)\b`;
function toMs(value: string, unit: string): number {
  const [minutes, rest] = value.includes('m ') ? value.split('m ') : ['0', value];
  return Number(minutes) * 60_000 + Number(rest) * (unit === 's' ? 1000 : 1);
}

/** Reads the phases out of an `astro build` log. */
export function readPhases(log: string): Phases {
  const text = stripVTControlCharacters(log);
  const phases: Phases = {};
  const first = (pattern: RegExp) => {
    const match = pattern.exec(text);
    return match ? toMs(match[1] ?? '0', match[2] ?? 'ms') : undefined;
  };
  const check = /\[explainer\] content is valid:.*\((\d+) ms\)/.exec(text);
  if (check) phases.checkMs = Number(check[1]);
  const collect = first(
    new RegExp(String.raw`Collecting build info\.\.\.\s*\n.*?✓ Completed in ${DURATION}`),
  );
  if (collect !== undefined) phases.collectMs = collect;
  const bundles = [...text.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))];
  if (bundles.length)
    phases.bundleMs = bundles.reduce((sum, m) => sum + toMs(m[1] ?? '0', m[2] ?? 'ms'), 0);
  const render = first(
    new RegExp(String.raw`generating static routes[\s\S]*?\n[^\n]*?\d ✓ Completed in ${DURATION}`),
  );
  if (render !== undefined) phases.renderMs = render;
  const total = first(new RegExp(String.raw`page\(s\) built in ${DURATION}`));
  if (total !== undefined) phases.totalMs = total;
  return phases;
}
