// Learns how a locale writes short dates from the runtime's Intl data: month names (long, short,
// genitive, glued forms like ja "8月" and he "באוגוסט"), weekdays, the words around dates and times
// ("at", "um", "г.", "年"), yesterday/today, AM/PM, the numeric field order. Pure; no DOM.
import { boundedCache, normalizeTimeText, safeLocale } from './text';

// Lower rank wins when one text has two kinds (es "mar": March and Tuesday).
export const KINDS = ['month', 'relday', 'am', 'pm', 'weekday', 'filler'] as const;
export type WordKind = (typeof KINDS)[number];

export interface Word {
  text: string;
  kind: WordKind;
  /** month: 1-12; relday: days back (yesterday = 1); otherwise 0. */
  value: number;
}

export type Field = 'year' | 'month' | 'day';

export interface DateVocab {
  /** Longest first, so the tokenizer takes "sept" before "sep". */
  words: Word[];
  /** Characters between hour and minute besides ':' (fi, da "11.02"). */
  timeSeparators: string;
  /** Field order of all-numeric dates: en M/D/Y, de D.M.Y, ja Y/M/D. */
  numericOrder: Field[];
  /** Thai pages count years in the Buddhist era (2564 = 2021). */
  buddhist: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const EDGE_PUNCT = /^\p{P}+|\p{P}+$/gu;
const DIGITS = /^\d+$/;
// A day in the middle of each month, at noon, so no zone moves it to another day.
const sample = (month: number, day = 15): Date => new Date(Date.UTC(2021, month, day, 12));

// Letters glued to a field with no space between: "月" after ja "8", "ב" before he "אוגוסט".
function gluedAfter(literal: string | undefined): string {
  return literal?.match(/^[\p{L}\p{M}]+/u)?.[0] ?? '';
}
function gluedBefore(literal: string | undefined): string {
  return literal?.match(/[\p{L}\p{M}]+$/u)?.[0] ?? '';
}

class Collector {
  private readonly byText = new Map<string, Word>();

  add(raw: string, kind: WordKind, value: number): void {
    const text = normalizeTimeText(raw);
    for (const t of new Set([text, text.replace(EDGE_PUNCT, ''), text.replace(/[ .]/g, '')])) {
      if (!t || !LETTER.test(t)) continue;
      const old = this.byText.get(t);
      if (!old || KINDS.indexOf(kind) < KINDS.indexOf(old.kind)) this.byText.set(t, { text: t, kind, value });
    }
  }

  /** Each word of a literal between fields, as a filler. */
  fillers(parts: Intl.DateTimeFormatPart[]): void {
    for (const p of parts) {
      if (p.type === 'literal')
        for (const w of normalizeTimeText(p.value).split(' ')) this.add(w, 'filler', 0);
    }
  }

  words(): Word[] {
    return [...this.byText.values()].sort((a, b) => b.text.length - a.text.length);
  }
}

function learnMonths(c: Collector, locale: string): void {
  for (const month of ['long', 'short'] as const) {
    // With a day: genitive (ru "августа", pl "sierpnia"); alone: nominative ("август").
    for (const opts of [{ day: 'numeric' }, {}, { year: 'numeric', day: 'numeric' }] as const) {
      const f = new Intl.DateTimeFormat(locale, { ...opts, month, timeZone: 'UTC', calendar: 'gregory' });
      for (let m = 0; m < 12; m++) {
        const parts = f.formatToParts(sample(m));
        c.fillers(parts);
        const i = parts.findIndex((p) => p.type === 'month');
        const name = normalizeTimeText(parts[i]?.value ?? '');
        if (!name) continue;
        const before = gluedBefore(parts[i - 1]?.value);
        const after = gluedAfter(parts[i + 1]?.value);
        // A numeric month only counts with its marker (ja/zh "8月"); bare "8" is a number.
        if (!DIGITS.test(name)) c.add(name, 'month', m + 1);
        if (before || after) c.add(before + name + after, 'month', m + 1);
      }
    }
  }
}

function learnOthers(c: Collector, locale: string): void {
  for (const weekday of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC', calendar: 'gregory' });
    for (let d = 1; d <= 7; d++) c.add(f.format(sample(7, d)), 'weekday', 0);
  }
  // The words joining a date and a time: en "at", de "um", es "a las", ru "в", hi "को … बजे".
  for (const dateStyle of ['full', 'long', 'medium'] as const) {
    const f = new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short', timeZone: 'UTC' });
    c.fillers(f.formatToParts(sample(7)));
  }
  for (const hour of [9, 21]) {
    const f = new Intl.DateTimeFormat(locale, {
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
      timeZone: 'UTC',
    });
    const parts = f.formatToParts(new Date(Date.UTC(2021, 7, 15, hour)));
    c.fillers(parts);
    for (const p of parts) if (p.type === 'dayPeriod') c.add(p.value, hour < 12 ? 'am' : 'pm', 0);
  }
  // Flexible day periods: ICU's ko AM/PM is "AM", pages write "오전"/"오후". Only 9:00 and 15:00,
  // which no language puts on the other side of noon ("at night" may be either).
  for (const [hour, kind] of [
    [9, 'am'],
    [15, 'pm'],
  ] as const) {
    for (const dayPeriod of ['short', 'long'] as const) {
      const f = new Intl.DateTimeFormat(locale, { hour: 'numeric', dayPeriod, timeZone: 'UTC' });
      for (const p of f.formatToParts(new Date(Date.UTC(2021, 7, 15, hour)))) {
        if (p.type === 'dayPeriod') c.add(p.value, kind, 0);
      }
    }
  }
  // "Yesterday at 11:02": numeric:'auto' day words (de "vorgestern" is 2 days back), digits excluded.
  for (const style of ['long', 'short', 'narrow'] as const) {
    const f = new Intl.RelativeTimeFormat(locale, { style, numeric: 'auto' });
    for (const back of [0, 1, 2]) {
      const parts = f.formatToParts(-back, 'day');
      if (parts.every((p) => p.type === 'literal')) c.add(parts.map((p) => p.value).join(''), 'relday', back);
    }
  }
}

function timeSeparators(locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(sample(7));
  const i = parts.findIndex((p) => p.type === 'hour');
  const sep = normalizeTimeText(parts[i + 1]?.value ?? ':');
  return sep.length === 1 && sep !== ':' && !LETTER.test(sep) ? sep : '';
}

function numericOrder(locale: string): Field[] {
  const f = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    calendar: 'gregory',
  });
  const order = f.formatToParts(sample(7)).map((p) => p.type);
  return order.filter((t): t is Field => t === 'year' || t === 'month' || t === 'day');
}

function build(locale: string | undefined): DateVocab {
  const c = new Collector();
  let tag = 'en';
  if (locale) {
    try {
      learnMonths(c, locale);
      learnOthers(c, locale);
      tag = locale;
    } catch {
      // A tag Intl rejects: English only.
    }
  }
  // English month names and "at", "yesterday", "AM" leak into every locale's pages; an English page
  // learnt them already (the same words again change nothing).
  if (tag !== 'en') {
    learnMonths(c, 'en');
    learnOthers(c, 'en');
  }
  return {
    words: c.words(),
    timeSeparators: timeSeparators(tag),
    numericOrder: numericOrder(tag),
    buddhist: new Intl.DateTimeFormat(tag).resolvedOptions().calendar === 'buddhist',
  };
}

const cache = boundedCache<DateVocab>(32);

/** The short-date vocabulary for `locale` (English included), learned once. */
export function dateVocab(locale: string): DateVocab {
  const tag = safeLocale(locale);
  return cache.get(tag ?? '', () => build(tag));
}

/** Takes the vocabulary of `locale` the worker learned from the same browser's Intl: this page learns none. */
export function adoptDates(locale: string, vocab: DateVocab): void {
  cache.get(safeLocale(locale) ?? '', () => vocab);
}
