// Round trip: whatever ICU renders for a count, parseCount (given the same locale) must return a range
// holding the count, exact for standard notation and at most 1.5 units of the last shown digit wide
// for compact notation. The expected unit is computed here from the rendering itself (a Latin-digit
// twin of the formatter), not from the parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from '@/lib/sites/shared/count/count';

const MAJOR = [
  'en',
  'en-IN',
  'de',
  'fr',
  'es',
  'pt-BR',
  'pt-PT',
  'it',
  'nl',
  'ru',
  'uk',
  'pl',
  'cs',
  'sk',
  'tr',
  'sv',
  'da',
  'nb',
  'fi',
  'id',
  'ms',
  'vi',
  'th',
  'ja',
  'zh-CN',
  'zh-TW',
  'zh-HK',
  'ko',
  'hi',
  'bn',
  'ar',
  'fa',
  'he',
  'el',
  'hu',
  'ro',
  'bg',
  'hr',
  'sr',
  'sl',
  'lt',
  'lv',
  'et',
  'ca',
  'eu',
  'gl',
  'sw',
  'fil',
  'ta',
  'te',
  'mr',
  'ur',
];
// More locales and numbering systems: ar-EG / fa / bn / mr / my default to non-Latin digits; -u-nu-
// forces others (hanidec 〇一二 is not Unicode Nd: the parser learns it from Intl).
// Not listed: ne and vec, whose ICU data is self-contradictory (ne long writes 10^6 as "१ करोड" while
// short uses करोड for 10^7; vec short drops the thousands unit: 1000 -> "1").
const EXTRA = [
  'ar-EG',
  'ar-SA',
  'es-MX',
  'es-419',
  'de-CH',
  'de-AT',
  'fr-CH',
  'fr-CA',
  'it-CH',
  'en-GB',
  'kn',
  'ml',
  'gu',
  'pa',
  'my',
  'si',
  'am',
  'ka',
  'hy',
  'kk',
  'az',
  'uz',
  'km',
  'lo',
  'mn',
  'is',
  'af',
  'sq',
  'mk',
  'bs',
  'be',
  'zu',
  'ps',
  'ckb',
  'ur-IN',
  'bn-IN',
  'sr-Latn',
  'th-u-nu-thai',
  'hi-u-nu-deva',
  'ja-u-nu-fullwide',
  'ta-u-nu-tamldec',
  'zh-u-nu-hanidec',
  'en-u-nu-beng',
  'sat',
  'dz',
];
const LOCALES = [...MAJOR, ...EXTRA];

type Style = { name: string; options: Intl.NumberFormatOptions; exact: boolean };

const STYLES: Style[] = [{ name: 'standard', options: {}, exact: true }];
for (const compactDisplay of ['short', 'long'] as const) {
  for (const roundingMode of ['trunc', undefined] as const) {
    for (const maximumFractionDigits of [1, 2, undefined]) {
      const options: Intl.NumberFormatOptions = { notation: 'compact', compactDisplay };
      if (roundingMode) options.roundingMode = roundingMode;
      if (maximumFractionDigits !== undefined) options.maximumFractionDigits = maximumFractionDigits;
      STYLES.push({
        name: `compact ${compactDisplay} ${roundingMode ?? 'halfExpand'} ${maximumFractionDigits ?? 'default'}`,
        options,
        exact: false,
      });
    }
  }
}

const formatters = new Map<string, { nf: Intl.NumberFormat; latn: Intl.NumberFormat }>();
function formatter(locale: string, style: Style) {
  const key = `${locale}|${style.name}`;
  let f = formatters.get(key);
  if (!f) {
    f = {
      nf: new Intl.NumberFormat(locale, style.options),
      latn: new Intl.NumberFormat(locale, { ...style.options, numberingSystem: 'latn' }),
    };
    formatters.set(key, f);
  }
  return f;
}

/** Worth of the last shown digit: 10^(exponent of the compact unit - shown decimals); 1 if no unit. */
function lastDigitUnit(latn: Intl.NumberFormat, n: number): number {
  const parts = latn.formatToParts(n);
  if (!parts.some((p) => p.type === 'compact')) return 1;
  const ints = parts
    .filter((p) => p.type === 'integer')
    .map((p) => p.value)
    .join('');
  const frac = parts
    .filter((p) => p.type === 'fraction')
    .map((p) => p.value)
    .join('');
  // "mille" has no digits: one unit.
  const mantissa = ints === '' ? 1 : Number(`${ints}.${frac || '0'}`);
  if (mantissa === 0) return 1;
  // n / mantissa is within a factor 2 of the unit's power of ten whether ICU truncated or rounded.
  const exp = Math.round(Math.log10(n / mantissa));
  return 10 ** (exp - frac.length);
}

function checkRoundTrip(locale: string, style: Style, n: number): void {
  const { nf, latn } = formatter(locale, style);
  const text = nf.format(n);
  const r = parseCount(text, locale);
  const where = `${n} as ${JSON.stringify(text)} (${locale}, ${style.name}) -> ${JSON.stringify(r)}`;
  expect(r, where).not.toBeNull();
  if (!r) return;
  // Intl's formats never end in "+": every count is bounded.
  if (r.max === null) throw new Error(`open-ended: ${where}`);
  const max = r.max;
  expect(r.min <= n && n <= max, `range holds the count: ${where}`).toBe(true);
  expect(r.min <= r.value && r.value <= max, where).toBe(true);
  expect(Number.isInteger(r.min) && Number.isInteger(max) && r.min >= 0, where).toBe(true);
  if (style.exact) expect(r, where).toEqual({ value: n, min: n, max: n });
  else
    expect(max - r.min, `at most 1.5 units of the last digit: ${where}`).toBeLessThanOrEqual(
      1.5 * lastDigitUnit(latn, n),
    );
}

// 0 .. 10^12, log-uniform; plus edges where rounding carries into the next unit (999 950 -> "1M").
const EDGES = [
  0, 1, 9, 10, 999, 1000, 1001, 1099, 1999, 9999, 10_000, 99_999, 999_499, 999_500, 999_950, 999_999,
  1_000_000, 9_999_999, 99_999_999, 999_999_999, 1_000_000_000, 999_999_999_999, 1_000_000_000_000,
];
const count = fc.oneof(
  { weight: 9, arbitrary: fc.double({ min: 0, max: 12, noNaN: true }).map((x) => Math.floor(10 ** x)) },
  { weight: 1, arbitrary: fc.constantFrom(...EDGES) },
);

describe('runtime', () => {
  it('supports roundingMode (NumberFormat v3), so truncated compact numbers can be rendered', () => {
    const nf = new Intl.NumberFormat('en', {
      notation: 'compact',
      maximumFractionDigits: 1,
      roundingMode: 'trunc',
    });
    expect(nf.resolvedOptions().roundingMode).toBe('trunc');
    expect(nf.format(2399)).toBe('2.3K');
    expect(new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(2399)).toBe(
      '2.4K',
    );
  });

  it(`covers ${LOCALES.length} locales the runtime has data for`, () => {
    expect(MAJOR.length).toBeGreaterThanOrEqual(50);
    expect(Intl.NumberFormat.supportedLocalesOf(LOCALES)).toHaveLength(LOCALES.length);
    // non-Latin digits really are in play
    expect(new Intl.NumberFormat('ar-EG').format(12)).toBe('١٢');
    expect(new Intl.NumberFormat('fa').format(12)).toBe('۱۲');
  });
});

describe('parseCount round-trips ICU renderings', () => {
  it.each(STYLES.map((s) => [s.name, s] as const))('%s, random counts in every locale', (_name, style) => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), count, (locale, n) => checkRoundTrip(locale, style, n)),
      { numRuns: 1500 },
    );
  });

  // The outside check in miniature, but exhaustive over its grid: every major locale, every style,
  // a fixed log-spaced set of counts.
  const GRID = [...EDGES];
  for (let e = 0; e < 12; e++)
    for (const m of [1.234_567, 2.5, 4.999_9, 7.654_321]) GRID.push(Math.floor(m * 10 ** e));
  it.each(MAJOR)('%s: every style, a grid of counts', (locale) => {
    for (const style of STYLES) for (const n of GRID) checkRoundTrip(locale, style, n);
  });
});
