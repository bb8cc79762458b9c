// English number formatting without Intl.NumberFormat, for the popup's first paint. The first NumberFormat
// a page makes costs 25-50 ms on a 2-core machine (the browser loads its number data): more than the rest
// of the popup's script. The output is Intl's own for 'en' (tests/components/numbers.test.ts compares them
// over some 230,000 values); numbers it does not handle (negative, not finite, past 10^15, or
// written with an exponent) go to Intl itself, made on first use.

/** Intl's 'en' formats, made only when a number needs them. */
let intl: { whole: Intl.NumberFormat; compact: Intl.NumberFormat } | undefined;
const viaIntl = () =>
  (intl ??= {
    whole: new Intl.NumberFormat('en', { maximumFractionDigits: 0 }),
    compact: new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }),
  });

/** A number's shortest decimal digits (what Intl rounds), or null when it needs Intl. */
function decimal(n: number): { int: string; frac: string } | null {
  if (!(n >= 0) || n >= 1e15 || Object.is(n, -0)) return null;
  const s = String(n);
  if (s.includes('e')) return null;
  const dot = s.indexOf('.');
  return dot < 0 ? { int: s, frac: '' } : { int: s.slice(0, dot), frac: s.slice(dot + 1) };
}

/** Adds one to a string of digits ("199" → "200", "99" → "100"). */
function plusOne(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}

/** Rounds to `places` decimals, half away from zero (Intl's default), trailing zeros dropped. */
function round(int: string, frac: string, places: number): { int: string; frac: string } {
  if (frac.length <= places) return { int, frac: frac.replace(/0+$/, '') };
  let kept = int + frac.slice(0, places);
  if (frac[places]! >= '5') kept = plusOne(kept);
  const cut = kept.length - places;
  return { int: kept.slice(0, cut) || '0', frac: kept.slice(cut).replace(/0+$/, '') };
}

const grouped = (int: string) => int.replace(/\B(?=(\d{3})+$)/g, ',');

/** `12,345`: a whole number with thousands separators, as Intl.NumberFormat('en') with no decimals. */
export function wholeNumber(n: number): string {
  const d = decimal(n);
  if (!d) return viaIntl().whole.format(n);
  return grouped(round(d.int, d.frac, 0).int);
}

const UNITS = ['', 'K', 'M', 'B', 'T'];

/** `1.2K`, `12.3K`, `1M`, `12.5`: as Intl.NumberFormat('en', compact, at most one decimal). */
export function compactNumber(n: number): string {
  const d = decimal(n);
  if (!d) return viaIntl().compact.format(n);
  const digits = d.int.replace(/^0+(?=\d)/, '');
  // Thousands, millions…: the group of the integer digits, moved up when rounding reaches 1,000 of it.
  let group = digits.length > 3 ? Math.floor((digits.length - 1) / 3) : 0;
  for (;;) {
    const cut = digits.length - 3 * group;
    const r = round(digits.slice(0, cut) || '0', digits.slice(cut) + d.frac, 1);
    if (r.int.length > 3 && group < UNITS.length - 1) {
      group++;
      continue;
    }
    return `${r.int}${r.frac ? `.${r.frac}` : ''}${UNITS[group]}`;
  }
}

/**
 * Whether English says "one" of a count: 1 reply, 2 replies, 1.5 replies; as Intl.PluralRules('en'), which
 * looks at the number with up to three decimals (1.0004 is "one").
 */
export function isOne(n: number): boolean {
  const d = decimal(Math.abs(n));
  if (!d) return false;
  const r = round(d.int, d.frac, 3);
  return r.int === '1' && r.frac === '';
}
