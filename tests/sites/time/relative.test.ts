// parseRelativeTime on what pages write: hand-written forms by language, the sites' compact forms,
// Intl's numeric:'auto' words, and text that is no relative time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRelativeTime } from '@/lib/sites/shared/time/relative';
import { D, H, NOW, S, UNIT, type Unit } from './relative-units';

// [text, locale, n, unit]: expects at = NOW - n units, precision = half a unit.
type Case = [text: string, locale: string, n: number, unit: Unit];

function expectAgo(text: string, locale: string, n: number, unit: Unit, precision = UNIT[unit] / 2): void {
  const r = parseRelativeTime(text, locale, NOW);
  expect(r, `${JSON.stringify(text)} (${locale})`).not.toBeNull();
  expect(NOW - (r?.at ?? 0), `${JSON.stringify(text)} (${locale}) age`).toBeCloseTo(n * UNIT[unit], 0);
  expect(r?.precision, `${JSON.stringify(text)} (${locale}) precision`).toBeCloseTo(precision, 0);
}

describe('parseRelativeTime: hand-written, by language', () => {
  const cases: Case[] = [
    ['3 hours ago', 'en', 3, 'hour'],
    ['2 days ago', 'en-GB', 2, 'day'],
    ['5 min. ago', 'en', 5, 'minute'],
    ['1 yr. ago', 'en', 1, 'year'],
    ['vor 3 Stunden', 'de', 3, 'hour'],
    ['vor 3 Std.', 'de', 3, 'hour'],
    ['vor 2 Tagen', 'de', 2, 'day'],
    ['3 Std.', 'de', 3, 'hour'], // X in German: no "vor"
    ['il y a 3 heures', 'fr', 3, 'hour'],
    ['il y a 2 j', 'fr', 2, 'day'],
    ['-5 min', 'fr', 5, 'minute'],
    ['3 h', 'fr', 3, 'hour'],
    ['hace 2 días', 'es', 2, 'day'],
    ['hace 3 h', 'es', 3, 'hour'],
    ['hace 4 meses', 'es', 4, 'month'],
    ['há 2 dias', 'pt-BR', 2, 'day'],
    ['há 5 min.', 'pt-BR', 5, 'minute'],
    ['3 ore fa', 'it', 3, 'hour'],
    ['2 settimane fa', 'it', 2, 'week'],
    ['3 uur geleden', 'nl', 3, 'hour'],
    ['5 minuten geleden', 'nl', 5, 'minute'],
    ['3時間前', 'ja', 3, 'hour'],
    ['3 時間前', 'ja', 3, 'hour'],
    ['2日前', 'ja', 2, 'day'],
    ['3時間', 'ja', 3, 'hour'], // X in Japanese: no 前
    ['3小时前', 'zh-CN', 3, 'hour'],
    ['5分钟前', 'zh-CN', 5, 'minute'],
    ['3 小時前', 'zh-TW', 3, 'hour'],
    ['2 天前', 'zh-TW', 2, 'day'],
    ['3시간 전', 'ko', 3, 'hour'],
    ['2일 전', 'ko', 2, 'day'],
    ['3 часа назад', 'ru', 3, 'hour'],
    ['5 минут назад', 'ru', 5, 'minute'],
    ['21 день назад', 'ru', 21, 'day'],
    ['2 дн. назад', 'ru', 2, 'day'],
    ['3 godziny temu', 'pl', 3, 'hour'],
    ['5 minut temu', 'pl', 5, 'minute'],
    ['22 dni temu', 'pl', 22, 'day'],
    ['3 saat önce', 'tr', 3, 'hour'],
    ['2 gün önce', 'tr', 2, 'day'],
    ['قبل ٣ ساعات', 'ar', 3, 'hour'], // Arabic-Indic digits
    ['قبل ١١ يومًا', 'ar', 11, 'day'],
    ['قبل 3 ساعات', 'ar', 3, 'hour'],
    ['قبل يومين', 'ar', 2, 'day'], // dual: no digit at all
    ['قبل ساعة واحدة', 'ar', 1, 'hour'],
    ['3 घंटे पहले', 'hi', 3, 'hour'],
    ['3 घं॰ पहले', 'hi', 3, 'hour'],
    ['२ दिन पहले', 'hi', 2, 'day'], // Devanagari digits
    ['৩ ঘণ্টা আগে', 'bn', 3, 'hour'],
    ['۳ ساعت پیش', 'fa', 3, 'hour'],
    ['לפני 3 שעות', 'he', 3, 'hour'],
  ];
  it.each(cases)('%s (%s) is %i %s ago', (text, locale, n, unit) => expectAgo(text, locale, n, unit));
});

describe('parseRelativeTime: compact site forms (X, LinkedIn, Facebook, Instagram)', () => {
  const cases: Case[] = [
    ['3h', 'en', 3, 'hour'],
    ['5m', 'en', 5, 'minute'],
    ['45s', 'en', 45, 'second'],
    ['2d', 'en', 2, 'day'],
    ['1w', 'en', 1, 'week'],
    ['4mo', 'en', 4, 'month'],
    ['1y', 'en', 1, 'year'],
    ['12 min', 'en', 12, 'minute'],
    ['3 hrs', 'en', 3, 'hour'],
    ['3 hrs ago', 'en', 3, 'hour'],
    ['3 hr ago', 'en', 3, 'hour'], // abbreviation dot dropped
    ['3H', 'en', 3, 'hour'],
    ['3d • Edited', 'en', 3, 'day'],
    ['3d • Edited •', 'en', 3, 'day'],
    ['Edited · 2w', 'en', 2, 'week'],
    ['@someone · 3h', 'en', 3, 'hour'],
    ['3d', 'de', 3, 'day'], // English forms work under every locale
    ['3h', 'ja', 3, 'hour'],
    ['3 days ago', 'ru', 3, 'day'],
    ['an hour ago', 'en', 1, 'hour'],
    ['a day ago', 'en', 1, 'day'],
    // Spaces and marks pages put in: NBSP, NNBSP, RLM, LRM.
    ['3\u00a0Std.', 'de', 3, 'hour'],
    ['il y a 3\u202fh', 'fr', 3, 'hour'],
    ['\u200fقبل ٣ ساعات\u200f', 'ar', 3, 'hour'],
    ['\u200e3h\u200e', 'en', 3, 'hour'],
    ['  3h  ', 'en', 3, 'hour'],
  ];
  it.each(cases)('%s (%s) is %i %s ago', (text, locale, n, unit) => expectAgo(text, locale, n, unit));
});

describe("parseRelativeTime: numeric:'auto' words", () => {
  // Calendar words span a whole unit ("yesterday" at 23:00 may be 47 h back).
  const calendar: [string, string, number, Unit][] = [
    ['yesterday', 'en', 1, 'day'],
    ['Yesterday', 'en', 1, 'day'],
    ['gestern', 'de', 1, 'day'],
    ['vorgestern', 'de', 2, 'day'],
    ['hier', 'fr', 1, 'day'],
    ['ayer', 'es', 1, 'day'],
    ['昨日', 'ja', 1, 'day'],
    ['昨天', 'zh-CN', 1, 'day'],
    ['어제', 'ko', 1, 'day'],
    ['вчера', 'ru', 1, 'day'],
    ['wczoraj', 'pl', 1, 'day'],
    ['dün', 'tr', 1, 'day'],
    ['أمس', 'ar', 1, 'day'],
    ['last week', 'en', 1, 'week'],
    ['letzte Woche', 'de', 1, 'week'],
    ['last month', 'en', 1, 'month'],
    // English UI strings leak into every locale's pages: Intl's English words are learnt after the page's own.
    ['yesterday', 'de', 1, 'day'],
    ['last week', 'ja', 1, 'week'],
  ];
  it.each(calendar)('%s (%s) is %i %s ago ± 1 unit', (text, locale, n, unit) =>
    expectAgo(text, locale, n, unit, UNIT[unit]),
  );

  // "now" is within the last minute: NOW - 30 s ± 30 s.
  it.each([
    ['now', 'en'],
    ['Just now', 'en'],
    ['jetzt', 'de'],
    ['ahora', 'es'],
    ['maintenant', 'fr'],
    ['今', 'ja'],
    ['сейчас', 'ru'],
  ])('%s (%s) is within the last minute', (text, locale) => {
    expect(parseRelativeTime(text, locale, NOW)).toEqual({ at: NOW - 30 * S, precision: 30 * S });
  });

  it('does not know "just now" words Intl lacks (zh 刚刚, de "gerade eben")', () => {
    expect(parseRelativeTime('刚刚', 'zh-CN', NOW)).toBeNull();
    expect(parseRelativeTime('gerade eben', 'de', NOW)).toBeNull();
  });

  it('reads "today" as the last day', () => {
    expect(parseRelativeTime('today', 'en', NOW)).toEqual({ at: NOW - 12 * H, precision: 12 * H });
  });
});

describe('parseRelativeTime: not a relative time', () => {
  it.each([
    ['', 'en'],
    ['   ', 'en'],
    ['3', 'en'],
    ['2021', 'en'],
    ['3 likes', 'en'],
    ['1.2K', 'en'],
    ['3h 5m', 'en'],
    ['May 30', 'en'],
    ['30 May at 11:02', 'en'],
    ['Yesterday at 11:02', 'en'],
    ['2021-05-30', 'en'],
    ['Edited', 'en'],
    ['•', 'en'],
    ['3 Kommentare', 'de'],
    ['3 件', 'ja'],
    ['in 3 hours', 'en'], // future
    ['vor', 'de'],
    ['hours ago', 'en'],
  ])('%j (%s) → null', (text, locale) => {
    expect(parseRelativeTime(text, locale, NOW)).toBeNull();
  });

  it('falls back to English for a tag Intl rejects', () => {
    expect(parseRelativeTime('3d', 'not a locale!', NOW)).toEqual({ at: NOW - 3 * D, precision: 12 * H });
    expect(parseRelativeTime('3 days ago', '', NOW)).toEqual({ at: NOW - 3 * D, precision: 12 * H });
    expect(parseRelativeTime('vor 3 Tagen', 'not a locale!', NOW)).toBeNull();
  });

  it('rejects a non-finite now and overlong text', () => {
    expect(parseRelativeTime('3h', 'en', Number.NaN)).toBeNull();
    expect(parseRelativeTime(`3h ${'x'.repeat(500)}`, 'en', NOW)).toBeNull();
  });

  it('never throws and never reads a time after now', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.constantFrom('en', 'de', 'ja', 'ar', 'x-?'),
        (text, locale) => {
          const r = parseRelativeTime(text, locale, NOW);
          if (r) {
            expect(r.at).toBeLessThanOrEqual(NOW);
            expect(r.precision).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
