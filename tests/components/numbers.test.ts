// English numbers without Intl.NumberFormat (the popup's first paint): the same text as Intl's 'en'
// formats, over every count up to 20,000, the edges of rounding at each power of ten, and random values.
import { describe, expect, it } from 'vitest';
import { compactNumber, isOne, wholeNumber } from '@/components/shared/numbers';
import { seeded } from '@/lib/insights/random';

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const plural = new Intl.PluralRules('en');

/** Values where rounding carries (9.95 → 10, 999,950 → 1M) or halves, at every power of ten to 10^15. */
function edges(): number[] {
  const out: number[] = [];
  for (let e = 0; e < 17; e++)
    for (const m of [1, 1.05, 1.15, 1.25, 4.45, 5, 9.5, 9.949, 9.95, 9.995, 9.9995, 9.999949, 9.99995])
      out.push(m * 10 ** e, Math.round(m * 10 ** e));
  return out;
}

/** Counts at every magnitude, and fractional values (medians, chart ticks), from a fixed seed. */
function randomValues(count: number): number[] {
  const r = seeded(7);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const e = Math.floor(r() * 17);
    out.push(Math.floor(r() * 10 ** e), Math.round(r() * 10 ** e * 1000) / 1000, r() * 10 ** (e - 3));
  }
  return out;
}

const ODD = [0, -0, 0.05, 0.04999, 1e-7, -1, -1234.5, Number.NaN, Infinity, -Infinity, 1e15, 1e21];

/** Values whose text differs from Intl's, with both texts: empty when they agree. */
function disagreements(values: number[], ours: (n: number) => string, theirs: Intl.NumberFormat) {
  return values.flatMap((n) =>
    ours(n) === theirs.format(n) ? [] : [{ n, ours: ours(n), intl: theirs.format(n) }],
  );
}

describe('numbers without Intl', () => {
  const values = [
    ...Array.from({ length: 20_001 }, (_, i) => i),
    ...edges(),
    ...randomValues(70_000),
    ...ODD,
  ];

  it('writes whole numbers as Intl.NumberFormat("en") does', () => {
    expect(wholeNumber(1234567)).toBe('1,234,567');
    expect(wholeNumber(2.5)).toBe('3');
    expect(disagreements(values, wholeNumber, whole)).toEqual([]);
  });

  it('writes compact numbers as Intl.NumberFormat("en", compact, one decimal) does', () => {
    expect(compactNumber(1150)).toBe('1.2K'); // the shortest decimal 1.15 rounds up, as Intl's does
    expect(compactNumber(999_950)).toBe('1M');
    expect(compactNumber(12.25)).toBe('12.3');
    expect(disagreements(values, compactNumber, compact)).toEqual([]);
  });

  it('says "one" exactly where Intl.PluralRules("en") does', () => {
    const around = Array.from({ length: 4001 }, (_, i) => i / 1000 - 2);
    const all = [...around, 1.0004, 1.0005, 0.9995, 0.9994, ...ODD, ...values.slice(0, 5000)];
    expect(all.filter((n) => isOne(n) !== (plural.select(n) === 'one'))).toEqual([]);
    expect(isOne(1)).toBe(true);
    expect(isOne(2)).toBe(false);
  });
});
