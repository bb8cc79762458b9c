// Every selector of every site, run against the fixtures it names (lib/sites/selector.ts): a selector
// that matches nothing there fails here, so dead selectors can't pile up and each keeps its evidence.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { everySelector, type Selector } from '@/lib/sites/selector';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';
import { hasReal, REAL } from '@/tests/sites/shared-fixtures';

const tables = import.meta.glob<Record<string, unknown>>('/lib/sites/*/selectors.ts', { eager: true });
const sites = Object.entries(tables).map(([path, mod]) => ({
  site: path.split('/')[3]!,
  selectors: Object.values(mod).flatMap((v) => (v && typeof v === 'object' ? everySelector(v) : [])),
}));

const pages = new Map<string, ParsedPage>();
function page(path: string): Document {
  let p = pages.get(path);
  if (!p) {
    p = parsePage(readFileSync(path, 'utf8'), 'https://example.invalid/');
    pages.set(path, p);
  }
  return p.document;
}
afterAll(async () => {
  for (const p of pages.values()) await p.close();
});

const label = (s: Selector) => s.css;

describe('the selector tables', () => {
  it('exist for the sites with adapters', () => {
    expect(sites.map((s) => s.site)).toContain('x');
    for (const s of sites) expect(s.selectors.length, s.site).toBeGreaterThan(3);
  });
});

describe.each(sites)('$site selectors', ({ site, selectors }) => {
  it.each(selectors.map((s) => [label(s), s] as const))(
    '%s names its evidence and matches every fixture it names',
    (_css, s) => {
      expect(s.seen.trim().length, 'where it was seen').toBeGreaterThan(3);
      expect(s.fixtures.length, 'the project fixtures it must match').toBeGreaterThan(0);
      for (const f of s.fixtures) {
        const path = join('tests', 'fixtures', site, f);
        expect(existsSync(path), `${path} exists`).toBe(true);
        expect(page(path).querySelectorAll(s.css).length, `${s.css} in ${f}`).toBeGreaterThan(0);
      }
    },
  );

  it.skipIf(!hasReal)('matches the real captures named beside it', () => {
    for (const s of selectors)
      for (const f of s.real ?? [])
        expect(page(join(REAL, f)).querySelectorAll(s.css).length, `${s.css} in real ${f}`).toBeGreaterThan(
          0,
        );
  });
});
