/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import explainer from './src/index.ts';

// The browser suite: `npm run test:browser`. It builds the site once (the same global setup
// as the unit suite) and drives Debian's Chromium through playwright-core.
export default getViteConfig(
  {
    test: {
      include: ['tests/browser/**/*.test.ts'],
      environment: 'node',
      globalSetup: ['tests/setup/build-site.ts'],
      testTimeout: 60_000,
      hookTimeout: 600_000,
    },
  },
  { configFile: false, integrations: [explainer({ content: 'tests/fixtures/tiny/content' })] },
);
