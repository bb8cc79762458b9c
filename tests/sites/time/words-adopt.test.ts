// The time words a page adopts from the worker (lib/sites/shared/time/words.ts) are the very vocabularies
// the page would learn from Intl itself, through a message's JSON; a page that adopted them reads written
// times making no Intl date or relative-time format at all.
import { describe, expect, it, vi } from 'vitest';
import { timeWordsOf } from '@/lib/sites/shared/time/words';
import { countIntlMade, restoreIntlAfterEach } from '../intl-made';

/** The time modules as a page starts them: nothing learned or adopted yet. */
async function freshPage() {
  vi.resetModules();
  const [dates, relative, words, absolute, ago] = await Promise.all([
    import('@/lib/sites/shared/time/date-vocab'),
    import('@/lib/sites/shared/time/relative-vocab'),
    import('@/lib/sites/shared/time/words'),
    import('@/lib/sites/shared/time/absolute'),
    import('@/lib/sites/shared/time/relative'),
  ]);
  return { dates, relative, words, absolute, ago };
}

const NOW = Date.UTC(2026, 10, 20, 12);
restoreIntlAfterEach();

describe('time words adopted from the worker', () => {
  // English, a genitive-month language, one written right to left, one without spaces, Thai's era.
  it.each(['en', 'de', 'ru', 'ar', 'ja', 'th'])(
    '%s: the vocabularies built from the message are the ones the page learns',
    async (tag) => {
      const learned = await freshPage();
      const page = await freshPage();
      page.words.adoptTimeWords(tag, JSON.parse(JSON.stringify(timeWordsOf(tag))));
      expect(page.dates.dateVocab(tag)).toEqual(learned.dates.dateVocab(tag));
      expect(page.relative.relativeVocab(tag)).toEqual(learned.relative.relativeVocab(tag));
    },
  );

  it('a page that adopted them reads "4d" and "30 May at 11:02" making no Intl time format', async () => {
    const wire = JSON.parse(JSON.stringify(timeWordsOf('en-GB')));
    const page = await freshPage();
    page.words.adoptTimeWords('en-GB', wire);
    const made = countIntlMade('DateTimeFormat', 'RelativeTimeFormat');
    expect(page.ago.parseRelativeTime('4d', 'en-GB', NOW)?.at).toBe(NOW - 4 * 86_400_000);
    expect(page.absolute.parseShortDate('30 May at 11:02', 'en-GB', NOW, 'UTC')?.at).toBe(
      Date.UTC(2026, 4, 30, 11, 2),
    );
    // Zone arithmetic (wallClock) uses one en-US format of its own; learning would make dozens.
    expect(made()).toBeLessThanOrEqual(1);
  });
});
