// Count units learned in the worker, once per locale and worker life, for the pages to adopt
// (lib/sites/shared/count/units.ts adoptUnits): learning them took a page's thread ~45 ms at its first
// read, most of it Intl loading its number data; here no page waits on it.
import { type UnitsWire, unitsOf } from '@/lib/sites/shared/count/intl';

const learned = new Map<string, UnitsWire | null>();
/** Pages ask for their own locale and English: a few tags in a worker's life; bounded all the same. */
const LEARNED_MAX = 32;

/** The units of each tag, then English's (every page falls back to them), each tag once. */
export function unitsFor(tags: readonly string[]): { tag: string; units: UnitsWire | null }[] {
  return [...new Set([...tags, 'en'])].map((tag) => {
    let units = learned.get(tag);
    if (units === undefined) {
      units = unitsOf(tag);
      if (learned.size >= LEARNED_MAX) learned.clear();
      learned.set(tag, units);
    }
    return { tag, units };
  });
}
