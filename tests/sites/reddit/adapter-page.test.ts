// The Reddit adapter on the page as a whole: altered pages (tests/fixtures/reddit changed as Reddit could change
// them, new and old Reddit) and a post whose reading throws, the page kinds, the viewer and the page's account.
import { describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { redditAdapter as adapter } from '@/lib/sites/reddit/adapter';
import type { SiteAdapter } from '@/lib/sites/types';
import { ctxOf, docOf, extract, fixture, LISTING, OLD, useCleanup } from './harness';

useCleanup();

describe('an altered page', () => {
  it('with its post elements renamed is broken, "no post container found": no numbers', async () => {
    const html = fixture('subreddit-listing.html').replaceAll('shreddit-post', 'shreddit-post-v3');
    const got = await extract(html);
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'reddit', page: true, reason: 'no post container found' }]);
  });

  it('with its counts gone (attributes and shadow roots) is broken, each post unreadable, nothing stored', async () => {
    const html = fixture('subreddit-listing.html')
      .replace(/ (score|comment-count)="\d+"/g, '')
      .replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '');
    const got = await extract(html);
    expect(got.posts).toEqual([]);
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no counts found: neither a score nor a comment count',
    });
    // The ad's own score and comment count are still in the page: never taken for a post's.
    expect(JSON.stringify(got)).not.toContain('1qyad7k');
  });

  it('on old Reddit with the things renamed is broken: the "N comments" links are left without a post', async () => {
    const html = fixture('old-listing.html').replaceAll('data-fullname=', 'data-name=');
    const got = await extract(html, OLD);
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('on old Reddit with the vote column and counts gone is broken, not zeros', async () => {
    const html = fixture('old-listing.html')
      .replace(/ data-(score|comments-count)="\d+"/g, '')
      .replace(/<div class="midcol[\s\S]*?<\/div>\s*<\/div>/g, '')
      .replaceAll('class="bylink comments', 'class="bylink talk');
    const got = await extract(html, OLD);
    expect(got.posts).toEqual([]);
    expect(got.health.state).toBe('broken');
  });

  it('without its main column still reads the posts under the app', () => {
    const html = fixture('subreddit-listing.html').replace('id="main-content"', 'id="main"');
    const doc = docOf(html);
    expect(adapter.feedRoot(doc)?.tagName).toBe('SHREDDIT-APP');
    expect(adapter.findPosts(adapter.feedRoot(doc)!)).toHaveLength(5);
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(fixture('subreddit-listing.html'));
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.getAttribute('id') === 't3_1r2k9xq') throw new Error('boom');
        return adapter.readPost(el, ctx);
      },
    };
    const results = adapter.findPosts(adapter.feedRoot(doc)!).map((el) => readSafely(failing, el, ctxOf()));
    expect(results).toHaveLength(5);
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const failed = results.find((r) => !r.ok && r.problem.failed);
    expect(failed && !failed.ok && failed.problem.reason).toBe('reading failed: boom');
  });
});

describe('page kinds', () => {
  const urls = (host: string, paths: string) => paths.split(/\s+/).map((p) => `https://${host}${p}`);
  const withPosts = [
    ...urls(
      'www.reddit.com',
      `/ /r/popular/ /r/all/ /r/Coffee/ /r/Coffee/new/ /r/Coffee/top/?t=week /r/Coffee/comments/1r2lmn0/our_new_huila_lot/
      /comments/1r2lmn0 /user/LumenRoasters/ /user/LumenRoasters/submitted/ /u/LumenRoasters
      /user/LumenRoasters/comments/1qk3v0d/behind_the_roaster/ /user/LumenRoasters/m/coffee_feeds/`,
    ),
    ...urls('old.reddit.com', '/ /r/Coffee/ /r/Coffee/comments/1qwtr8e/ama/ /user/LumenRoasters/submitted/'),
  ];
  const without = [
    ...urls(
      'www.reddit.com',
      `/settings/ /settings/profile /message/inbox/ /chat /submit /r/Coffee/submit /r/Coffee/about/rules
      /r/Coffee/wiki/index /search/?q=coffee /r/Coffee/search/?q=v60 /user/LumenRoasters/comments/
      /user/LumenRoasters/about/ /notifications /login/ /premium /media?url=x /mod/queue`,
    ),
    ...urls('old.reddit.com', '/prefs/ /message/unread/ /subreddits/ /r/Coffee/about/moderators'),
  ];
  it.each(withPosts)('%s shows posts', (url) =>
    expect(adapter.pageKind(new URL(url))).toMatchObject({ posts: true }),
  );
  it.each(without)('%s shows none Resonance reads, and says why', (url) => {
    const kind = adapter.pageKind(new URL(url));
    expect(!kind.posts && kind.why).toMatch(/Reddit/);
  });
});

describe('the logged-in account and the page’s account', () => {
  const body = (s: string) =>
    `<html><body><shreddit-app>${s}<main id="main-content"></main></shreddit-app></body></html>`;

  it('reads the viewer from each current-user component of new Reddit, and from old Reddit’s header', () => {
    expect(adapter.viewer(docOf(body('<after-login-toast-dispatcher username="LumenRoasters">')))).toEqual({
      handle: 'LumenRoasters',
    });
    expect(adapter.viewer(docOf(body('<community-author-flair username="kettle_kate">')))).toEqual({
      handle: 'kettle_kate',
    });
    const nav =
      '<li class="left-nav-manage-communities-link"><a href="/user/hanoi_brews/communities">Manage</a></li>';
    expect(adapter.viewer(docOf(body(nav)))).toEqual({ handle: 'hanoi_brews' });
    const header =
      '<div id="header-bottom-right"><span class="user"><a href="https://old.reddit.com/user/morning_pourover/">morning_pourover</a></span></div>';
    expect(adapter.viewer(docOf(`<html><body>${header}</body></html>`, OLD))).toEqual({
      handle: 'morning_pourover',
    });
  });

  it('finds no viewer when logged out, or on a name Reddit would not allow', () => {
    const loggedOut =
      '<div id="header-bottom-right"><span class="user">Want to join? <a href="https://www.reddit.com/login" class="login-required login-link">Log in</a> or <a href="https://www.reddit.com/login" class="login-required">sign up</a> in seconds.</span></div>';
    expect(adapter.viewer(docOf(`<html><body>${loggedOut}</body></html>`, OLD))).toBeNull();
    expect(adapter.viewer(docOf(body('<a href="/user/kettle_kate/">u/kettle_kate</a>')))).toBeNull();
    expect(adapter.viewer(docOf(body('<after-login-toast-dispatcher username="[deleted]">')))).toBeNull();
    expect(adapter.viewer(docOf(body('<after-login-toast-dispatcher username="a b">')))).toBeNull();
  });

  it('names a profile’s account from its address, managed only when it is the viewer’s own', () => {
    const viewer = '<after-login-toast-dispatcher username="LumenRoasters">';
    const own = docOf(body(viewer), 'https://www.reddit.com/user/lumenroasters/submitted/');
    expect(adapter.pageAccount(own, new URL('https://www.reddit.com/user/lumenroasters/submitted/'))).toEqual(
      {
        handle: 'lumenroasters',
        managed: true,
      },
    );
    const other = new URL('https://www.reddit.com/u/kettle_kate');
    expect(adapter.pageAccount(docOf(body(viewer), other.href), other)).toEqual({ handle: 'kettle_kate' });
    expect(adapter.pageAccount(docOf(body(viewer)), new URL(LISTING))).toBeNull();
  });

  it('names a post page’s account from its post, and none when the post is not on the page', () => {
    const url = new URL('https://www.reddit.com/r/Coffee/comments/1r2k9xq/look_what_this_roaster_is_doing/');
    const doc = docOf(fixture('subreddit-listing.html'), url.href);
    expect(adapter.pageAccount(doc, url)).toEqual({ handle: 'espresso_nerd' });
    const missing = new URL('https://www.reddit.com/r/Coffee/comments/1zzzzzz/gone/');
    expect(adapter.pageAccount(doc, missing)).toBeNull();
    // A profile's post names its account in its address, even before the post is drawn.
    const profilePost = new URL(
      'https://www.reddit.com/user/LumenRoasters/comments/1qk3v0d/behind_the_roaster/',
    );
    expect(adapter.pageAccount(docOf(body(''), profilePost.href), profilePost)).toEqual({
      handle: 'LumenRoasters',
    });
  });
});
