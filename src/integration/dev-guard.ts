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

/**
 * The paths a request may name, each as the file servers read it: repeated slashes collapsed,
 * percent-escapes decoded (once, as Vite and sirv decode, and again until nothing changes) and
 * dot segments resolved. The path is taken from the request line as it is: a URL parser reads
 * `//name` as a host, and would leave no path to check (red team 2026-12-22, H2). Undefined
 * when an escape is malformed.
 */
export function requestPaths(url: string): string[] | undefined {
  let raw = url.split(/[?#]/)[0] ?? '';
  // The absolute form (`GET http://host/x HTTP/1.1`) names its path after the host.
  const absolute = /^[a-z][a-z\d+.-]*:\/\/[^/]*/i.exec(raw);
  if (absolute) raw = raw.slice(absolute[0].length);
  const paths = new Set<string>();
  let text = raw;
  for (let i = 0; i < 5; i++) {
    // A backslash is a separator to some servers, and a letter of a name to others.
    paths.add(path.posix.resolve('/', text));
    paths.add(path.posix.resolve('/', text.replaceAll('\\', '/')));
    let decoded: string;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      return undefined;
    }
    if (decoded === text) return [...paths];
    text = decoded;
  }
  return undefined;
}

export function guardFiles(server: ViteDevServer, state: GateState): void {
  const root = server.config.root;
  const refused = (pathname: string) => {
    // Files by their path in the project (/content/x), or by their path on disk (/@fs/…).
    const asFile =
      pathname === '/@fs' || pathname.startsWith('/@fs/')
        ? path.resolve(pathname.slice('/@fs'.length) || '/')
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
    return forbidden || (publicFile && !approved) || (publicByPath && !approved);
  };
  server.middlewares.use((request, response, next) => {
    const paths = requestPaths(request.url ?? '/');
    if (!paths || paths.some(refused)) {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end('Not found: the dev server serves content only through the content check.\n');
      return;
    }
    next();
  });
}
