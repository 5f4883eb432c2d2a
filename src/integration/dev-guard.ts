/**
 * The dev server reads content through the gate only. Vite serves the project's files as they
 * are, following links: a link in content/ or public/ (`content/passwd.txt → /etc/passwd`)
 * would be served to anyone who can reach the server (red team 2026-12-03, F4). This
 * middleware, ahead of Vite's own, answers 404 for anything under the content folder, or under
 * its real path, by any route Vite serves files by, and serves from public/ only ordinary
 * files the last check approved.
 */
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import type { GateState } from './state.ts';

/** The folder and its real path, when it has one. */
function places(folder: string): string[] {
  try {
    return [...new Set([folder, realpathSync(folder)])];
  } catch {
    return [folder];
  }
}

const within = (file: string, folder: string) =>
  file === folder || file.startsWith(folder + path.sep);

export function guardFiles(server: ViteDevServer, state: GateState): void {
  const root = server.config.root;
  server.middlewares.use((request, response, next) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      pathname = '/';
    }
    // Files by their path in the project (/content/x), or by their path on disk (/@fs/…).
    const asFile = pathname.startsWith('/@fs/')
      ? path.resolve(pathname.slice('/@fs'.length))
      : path.resolve(root, `.${pathname}`);
    const forbidden = places(state.contentDir).some((folder) => within(asFile, folder));
    const fromPublic = path.resolve(state.publicDir, `.${pathname}`);
    const publicFile =
      pathname !== '/' &&
      within(fromPublic, state.publicDir) &&
      lstatSync(fromPublic, { throwIfNoEntry: false }) !== undefined;
    const approved =
      publicFile &&
      lstatSync(fromPublic).isFile() &&
      (state.result.publicFiles ?? []).includes(path.relative(state.publicDir, fromPublic));
    const publicByPath = places(state.publicDir).some((folder) => within(asFile, folder));
    if (forbidden || (publicFile && !approved) || (publicByPath && !approved)) {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end('Not found: the dev server serves content only through the content check.\n');
      return;
    }
    next();
  });
}
