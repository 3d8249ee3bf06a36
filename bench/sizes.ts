// Bundle sizes, raw and gzipped, and the store packages.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../scripts/lib/fixture-server';

export interface SizeFigures {
  files: { name: string; kb: number; gzipKb: number }[];
  zips: { name: string; kb: number }[];
}

/** A built file and every chunk it imports, followed through the bundle. */
function closure(out: string, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [join(out, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      const spec = m[1]!;
      queue.push(spec.startsWith('/') ? join(out, spec) : join(dirname(file), spec));
    }
  }
  return [...seen];
}

function htmlScripts(out: string, html: string): string[] {
  return [...readFileSync(join(out, html), 'utf8').matchAll(/<(?:script[^>]+src|link[^>]+href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!.replace(/^\//, ''));
}

export function benchSizes(): SizeFigures {
  execSync('npx wxt zip && npx wxt zip -b firefox', { cwd: ROOT, stdio: 'ignore' });
  const out = join(ROOT, '.output/chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
    content_scripts: { js: string[]; css?: string[] }[];
  };
  const entries: Record<string, string[]> = {
    'content script': [...manifest.content_scripts[0]!.js, ...(manifest.content_scripts[0]!.css ?? [])],
    background: [manifest.background.service_worker],
    options: htmlScripts(out, 'options.html'),
    popup: htmlScripts(out, 'popup.html'),
  };
  const files = Object.entries(entries).map(([name, list]) => {
    const picked = new Set(list.flatMap((f) => (f.endsWith('.js') ? closure(out, f) : [join(out, f)])));
    const buf = Buffer.concat([...picked].map((f) => readFileSync(f)));
    return { name, kb: buf.length / 1024, gzipKb: gzipSync(buf).length / 1024 };
  });
  const zips = readdirSync(join(ROOT, '.output'))
    .filter((f) => f.endsWith('.zip'))
    .map((f) => ({ name: f, kb: statSync(join(ROOT, '.output', f)).size / 1024 }));
  return { files, zips };
}
