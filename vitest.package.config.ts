import { defineConfig } from 'vitest/config';

// `npm run test:package`: the generator end to end (tests/package). It installs from the npm
// registry and takes a minute or two, so it runs on its own, in CI, not in `npm test`.
export default defineConfig({
  test: { include: ['tests/package/**/*.test.ts'], environment: 'node', testTimeout: 300_000 },
});
