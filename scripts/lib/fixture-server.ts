// Serves the fixture pages (tests/fixtures/pages) on 127.0.0.1, for the demo, the end-to-end
// tests and the benchmarks. Nothing else is reachable through it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');

// A real UI framework for fixture pages that must prove we do not break one, from node_modules.
const VENDOR: Record<string, string> = {
  '/vendor/preact.js': 'node_modules/preact/dist/preact.mjs',
  '/vendor/preact-hooks.js': 'node_modules/preact/hooks/dist/hooks.mjs',
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };

export interface FixtureServer {
  baseUrl: string;
  /** Serve generated content at a path (e.g. a 1 MB page built for a benchmark). */
  route(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

export function serveFixtures(): Promise<FixtureServer> {
  const routes = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // No icon, and no 404 in the console of pages that must have none.
      return;
    }
    const routed = routes.get(path);
    if (routed) {
      res.writeHead(200, { 'content-type': routed.type }).end(routed.body);
      return;
    }
    const file = VENDOR[path] ? join(ROOT, VENDOR[path]) : resolve(PAGES_DIR, `.${path}`);
    if (!(file.startsWith(PAGES_DIR) || VENDOR[path]) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        baseUrl: `http://127.0.0.1:${port}`,
        route: (p, body, type = TYPES['.html']!) => void routes.set(p, { body, type }),
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
