// The Bluesky adapter on the page as a whole, where the fixtures don't show it well: altered pages, a post
// whose reading throws, the page kinds, the viewer and the page's account.
import { describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { blueskyAdapter as adapter } from '@/lib/sites/bluesky/adapter';
import type { SiteAdapter } from '@/lib/sites/types';
import { BRAND, ctxOf, DID, docOf, extract, fixture, PROFILE, page, THREAD, useCleanup } from './setup';

useCleanup();

describe('an altered page', () => {
  it('with feed items renamed is broken, "no post container found": no numbers', async () => {
    const html = fixture('profile.html').replaceAll('data-testid="feedItem-by-', 'data-testid="feedCard-by-');
    const got = await extract(html, PROFILE);
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'bluesky', page: true, reason: 'no post container found' }]);
  });

  it('with thread items renamed is broken too: the focused post’s like button is left without a container', async () => {
    const html = fixture('thread.html').replaceAll('postThreadItem-by-', 'threadPost-by-');
    const got = await extract(html, THREAD);
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('with the buttons’ testids gone is broken, each post unreadable with its reason, nothing stored', async () => {
    const html = fixture('home.html').replace(/data-testid="(replyBtn|likeBtn)"/g, 'data-testid="ctrl"');
    const got = await extract(html);
    expect(got.health.state).toBe('broken');
    expect(got.posts).toEqual([]);
    expect(got.problems[0]).toEqual({
      platform: 'bluesky',
      page: true,
      reason: 'posts were found but none could be read: no counts found: the action bar is missing',
    });
    expect(got.problems.slice(1).every((p) => p.reason.startsWith('no counts found'))).toBe(true);
  });

  it('with the post links’ tooltips gone is broken: no post is read without its link', async () => {
    const html = fixture('profile-de.html').replaceAll(' data-tooltip=', ' data-title=');
    const got = await extract(html, PROFILE);
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no post link: not a readable post',
    });
    expect(got.posts).toEqual([]);
  });

  it('without its main landmark still reads the posts from the app root; without either, says so', async () => {
    const noMain = fixture('profile.html')
      .replace('<main role="main">', '<div>')
      .replace('</main>', '</div>');
    expect((await extract(noMain, PROFILE)).posts).toHaveLength(9);
    const noRoot = noMain.replace('<div id="root">', '<div id="app">');
    expect(adapter.feedRoot(docOf(noRoot, PROFILE))).toBeNull();
    expect((await extract(noRoot, PROFILE)).posts).toHaveLength(9); // a saved page is read whole
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(fixture('home.html'));
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.getAttribute('data-testid') === 'feedItem-by-baristabeth.bsky.social') throw new Error('boom');
        return adapter.readPost(el, ctx);
      },
    };
    const results = adapter.findPosts(adapter.feedRoot(doc)!).map((el) => readSafely(failing, el, ctxOf()));
    expect(results).toHaveLength(6);
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const failed = results.find((r) => !r.ok && r.problem.failed);
    expect(failed && !failed.ok && failed.problem.reason).toBe('reading failed: boom');
  });
});

describe('page kinds', () => {
  const urls = (paths: string) => paths.split(/\s+/).map((p) => `https://bsky.app${p}`);
  const withPosts = urls(`/ /profile/${BRAND} /profile/${DID} /profile/${BRAND}/post/3n2qap6wndv2g
    /profile/did:plc:z72i7hdynmk6r22z27h6tvur/feed/whats-hot /profile/${BRAND}/lists/3kxyz2abc /profile/${BRAND}/rss`);
  const without = urls(`/settings /settings/account /messages /messages/3kabc /notifications /search?q=coffee
    /hashtag/coffee /saved /feeds /lists /moderation /profile/${BRAND}/followers /profile/${BRAND}/follows
    /profile/${BRAND}/post/3n2qap6wndv2g/liked-by /profile/${BRAND}/post/3n2qap6wndv2g/reposted-by
    /profile/${BRAND}/post/3n2qap6wndv2g/quotes /starter-pack/${BRAND}/3kabc`);
  it.each(withPosts)('%s shows posts', (url) =>
    expect(adapter.pageKind(new URL(url))).toMatchObject({ posts: true }),
  );
  it.each(without)('%s shows none Resonance reads, and says why', (url) => {
    const kind = adapter.pageKind(new URL(url));
    expect(!kind.posts && kind.why).toMatch(/Bluesky/);
  });
});

describe('the logged-in account and the page’s account', () => {
  const nav = (actor: string) =>
    `<nav role="navigation"><a href="/" aria-label="Home">Home</a><a href="/profile/${actor}" aria-label="Profile">Profile</a></nav>`;

  it('reads the viewer from the left nav’s Profile item: a handle, or a DID when the handle is invalid', () => {
    expect(adapter.viewer(docOf(page('', 'en', nav(BRAND))))).toEqual({ handle: BRAND });
    expect(adapter.viewer(docOf(page('', 'en', nav(DID))))).toEqual({ handle: DID });
  });

  it('finds no viewer logged out, outside the nav, or on a link that is no account', () => {
    expect(adapter.viewer(docOf(fixture('profile-de.html'), PROFILE))).toBeNull();
    expect(adapter.viewer(docOf(page(`<a href="/profile/${BRAND}">Lumen</a>`)))).toBeNull();
    expect(adapter.viewer(docOf(page('', 'en', nav('not a handle'))))).toBeNull();
    const feedLink = '<nav role="navigation"><a href="/profile/trending.bsky.app/feed/5826">Topic</a></nav>';
    expect(adapter.viewer(docOf(page('', 'en', feedLink)))).toBeNull();
  });

  it('names the page’s account from the address; managed only on the viewer’s own account', () => {
    const own = docOf(fixture('profile.html'), PROFILE);
    expect(adapter.pageAccount(own, new URL(PROFILE))).toEqual({
      handle: BRAND,
      name: 'Lumen Coffee Roasters',
      managed: true,
    });
    // Another account's profile, seen by the brand: not managed (and the Edit button is the brand's own page's).
    const other = docOf(page('', 'en', nav(BRAND)));
    expect(adapter.pageAccount(other, new URL('https://bsky.app/profile/coffeedaily.com'))).toEqual({
      handle: 'coffeedaily.com',
    });
    // The brand's post page: managed, from the viewer.
    expect(adapter.pageAccount(other, new URL(`${PROFILE}/post/3n2qap6wndv2g`))).toEqual({
      handle: BRAND,
      managed: true,
    });
    // Logged out, the Edit Profile button alone says the profile is the viewer's.
    const loggedOut = fixture('profile.html').replace(/<nav role="navigation"[\s\S]*?<\/nav>/, '');
    expect(adapter.pageAccount(docOf(loggedOut, PROFILE), new URL(PROFILE))?.managed).toBe(true);
  });

  it('has no page account on the home feed, a custom feed or a list, or a malformed address', () => {
    const doc = docOf(page('', 'en', nav(BRAND)));
    for (const path of ['/', `/profile/${DID}/feed/whats-hot`, `/profile/${BRAND}/lists/3kx`])
      expect(adapter.pageAccount(doc, new URL(`https://bsky.app${path}`))).toBeNull();
    expect(adapter.pageAccount(doc, new URL('https://bsky.app/profile/no%20such'))).toBeNull();
  });
});
