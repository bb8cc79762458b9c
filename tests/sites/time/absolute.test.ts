import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShortDate } from '@/lib/sites/shared/time/absolute';
import { GRID_LOCALES } from './grid-locales';

const MIN = 60_000;
const HALF_DAY = 12 * 60 * MIN;
// Sunday 2025-06-15 10:00 UTC.
const NOW = Date.UTC(2025, 5, 15, 10, 0);

// [text, locale, expected ISO time in UTC, time of day shown]
type Case = [text: string, locale: string, iso: string, timed: boolean];

function expectDate(text: string, locale: string, iso: string, timed: boolean, now = NOW, tz = 'UTC'): void {
  const r = parseShortDate(text, locale, now, tz);
  expect(r, `${JSON.stringify(text)} (${locale})`).not.toBeNull();
  expect(new Date(r?.at ?? 0).toISOString(), JSON.stringify(text)).toBe(iso);
  expect(r?.precision, `${JSON.stringify(text)} precision`).toBe(timed ? MIN : HALF_DAY);
}

describe('parseShortDate: forms sites print', () => {
  const cases: Case[] = [
    // Facebook / Instagram / LinkedIn, English
    ['30 May at 11:02', 'en', '2025-05-30T11:02:00.000Z', true],
    ['May 30 at 11:02 AM', 'en', '2025-05-30T11:02:00.000Z', true],
    ['May 30 at 11:02 PM', 'en', '2025-05-30T23:02:00.000Z', true],
    ['May 30 at 12:15 AM', 'en', '2025-05-30T00:15:00.000Z', true],
    ['May 30 at 12:15 PM', 'en', '2025-05-30T12:15:00.000Z', true],
    ['May 30', 'en', '2025-05-30T12:00:00.000Z', false],
    ['Aug 15, 2021', 'en', '2021-08-15T12:00:00.000Z', false],
    ['15 Aug 2021', 'en', '2021-08-15T12:00:00.000Z', false],
    ['August 15, 2021 at 3:04 PM', 'en', '2021-08-15T15:04:00.000Z', true],
    ['Tuesday, March 4', 'en', '2025-03-04T12:00:00.000Z', false],
    ['Yesterday at 11:02', 'en', '2025-06-14T11:02:00.000Z', true],
    ['Today at 9:30', 'en', '2025-06-15T09:30:00.000Z', true],
    ['yesterday', 'en', '2025-06-14T12:00:00.000Z', false],
    // English month names are understood under any locale
    ['May 30', 'de', '2025-05-30T12:00:00.000Z', false],
    // Other languages
    ['30. Mai um 11:02', 'de', '2025-05-30T11:02:00.000Z', true],
    ['30. Mai', 'de', '2025-05-30T12:00:00.000Z', false],
    ['15. Aug. 2021', 'de', '2021-08-15T12:00:00.000Z', false],
    ['Gestern um 11:02', 'de', '2025-06-14T11:02:00.000Z', true],
    ['vorgestern um 8:00', 'de', '2025-06-13T08:00:00.000Z', true],
    ['15 août 2021 à 11:02', 'fr', '2021-08-15T11:02:00.000Z', true],
    ['5 sept.', 'fr', '2024-09-05T12:00:00.000Z', false],
    ['15 de agosto de 2021 a las 11:02', 'es', '2021-08-15T11:02:00.000Z', true],
    ['30 de mayo', 'es', '2025-05-30T12:00:00.000Z', false],
    ['15 de ago. de 2021', 'pt-BR', '2021-08-15T12:00:00.000Z', false],
    ['15 agosto', 'it', '2024-08-15T12:00:00.000Z', false],
    ['15 aug 2021', 'nl', '2021-08-15T12:00:00.000Z', false],
    ['2021年8月15日', 'ja', '2021-08-15T12:00:00.000Z', false],
    ['5月30日', 'ja', '2025-05-30T12:00:00.000Z', false],
    ['12月1日', 'ja', '2024-12-01T12:00:00.000Z', false],
    ['5月30日 11:02', 'zh-CN', '2025-05-30T11:02:00.000Z', true],
    ['2021年8月15日 下午3:04', 'zh-TW', '2021-08-15T15:04:00.000Z', true],
    ['2021년 8월 15일', 'ko', '2021-08-15T12:00:00.000Z', false],
    ['8월 15일 오후 3:04', 'ko', '2024-08-15T15:04:00.000Z', true],
    ['8월 15일 PM 3:04', 'ko', '2024-08-15T15:04:00.000Z', true],
    ['8月15日 午後3:04', 'ja', '2024-08-15T15:04:00.000Z', true],
    ['15 августа', 'ru', '2024-08-15T12:00:00.000Z', false], // genitive
    ['15 авг. 2021 г., 11:02', 'ru', '2021-08-15T11:02:00.000Z', true],
    ['15 sierpnia 2021', 'pl', '2021-08-15T12:00:00.000Z', false], // genitive
    ['15 Ağustos', 'tr', '2024-08-15T12:00:00.000Z', false],
    ['١٥ أغسطس ٢٠٢١', 'ar', '2021-08-15T12:00:00.000Z', false], // Arabic-Indic digits
    ['\u200f15 أغسطس\u200f', 'ar', '2024-08-15T12:00:00.000Z', false],
    ['15 באוגוסט', 'he', '2024-08-15T12:00:00.000Z', false], // preposition glued to the month
    ['15 अगस्त 2021', 'hi', '2021-08-15T12:00:00.000Z', false],
    ['15 สิงหาคม 2564', 'th', '2021-08-15T12:00:00.000Z', false], // Buddhist era
    ['15. elokuuta klo 11.02', 'fi', '2024-08-15T11:02:00.000Z', true],
    ['15 tháng 8', 'vi', '2024-08-15T12:00:00.000Z', false],
    ['May\u00a030 at 11:02\u202fAM', 'en', '2025-05-30T11:02:00.000Z', true],
    // TikTok and numeric dates
    ['5-30', 'en', '2025-05-30T12:00:00.000Z', false],
    ['5-30', 'de', '2025-05-30T12:00:00.000Z', false],
    ['2021-5-30', 'en', '2021-05-30T12:00:00.000Z', false],
    ['2021-05-30', 'ja', '2021-05-30T12:00:00.000Z', false],
    ['8/15/2021', 'en', '2021-08-15T12:00:00.000Z', false],
    ['15/8/2021', 'fr', '2021-08-15T12:00:00.000Z', false],
    ['15.08.2021', 'de', '2021-08-15T12:00:00.000Z', false],
    ['30.5.', 'de', '2025-05-30T12:00:00.000Z', false],
  ];
  it.each(cases)('%s (%s) → %s', (text, locale, iso, timed) => expectDate(text, locale, iso, timed));
});

describe('parseShortDate: year inference', () => {
  // Friday 2026-01-02 09:00 UTC
  const jan2 = Date.UTC(2026, 0, 2, 9);
  it.each([
    ['30 Dec', '2025-12-30T12:00:00.000Z', false],
    ['Dec 31 at 11:59 PM', '2025-12-31T23:59:00.000Z', true],
    ['1 Jan', '2026-01-01T12:00:00.000Z', false],
    ['Jan 2 at 8:00 AM', '2026-01-02T08:00:00.000Z', true],
    ['Jan 2 at 11:00 PM', '2026-01-02T23:00:00.000Z', true], // later today: within the day of slack
    ['Jan 3', '2025-01-03T12:00:00.000Z', false], // 27 h ahead: last year's
  ] as const)('%s at 2026-01-02 → %s', (text, iso, timed) => expectDate(text, 'en', iso, timed, jan2));

  it('takes Feb 29 from the last leap year', () => {
    expectDate('Feb 29', 'en', '2024-02-29T12:00:00.000Z', false, Date.UTC(2026, 5, 1));
  });

  it('reads "yesterday" across New Year', () => {
    expectDate('Yesterday at 10:00', 'en', '2025-12-31T10:00:00.000Z', true, Date.UTC(2026, 0, 1, 9));
  });
});

describe('parseShortDate: time zones', () => {
  it.each([
    ['Europe/Berlin', '2025-05-30T09:02:00.000Z'], // CEST, UTC+2
    ['America/New_York', '2025-05-30T15:02:00.000Z'], // EDT, UTC-4
    ['Asia/Tokyo', '2025-05-30T02:02:00.000Z'],
    ['Asia/Kolkata', '2025-05-30T05:32:00.000Z'],
  ])('reads wall-clock time in %s', (tz, iso) => {
    expectDate('30 May at 11:02', 'en', iso, true, NOW, tz);
  });

  it('uses winter time in winter and summer time after the change', () => {
    expectDate('Mar 29 at 12:00', 'en', '2025-03-29T11:00:00.000Z', true, NOW, 'Europe/Berlin');
    expectDate('Mar 30 at 12:00', 'en', '2025-03-30T10:00:00.000Z', true, NOW, 'Europe/Berlin');
  });

  it('finds the offset of hours next to a DST change', () => {
    // Taking the offset at the wall time read as UTC would land an hour off on both.
    expectDate('Oct 26, 2025 at 1:30 AM', 'en', '2025-10-25T23:30:00.000Z', true, NOW, 'Europe/Berlin');
    expectDate('Mar 9, 2025 at 5:00 AM', 'en', '2025-03-09T09:00:00.000Z', true, NOW, 'America/New_York');
  });

  it('takes "today" in the page zone, not in UTC', () => {
    // 2026-01-02 16:00 UTC is already 2026-01-03 01:00 in Tokyo: yesterday there is Jan 2.
    const now = Date.UTC(2026, 0, 2, 16);
    expectDate('Yesterday at 23:30', 'en', '2026-01-02T14:30:00.000Z', true, now, 'Asia/Tokyo');
    expectDate('Yesterday at 23:30', 'en', '2026-01-01T23:30:00.000Z', true, now, 'UTC');
  });

  it('defaults to the runtime zone', () => {
    const local = new Date(2021, 7, 15, 12).getTime(); // noon, runtime's local time
    expect(parseShortDate('Aug 15, 2021', 'en', NOW)?.at).toBe(local);
  });

  it('returns null for an unknown zone', () => {
    expect(parseShortDate('Aug 15, 2021', 'en', NOW, 'Not/AZone')).toBeNull();
  });
});

describe('parseShortDate: not a date', () => {
  it.each([
    '',
    '  ',
    '3',
    '2021',
    '3 likes',
    '3h',
    '3 hours ago',
    '11:02',
    'at 11:02 PM',
    'May',
    'Monday',
    'May 2021',
    'May 32',
    'Feb 30, 2021',
    'Feb 29, 2025',
    '13-40',
    '2021-13-01',
    'May 30 June 2',
    'May 30 at 11:02 at 12:00',
    'May 30 at 25:00',
    'May 30 at 13:00 PM',
    'May 30, 1850',
    'hello world',
    'Mayday 30',
    '1.2K',
    'PM',
  ])('%j → null', (text) => {
    expect(parseShortDate(text, 'en', NOW, 'UTC')).toBeNull();
  });

  it('rejects overlong text and a non-finite now', () => {
    expect(parseShortDate(`May 30 ${'x'.repeat(200)}`, 'en', NOW, 'UTC')).toBeNull();
    expect(parseShortDate('May 30', 'en', Number.NaN, 'UTC')).toBeNull();
  });

  it('never throws, and dates without a year are never more than a day ahead', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 30 }),
          fc
            .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom(' May', '. Mai', '月', '-'), fc.nat(40))
            .map(([a, mid, b]) => `${a}${mid}${b}`),
        ),
        fc.constantFrom('en', 'de', 'ja', 'ar', 'x-?'),
        (text, locale) => {
          const r = parseShortDate(text, locale, NOW, 'UTC');
          if (r && !/\d{4}/.test(text)) expect(r.at).toBeLessThanOrEqual(NOW + 24 * 60 * MIN);
        },
      ),
      { numRuns: 500 },
    );
  });
});

// Round trip through Intl: what Intl writes for a date, in ~50 locales (grid-locales.ts), reads back to that date.
// Persian dates are written in the Solar Hijri calendar unless the Gregorian one is asked for: the sites
// show Gregorian dates.
const DATE_LOCALES = GRID_LOCALES.map((l) => (l === 'fa' ? 'fa-u-ca-gregory' : l));
const GRID_FORMATS: [name: string, options: Intl.DateTimeFormatOptions, timed: boolean][] = [
  ['month long', { month: 'long', day: 'numeric' }, false],
  ['month short', { month: 'short', day: 'numeric' }, false],
  ['long with year', { year: 'numeric', month: 'long', day: 'numeric' }, false],
  ['short with year', { year: 'numeric', month: 'short', day: 'numeric' }, false],
  ['long with time', { month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }, true],
  ['medium date-time', { dateStyle: 'medium', timeStyle: 'short' }, true],
  ['long date-time', { dateStyle: 'long', timeStyle: 'short' }, true],
  ['numeric', { year: 'numeric', month: 'numeric', day: 'numeric' }, false],
];

describe('parseShortDate: Intl round trip', () => {
  const now = Date.UTC(2025, 11, 20, 10);
  it.each(DATE_LOCALES)('reads back what Intl writes in %s', (locale) => {
    const failures: string[] = [];
    for (const [name, options, timed] of GRID_FORMATS) {
      const f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      for (let month = 0; month < 12; month++) {
        for (const day of [1, 9, 28]) {
          // Dec 28 without a year is after `now` + 1 day: it must be read as last year's.
          const year = month === 11 && day === 28 ? 2024 : 2025;
          const want = Date.UTC(year, month, day, timed ? (month % 2 ? 17 : 9) : 12, timed ? 5 : 0);
          const text = f.format(want);
          const r = parseShortDate(text, locale, now, 'UTC');
          if (r?.at !== want || r.precision !== (timed ? MIN : HALF_DAY))
            failures.push(`${name} ${JSON.stringify(text)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
