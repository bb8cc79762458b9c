// A post's own page names one post: once rendered it must show it, so its absence is a health problem
// (lib/page/health.ts), never "no posts yet". Feeds and grids may be empty.
import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from '@/lib/sites/bluesky/adapter';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';
import { instagramAdapter } from '@/lib/sites/instagram/adapter';
import { linkedinAdapter } from '@/lib/sites/linkedin/adapter';
import { mastodonAdapter } from '@/lib/sites/mastodon/adapter';
import { redditAdapter } from '@/lib/sites/reddit/adapter';
import { threadsAdapter } from '@/lib/sites/threads/adapter';
import { tiktokAdapter } from '@/lib/sites/tiktok/adapter';
import type { SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x/adapter';
import { youtubeAdapter } from '@/lib/sites/youtube/adapter';

const CASES: [SiteAdapter, string, boolean][] = [
  [xAdapter, 'https://x.com/LumenRoasters/status/1981398750557065646', true],
  [xAdapter, 'https://x.com/LumenRoasters', false],
  [xAdapter, 'https://x.com/home', false],
  [mastodonAdapter, 'https://mastodon.social/@lumen/113456789012345678', true],
  [mastodonAdapter, 'https://mastodon.social/@lumen@example.org/113456789012345678', true],
  [mastodonAdapter, 'https://mastodon.social/@lumen', false],
  [tiktokAdapter, 'https://www.tiktok.com/@lumen/video/7103486912966561029', true],
  [tiktokAdapter, 'https://www.tiktok.com/@lumen/photo/7103486912966561029', true],
  [tiktokAdapter, 'https://www.tiktok.com/@lumen', false],
  [tiktokAdapter, 'https://www.tiktok.com/foryou', false],
  [facebookAdapter, 'https://www.facebook.com/LumenRoasters/posts/pfbid02pmb12q1Mv', true],
  [facebookAdapter, 'https://www.facebook.com/permalink.php?story_fbid=1&id=2', true],
  [facebookAdapter, 'https://www.facebook.com/LumenRoasters', false],
  [instagramAdapter, 'https://www.instagram.com/p/DQq9PJQk4TG/', true],
  [instagramAdapter, 'https://www.instagram.com/reel/Dfc56IzgAj9/', true],
  [instagramAdapter, 'https://www.instagram.com/lumenroasters/', false],
  [linkedinAdapter, 'https://www.linkedin.com/feed/update/urn:li:activity:7341458136567902210/', true],
  [
    linkedinAdapter,
    'https://www.linkedin.com/posts/lumen-roasters_coffee-activity-7341458136567902210-abcd',
    true,
  ],
  [linkedinAdapter, 'https://www.linkedin.com/feed/', false],
  [linkedinAdapter, 'https://www.linkedin.com/company/lumen-roasters/posts/', false],
  [youtubeAdapter, 'https://www.youtube.com/watch?v=Lm3nPour0v3', true],
  [youtubeAdapter, 'https://www.youtube.com/@LumenRoasters/videos', false],
  [youtubeAdapter, 'https://www.youtube.com/', false],
  [threadsAdapter, 'https://www.threads.com/@lumenroasters/post/DR0WsyWki1M', true],
  [threadsAdapter, 'https://www.threads.com/@lumenroasters', false],
  [redditAdapter, 'https://www.reddit.com/r/Coffee/comments/1ooeuoq/which_one/', true],
  [redditAdapter, 'https://old.reddit.com/r/Coffee/comments/1ooeuoq/', true],
  [redditAdapter, 'https://www.reddit.com/user/LumenRoasters/comments/1ooeuoq/x/', true],
  [redditAdapter, 'https://www.reddit.com/r/Coffee/', false],
  [redditAdapter, 'https://www.reddit.com/user/LumenRoasters/submitted/', false],
  [blueskyAdapter, 'https://bsky.app/profile/lumenroasters.bsky.social/post/3mddvy5bv6k27', true],
  [blueskyAdapter, 'https://bsky.app/profile/lumenroasters.bsky.social', false],
];

describe('a page that names one post must show it', () => {
  it.each(CASES.map(([adapter, url, single]) => [url, single, adapter] as const))(
    '%s names one post: %s',
    (url, single, adapter) => {
      const kind = adapter.pageKind(new URL(url));
      expect(kind.posts).toBe(true);
      expect(kind.posts && !!kind.single).toBe(single);
    },
  );
});
