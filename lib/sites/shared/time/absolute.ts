// Reads a short absolute date as sites print it ("30 May at 11:02", "Aug 15, 2021", "30. Mai um 11:02",
// "2021年8月15日", "Yesterday at 11:02", TikTok "5-30") in the page's UI language. Pure; no DOM.
import { DAY, HOUR, MINUTE } from '@/lib/core/time';
import { type Token, tokenize } from './date-tokens';
import { type DateVocab, dateVocab, type Field } from './date-vocab';
import type { TimeReading } from './relative';
import { normalizeTimeText } from './text';
import { daysInMonth, fromWallClock, wallClock } from './zone';

const MAX_TEXT = 80;
// Years a post can carry; a bigger number next to a month is not a year.
const FIRST_YEAR = 1970;
const LAST_YEAR = 2200;
// Thai Buddhist era: 2564 BE = 2021 CE.
const BUDDHIST_OFFSET = 543;

type NumericToken = Extract<Token, { kind: 'numeric' }>;

interface Pieces {
  month?: number;
  numbers: Extract<Token, { kind: 'number' }>[];
  numeric?: NumericToken;
  daysBack?: number;
  time?: { hour: number; minute: number };
  period?: 'am' | 'pm';
}

// Sorts the tokens by role; null when a role is filled twice ("May 30 June").
function collect(tokens: Token[]): Pieces | null {
  const p: Pieces = { numbers: [] };
  for (const t of tokens) {
    if (t.kind === 'number') p.numbers.push(t);
    else if (t.kind === 'numeric') {
      if (p.numeric) return null;
      p.numeric = t;
    } else if (t.kind === 'time') {
      if (p.time) return null;
      p.time = t;
    } else if (t.kind === 'word') {
      const { kind, value } = t.word;
      if (kind === 'month') {
        if (p.month !== undefined) return null;
        p.month = value;
      } else if (kind === 'relday') {
        if (p.daysBack !== undefined) return null;
        p.daysBack = value;
      } else if (kind === 'am' || kind === 'pm') {
        if (p.period) return null;
        p.period = kind;
      }
    }
  }
  return p;
}

interface DateFields {
  year?: number;
  month: number;
  day: number;
}

// An all-numeric date: TikTok writes M-D and Y-M-D; otherwise the locale's order (en M/D/Y, de D.M.Y).
function numericFields(t: NumericToken, order: Field[]): DateFields | null {
  const { fields, widths, sep } = t;
  let names: Field[];
  if (fields.length === 3) {
    if (widths[0] === 4) names = ['year', 'month', 'day'];
    else if (widths[2] === 4)
      names = order.length === 3 && order[2] === 'year' ? order : ['day', 'month', 'year'];
    else return null;
  } else {
    names = sep === '-' ? ['month', 'day'] : order.filter((f) => f !== 'year');
  }
  const out: Partial<Record<Field, number>> = {};
  names.forEach((name, i) => {
    out[name] = fields[i];
  });
  if (out.month === undefined || out.day === undefined) return null;
  // "30-5": the preferred order makes no date, the other one does.
  if (fields.length === 2 && out.month > 12 && out.day <= 12) return { month: out.day, day: out.month };
  return { ...(out.year !== undefined ? { year: out.year } : {}), month: out.month, day: out.day };
}

// A month name with a day and maybe a year: the year is the number with 3+ digits.
function namedFields(month: number, numbers: Pieces['numbers']): DateFields | null {
  let year: number | undefined;
  let day: number | undefined;
  for (const n of numbers) {
    if (n.digits >= 3) {
      if (year !== undefined) return null;
      year = n.value;
    } else {
      if (day !== undefined) return null;
      day = n.value;
    }
  }
  if (day === undefined) return null;
  return { ...(year !== undefined ? { year } : {}), month, day };
}

function dateFields(p: Pieces, vocab: DateVocab): DateFields | null {
  let f: DateFields | null;
  if (p.month !== undefined && !p.numeric) f = namedFields(p.month, p.numbers);
  else if (p.numeric && p.month === undefined && p.numbers.length === 0)
    f = numericFields(p.numeric, vocab.numericOrder);
  else return null;
  if (!f) return null;
  if (f.year !== undefined) {
    if (vocab.buddhist && f.year > LAST_YEAR) f.year -= BUDDHIST_OFFSET;
    if (f.year < FIRST_YEAR || f.year > LAST_YEAR) return null;
  }
  if (f.month < 1 || f.month > 12 || f.day < 1 || f.day > daysInMonth(f.year ?? 2000, f.month)) return null;
  return f;
}

// Hour and minute on a 24-hour clock; undefined when no time is shown, null when it is not a time.
function timeOfDay(p: Pieces): { hour: number; minute: number } | null | undefined {
  if (!p.time) return p.period ? null : undefined;
  let { hour } = p.time;
  const { minute } = p.time;
  if (minute > 59) return null;
  if (p.period) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (p.period === 'pm' ? 12 : 0);
  } else if (hour > 23) return null;
  return { hour, minute };
}

function read(text: string, locale: string, now: number, timeZone: string | undefined): TimeReading | null {
  const vocab = dateVocab(locale);
  const tokens = tokenize(normalizeTimeText(text), vocab);
  const p = tokens && collect(tokens);
  if (!p) return null;
  const time = timeOfDay(p);
  if (time === null) return null;
  // A date alone means some time that day: noon ± 12 h.
  const { hour, minute } = time ?? { hour: 12, minute: 0 };
  const precision = time ? MINUTE : 12 * HOUR;
  const today = wallClock(now, timeZone);

  if (p.daysBack !== undefined) {
    if (p.month !== undefined || p.numeric || p.numbers.length > 0) return null;
    const d = new Date(Date.UTC(today.year, today.month - 1, today.day - p.daysBack));
    const at = fromWallClock(
      { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour, minute },
      timeZone,
    );
    return { at, precision };
  }

  const f = dateFields(p, vocab);
  if (!f) return null;
  if (f.year !== undefined)
    return { at: fromWallClock({ ...f, year: f.year, hour, minute }, timeZone), precision };
  // No year: the latest such date not after now (a day of slack for clocks and zones). Feb 29 goes
  // back to the last leap year.
  for (let year = today.year; year >= today.year - 8; year--) {
    if (f.day > daysInMonth(year, f.month)) continue;
    const at = fromWallClock({ year, month: f.month, day: f.day, hour, minute }, timeZone);
    if (at <= now + DAY) return { at, precision };
  }
  return null;
}

/**
 * The time a short date stands for ("30 May at 11:02", "May 30", "Aug 15, 2021", "5-30", "Yesterday at
 * 11:02"), read as wall-clock time in `timeZone` (default: the runtime's); null when `text` is not a date.
 * Precision is a minute when a time of day is shown, else half a day.
 */
export function parseShortDate(
  text: string,
  locale: string,
  now: number,
  timeZone?: string,
): TimeReading | null {
  if (typeof text !== 'string' || text.length > MAX_TEXT || !Number.isFinite(now)) return null;
  try {
    return read(text, locale, now, timeZone);
  } catch {
    return null; // an unknown time zone, or a tag Intl rejects mid-way
  }
}
