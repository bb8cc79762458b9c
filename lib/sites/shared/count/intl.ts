// Learns a locale's number conventions from the runtime's own Intl data: compact-unit words for
// 10^3..10^15 in short and long form (every plural form), separators, and non-Nd digits. No hand-kept
// unit table, so every locale ICU ships works, including lakh/crore, 万/億, Turkish B, Swahili elfu.
import { normalizeCountText, normalizeUnitText } from './digits';

export interface RawUnit {
  pre: string;
  post: string;
  exp: number;
  /** Not an ICU form but one derived from it (dot dropped): loses every conflict. */
  derived: boolean;
  /** ICU put a space between the number and the suffix. */
  spaced: boolean;
  source: string;
  /** A bare word standing for 1 unit, no digits ("mille"). */
  word: boolean;
  decimal: string;
  group: string;
}

// Probe mantissas: 1-2-5 plus one of each plural category (PluralRules) with 0, 1 and 2 decimals,
// so every plural form of the long names shows up (ru 1/2/5, ar 3/11/100, lv "2,15 tūkstošu").
const QUICK = [1, 2, 5, 1.5];
const BASE_MANTISSAS = [...QUICK, 10, 100, 1.25];

function joinValues(parts: Intl.NumberFormatPart[]): string {
  return parts.map((p) => p.value).join('');
}

function pluralMantissas(locale: string): number[] {
  const out = new Set(BASE_MANTISSAS);
  for (const v of [0, 1, 2]) {
    const pr = new Intl.PluralRules(locale, { minimumFractionDigits: v, maximumFractionDigits: v });
    const seen = new Set<string>();
    const all = pr.resolvedOptions().pluralCategories.length;
    // 1..200, 1.1..20.9, 1.01..2.99: every category a mantissa of that many decimals can take.
    const step = 10 ** v;
    for (let i = step; i < step + 200 && seen.size < all; i++) {
      if (v > 0 && i % 10 === 0) continue; // ICU drops trailing zeros, so 1.0 shows as 1
      const m = i / step;
      const cat = pr.select(m);
      if (!seen.has(cat)) {
        seen.add(cat);
        out.add(m);
      }
    }
  }
  return [...out];
}

const NUMERIC = new Set(['integer', 'group', 'decimal', 'fraction']);

// Forms sites use that ICU does not produce. Keyed by language subtag.
const ADDITIONS: Record<string, [string, number][]> = {
  // YouTube in German writes thousands as "12,3 Tsd." (subscribers, views); ICU de leaves 12.345 as is.
  de: [['Tsd.', 3]],
};

function digitString(parts: Intl.NumberFormatPart[], digits: Map<string, string> | undefined): string {
  let out = '';
  for (const p of parts) {
    if (p.type === 'integer' || p.type === 'fraction') out += normalizeCountText(p.value, digits);
    else if (p.type === 'decimal') out += '.';
  }
  return out;
}

export interface Learned {
  decimal: string;
  group: string;
  digits?: Map<string, string>;
  units: RawUnit[];
}

/**
 * Every unit ICU writes for `mantissas` × 10^3..10^15, short and long, and the standalone words ("mille")
 * only mantissa 1 wrote, at one power.
 */
function compactUnits(
  base: RawUnit,
  mantissas: readonly number[],
  digits: Map<string, string> | undefined,
): RawUnit[] {
  const units: RawUnit[] = [];
  const words = new Map<string, number>(); // standalone word ("mille") -> exp, from mantissa 1 only
  const ambiguousWords = new Set<string>();
  for (const compactDisplay of ['short', 'long'] as const) {
    const nf = new Intl.NumberFormat(base.source, {
      notation: 'compact',
      compactDisplay,
      maximumFractionDigits: 3,
    });
    // Records the unit ICU writes for m × 10^e.
    const probe = (m: number, e: number): void => {
      const n = Number(`${m}e${e}`);
      const parts = nf.formatToParts(n);
      const first = parts.findIndex((p) => NUMERIC.has(p.type));
      let last = parts.length - 1;
      while (last >= 0 && !NUMERIC.has((parts[last] as Intl.NumberFormatPart).type)) last--;
      if (!parts.some((p) => p.type === 'compact')) return;
      if (first < 0) {
        // fr/it long write one thousand as the bare word "mille".
        const word = normalizeUnitText(joinValues(parts));
        if (m === 1 && (words.get(word) ?? e) === e) words.set(word, e);
        else ambiguousWords.add(word);
        return;
      }
      const shown = Number(digitString(parts, digits));
      if (!(shown > 0)) return;
      const exp = Math.round(Math.log10(n / shown));
      if (exp <= 0 || Math.abs(shown * 10 ** exp - n) > n * 1e-9) return;
      const pre = normalizeUnitText(joinValues(parts.slice(0, first)));
      const tail = normalizeCountText(joinValues(parts.slice(last + 1)));
      const post = tail.trim();
      // bn writes "১ কো" (crore) and "১কো" (10^11) with the same word: the space tells them apart.
      const spaced = tail.startsWith(' ');
      if (pre || post) units.push({ ...base, pre, post, exp, spaced });
    };
    for (let e = 3; e <= 15; e++) for (const m of mantissas) probe(m, e);
  }
  for (const [word, exp] of words) {
    if (!ambiguousWords.has(word)) units.push({ ...base, post: word, exp, word: true });
  }
  return units;
}

export function learnLocale(locale: string, thorough: boolean): Learned {
  const std = new Intl.NumberFormat(locale).formatToParts(1234567.8);
  const decimal = normalizeUnitText(std.find((p) => p.type === 'decimal')?.value ?? '.') || '.';
  // NBSP/NNBSP group separators become ' ' like the page text does.
  const group = normalizeCountText(std.find((p) => p.type === 'group')?.value ?? ',') || ',';
  let digits: Map<string, string> | undefined;
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  for (let d = 0; d <= 9; d++) {
    const ch = plain.format(d);
    if (normalizeCountText(ch) !== String(d)) {
      digits ??= new Map();
      digits.set(ch, String(d));
    }
  }
  const base: RawUnit = {
    pre: '',
    post: '',
    exp: 0,
    derived: false,
    spaced: false,
    word: false,
    source: locale,
    decimal,
    group,
  };
  // 1-2-5 at every power of ten finds each unit; one mantissa per plural category finds the other
  // forms of the long names. The many-locale table skips those: a fifth of the Intl calls.
  const units = compactUnits(base, thorough ? pluralMantissas(locale) : QUICK, digits);
  const lang = locale.split('-')[0]?.toLowerCase() ?? '';
  for (const [post, exp] of ADDITIONS[lang] ?? []) {
    units.push({ ...base, post, exp, spaced: true });
  }
  // Sites drop the abbreviation dot ("1,2 Mio", "12 tys"): accept it, below every real form.
  for (const u of [...units]) {
    if (!u.word && u.post.endsWith('.') && u.post.length > 1)
      units.push({ ...u, post: u.post.slice(0, -1), derived: true });
  }
  return { decimal, group, ...(digits ? { digits } : {}), units };
}

// Most probes find a unit already found (English: 234 probes, 8 units): kept once, first in order, so a
// table is built from the same units in the same order, and a page is handed a kilobyte, not 27. Only the
// worker's copy is trimmed: the table drops repeats anyway, and the site scripts have no bytes to spare.
function distinct(units: RawUnit[]): RawUnit[] {
  const seen = new Set<string>();
  return units.filter((u) => {
    const key = `${u.pre}\u0000${u.post}\u0000${u.exp}\u0000${u.derived}\u0000${u.spaced}\u0000${u.word}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function safeLearn(locale: string, thorough = true): Learned | undefined {
  try {
    return learnLocale(locale, thorough);
  } catch {
    return undefined;
  }
}

/** A BCP 47 tag the runtime has number data for, canonicalized; undefined otherwise. */
export function resolveLocale(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'));
    if (!canonical) return undefined;
    return Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/** A locale's learned conventions as plain data (a message's), digits as pairs: see adoptUnits (./units.ts). */
export interface UnitsWire {
  decimal: string;
  group: string;
  digits?: [string, string][];
  units: RawUnit[];
}

/** What `tag` learns, as plain data; null when the runtime has no number data for it. */
export function unitsOf(tag: string): UnitsWire | null {
  const locale = resolveLocale(tag);
  const learned = locale ? safeLearn(locale) : undefined;
  if (!learned) return null;
  const { digits, units, ...rest } = learned;
  return { ...rest, units: distinct(units), ...(digits ? { digits: [...digits] } : {}) };
}
