// The TikTok adapter on real captured pages, read from ../shared/fixtures/real/tiktok when present. Expected values
// are read off the markup by hand (SOURCES.md there), independently of this code. Each behaviour shown here is also
// shown by a project fixture (foryou-2022.html, video-2022.html), so it is tested without ../shared too.
import { describe, expect, it } from 'vitest';
import { tiktokAdapter as adapter } from '@/lib/sites/tiktok/adapter';
import { readActionCounts } from '@/lib/sites/tiktok/counts';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';
import { hasReal, readReal } from '@/tests/sites/shared-fixtures';

const exact = (n: number) => ({ value: n, min: n, max: n });

describe.skipIf(!hasReal)('TikTok adapter on real captures', () => {
  const FORYOU_AUTHORS = [
    'yuuna_1210',
    'kelly.cruz.67',
    'billel_grh',
    '7_footskills',
    'beenyvd',
    'laurencia974',
    'shaq',
    'emmarenucci_',
    'millesime_k',
  ];

  it('finds the 9 For You items and stores none: no item names its video', async () => {
    const html = readReal('tiktok/foryou-feed.html');
    const r = await extractPage(html, 'https://www.tiktok.com/', {
      adapter,
      now: Date.parse('2022-03-15T00:00:00Z'),
    });
    expect(r.viewer).toBeNull(); // logged out
    expect(r.pageAccount).toBeNull();
    expect(r.posts).toEqual([]);
    const items = r.problems.filter((p) => !('page' in p));
    expect(items.map((p) => [p.author, p.id, p.reason])).toEqual(
      FORYOU_AUTHORS.map((a) => [a, undefined, 'no video id in the page']),
    );
    expect(r.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no video id in the page',
    });
    // The music links' 19-digit ids are not taken for video ids.
    expect(JSON.stringify(r)).not.toContain('7036689888661506817');
  });

  it('reads every For You item’s counts as the text shows them: exact below 10,000, else a range', async () => {
    const page = parsePage(readReal('tiktok/foryou-feed.html'), 'https://www.tiktok.com/');
    try {
      const items = adapter.findPosts(adapter.feedRoot(page.document)!);
      const read = items.map((el) => {
        const c = readActionCounts(el, 'en');
        return c.ok ? c.metrics : null;
      });
      const values = read.map((m) => [m?.likes?.value, m?.comments?.value, m?.shares?.value]);
      expect(values).toEqual([
        [10250, 236, 167],
        [76325, 1171, 262],
        [7582, 220, 173],
        [2225000, 9521, 9516],
        [578225, 1508, 296],
        [73125, 1466, 299],
        [787425, 15225, 22225],
        [10125, 21, 6],
        [12125, 377, 365],
      ]);
      expect(read[0]!.likes).toEqual({ value: 10250, min: 9500, max: 10999 }); // "10K"
      expect(read[1]!.likes).toEqual({ value: 76325, min: 76250, max: 76399 }); // "76.3K"
      expect(read[2]!.likes).toEqual(exact(7582));
      expect(read[3]!.comments).toEqual(exact(9521));
      // No bookmark count in the 2022 feed: absent, not 0.
      expect(read.every((m) => m && m.saves === undefined && m.views === undefined)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('reads the 2022 video page’s video, not its 20 comments’ like counts', async () => {
    const html = readReal('tiktok/video-page-2022.html');
    const url = 'https://www.tiktok.com/@merveilleux123/video/7135383664971582725';
    const r = await extractPage(html, url, { adapter, now: Date.parse('2022-08-30T10:52:42Z') });
    expect(r.viewer).toBe('user7019470759034'); // SIGI_STATE AppContext.appContext.user
    expect(r.pageAccount).toBe('merveilleux123');
    expect(r.problems).toEqual([]);
    expect(r.health).toEqual({ state: 'reading', posts: 1, own: 0, unreadable: 0 });
    expect(r.posts).toEqual([
      {
        id: '7135383664971582725',
        url,
        author: 'merveilleux123',
        own: false,
        // From the id (top 32 bits); the page's JSON says createTime 1661335981, 10 s later.
        publishedAt: '2022-08-24T10:12:51.000Z',
        format: 'video',
        // The description: its tags are links whose words follow the text with no space in the markup.
        text: 'Compétences de vie #tiktok #fyp #pourtoi #foryou #compétences',
        metrics: {
          likes: { value: 217225, min: 217150, max: 217299 }, // "217.2K"
          comments: exact(801),
          shares: { value: 105625, min: 105550, max: 105699 }, // "105.6K"
        },
      },
    ]);
    // The comments (ids like 7136970338026177286, like counts 216, 417…) are not posts and lend no count.
    expect(JSON.stringify(r)).not.toContain('7136970338026177286');
    // Nor are their words, nor the sound's name, the video's text.
    expect(r.posts[0]?.text).not.toMatch(/Mersi|son original/);
    const page = parsePage(html, url);
    try {
      expect(page.document.querySelectorAll('[data-e2e="comment-like-count"]').length).toBe(20);
      expect(adapter.pageAccount(page.document, new URL(url))?.managed ?? false).toBe(false);
    } finally {
      await page.close();
    }
  });
});
