// parseCount at its edges: open-ended counts (no ceiling), text that holds no count, and any input
// at all, random or huge or not a string, without throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from '@/lib/sites/shared/count/count';

describe('parseCount: open-ended counts, stored as what they are (no ceiling)', () => {
  const open = null;
  it('"1+" (old Mastodon) means more than one', () => {
    expect(parseCount('1+')).toEqual({ value: 2, min: 2, max: open });
  });
  it('"99+" means at least 100; "10K+" at least what 10K can mean', () => {
    expect(parseCount('99+ replies', 'en')).toEqual({ value: 100, min: 100, max: open });
    expect(parseCount('10K+', 'en')).toEqual({ value: 9500, min: 9500, max: open });
  });
});

describe('parseCount: no count', () => {
  it.each([
    [''],
    ['Reply'],
    ['abc'],
    ['.'],
    [','],
    [' '],
    ['Liked by alice and others'],
    ['-3'],
    ['1,5'],
    ['45%'],
    // Number forms no site writes a count in: never read as a different exact number.
    ['1e309'],
    ['1e3 likes'],
    ['0x10'],
    ['1_000'],
  ])('%j -> null', (text) => {
    expect(parseCount(text)).toBeNull();
    expect(parseCount(text, 'en')).toBeNull();
  });

  it('numbers beyond the safe integer range are not counts', () => {
    expect(parseCount('99999999999999999999')).toBeNull();
  });
});

describe('parseCount: never throws', () => {
  const locales = [undefined, '', 'en', 'de', 'ar-EG', 'zz', 'en_US', '@@', 'x-private', 'zh-u-nu-hanidec'];

  function checkShape(text: string, locale: string | undefined): void {
    const r = parseCount(text, locale);
    if (r === null) return;
    expect(Number.isInteger(r.min) && r.min >= 0).toBe(true);
    expect(r.max === null || Number.isInteger(r.max)).toBe(true);
    expect(r.min <= r.value && (r.max === null || r.value <= r.max)).toBe(true);
  }

  it('on 10,000 random strings of any code point, with any locale', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom(...locales),
        (text, locale) => {
          checkShape(text, locale);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('on random number-like strings and random locale tags', () => {
    const piece = fc.constantFrom(
      '1',
      '2',
      '0',
      '9',
      ',',
      '.',
      ' ',
      '\u00a0',
      "'",
      '٫',
      '٬',
      '١',
      'K',
      'M',
      'k',
      '万',
      '+',
      '-',
      'mil',
      'Mio.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.string({ maxLength: 12 }), (pieces, locale) => {
        checkShape(pieces.join(''), locale);
      }),
      { numRuns: 5000 },
    );
  });

  it('on huge inputs, in reasonable time', () => {
    const t0 = performance.now();
    for (const s of [
      '9'.repeat(1_000_000),
      '1,'.repeat(200_000),
      '١'.repeat(200_000),
      'a '.repeat(200_000),
      `${'x'.repeat(500_000)}12`,
    ]) {
      expect(() => parseCount(s)).not.toThrow();
    }
    expect(parseCount(`${'x '.repeat(100_000)}12 likes`)).toEqual({ value: 12, min: 12, max: 12 });
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('on non-string input from untyped callers', () => {
    expect(parseCount(undefined as unknown as string)).toBeNull();
    expect(parseCount(12 as unknown as string)).toBeNull();
  });
});
