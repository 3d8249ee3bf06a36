// The architecture, kept honest: what the content script may pull in, who may import
// compromise, thin entry points, small files, no HTML injection anywhere.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every module and package reachable from an entry file through value imports. */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of importsOf(file)) {
      const local = resolveLocal(file, spec.replace(/\?.*$/, ''));
      if (local) queue.push(local);
      else if (!spec.startsWith('.')) packages.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  return { files, packages };
}

const srcFiles = filesUnder(join(ROOT, 'src'));

describe('architecture', () => {
  it('the content script never reaches the database or compromise', () => {
    const { files, packages } = reachable(join(ROOT, 'entrypoints/glossary.content/index.ts'));
    const rel = [...files].map((f) => relative(ROOT, f));
    expect(rel).toContain('src/page/start-page.ts');
    expect(rel.filter((f) => f.startsWith('src/db/'))).toEqual([]);
    expect(rel).not.toContain('src/matcher/nlp.ts');
    expect([...packages].filter((p) => ['dexie', 'compromise', 'fuse.js'].includes(p))).toEqual([]);
  });

  it('only src/matcher/nlp.ts imports compromise', () => {
    const importers = srcFiles.filter((f) => importsOf(f).some((s) => s === 'compromise' || s.startsWith('compromise/')));
    expect(importers.map((f) => relative(ROOT, f))).toEqual(['src/matcher/nlp.ts']);
  });

  it('the matcher uses no DOM or browser API', () => {
    for (const f of filesUnder(join(ROOT, 'src/matcher'))) {
      const src = readFileSync(f, 'utf8');
      expect(src, relative(ROOT, f)).not.toMatch(/\b(document|window|browser|chrome)\./);
    }
  });

  it('entry points only wire things together', () => {
    for (const f of filesUnder(join(ROOT, 'entrypoints'))) {
      expect(readFileSync(f, 'utf8').split('\n').length, relative(ROOT, f)).toBeLessThanOrEqual(40);
    }
  });

  it('no source file grows past 300 lines', () => {
    const long = srcFiles.filter((f) => readFileSync(f, 'utf8').split('\n').length > 300).map((f) => relative(ROOT, f));
    expect(long).toEqual([]);
  });

  it('no UI ever injects HTML', () => {
    const offenders = [...srcFiles, ...filesUnder(join(ROOT, 'entrypoints'))].filter((f) =>
      /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
