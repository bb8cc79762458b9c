// The Facebook adapter on the real captured post page, read through
// tests/sites/shared-fixtures.ts when present.
// Expected values are SOURCES.md's, read off the markup by hand, independently of this code.
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';
import { FB } from '@/lib/sites/facebook/selectors';
import { everySelector } from '@/lib/sites/selector';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';
import { hasReal, readReal } from '@/tests/sites/shared-fixtures';

const exact = (n: number) => ({ value: n, min: n, max: n });
const ID = 'pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl';
const URL_ = `https://www.facebook.com/salmanmd.sultan.1/posts/${ID}`;
// The capture is from about a week after the post ("a week ago" on its comments).
const NOW = Date.parse('2025-06-06T12:00:00Z');

describe.skipIf(!hasReal)('Facebook adapter on the real post page capture', () => {
  const html = () => readReal('facebook/post-page.html');
  const read = (page = html()) => extractPage(page, URL_, { adapter: facebookAdapter, now: NOW });

  it('reads the one post: id, author, exact counts, and the exact time from the page’s JSON', async () => {
    const r = await read();
    expect(r.platform).toBe('facebook');
    expect(r.problems).toEqual([]);
    expect(r.health).toEqual({ state: 'reading', posts: 1, own: 0, unreadable: 0 });
    // The message, a line per div; "See more" is a button, not its words; the page shows it cut ("…").
    const text = r.posts[0]?.text ?? '';
    expect(text.startsWith('Closed ঈদ উপলক্ষে System Design')).toBe(true);
    expect(text).toContain(' course announcement Ekhonkar ');
    expect(text).toContain('AI AGENT DEVELOPMENT, CHATBOT development');
    expect(text.endsWith(' …')).toBe(true);
    expect(text).not.toContain('See more');
    expect(r.posts).toEqual([
      {
        id: ID,
        text,
        url: URL_,
        author: 'salmanmd.sultan.1',
        own: false,
        // creation_time 1748581325; the page shows only "30 May at 11:02" (the visitor's clock, UTC+6).
        publishedAt: '2025-05-30T05:02:05.000Z',
        format: 'text',
        // "All reactions:" 369 (Love 181 + Like 162 + Care 23 are only the top three), 782 comments, 114 shares.
        metrics: { likes: exact(369), comments: exact(782), shares: exact(114) },
        reactions: [
          { name: 'Love', count: exact(181) },
          { name: 'Like', count: exact(162) },
          { name: 'Care', count: exact(23) },
        ],
      },
    ]);
  });

  it('never reads the replies (comments, several by the author) as posts', async () => {
    const r = await read();
    const page = parsePage(html(), URL_);
    try {
      const doc = page.document;
      expect(doc.querySelectorAll('[role="article"]').length).toBe(11);
      expect(facebookAdapter.findPosts(facebookAdapter.feedRoot(doc)!)).toHaveLength(1);
      expect(facebookAdapter.postSigns(doc)).toBe(0);
    } finally {
      await page.close();
    }
    expect(JSON.stringify(r)).not.toContain('comment_id');
    // Nor are the replies' words the post's text (the author answers with a coupon code).
    expect(r.posts[0]?.text).not.toContain('EIDGIFT2025');
  });

  it('is logged out (USER_ID "0"): no viewer; the page’s account is the profile in the URL, not managed', async () => {
    const r = await read();
    expect(r.viewer).toBeNull();
    expect(r.pageAccount).toBe('salmanmd.sultan.1');
    const page = parsePage(html(), URL_);
    try {
      expect(facebookAdapter.pageAccount(page.document, new URL(URL_))).toEqual({
        handle: 'salmanmd.sultan.1',
      });
    } finally {
      await page.close();
    }
  });

  it('marks the post own when the profile is tracked', async () => {
    const r = await extractPage(html(), URL_, {
      adapter: facebookAdapter,
      now: NOW,
      own: 'salmanmd.sultan.1',
    });
    expect(r.posts.map((p) => p.own)).toEqual([true]);
  });

  it('without the JSON, reads "30 May at 11:02" on the local clock, to the minute', async () => {
    const stripped = html().replace(/"creation_time":\d+/g, '"creation_time_removed":0');
    const r = await read(stripped);
    const local = new Date(2025, 4, 30, 11, 2).getTime();
    expect(r.posts[0]).toMatchObject({
      id: ID,
      publishedAt: new Date(local).toISOString(),
      publishedPrecisionMinutes: 1,
    });
  });

  it('matches every selector that names the capture as its evidence', () => {
    const page = parsePage(html(), URL_);
    try {
      for (const s of everySelector(FB))
        for (const f of s.real ?? []) {
          expect(f).toBe('facebook/post-page.html');
          expect(page.document.querySelectorAll(s.css).length, s.css).toBeGreaterThan(0);
        }
    } finally {
      void page.close();
    }
  });
});
