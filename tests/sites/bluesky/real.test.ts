// The Bluesky adapter on the real captured profile (microlinkhq/metascraper packages/metascraper-bluesky/test/fixtures/
// profile.html, 2026-01), read through tests/sites/shared-fixtures.ts when the real captures are present. Expected
// values are read off the markup by hand, independently of this code. Each behaviour shown here is also shown by a
// project fixture (profile.html, profile-de.html), so it is tested without the real captures too.
import { describe, expect, it } from 'vitest';
import { blueskyAdapter as adapter } from '@/lib/sites/bluesky/adapter';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';
import { hasReal, readReal } from '@/tests/sites/shared-fixtures';

const URL_ = 'https://bsky.app/profile/stephenking.bsky.social';
const KING = 'stephenking.bsky.social';
const NOW = Date.parse('2026-01-27T15:00:00Z');
const exact = (n: number) => ({ value: n, min: n, max: n });
const read = () => extractPage(readReal('bluesky/profile-feed.html'), URL_, { adapter, now: NOW, own: KING });

describe.skipIf(!hasReal)(
  'Bluesky adapter on the real profile capture (@stephenking.bsky.social, logged out)',
  () => {
    it('reads the first item as SOURCES.md gives it: exact labels, reposts + quotes as shares, time from its key', async () => {
      const got = await read();
      expect(got.posts[0]).toEqual({
        id: '3mddvy5bv6k27',
        url: `https://bsky.app/profile/${KING}/post/3mddvy5bv6k27`,
        author: KING,
        own: true,
        // The TID decodes to 18:50:47.802Z; the tooltip says "January 26, 2026 at 7:50 PM" (UTC+1).
        publishedAt: '2026-01-26T18:50:47.802Z',
        format: 'text',
        text: "The rightwing response to the murder of Alex Pretti is predictable: to outshout and talk over anyone taking another position. The shrillness on Twitter is especially grating, but again, not surprising. It's Orwell's doublespeak. If the man had a cell phone instead of a gun, yell louder.",
        metrics: {
          comments: exact(124), // "Reply (124 replies)"
          shares: exact(622), // repostCount: reposts + quotes
          likes: exact(3817), // "Like (3,817 likes)", shown as 3.8K
        },
      });
    });

    it('reads each post’s text, a hashtag link’s words included, and a repost’s as its author wrote it', async () => {
      const got = await read();
      const text = new Map(got.posts.map((p) => [p.id, p.text]));
      expect(text.get('3maa7upzot22l')).toBe(
        "This clip /might/ contain spoilers. You've been warned. All episodes of #ITWelcomeToDerry are now streaming on HBO Max.",
      );
      expect(text.get('3mb3o6pp36k2h')).toBe("Polly says she's unlikely to be disappointed...");
      expect(got.posts.every((p) => p.text)).toBe(true);
    });

    it('reads all 28 items, 26 of them the account’s own; the two reposts keep their authors', async () => {
      const got = await read();
      expect(got.problems).toEqual([]);
      expect(got.health).toEqual({ state: 'reading', posts: 28, own: 26, unreadable: 0 });
      const others = got.posts.filter((p) => !p.own).map((p) => [p.id, p.author]);
      expect(others).toEqual([
        ['3mb3o6pp36k2h', 'jeffreyskarski.bsky.social'], // "Reposted by Stephen King", "Replied to Stephen King"
        ['3mb3oaodwhc2a', 'nillintheblanks.bsky.social'],
      ]);
    });

    it('reads abbreviated repost counts as the range they stand for', async () => {
      const got = await read();
      const byId = new Map(got.posts.map((p) => [p.id, p.metrics]));
      expect(byId.get('3md4rhnginc2m')).toEqual({
        comments: exact(303),
        shares: { value: 2125, min: 2050, max: 2199 }, // "2.1K"
        likes: exact(9392), // label; shown 9.3K
      });
      expect(byId.get('3md274jjoss2f')?.shares).toEqual({ value: 1250, min: 500, max: 1999 }); // "1K"
    });

    it('never reads a quoted post, nor takes its image for the quoting post’s', async () => {
      const got = await read();
      const text = JSON.stringify(got);
      for (const quoted of [
        '3mcnit5ken22y',
        '3mcjlyohktk2j',
        '3mbn3pefjk22w',
        '3mbnoznuuls2p',
        '3mbp7hseri22k',
        '3m7vigai4n22p',
      ])
        expect(text.includes(quoted), quoted).toBe(false);
      // Nor the words of a quoted post: "What’s your idea of Hell?" is @smashbro67's, quoted by King.
      expect(text).not.toContain('What’s your idea of Hell?');
      expect(text).not.toContain('#MultiTasking');
      // 3mcqguitjf22v quotes a post with an image; 3mb3nqdhfzk2a has its own image.
      const formats = new Map(got.posts.map((p) => [p.id, p.format]));
      expect(formats.get('3mcqguitjf22v')).toBe('text');
      expect(formats.get('3mb3nqdhfzk2a')).toBe('image');
    });

    it('finds no viewer (logged out), the profile’s account, not managed', async () => {
      const got = await read();
      expect(got.viewer).toBeNull();
      expect(got.pageAccount).toBe(KING);
      const page = parsePage(readReal('bluesky/profile-feed.html'), URL_);
      try {
        const account = adapter.pageAccount(page.document, new URL(URL_));
        expect(account).toEqual({ handle: KING, name: 'Stephen King' });
        expect(adapter.postSigns(page.document)).toBe(0);
      } finally {
        await page.close();
      }
    });
  },
);
