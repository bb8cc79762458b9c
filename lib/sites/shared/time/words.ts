// A locale's time words, learned in the worker and handed to a page that reads written times (Facebook) or
// ages (YouTube): learning them took a fresh page 48-50 ms (Facebook's) and 29-42 ms (YouTube's) of Intl at
// its first read. Plain data, for a message.
import { adoptDates, type DateVocab, dateVocab } from './date-vocab';
import { adoptRelative, type RelativeWire, relativeWire } from './relative-vocab';

export interface TimeWords {
  dates: DateVocab;
  relative: RelativeWire;
}

/** YouTube's ages ("3 days ago", each plural form: its unit's ms), month names and date order. */
export interface AgeWords {
  ages: [string, number][];
  months: string[][];
  monthFirst: boolean;
}

/** The words of each kind a site script reads, by the name a page asks for them with. */
export interface WordsByKind {
  written: TimeWords;
  ages: AgeWords;
}
export type WordsKind = keyof WordsByKind;

/** What a page in `locale` would learn (the worker's side). */
export function timeWordsOf(locale: string): TimeWords {
  return { dates: dateVocab(locale), relative: relativeWire(locale) };
}

/** Takes them in a page, before its first read: what it was handed is what it reads with. */
export function adoptTimeWords(locale: string, words: TimeWords): void {
  adoptDates(locale, words.dates);
  adoptRelative(locale, words.relative);
}
