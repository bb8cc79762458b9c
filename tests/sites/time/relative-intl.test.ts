// parseRelativeTime reads back what Intl.RelativeTimeFormat writes, keeping half a unit where a digit shows.
import { describe, expect, it } from 'vitest';
import { parseRelativeTime } from '@/lib/sites/shared/time/relative';
import { GRID_LOCALES } from './grid-locales';
import { NOW, UNIT, type Unit } from './relative-units';

// Round trip through Intl itself (grid-locales.ts): every locale, unit, style, numeric mode and plural form.
const GRID_NUMBERS = [1, 2, 3, 4, 5, 7, 11, 12, 21, 22, 25, 100];

describe('parseRelativeTime: Intl round trip', () => {
  it.each(GRID_LOCALES)('reads back everything Intl writes in %s', (locale) => {
    const failures: string[] = [];
    let checked = 0;
    for (const style of ['long', 'short', 'narrow'] as const) {
      for (const numeric of ['always', 'auto'] as const) {
        const f = new Intl.RelativeTimeFormat(locale, { style, numeric });
        for (const unit of Object.keys(UNIT) as Unit[]) {
          for (const n of GRID_NUMBERS) {
            const text = f.format(-n, unit);
            const r = parseRelativeTime(text, locale, NOW);
            checked++;
            const ok =
              r !== null &&
              Math.abs(NOW - r.at - n * UNIT[unit]) < 1 &&
              (Math.abs(r.precision - UNIT[unit] / 2) < 1 || Math.abs(r.precision - UNIT[unit]) < 1);
            if (!ok) failures.push(`${style}/${numeric} ${JSON.stringify(text)}`);
          }
        }
      }
    }
    expect(checked).toBe(3 * 2 * 7 * GRID_NUMBERS.length);
    expect(failures).toEqual([]);
  });

  it('keeps half a unit for every form that shows a digit', () => {
    for (const locale of ['en', 'de', 'ja', 'ar-EG', 'ru']) {
      const f = new Intl.RelativeTimeFormat(locale, { style: 'short' });
      for (const unit of Object.keys(UNIT) as Unit[]) {
        expect(parseRelativeTime(f.format(-5, unit), locale, NOW)?.precision).toBeCloseTo(UNIT[unit] / 2, 0);
      }
    }
  });
});
