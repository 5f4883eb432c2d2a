/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import explainer from './src/index.ts';

// getViteConfig runs the engine's integration as the dev server would. It is pointed at the
// fixture explainer, so component tests render content that is meant to be complete, whatever
// state content/ is in; tests name any other folder they use explicitly.
export default getViteConfig(
  {
    test: {
      include: ['tests/**/*.test.ts'],
      // The browser suite and the generator's end-to-end test run on their own:
      // npm run test:browser and npm run test:package.
      exclude: ['tests/browser/**', 'tests/package/**', '**/node_modules/**'],
      environment: 'node',
      globalSetup: ['tests/setup/build-site.ts'],
    },
  },
  { configFile: false, integrations: [explainer({ content: 'tests/fixtures/tiny/content' })] },
);
