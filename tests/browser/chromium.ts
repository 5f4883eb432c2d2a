/**
 * Finds and launches Debian's Chromium (or the browser CHROME_PATH names) through
 * playwright-core. Browsers cannot be downloaded here, so the suite never tries to.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find(
    (candidate): candidate is string => Boolean(candidate) && existsSync(candidate!),
  );
  if (!found) {
    throw new Error(
      'No Chromium found. Install Debian’s: `apt-get update && apt-get install -y chromium` (as root), ' +
        'or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}
