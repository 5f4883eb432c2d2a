/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import explainer from './src/index.ts';

/** Test files that mock a module (vi.mock), and so need a module cache of their own. */
const MOCKING = ['tests/gate/faults.test.ts', 'tests/integration/integration.test.ts'];
/** The browser suite and the generator's end-to-end test run on their own. */
const ELSEWHERE = ['tests/browser/**', 'tests/package/**', '**/node_modules/**'];

// getViteConfig runs the engine's integration as the dev server would. It is pointed at the
// fixture explainer, so component tests render content that is meant to be complete, whatever
// state content/ is in; tests name any other folder they use explicitly.
export default getViteConfig(
  {
    test: {
      environment: 'node',
      globalSetup: ['tests/setup/build-site.ts'],
      projects: [
        {
          extends: true,
          // Test files share a worker's module cache rather than importing the engine afresh
          // each: imports were about a third of the suite's time.
          test: {
            name: 'shared',
            include: ['tests/**/*.test.ts'],
            exclude: [...ELSEWHERE, ...MOCKING],
            isolate: false,
          },
        },
        { extends: true, test: { name: 'isolated', include: MOCKING, exclude: ELSEWHERE } },
      ],
    },
  },
  { configFile: false, integrations: [explainer({ content: 'tests/fixtures/tiny/content' })] },
);
