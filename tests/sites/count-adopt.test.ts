// The count units a page adopts from the worker (lib/background/unit-tables.ts) build the very table the
// page would have learned from Intl itself, through a message's JSON; a locale without number data stays
// unusable, and the worker hands each unit once.
import { describe, expect, it, vi } from 'vitest';
import { unitsOf } from '@/lib/sites/shared/count/intl';

/** The units module as a page starts it: no table learned or adopted yet. */
async function freshUnits() {
  vi.resetModules();
  return import('@/lib/sites/shared/count/units');
}

// Separators, native digits (Arabic, Bengali), digits that are not Unicode digits (hanidec), split units
// (Burmese), prefixes (Swahili), bare words (French).
const LOCALES = [
  'en',
  'de',
  'fr',
  'hi',
  'ar-EG',
  'bn',
  'ja',
  'zh-TW',
  'zh-u-nu-hanidec',
  'ko',
  'sw',
  'my',
  'tr',
  'ru',
  'es-419',
];

describe('count units adopted from the worker', () => {
  it.each(LOCALES)('%s: the table built from the message is the one the page learns', async (tag) => {
    const learned = (await freshUnits()).localeTable(tag);
    expect(learned).toBeDefined();
    const page = await freshUnits();
    page.adoptUnits(tag, JSON.parse(JSON.stringify(unitsOf(tag))));
    expect(page.localeTable(tag)).toEqual(learned);
  });

  it('hands each unit once: English is 8 units, not its 234 probes', () => {
    const units = unitsOf('en')!.units;
    expect(new Set(units.map((u) => JSON.stringify(u))).size).toBe(units.length);
    expect(units.map((u) => u.post)).toEqual(expect.arrayContaining(['K', 'M', 'B', 'T', 'thousand']));
    expect(units.length).toBeLessThan(20);
  });

  it('a tag without number data is null, and the page takes that word: it learns nothing for the tag', async () => {
    expect(unitsOf('not a tag')).toBeNull();
    const page = await freshUnits();
    page.adoptUnits('de', null); // German has number data: only the adopted null keeps its table away
    expect(page.localeTable('de')).toBeUndefined();
  });
});
