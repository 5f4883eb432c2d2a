/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig runs the project's integrations as the dev server would, and the explainer
// integration checks the content folder it names. Point it at the fixture explainer (unless the
// caller chose one) so the run checks content that is meant to be complete, not content/ while
// it is being written. Tests name the folders they use explicitly.
process.env.EXPLAINER_CONTENT ??= 'tests/fixtures/tiny/content';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser suite runs on its own: npm run test:browser (vitest.browser.config.ts).
    exclude: ['tests/browser/**', '**/node_modules/**'],
    environment: 'node',
    globalSetup: ['tests/setup/build-site.ts'],
  },
});
