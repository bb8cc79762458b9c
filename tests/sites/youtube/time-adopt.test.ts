// YouTube's age words adopted from the worker (lib/sites/youtube/time.ts adoptAgeWords) are the ones the
// page would learn from Intl itself, through a message's JSON, and a page that adopted them reads ages and
// dates making no Intl format at all (its Pacific noon is worked out from the US rules, checked here).
import { describe, expect, it, vi } from 'vitest';
import type { ContentSend } from '@/lib/protocol/messages';
import type { WordsKind } from '@/lib/sites/shared/time/words';
import { countIntlMade, restoreIntlAfterEach } from '../intl-made';

/** YouTube's time module as a page starts it: nothing learned or adopted yet. */
async function freshPage() {
  vi.resetModules();
  return import('@/lib/sites/youtube/time');
}

const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;
restoreIntlAfterEach();

describe('YouTube age words adopted from the worker', () => {
  // English, a genitive-month language, one written right to left, one without spaces.
  it.each(['en', 'de', 'ru', 'ar', 'ja'])(
    '%s: the words built from the message are the ones the page learns',
    async (tag) => {
      const worker = await freshPage();
      const wire = JSON.parse(JSON.stringify(worker.ageWordsOf(tag)));
      const learned = await freshPage();
      const page = await freshPage();
      page.adoptAgeWords(tag, wire);
      expect(page.ageWordsOf(tag)).toEqual(learned.ageWordsOf(tag));
    },
  );

  it('a page that adopted them reads "vor 3 Tagen", "3 days ago" and "15.08.2021" making no Intl format', async () => {
    const worker = await freshPage();
    const wire = JSON.parse(JSON.stringify(worker.ageWordsOf('de')));
    const page = await freshPage();
    page.adoptAgeWords('de', wire);
    const made = countIntlMade('RelativeTimeFormat', 'PluralRules', 'DateTimeFormat');
    // Floored ages: the middle of the day they stand for. English's forms come with every locale's.
    expect(page.timeOf('vor 3 Tagen', 'de', NOW)).toEqual({ at: NOW - 3.5 * DAY, precision: DAY / 2 });
    expect(page.timeOf('3 days ago', 'de', NOW)).toEqual({ at: NOW - 3.5 * DAY, precision: DAY / 2 });
    // A date is noon on YouTube's Pacific clock: summer's 19:00 UTC, winter's 20:00.
    expect(page.timeOf('15.08.2021', 'de', NOW)).toEqual({
      at: Date.UTC(2021, 7, 15, 19),
      precision: DAY / 2,
    });
    expect(page.timeOf('15.01.2021', 'de', NOW)).toEqual({
      at: Date.UTC(2021, 0, 15, 20),
      precision: DAY / 2,
    });
    expect(made()).toBe(0);
  });
});

describe('the YouTube script as it starts', () => {
  it('asks the worker for age words with its count units, and reads an age with no Intl of its own', async () => {
    vi.resetModules();
    const [{ unitsFor }, { adoptWorkerUnits }, { youtubeAdapter }, time] = await Promise.all([
      import('@/lib/background/unit-tables'),
      import('@/lib/page/read-page'),
      import('@/lib/sites/youtube/adapter'),
      import('@/lib/sites/youtube/time'),
    ]);
    const asked: unknown[] = [];
    const send = (async (_type: string, p: { locales: string[]; words?: WordsKind }) => {
      asked.push(p);
      // Through JSON, as a message is.
      return JSON.parse(JSON.stringify(unitsFor(p.locales, p.words)));
    }) as unknown as ContentSend;
    await adoptWorkerUnits(send, 'fr', youtubeAdapter);
    expect(asked).toEqual([{ locales: ['fr'], words: 'ages' }]);
    const made = countIntlMade('RelativeTimeFormat', 'PluralRules', 'DateTimeFormat');
    expect(time.timeOf('il y a 2 semaines', 'fr', NOW)).toEqual({
      at: NOW - 2.5 * 7 * DAY,
      precision: 3.5 * DAY,
    });
    expect(made()).toBe(0);
  });
});

describe("YouTube's Pacific dates without Intl", () => {
  it('tells daylight time at noon of every day of 2005-2035 as Intl does in America/Los_Angeles', async () => {
    const { pacificSummer } = await freshPage();
    const hour = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Los_Angeles',
      hour: 'numeric',
      hour12: false,
    });
    const wrong: string[] = [];
    for (let t = Date.UTC(2005, 0, 1, 12); t < Date.UTC(2036, 0, 1); t += DAY)
      // 12:00 UTC is 05:00 on Pacific daylight time, 04:00 on standard time.
      if (pacificSummer(t) !== (Number(hour.format(t)) === 5))
        wrong.push(new Date(t).toISOString().slice(0, 10));
    expect(wrong).toEqual([]);
  });
});
