// Page-derived text is never treated as HTML: no source of ours writes markup from a string. (Preact's
// own dangerouslySetInnerHTML branch is in the bundle; scripts/lint-firefox.ts accepts it only there.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SINKS =
  /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|srcdoc|new\s+DOMParser|\beval\s*\(|new\s+Function\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('HTML sinks', () => {
  const files = ['lib', 'components', 'entrypoints'].flatMap(sources);

  it('finds the sources it is meant to scan', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain(join('lib', 'page', 'badge-layer.ts'));
  });

  it('are used nowhere in the extension’s code', () => {
    const hits = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (SINKS.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
