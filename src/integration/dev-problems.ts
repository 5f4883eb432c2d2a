/**
 * The dev server's answer while content has problems: every page is the list of problems, as
 * `npm run check` prints them, each with a link that opens the file at the line in the
 * contributor's editor. Rendered here, on the server; its one script is Vite's own client,
 * which reloads the page when the next check, run on every change, has cleared the problems.
 */
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { type Problem, problemSummary } from '../gate/problems.ts';
import { plural } from '../model/format.ts';
import type { GateState } from './state.ts';

/** Vite's own paths, and files with an extension, are served as usual. */
const PASS_THROUGH = /^\/(?:@|__|node_modules\/)|\.[a-z0-9]+(?:[?#]|$)/i;

export function serveProblems(server: ViteDevServer, state: GateState): void {
  server.middlewares.use((request, response, next) => {
    const problems = state.result.problems;
    const url = request.url ?? '/';
    if (!problems.length || request.method !== 'GET' || PASS_THROUGH.test(url)) return next();
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(problemPage(problems, state.result.suppressed));
  });
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page that lists the problems. Exported for the tests. */
export function problemPage(problems: readonly Problem[], suppressed = 0): string {
  const items = problems.map((p) => {
    const where = `${p.file}:${p.line}:${p.column}`;
    const open = `/__open-in-editor?file=${encodeURIComponent(`${path.resolve(p.file)}:${p.line}:${p.column}`)}`;
    return `<li data-problem="${escape(p.code)}"><p><a href="${escape(open)}"><code>${escape(where)}</code></a></p><p>${escape(p.message)}</p><p class="fix">${escape(p.fix)}</p></li>`;
  });
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(plural(problems.length, 'content problem'))}</title>
<script type="module" src="/@vite/client"></script>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; }
li { margin: 0 0 1rem; padding: 0.5rem 1rem; border-left: 4px solid #cf222e; background: #fff8f8; list-style: none; }
ol { padding: 0; } p { margin: 0.25rem 0; } .fix { color: #57606a; } .fix::before { content: "Fix: "; font-weight: 600; }
</style></head>
<body>
<h1>${escape(plural(problems.length, 'content problem'))}</h1>
${suppressed ? `<p>${escape(problemSummary(problems.length, suppressed))}: fix ${problems.length === 1 ? 'it' : 'these'} first.</p>` : ''}
<p>The site cannot be shown until the content is fixed. These are the problems <code>npm run check</code> reports; this page reloads by itself when you save a fix. Each link opens the file at the line.</p>
<ol>
${items.join('\n')}
</ol>
</body>
</html>
`;
}
