/**
 * Serves a built site on a free localhost port for the browser suite and Lighthouse, the way a
 * static host would: directory URLs resolve to index.html, unknown paths get the 404 page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

export async function serveSite(dist: string, base = '/'): Promise<SiteServer> {
  const files = sirv(dist, { dev: false, etag: true, extensions: ['html'] });
  const notFound = readFileSync(path.join(dist, '404.html'));
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.writeHead(404, { 'Content-Type': 'text/html' }).end(notFound);
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/html' }).end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
