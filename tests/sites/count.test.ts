// parseCount on the counts pages show: compact numbers by language, locale ambiguities, exact numbers
// with every grouping and digit set, and the text around a count.
import { describe, expect, it } from 'vitest';
import { parseCount } from '@/lib/sites/shared/count/count';

// Expected ranges are worked out by hand: a compact number `shown` whose last shown digit is worth u
// stands for [shown - u/2, shown + u - 1] (a rounding site or a truncating one), value = the midpoint.
type Case = [text: string, locale: string | undefined, min: number, max: number];

function expectRange(text: string, locale: string | undefined, min: number, max: number): void {
  const r = parseCount(text, locale);
  expect(r, `${JSON.stringify(text)} (${locale ?? 'no locale'})`).toEqual({
    value: Math.round((min + max) / 2),
    min,
    max,
  });
}

describe('parseCount: compact numbers', () => {
  const cases: Case[] = [
    // X / English, u = 100 for one decimal of K
    ['2.3K', 'en', 2250, 2399],
    ['2.3K', undefined, 2250, 2399],
    ['11K', 'en', 10500, 11999],
    ['2.1M', 'en', 2_050_000, 2_199_999],
    ['1.2k', undefined, 1150, 1299],
    ['76.3K', 'en', 76_250, 76_399],
    ['138.7K', 'en', 138_650, 138_799],
    ['1.23K', 'en', 1225, 1239], // two decimals: u = 10
    ['1M', 'en', 500_000, 1_999_999], // a bare "1" is worth a whole unit
    ['1.2 thousand', 'en', 1150, 1299],
    // German: Mio. with decimal comma, YouTube's Tsd., dot dropped
    ['1,2 Mio.', 'de', 1_150_000, 1_299_999],
    ['1,2 Mio.', undefined, 1_150_000, 1_299_999],
    ['1,2 Mio', 'de', 1_150_000, 1_299_999],
    ['12,3 Tsd.', 'de', 12_250, 12_399],
    ['1,5 Mrd.', 'de', 1_450_000_000, 1_599_999_999],
    // Slavic
    ['12,3 tys.', 'pl', 12_250, 12_399],
    ['12,3 tys.', undefined, 12_250, 12_399],
    ['1,2 mln', 'pl', 1_150_000, 1_299_999],
    ['1,2 тыс.', 'ru', 1150, 1299],
    ['1,2 млн', 'ru', 1_150_000, 1_299_999],
    ['1,2 тисячі', 'uk', 1150, 1299],
    // CJK: 万 = 10^4, 亿/億 = 10^8
    ['1.2万', 'ja', 11_500, 12_999],
    ['1.2万', undefined, 11_500, 12_999],
    ['12.3万', 'zh-CN', 122_500, 123_999],
    ['123.4万', 'zh-CN', 1_233_500, 1_234_999],
    ['1.5亿', 'zh-CN', 145_000_000, 159_999_999],
    ['1.5億', 'ja', 145_000_000, 159_999_999],
    ['1.2萬', 'zh-TW', 11_500, 12_999],
    ['1.2만', 'ko', 11_500, 12_999],
    ['3.4억', 'ko', 335_000_000, 349_999_999],
    // Indian: lakh = 10^5, crore = 10^7
    ['12.3L', 'en-IN', 1_225_000, 1_239_999],
    ['12.3L', undefined, 1_225_000, 1_239_999],
    ['1.5Cr', 'en-IN', 14_500_000, 15_999_999],
    ['2.3 lakh crore', 'en-IN', 2_250_000_000_000, 2_399_999_999_999],
    ['12.3 लाख', 'hi', 1_225_000, 1_239_999],
    ['१२.३ लाख', 'mr', 1_225_000, 1_239_999],
    // Romance
    ['1,2 k', 'fr', 1150, 1299],
    ['1,2 k', undefined, 1150, 1299],
    ['12,3 k', 'fr', 12_250, 12_399],
    ['1,2 mil', 'es', 1150, 1299],
    ['1,2 mil', 'pt-BR', 1150, 1299],
    ['1,2 mi', 'pt-BR', 1_150_000, 1_299_999],
    ['1,5 mil millones', 'es', 1_450_000_000, 1_599_999_999],
    ['1,2K', 'it', 1150, 1299],
    ['1,2 Mln', 'it', 1_150_000, 1_299_999],
    ['mille', 'fr', 500, 1999], // fr/it long form of 1 000: no digit at all
    // others
    ['1,2 tn', 'sv', 1150, 1299],
    ['1,2 rb', 'id', 1150, 1299],
    ['1,2 jt', 'id', 1_150_000, 1_299_999],
    ['elfu 1.2', 'sw', 1150, 1299], // unit before the number
    ['elfu 1.2', undefined, 1150, 1299],
    ['١٫٢ ألف', 'ar', 1150, 1299],
    ['١٫٢ ألف', undefined, 1150, 1299],
    ['۱٫۲ هزار', 'fa', 1150, 1299],
    ['۱٫۲ هزار', undefined, 1150, 1299],
    ['1.2K\u200f', 'he', 1150, 1299],
    ['1.2 हज़ार', 'hi', 1150, 1299],
    ['১২.৩ হা', 'bn', 12_250, 12_399],
    // bn writes crore "১ কো" and 10^11 "১কো" with one word: the space decides
    ['১ কো', 'bn', 5_000_000, 19_999_999],
    ['১কো', 'bn', 50_000_000_000, 199_999_999_999],
    ['ဋေ ၂.၃ သိန်း', 'my', 2_250_000_000_000, 2_399_999_999_999], // lakh crore, around the number
  ];
  it.each(cases)('%s (%s) -> [%d, %d]', (text, locale, min, max) => expectRange(text, locale, min, max));
});

describe('parseCount: locale ambiguities', () => {
  const cases: Case[] = [
    // Turkish B = bin (thousand); English B = billion
    ['1,2 B', 'tr', 1150, 1299],
    ['1,2 B', undefined, 1_150_000_000, 1_299_999_999],
    ['1.2B', 'en', 1_150_000_000, 1_299_999_999],
    // Czech mil. = million; Spanish mil = thousand
    ['1,2 mil.', 'cs', 1_150_000, 1_299_999],
    ['1,2 mil.', undefined, 1_150_000, 1_299_999],
    ['1,2 mil', undefined, 1150, 1299],
    // Indonesian M = miliar (10^9) when the page says id
    ['1,5 M', 'id', 1_450_000_000, 1_599_999_999],
    ['1,5 M', undefined, 1_450_000, 1_599_999],
    // English suffixes in other-language UIs
    ['2.3K', 'de', 2250, 2399],
    ['2.3K', 'ja', 2250, 2399],
    ['2.3K', 'ru', 2250, 2399],
    ['1.2M', 'tr', 1_150_000, 1_299_999],
    // a locale whose own units lack the one shown: a fraction needs a unit, so any locale's serves
    ['1.2萬', 'zh-CN', 11_500, 12_999],
    ['1,2 Mio.', 'en', 1_150_000, 1_299_999],
    // grouping inside a compact mantissa; separators decided by the locale
    ['1.234,5 Mio.', 'de', 1_234_450_000, 1_234_599_999],
    ['1.234 Mio.', 'de', 1_233_500_000, 1_234_999_999],
    ['1.234 M', 'en', 1_233_500, 1_234_999],
    ['15.000 M', 'es', 14_999_500_000, 15_000_999_999],
    ['999.999,9 M', 'eu', 999_999_850_000, 999_999_999_999],
  ];
  it.each(cases)('%s (%s) -> [%d, %d]', (text, locale, min, max) => expectRange(text, locale, min, max));
});

describe('parseCount: exact numbers', () => {
  const cases: [string, string | undefined, number][] = [
    ['0', undefined, 0],
    ['7', 'en', 7],
    ['1234', 'de', 1234],
    ['1,234,567', undefined, 1_234_567],
    ['1.234.567', undefined, 1_234_567],
    ['1 234 567', undefined, 1_234_567],
    ['1\u00a0234\u00a0567', 'fr', 1_234_567],
    ['1\u202f234\u202f567', 'fr', 1_234_567],
    ['1\u2009234\u2009567', undefined, 1_234_567],
    ['12,34,567', undefined, 1_234_567],
    ['12,34,567', 'hi', 1_234_567],
    ["1'234'567", 'de-CH', 1_234_567],
    ['1’234’567', undefined, 1_234_567],
    ['١٬٢٣٤', undefined, 1234],
    ['١٢٬٣٤٥', 'ar-EG', 12_345],
    ['۱۲۳', 'fa', 123],
    ['३५०', undefined, 350],
    ['৩৫০', undefined, 350],
    ['๓๕๐', 'th', 350],
    ['３５０', undefined, 350],
    ['𝟑𝟓𝟎', undefined, 350], // mathematical bold digits: adjacent Nd sets
    ['〇一二三', 'zh-u-nu-hanidec', 123], // not Nd: the locale's own digits, learned from Intl
    // counts are whole numbers: a lone 3-digit group is grouping whatever the locale
    ['1,234', 'en', 1234],
    ['1,234', 'de', 1234],
    ['12.345', 'de', 12_345],
    ['1.234', undefined, 1234],
    ['1.234', 'fr', 1234],
    ['1.234', 'en', 1234],
  ];
  it.each(cases)('%s (%s) -> %d', (text, locale, n) => {
    expect(parseCount(text, locale)).toEqual({ value: n, min: n, max: n });
  });
});

describe('parseCount: text around the number', () => {
  const exact: [string, string | undefined, number][] = [
    ['12,345 Comments', undefined, 12_345],
    ['Like (12 likes)', 'en', 12],
    ['Reply (5 replies)', undefined, 5],
    ['48 Replies. Reply', undefined, 48],
    ['1551 件のいいね。いいねする', 'ja', 1551],
    ['like this video along with 12,345 other people', 'en', 12_345],
    ['553 likes, 9 bookmarks, 30142 views', 'en', 553],
    ['\u200e12\u00a0345\u200e', undefined, 12_345],
    ['user123 and 5 others', 'en', 5], // digits glued to a word are not a count
    ['-3 points, 5 comments', undefined, 5], // a negative score is not a count
    ['45% of 12 people', undefined, 12],
    ['Rated 4.5 by 1,234 people', 'en', 1234], // a fraction without unit is not a count
  ];
  it.each(exact)('%s (%s) -> %d', (text, locale, n) => {
    expect(parseCount(text, locale)).toEqual({ value: n, min: n, max: n });
  });

  const ranged: Case[] = [
    ['1.2K views', undefined, 1150, 1299],
    ['1.2M views', 'en', 1_150_000, 1_299_999],
    ['Like: 1.2K people', 'en', 1150, 1299],
    ['1.2万 回視聴', 'ja', 11_500, 12_999],
    ['12 Tsd. Abonnenten', 'de', 11_500, 12_999],
    ['1,2 Mio. Aufrufe', 'de', 1_150_000, 1_299_999],
    ['1.2만회', 'ko', 11_500, 12_999], // unit runs into the next Korean word
  ];
  it.each(ranged)('%s (%s) -> [%d, %d]', (text, locale, min, max) => expectRange(text, locale, min, max));

  it('does not take a unit out of a longer word', () => {
    expect(parseCount('12 Kommentare', 'de')).toEqual({ value: 12, min: 12, max: 12 });
    expect(parseCount('12 Mitglieder', 'en')).toEqual({ value: 12, min: 12, max: 12 });
  });
});
