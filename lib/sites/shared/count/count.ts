// One parser for every count a social site shows: "2.3K", "1,2 Mio.", "12,3 tys.", "1.2万", "12.3L",
// "elfu 1.2", "١٫٢ ألف", "1 234 567", "12,34,567", "1'234'567", with text around it. Pure; no DOM.

import type { Count } from '@/lib/core/metrics';
import { normalizeCountText } from './digits';
import { findUnit, LETTER_OR_DIGIT } from './find-unit';
import { anyLocaleTable, englishTable, localeTable, type UnitTable } from './units';

// Separators that may sit between digit groups in any locale; a locale adds its own (Adlam ⹁).
const GROUP_CHARS = ".,' \u066c";
const DECIMAL_CHARS = '.,\u066b';

interface Token {
  runs: string[];
  seps: string[];
  /** ends[k]: index just past the token cut after k separators. */
  ends: number[];
}

interface Reading {
  digits: string;
  fraction: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const MAX_SEPS = 8;

function scanToken(s: string, p: number, table: UnitTable | undefined): Token {
  let e = p;
  while (e < s.length && isDigit(s.charCodeAt(e))) e++;
  const tok: Token = { runs: [s.slice(p, e)], seps: [], ends: [e] };
  // A safe integer has at most 5 separators ("1,000,000,000,000,000"); the cap keeps "1,1,1,…" linear.
  while (tok.seps.length < MAX_SEPS) {
    const sep = s[e];
    if (sep === undefined || !isDigit(s.charCodeAt(e + 1))) break;
    if (
      !GROUP_CHARS.includes(sep) &&
      !DECIMAL_CHARS.includes(sep) &&
      sep !== table?.group &&
      sep !== table?.decimal
    ) {
      break;
    }
    let f = e + 1;
    while (f < s.length && isDigit(s.charCodeAt(f))) f++;
    tok.seps.push(sep);
    tok.runs.push(s.slice(e + 1, f));
    tok.ends.push(f);
    e = f;
  }
  return tok;
}

/** runs joined by one repeated group separator: 1,234,567 / 1 234 567 / 12,34,567 (Indian). */
function isGrouped(runs: string[], seps: string[], table: UnitTable | undefined): boolean {
  if (seps.length === 0) return true;
  const sep = seps[0] as string;
  if (!(GROUP_CHARS.includes(sep) || sep === table?.group) || seps.some((x) => x !== sep)) return false;
  const lens = runs.map((r) => r.length);
  const first = lens[0] as number;
  const rest = lens.slice(1);
  if (first <= 3 && rest.every((n) => n === 3)) return true;
  // Indian: 2-digit groups then a last group of 3.
  return sep !== ' ' && first <= 2 && lens[lens.length - 1] === 3 && rest.slice(0, -1).every((n) => n === 2);
}

/** The integer reading (plain or grouped) and the decimal reading of the first k separators. */
function readings(tok: Token, k: number, table: UnitTable | undefined): { int?: Reading; dec?: Reading } {
  const runs = tok.runs.slice(0, k + 1);
  const seps = tok.seps.slice(0, k);
  const out: { int?: Reading; dec?: Reading } = {};
  if (isGrouped(runs, seps, table)) out.int = { digits: runs.join(''), fraction: 0 };
  const last = seps[k - 1];
  if (
    last !== undefined &&
    (DECIMAL_CHARS.includes(last) || last === table?.decimal) &&
    !seps.slice(0, -1).includes(last) &&
    isGrouped(runs.slice(0, -1), seps.slice(0, -1), table)
  ) {
    out.dec = { digits: runs.join(''), fraction: (runs[k] as string).length };
  }
  return out;
}

/** A bare unit word ("mille", fr/it long for 1000) in s[from, to), as a whole word. */
function findWord(s: string, from: number, to: number, table: UnitTable | undefined): Count | undefined {
  let best: { at: number; exp: number } | undefined;
  for (const w of table?.words ?? []) {
    for (
      let at = s.indexOf(w.text, from);
      at >= 0 && at + w.text.length <= to;
      at = s.indexOf(w.text, at + 1)
    ) {
      const before = at > 0 ? s[at - 1] : undefined;
      const next = s.codePointAt(at + w.text.length);
      const whole =
        (before === undefined || !LETTER_OR_DIGIT.test(before)) &&
        (next === undefined || !LETTER_OR_DIGIT.test(String.fromCodePoint(next)));
      if (whole) {
        if (!best || at < best.at) best = { at, exp: w.exp };
        break;
      }
    }
  }
  return best ? toCount('1', 0, best.exp) : undefined;
}

const LETTER = /\p{L}/u;

/** A letter right after (or before) the number, where a unit word would be. */
function letterNear(s: string, p: number, end: number): boolean {
  const after = s.codePointAt(s[end] === ' ' ? end + 1 : end);
  const before = s[p - 1] === ' ' ? s[p - 2] : s[p - 1];
  return (
    (after !== undefined && LETTER.test(String.fromCodePoint(after))) ||
    (before !== undefined && LETTER.test(before))
  );
}

/**
 * The count a shown number stands for. mantissa digits with `fraction` decimals times 10^exp;
 * u = 10^(exp - fraction) is the unit of the last shown digit. A truncating site (X, Bluesky) means
 * [shown, shown + u), a rounding one [shown - u/2, shown + u/2): we return the integers in the union.
 */
function toCount(digits: string, fraction: number, exp: number): Count | undefined {
  if (digits.length > 20) return undefined; // far past any safe integer; skip parsing a huge run
  const m = Number(digits);
  const q = exp - fraction;
  let min: number;
  let max: number;
  if (q >= 0) {
    const u = 10 ** q;
    const shown = m * u;
    min = q === 0 ? shown : shown - u / 2;
    max = shown + u - 1;
  } else {
    // More decimals than the unit has digits ("1.2345K"): only happens off-ICU; keep the nearest integers.
    const d = 10 ** -q;
    min = Math.ceil((2 * m - 1) / (2 * d));
    max = Math.ceil((m + 1) / d) - 1;
    if (min > max) [min, max] = [Math.floor(m / d), Math.ceil(m / d)];
  }
  min = Math.max(0, min);
  if (!Number.isSafeInteger(max) || !Number.isSafeInteger(min)) return undefined;
  // Midpoint of the union: halves the worst-case error whether the site truncated or rounded
  // (the shown number is off by up to a whole unit for truncating sites, which are the majority).
  return { value: Math.round((min + max) / 2), min, max };
}

/** Reads the number token at p; undefined when it is not a count (then parsing moves past it). */
function readAt(s: string, p: number, tok: Token, table: UnitTable | undefined): Count | undefined {
  for (let k = tok.seps.length; k >= 0; k--) {
    const r = readings(tok, k, table);
    if (!r.int && !r.dec) continue; // invalid separator pattern: try a shorter token
    const end = tok.ends[k] as number;
    // The page's locale, then English; a fraction can't be a count alone, so a unit is certain and
    // any locale's may serve. Tables are fetched lazily: building the many-locale one is costly.
    const unit = table
      ? (findUnit(s, p, end, table) ??
        findUnit(s, p, end, englishTable()) ??
        (r.int || !letterNear(s, p, end) ? undefined : findUnit(s, p, end, anyLocaleTable())))
      : findUnit(s, p, end, anyLocaleTable());
    let reading = r.int;
    if (unit && r.dec) {
      // Both readings possible ("1.234 M"): the locale's separators decide; an unknown page is read in
      // the style of the locale its unit word came from. Without a unit, counts are whole: grouping.
      const decimal = table ? table.decimal : unit.entry.decimal;
      const group = table ? table.group : unit.entry.group;
      const sep = tok.seps[k - 1];
      if (!r.int || (sep === decimal && sep !== group)) reading = r.dec;
    }
    // "9,00": a whole number with zero decimals (minimumFractionDigits) is still that whole number.
    if (!reading && !unit && r.dec && /^0+$/.test(tok.runs[k] as string))
      reading = { digits: r.dec.digits, fraction: r.dec.fraction };
    if (!reading) return undefined;
    // "user123", "mp4": digits glued to a Latin word are not a count; nor are "1e309", "0x10", "1_000",
    // which a count would never be written as (a unit word right after the number was matched above).
    if (!unit?.pre && /[A-Za-z_]/.test(s[p - 1] ?? '')) return undefined;
    if (!unit && /[A-Za-z_]/.test(s[end] ?? '')) return undefined;
    // "-3": a negative score is not a count.
    const minus = s[p - 1];
    if ((minus === '-' || minus === '\u2212') && (p < 2 || s[p - 2] === ' ' || s[p - 2] === '('))
      return undefined;
    const after = unit ? unit.end : end;
    const next = s[after] === ' ' ? after + 1 : after;
    if (s[next] === '%') return undefined;
    const count = toCount(reading.digits, reading.fraction, unit?.exp ?? 0);
    if (!count) return undefined;
    if (s[next] === '+') {
      // "1+" (old Mastodon: more than one reply), "99+", "10K+": a floor, no ceiling. value = the floor,
      // the only number we can stand behind.
      const min = count.min === count.max ? count.min + 1 : count.min;
      return { value: min, min, max: null };
    }
    return count;
  }
  return undefined;
}

/**
 * The first count in `text` as a site renders it. `locale` is the page's BCP 47 tag (`<html lang>`);
 * without it the separators and unit words are inferred from the text. Returns null when the text holds
 * no count (no digits, only a fraction, a negative number); never throws.
 * "Liked by x and others" has no number: null, the adapter decides what that means.
 */
export function parseCount(text: string, locale?: string): Count | null {
  try {
    if (typeof text !== 'string' || text === '') return null;
    const table = localeTable(locale);
    const s = normalizeCountText(text, table?.digits);
    let i = 0;
    while (i < s.length) {
      let p = i;
      while (p < s.length && !isDigit(s.charCodeAt(p))) p++;
      const word = findWord(s, i, p, table);
      if (word) return word;
      if (p >= s.length) return null;
      const tok = scanToken(s, p, table);
      const count = readAt(s, p, tok, table);
      if (count) return count;
      // Move past the whole number, separators included, so "1,5 stars" doesn't yield 5.
      i = tok.ends[tok.ends.length - 1] as number;
    }
    return null;
  } catch {
    return null;
  }
}

/** A whole label of printable ASCII that opens with a plain number and a word: "553 Likes. Like". */
const PLAIN_LEAD = /^(\d{1,15}) [A-Za-z][ -~]*$/;

/**
 * parseCount, quicker for the commonest exact label, a plain number then a word ("553 Likes. Like", an
 * X button's aria-label): when the word is no unit, the count is the number, as the general scan would
 * find after trying every reading. Anything else goes to parseCount. Only X's script imports it.
 */
export function parseLabelCount(text: string, locale?: string): Count | null {
  const lead = PLAIN_LEAD.exec(text)?.[1];
  if (!lead) return parseCount(text, locale);
  return unitFollows(text, lead.length, localeTable(locale))
    ? parseCount(text, locale)
    : (toCount(lead, 0, 0) ?? null);
}

/**
 * Whether a unit starts the words after a label's leading number, remembered per table and words: X's
 * labels repeat a few ("Likes. Like", "replies", "views") on every post, and looking each up again was
 * ~11 of the ~26 µs a post's counts took (CPU profile of the scroll bench's feed). Nothing precedes the
 * number, so the words alone decide. Forgotten when full, and with its table (a table replaced by the
 * worker's, units.ts): a page can't grow it without end.
 */
const UNIT_FOLLOWS = new WeakMap<UnitTable, Map<string, boolean>>();
const REMEMBERED = 256;
/** Longer words are looked up each time: a page's long labels are not kept once it drops them. */
const WORDS_MAX = 64;

function unitFollows(text: string, end: number, table: UnitTable | undefined): boolean {
  const of = table ?? anyLocaleTable();
  let seen = UNIT_FOLLOWS.get(of);
  if (!seen) {
    seen = new Map();
    UNIT_FOLLOWS.set(of, seen);
  }
  const words = text.slice(end);
  const known = seen.get(words);
  if (known !== undefined) return known;
  const english = englishTable();
  // An English page's table is English's: looked through once.
  const unit =
    findUnit(text, 0, end, of) !== undefined ||
    (table !== undefined && table !== english && findUnit(text, 0, end, english) !== undefined);
  if (words.length > WORDS_MAX) return unit;
  if (seen.size >= REMEMBERED) seen.clear();
  seen.set(words, unit);
  return unit;
}
