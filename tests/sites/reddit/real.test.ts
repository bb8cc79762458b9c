// The Reddit adapter on real captured pages, read through tests/sites/shared-fixtures.ts when present. Expected
// values are read off the markup by hand (the captures' SOURCES.md), independently of this code. Each behaviour
// shown here is also shown by a project fixture (post-page.html and subreddit-listing.html for the crosspost
// card, the ads and the viewer; old-listing.html for hidden scores and "14.6k"), so it is tested without them too.
import { describe, expect, it } from 'vitest';
import { redditAdapter as adapter } from '@/lib/sites/reddit/adapter';
import { REDDIT } from '@/lib/sites/reddit/selectors';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';
import { hasReal, readReal } from '@/tests/sites/shared-fixtures';

const exact = (n: number) => ({ value: n, min: n, max: n });
const POST_URL = 'https://www.reddit.com/r/aivideos/comments/1ooeuoq/which_one_is_ai/';

/**
 * The new Reddit capture as saved. Its header's Snoo logo has two <style>s inside an inline <svg>, after which
 * happy-dom 21 would drop the rest of the page: scripts/lib/dom.ts takes such styles out, so `npm run extract`
 * reads the page as it is.
 */
const shredditPage = () => readReal('reddit/shreddit-post-page.html');

describe.skipIf(!hasReal)('Reddit adapter on real captures', () => {
  it('reads the new Reddit post page’s crosspost, not its source card, its ads or its 97 comments', async () => {
    const r = await extractPage(shredditPage(), POST_URL, {
      adapter,
      now: Date.parse('2025-11-06T13:09:00Z'),
    });
    expect(r.viewer).toBe('the_ai_crush'); // after-login-toast-dispatcher[username]
    expect(r.pageAccount).toBe('Diligent_Rabbit7740');
    expect(r.problems).toEqual([]);
    expect(r.health).toEqual({ state: 'reading', posts: 1, own: 0, unreadable: 0 });
    expect(r.posts).toEqual([
      {
        id: 't3_1ooeuoq',
        url: POST_URL,
        author: 'Diligent_Rabbit7740',
        own: false,
        publishedAt: '2025-11-04T18:20:10.257Z',
        // A crosspost of a v.redd.it video.
        format: 'video',
        // Its title (`post-title`); the comments' words ("Yay, I got them all right!") are not its text.
        text: 'Which one is AI?',
        metrics: { likes: exact(860), comments: exact(166) },
      },
    ]);
    // The source card (t3_1ooet58: 441 upvotes, 140 comments) and the ads (t3_aqpsoe, t3_1odhfgc…) are not read.
    const text = JSON.stringify(r);
    for (const other of ['1ooet58', 'aqpsoe', '1odhfgc', '441', '140', 'Yay, I got them all right'])
      expect(text).not.toContain(other);
  });

  it('finds the same counts in the post’s shadow root when its attributes are gone', async () => {
    const html = shredditPage().replace(
      /(<shreddit-post [^>]*?) comment-count="166"([^>]*?) score="860"/,
      '$1$2',
    );
    expect(html).not.toBe(shredditPage());
    const r = await extractPage(html, POST_URL, { adapter, now: Date.parse('2025-11-06T13:09:00Z') });
    expect(r.posts.map((p) => p.metrics)).toEqual([{ likes: exact(860), comments: exact(166) }]);
  });

  it('matches the capture with every selector whose evidence it is', async () => {
    const page = parsePage(shredditPage(), POST_URL);
    try {
      const doc = page.document;
      const seen = [
        REDDIT.post,
        ...REDDIT.ads.slice(1, 5),
        ...REDDIT.feed.slice(0, 2),
        REDDIT.creditBar,
        REDDIT.timeago,
        REDDIT.signs[1]!,
        ...REDDIT.viewer,
      ];
      for (const s of seen) expect(doc.querySelectorAll(s.css).length, s.css).toBeGreaterThan(0);
      // Three comments-page ads in all: one in the page, two kept in the comment tree's templates.
      expect(doc.querySelectorAll('shreddit-comments-page-ad').length).toBe(1);
      expect(shredditPage().match(/<shreddit-comments-page-ad /g)).toHaveLength(3);
      expect(doc.querySelectorAll('shreddit-comment').length).toBe(97);
      expect(adapter.pageAccount(doc, new URL(POST_URL))?.managed ?? false).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('reads the 25 posts of the old Reddit listing, with the unvoted score and no score where it is hidden', async () => {
    const r = await extractPage(
      readReal('reddit/old-subreddit-listing.html'),
      'https://old.reddit.com/r/dankmemes/',
      {
        adapter,
        now: Date.parse('2023-11-04T14:11:00Z'),
      },
    );
    expect(r.viewer).toBeNull(); // logged out: span.user holds a login prompt
    expect(r.pageAccount).toBeNull();
    expect(r.health).toEqual({ state: 'reading', posts: 25, own: 0, unreadable: 0 });
    expect(r.posts[0]).toEqual({
      id: 't3_17njtcd',
      url: 'https://www.reddit.com/r/dankmemes/comments/17njtcd/the_office/',
      author: 'idkman0485',
      own: false,
      publishedAt: '2023-11-04T11:38:04.000Z',
      format: 'image',
      text: 'The office.',
      metrics: { likes: exact(1010), comments: exact(32) },
    });
    // Shown "14.6k": the title's exact number.
    expect(r.posts.find((p) => p.id === 't3_17n16po')?.metrics).toEqual({
      likes: exact(14558),
      comments: exact(420),
    });
    // Scores hidden for the first hour ("•", data-score 175 and 73): comments only.
    const hidden = r.posts.filter((p) => !p.metrics.likes).map((p) => [p.id, p.metrics]);
    expect(hidden).toEqual([
      ['t3_17nkolm', { comments: exact(19) }],
      ['t3_17nlfov', { comments: exact(5) }],
    ]);
    expect(r.posts.every((p) => p.format === 'image' && p.metrics.comments)).toBe(true);
  });
});
