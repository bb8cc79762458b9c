// parseLabelCount is parseCount with a shortcut for "553 Likes. Like": it must give parseCount's answer
// for every text, above all those the shortcut takes (a plain number and a word) and those it must not
// (the word is a unit: "12 K likes", "3 Mio. Aufrufe", "5 thousand views").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount, parseLabelCount } from '@/lib/sites/shared/count/count';

const LOCALES = [undefined, 'en', 'de', 'fr', 'es', 'ja', 'hi', 'sw', 'pt-BR', 'ru'];
const WORDS = [
  'Likes. Like',
  'replies',
  'reposts',
  'views. View post analytics',
  'K likes',
  'K',
  'M views',
  'Mio. Aufrufe',
  'Mrd',
  'thousand views',
  'million',
  'B',
  'Tsd.',
  'mil',
  'lakh',
  'crore',
  'elfu',
  'tys.',
  'k',
  'x',
];

describe('parseLabelCount', () => {
  it('answers as parseCount for a number and a word, unit or not', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,16}$/),
        fc.constantFrom(...WORDS),
        fc.constantFrom(...LOCALES),
        (n, word, locale) => {
          const text = `${n} ${word}`;
          expect(parseLabelCount(text, locale)).toEqual(parseCount(text, locale));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('answers as parseCount for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom(...LOCALES), (text, locale) => {
        expect(parseLabelCount(text, locale)).toEqual(parseCount(text, locale));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a plain label exactly, and a unit as a range', () => {
    expect(parseLabelCount('553 Likes. Like', 'en')).toEqual({ value: 553, min: 553, max: 553 });
    const k = parseLabelCount('12 K likes', 'en');
    expect(k?.min).toBeLessThan(k?.max ?? 0);
    expect(k?.value).toBeGreaterThan(11_000);
  });
});
