// The LinkedIn adapter reading a card's counts (other languages, abbreviated, unreadable) and its time (from
// the activity id, else the age shown).
import { describe, expect, it } from 'vitest';
import { metricOfText } from '@/lib/sites/linkedin/counts';
import { fixture, legacyCard, page, readFirst, useCleanup } from './setup';

useCleanup();

describe('counts', () => {
  it('in French, with a narrow no-break space grouping', () => {
    const r = readFirst(
      page(legacyCard({ reactions: '1\u202f234 réactions', comments: '56 commentaires' }), 'fr'),
      'fr',
    );
    expect(r.ok && r.post.metrics).toEqual({
      likes: { value: 1234, min: 1234, max: 1234 },
      comments: { value: 56, min: 56, max: 56 },
    });
  });

  it('abbreviated in the current markup, kept as the range they stand for', () => {
    const html = fixture('home-feed-current.html').replace(
      'aria-label="1,342 reactions"',
      'aria-label="1.2K reactions"',
    );
    const r = readFirst(html);
    expect(r.ok && r.post.metrics.likes).toEqual({ value: 1225, min: 1150, max: 1299 });
  });

  it('names a count by the words right after its number, in the languages known', () => {
    expect(metricOfText('12 reposts of Comment Co’s post')).toBe('shares');
    expect(metricOfText('1.2K reactions')).toBe('likes');
    expect(metricOfText('1,2 mil reacciones')).toBe('likes');
    expect(metricOfText('56 Kommentare zum Beitrag von Lumen Roasters')).toBe('comments');
    expect(metricOfText('2,304 impressions')).toBe('views');
    expect(metricOfText('1,234 views')).toBeNull(); // a video's plays are not impressions
    expect(metricOfText('4,210 followers')).toBeNull();
  });

  it('never takes "Ada Byte and 11 others" for the reactions count', () => {
    const html = page(legacyCard({ reactions: 'Ada Byte and 11 others' })).replace('>x</span>', '></span>');
    const r = readFirst(html);
    expect(!r.ok && r.problem.reason).toBe("the likes count shown can't be read");
  });

  it('a count shown that can’t be read makes the post unreadable, never a zero', () => {
    const r = readFirst(page(legacyCard({ reactions: '1,2,3,4,5,6,7,8,9 reactions' })));
    expect(!r.ok && r.problem.reason).toBe("the likes count shown can't be read");
  });
});

describe('time', () => {
  it('comes from the activity id, exact, whatever the card says', () => {
    const r = readFirst(page(legacyCard({ sub: '3d • Edited •', reactions: '5 reactions' })));
    expect(r.ok && [r.post.publishedAt, r.post.publishedPrecision]).toEqual([
      Date.parse('2026-11-10T09:47:12.318Z'),
      undefined,
    ]);
  });

  it('falls back to the short age shown, with its precision, when the id gives none', () => {
    const early = Date.parse('2026-11-01T12:00:00Z'); // the id's time is then in the future: not plausible
    const r = readFirst(page(legacyCard({ sub: '3d • Edited •', reactions: '5 reactions' })), 'en', early);
    expect(r.ok && [r.post.publishedAt, r.post.publishedPrecision]).toEqual([
      early - 3 * 86400e3,
      12 * 3600e3,
    ]);
    const guest = readFirst(
      fixture('company-guest.html').replaceAll('7525151521209067485', '9925151521209067485'),
      'en',
      early,
    );
    expect(guest.ok && [guest.post.publishedAt, guest.post.publishedPrecision]).toEqual([
      early - 2 * 86400e3,
      12 * 3600e3,
    ]);
    // Other languages' ages are not read (LinkedIn's own reader, see lib/sites/linkedin/time.ts): no time, no guess.
    const de = readFirst(
      page(legacyCard({ sub: '2 Std. • Bearbeitet •', reactions: '5 Reaktionen' }), 'de'),
      'de',
      early,
    );
    expect(de.ok && [de.post.publishedAt, de.post.publishedPrecision]).toEqual([null, undefined]);
  });
});
