/**
 * The dev server reads content through the gate only (red team 2026-12-03, F4): a symbolic
 * link in content/ or public/, even one added while the server runs, is never followed, and
 * nothing under the content folder is served as a file, by its project path or by /@fs/.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, configFor } from '../helpers/build.ts';
import { buildDir, type ContentCopy, copyFixture, repoRoot } from '../helpers/fixture.ts';

const SECRET = path.join(os.tmpdir(), `explainer-dev-secret-${process.pid}.txt`);
let copy: ContentCopy;
let server: ChildProcess;
let base: string;
let port: number;
let publicDir: string;
/** All the server has printed. */
let output = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  writeFileSync(SECRET, 'the secret\n');
  // Inside the project, as content always is, so that Vite would serve it by its path.
  copy = copyFixture(buildDir('dev-content'));
  publicDir = path.join(path.dirname(copy.dir), 'public');
  mkdirSync(publicDir);
  writeFileSync(path.join(publicDir, 'robots.txt'), 'User-agent: *\n');
  port = await freePort();
  base = `http://localhost:${port}`;
  const config = configFor(copy.dir, path.join(path.dirname(copy.dir), 'dist'), {
    publicDir,
  });
  server = spawn(
    process.execPath,
    [
      'node_modules/astro/bin/astro.mjs',
      'dev',
      '--config',
      path.relative(repoRoot, config),
      '--port',
      String(port),
    ],
    { cwd: repoRoot, env: buildEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`dev server did not start:\n${output}`)),
      60_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk;
      if (/content is valid/.test(output) && /localhost:\d+/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
  });
}, 90_000);
afterAll(() => {
  server?.kill();
  copy?.remove();
});

const get = async (url: string) => {
  const response = await fetch(`${base}${url}`);
  return { status: response.status, body: await response.text() };
};
/** A request whose path is sent as written: fetch would resolve `/./x` and the like first. */
const getRaw = (url: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    request({ host: 'localhost', port, path: url }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
const eventually = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 50; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

describe('the dev server', () => {
  // The first request renders the home page from cold, which takes more than vitest's
  // default five seconds on a busy two-core machine.
  it('should serve the pages, and public/ files the check approved', async () => {
    expect((await get('/')).status).toBe(200);
    expect(await get('/robots.txt')).toEqual({ status: 200, body: 'User-agent: *\n' });
  }, 60_000);

  it('should serve nothing under the content folder as a file', async () => {
    const relative = path.relative(repoRoot, copy.dir).split(path.sep).join('/');
    for (const url of [`/${relative}/article.txt`, `/@fs${copy.dir}/article.txt`]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.body).not.toContain('Mayor Ana Lopez');
    }
  });

  it('should refuse, and never serve, a link added to content/ or public/ while it runs', async () => {
    symlinkSync(SECRET, path.join(copy.dir, 'passwd.txt'));
    symlinkSync(SECRET, path.join(publicDir, 'passwd.txt'));
    // And files of public/ the check refuses: a kind it does not serve, a file in a folder.
    writeFileSync(path.join(publicDir, 'notes.md'), 'the secret\n');
    mkdirSync(path.join(publicDir, 'sub'));
    writeFileSync(path.join(publicDir, 'sub', 'x.txt'), 'the secret\n');
    // The next check, on the change, refuses the link and shows the problem in place of pages.
    await eventually(async () => (await get('/')).status === 500);
    const page = await get('/');
    expect(page.status).toBe(500);
    expect(page.body).toContain('symbolic links are not allowed in content');
    const relative = path.relative(repoRoot, copy.dir).split(path.sep).join('/');
    for (const url of ['/passwd.txt', `/${relative}/passwd.txt`, `/@fs${copy.dir}/passwd.txt`]) {
      const response = await get(url);
      expect(response.body, url).not.toContain('the secret');
      expect(response.status, url).toBe(404);
    }
    // By any spelling of their path that a file server resolves to them (red team
    // 2026-12-22, H2: a URL parser reads `//passwd.txt` as the host "passwd.txt").
    const names = ['passwd.txt', 'notes.md', 'sub/x.txt', `${relative}/passwd.txt`];
    const spellings = (name: string) => [
      `/${name}`,
      `//${name}`,
      `///${name}`,
      `/%2F/${name}`,
      `/%2f${name}`,
      `/./${name}`,
      `//./${name}`,
      `/%2E/${name}`,
      `/sub/../${name}`,
      `/sub/%2E%2E/${name}`,
      `/${name.replaceAll('/', '%2F')}`,
      `/${name.replace(/^./, (c) => `%${c.charCodeAt(0).toString(16)}`)}`,
      `/${name}?x=1`,
    ];
    for (const url of names.flatMap(spellings)) {
      const response = await getRaw(url);
      expect(response.body, url).not.toContain('the secret');
      expect(response.status, url).toBe(404);
    }
    // The request line's absolute form, which Node passes on as the URL.
    for (const name of names) {
      const url = `http://localhost:${port}//${name}`;
      const response = await getRaw(url);
      expect(response.body, url).not.toContain('the secret');
      expect(response.status, url).toBeGreaterThanOrEqual(400);
    }
    // While content has problems, a request for a file that is not there is answered, and
    // the server prints no stack trace for it (red team 2026-12-22, L3).
    for (const url of ['/missing.txt', '//missing.txt', `//${relative}/missing.txt`]) {
      expect((await getRaw(url)).status, url).toBe(404);
    }
    expect((await getRaw('/claims.json')).status).toBe(500);
    expect(output).not.toMatch(/\n\s+at /);
    expect(output).not.toContain('Error: The content has problems');
  });
});
