// Real captured pages live in ../shared (read-only, never copied here). When ../shared is absent the
// tests that need them are skipped, and the reason is printed.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REAL = resolve('../shared/fixtures/real');
export const hasReal = existsSync(REAL);
if (!hasReal) console.warn(`[skip] real captures not found at ${REAL}: tests of real pages are skipped`);

export function readReal(path: string): string {
  return readFileSync(resolve(REAL, path), 'utf8');
}
