// Learns how a locale writes "N units ago" from the runtime's own Intl.RelativeTimeFormat data, so any
// language ICU ships works without a hand-kept word list. Pure; no DOM.
import { DAY, HOUR, MINUTE, WEEK } from '@/lib/core/time';
import { boundedCache, normalizeTimeText, safeLocale, squash } from './text';

export const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type Unit = (typeof UNITS)[number];

// Average Gregorian month and year: "4mo" is 4 × 30.44 days.
export const UNIT_MS: Record<Unit, number> = {
  second: 1000,
  minute: MINUTE,
  hour: HOUR,
  day: DAY,
  week: WEEK,
  month: 30.44 * DAY,
  year: 365.25 * DAY,
};

export interface Meaning {
  unit: Unit;
  /** For a phrase without digits ("yesterday", ar "قبل يومين"): the number it stands for. */
  value?: number;
  /** A calendar word ("yesterday", "last week"): spans a whole unit, not half of one. */
  calendar?: boolean;
}

export interface Slot {
  meaning: Meaning | null; // null: two meanings at the same priority, so none
  prio: number;
}

// Sites drop abbreviation dots ("3 hr ago", "5 min geleden"); hi uses U+0970 as its dot.
const looseKey = (key: string): string => key.replace(/[.\u0970]/g, '');

/** Keys to meanings; a lower priority number wins, a tie between different meanings is ambiguous. */
export class Table {
  // Read by relativeWire and set by adoptRelative (the worker learns, a page adopts).
  readonly exact = new Map<string, Slot>();
  readonly loose = new Map<string, Slot>();

  add(key: string, meaning: Meaning, prio: number): void {
    put(this.exact, key, meaning, prio);
    put(this.loose, looseKey(key), meaning, prio);
  }

  get(key: string): Meaning | null {
    const hit = this.exact.get(key) ?? this.loose.get(looseKey(key));
    return hit?.meaning ?? null;
  }
}

function same(a: Meaning, b: Meaning): boolean {
  return a.unit === b.unit && a.value === b.value && !a.calendar === !b.calendar;
}

function put(map: Map<string, Slot>, key: string, meaning: Meaning, prio: number): void {
  const old = map.get(key);
  if (!old || prio < old.prio) map.set(key, { meaning, prio });
  else if (prio === old.prio && old.meaning && !same(old.meaning, meaning)) old.meaning = null;
}

/** Key of a number with text around it (both squashed). */
export const patternKey = (pre: string, post: string): string => `${squash(pre)}#${squash(post)}`;

export interface RelativeVocab {
  /** "pre#post" around the number -> unit. */
  patterns: Table;
  /** Whole squashed text without digits -> unit and value. */
  phrases: Table;
}

const NUMERIC = new Set(['integer', 'group', 'decimal', 'fraction']);

type Split = { pre: string; post: string } | { phrase: string };

function split(parts: Intl.RelativeTimeFormatPart[]): Split {
  const first = parts.findIndex((p) => NUMERIC.has(p.type));
  const join = (ps: Intl.RelativeTimeFormatPart[]) => normalizeTimeText(ps.map((p) => p.value).join(''));
  if (first < 0) return { phrase: squash(join(parts)) };
  let last = parts.length - 1;
  while (last > first && !NUMERIC.has((parts[last] as Intl.RelativeTimeFormatPart).type)) last--;
  return { pre: join(parts.slice(0, first)), post: join(parts.slice(last + 1)) };
}

// Scripts written without spaces between words: there a shared run of characters is a word.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function charPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** Whole words `a` and `b` start with, plus a shared run of an unspaced script ("時間" of 時間前/時間後). */
function commonLead(a: string, b: string): string {
  const wa = a.split(' ').filter(Boolean);
  const wb = b.split(' ').filter(Boolean);
  const out: string[] = [];
  while (out.length < wa.length && wa[out.length] === wb[out.length]) out.push(wa[out.length] as string);
  const x = wa[out.length] ?? '';
  const y = wb[out.length] ?? '';
  if (UNSPACED.test(x.charAt(0)) && UNSPACED.test(y.charAt(0))) out.push(charPrefix(x, y));
  return out.join(' ');
}

const reverse = (s: string): string => [...s].reverse().join('');

// Mirror of commonLead for the text before the number: ar "قبل" and "خلال" share only a letter.
function commonTail(a: string, b: string): string {
  return reverse(commonLead(reverse(a), reverse(b)));
}

// 1, 2, 3, 5, 11, 21, 100 cover most plural forms; one sample per PluralRules category adds the rest.
function probeNumbers(locale: string): number[] {
  const out = new Set([1, 2, 3, 5, 11, 21, 100]);
  const pr = new Intl.PluralRules(locale);
  const seen = new Set<string>();
  for (let i = 0; i <= 200; i++) {
    const cat = pr.select(i);
    if (!seen.has(cat)) {
      seen.add(cat);
      out.add(i);
    }
  }
  return [...out];
}

const CALENDAR_UNITS = new Set<Unit>(['day', 'week', 'month', 'year']);

/** Adds what Intl writes for `locale` to `vocab`: exact forms at `prio`, forms without "ago" at prio + 1. */
function learnIntl(vocab: RelativeVocab, locale: string, prio: number): void {
  const numbers = probeNumbers(locale);
  for (const style of ['long', 'short', 'narrow'] as const) {
    const always = new Intl.RelativeTimeFormat(locale, { style, numeric: 'always' });
    const auto = new Intl.RelativeTimeFormat(locale, { style, numeric: 'auto' });
    for (const unit of UNITS) {
      for (const n of numbers) {
        const past = split(always.formatToParts(-n, unit));
        if ('phrase' in past) {
          vocab.phrases.add(past.phrase, { unit, value: n }, prio);
          continue;
        }
        vocab.patterns.add(patternKey(past.pre, past.post), { unit }, prio);
        // What past and future share next to the number is the bare unit word: "vor 3 Std." and
        // "in 3 Std." give "3 Std." (X in German); "3時間前" and "3時間後" give "3時間".
        const future = split(always.formatToParts(n, unit));
        if ('phrase' in future) continue;
        const pre = commonTail(past.pre, future.pre);
        const post = commonLead(past.post, future.post);
        if (pre || post) vocab.patterns.add(patternKey(pre, post), { unit }, prio + 1);
      }
      // numeric:'auto' words: "yesterday", "now", "vorgestern", "昨日".
      for (const n of [0, 1, 2]) {
        const word = split(auto.formatToParts(-n, unit));
        if (!('phrase' in word)) continue;
        // ar writes "1 day ago" without a digit too: that is not a calendar word.
        const plain = split(always.formatToParts(-n, unit));
        if ('phrase' in plain && plain.phrase === word.phrase) continue;
        const calendar = CALENDAR_UNITS.has(unit) || n === 0;
        vocab.phrases.add(word.phrase, { unit, value: n, calendar }, prio);
      }
    }
  }
}

// Compact forms sites print that Intl does not: X, Facebook, LinkedIn, Instagram ("3h", "4mo", "3 hrs").
const COMPACT: Record<Unit, string[]> = {
  second: ['s', 'sec', 'secs', 'second', 'seconds'],
  minute: ['m', 'min', 'mins', 'minute', 'minutes'],
  hour: ['h', 'hr', 'hrs', 'hour', 'hours'],
  day: ['d', 'day', 'days'],
  week: ['w', 'wk', 'wks', 'week', 'weeks'],
  month: ['mo', 'mos', 'mth', 'mths', 'month', 'months'],
  year: ['y', 'yr', 'yrs', 'year', 'years'],
};

const ZERO_PHRASES = ['just now', 'now', 'moments ago', 'a moment ago', 'a few seconds ago', 'seconds ago'];

function addCompact(vocab: RelativeVocab, prio: number): void {
  for (const unit of UNITS) {
    for (const word of COMPACT[unit]) {
      vocab.patterns.add(patternKey('', word), { unit }, prio);
      vocab.patterns.add(patternKey('', `${word} ago`), { unit }, prio);
    }
    const one = unit === 'hour' ? 'an' : 'a';
    vocab.phrases.add(squash(`${one} ${unit} ago`), { unit, value: 1 }, prio);
  }
  for (const p of ZERO_PHRASES)
    vocab.phrases.add(squash(p), { unit: 'second', value: 0, calendar: true }, prio);
}

function build(locale: string | undefined): RelativeVocab {
  const vocab: RelativeVocab = { patterns: new Table(), phrases: new Table() };
  // The page's language first, then compact site forms, then English: English UI strings leak into
  // every locale (LinkedIn, X fall back to them).
  if (locale) {
    try {
      learnIntl(vocab, locale, 0);
    } catch {
      // A tag Intl rejects: English only.
    }
  }
  addCompact(vocab, 2);
  // An English page learnt English first already: again, at a lower priority, it would change nothing.
  if (locale !== 'en') learnIntl(vocab, 'en', 3);
  return vocab;
}

const cache = boundedCache<RelativeVocab>(32);

/** The relative-time vocabulary for `locale` (English fallbacks included), learned once. */
export function relativeVocab(locale: string): RelativeVocab {
  const tag = safeLocale(locale);
  return cache.get(tag ?? '', () => build(tag));
}

/** A table as plain data: its exact and its loose keys with their slots. */
type TableWire = [[string, Slot][], [string, Slot][]];

/** A vocabulary as plain data, for a message: see adoptRelative. */
export interface RelativeWire {
  patterns: TableWire;
  phrases: TableWire;
}

const tableWire = (t: Table): TableWire => [[...t.exact], [...t.loose]];

/** What relativeVocab learns for `locale`, as plain data (the worker's side). */
export function relativeWire(locale: string): RelativeWire {
  const v = relativeVocab(locale);
  return { patterns: tableWire(v.patterns), phrases: tableWire(v.phrases) };
}

function tableFrom([exact, loose]: TableWire): Table {
  const t = new Table();
  for (const [k, slot] of exact) t.exact.set(k, slot);
  for (const [k, slot] of loose) t.loose.set(k, slot);
  return t;
}

/** Takes the vocabulary of `locale` the worker learned from the same browser's Intl: this page learns none. */
export function adoptRelative(locale: string, wire: RelativeWire): void {
  cache.get(safeLocale(locale) ?? '', () => ({
    patterns: tableFrom(wire.patterns),
    phrases: tableFrom(wire.phrases),
  }));
}
