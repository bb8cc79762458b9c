// Count units (and for a site that reads written times or ages, time words) learned in the worker, once
// per locale and worker life, for the pages to adopt (lib/sites/shared/count/units.ts adoptUnits,
// ../sites/shared/time/words.ts): learning them took a page's thread ~45 ms (time words 30-50 more) at its
// first read, most of it Intl loading its data; here no page waits on it.
import { type UnitsWire, unitsOf } from '@/lib/sites/shared/count/intl';
import type { WordsByKind, WordsKind } from '@/lib/sites/shared/time/words';
import { timeWordsOf } from '@/lib/sites/shared/time/words';
import { ageWordsOf } from '@/lib/sites/youtube/time';

const learned = new Map<string, UnitsWire | null>();
/** Pages ask for their own locale and English: a few tags in a worker's life; bounded all the same. */
const LEARNED_MAX = 32;

/** How each kind of time words is learned: Facebook's written times, YouTube's ages. */
const LEARN: { [K in WordsKind]: (tag: string) => WordsByKind[K] } = {
  written: timeWordsOf,
  ages: ageWordsOf,
};

/**
 * The units of each tag, then English's (every page falls back to them), each tag once; with `words`, each
 * asked tag's time words of that kind too (they hold English's already). They are cached by their modules.
 */
export function unitsFor(
  tags: readonly string[],
  words?: WordsKind,
): { tag: string; units: UnitsWire | null; words?: WordsByKind[WordsKind] }[] {
  return [...new Set([...tags, 'en'])].map((tag) => {
    let units = learned.get(tag);
    if (units === undefined) {
      units = unitsOf(tag);
      if (learned.size >= LEARNED_MAX) learned.clear();
      learned.set(tag, units);
    }
    return words && tags.includes(tag) ? { tag, units, words: LEARN[words](tag) } : { tag, units };
  });
}
