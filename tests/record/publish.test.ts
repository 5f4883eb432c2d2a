/**
 * npm run check -- --publish: a local build is a preview; what is deployed must not carry the
 * template's placeholders, canonical addresses on localhost, or leave readers no way to report
 * an error. Run with the environment the deploy job gives it.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEnv } from '../helpers/build.ts';
import { type ContentCopy, copyFixture, repoRoot } from '../helpers/fixture.ts';
import { publishedCopy } from './published.ts';

let copy: ContentCopy;
afterEach(() => copy.remove());

const publish = (env: NodeJS.ProcessEnv) => {
  const clean = Object.fromEntries(
    Object.entries(buildEnv()).filter(([name]) => !/^(SITE_URL|GITHUB_)/.test(name)),
  );
  return spawnSync(process.execPath, ['src/cli/index.ts', 'check', copy.dir, '--publish'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...clean, ...env },
  });
};
const lines = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => line.includes('  '))
    .map((line) => line.slice(line.indexOf('content/') + 'content/'.length));

describe('npm run check -- --publish', () => {
  it('should refuse what npm run new left, a localhost address and no way to report', () => {
    copy = copyFixture();
    copy.edit('explainer.yaml', 'name: Test Desk', 'name: Your organisation');
    const run = publish({});
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toEqual([
      'explainer.yaml:2:1  the site would be published with its canonical addresses on localhost: SITE_URL is not set  (set SITE_URL to the address readers use, as the build does (the deploy workflow sets it from the Pages configuration))',
      'explainer.yaml:2:1  a reader would have no way to report an error: there is no corrections.report and no repository  (add corrections.report (a form or an address) to explainer.yaml, or repository, whose issue form the site then links)',
      'explainer.yaml:5:9  "Your organisation" is what `npm run new` wrote here, and it would be published as it is  (replace it: the organisation that publishes the explainer, what is known of where the article came from, and a title of your own)',
      'explainer.yaml:15:8  the explainer is a draft: every page would say so, and ask not to be indexed  (set draft: false once every sentence is examined, then deploy)',
    ]);
  });

  it('should refuse a canonical address on localhost even when it is set', () => {
    copy = publishedCopy();
    const run = publish({
      SITE_URL: 'http://127.0.0.1:4321',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'desk/explainer',
    });
    expect(lines(run.stderr)).toEqual([
      'explainer.yaml:2:1  the site would be published with its canonical addresses on "http://127.0.0.1:4321"  (set SITE_URL to the address readers use, as the build does (the deploy workflow sets it from the Pages configuration))',
    ]);
  });

  it('should pass with a real address and the repository the build links to', () => {
    copy = publishedCopy();
    const run = publish({
      SITE_URL: 'https://desk.example.org',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'desk/explainer',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/; ready to publish \(\d+ ms\)\n$/);
  });
});
