// The Threads adapter on the page as a whole: altered pages (tests/fixtures/threads changed as Threads could change
// them) and a post whose reading throws, the page kinds, the viewer and the page's account, and plumbing.
import { describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { threadsAdapter as adapter } from '@/lib/sites/threads/adapter';
import type { SiteAdapter } from '@/lib/sites/types';
import { extractPage } from '@/scripts/lib/extract-page';
import {
  BRAND,
  ctxOf,
  docOf,
  fixture,
  HOME,
  icon,
  NOW,
  POST_PAGE,
  PROFILE,
  page,
  post,
  readFirst,
  useCleanup,
} from './harness';

useCleanup();

describe('an altered page', () => {
  it('whose post containers were renamed is broken, "no post container found": no silence, no numbers', async () => {
    const html = fixture('profile.html').replaceAll('data-pressable-container=', 'data-pressable=');
    const got = await extractPage(html, PROFILE, { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'threads', page: true, reason: 'no post container found' }]);
  });

  it('whose post page lost its containers is broken the same way (the replies’ links do not count)', async () => {
    const html = fixture('post-page.html').replaceAll('data-pressable-container=', 'data-pressable=');
    const got = await extractPage(html, POST_PAGE, { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('whose post page shows replies but not its post says the post was not found, never "no posts yet"', async () => {
    const doc = docOf(fixture('post-page.html'), POST_PAGE);
    const main = doc
      .querySelector('a[href="/@northwind.coffee/post/DfcCHdXgAEt"] time')!
      .closest('[data-pressable-container]')!;
    const html = fixture('post-page.html').replace(main.outerHTML, '');
    expect(html).not.toBe(fixture('post-page.html'));
    const got = await extractPage(html, POST_PAGE, { adapter, now: NOW });
    expect(got.posts).toEqual([]);
    expect(got.health.state).toBe('broken');
    expect(got.health.state === 'broken' && got.health.why).toContain('not found');
  });

  it('whose action icons lost their labels says the action bar is missing, and reads no number', async () => {
    const html = fixture('profile.html').replace(/<svg aria-label="[^"]*"/g, '<svg');
    const got = await extractPage(html, PROFILE, { adapter, now: NOW });
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no counts found: the action bar is missing',
    });
    expect(got.posts).toEqual([]);
    expect(got.problems.filter((p) => !('page' in p))).toHaveLength(8);
  });

  it('whose permalinks lost their time reports each post as unreadable', async () => {
    const html = fixture('home-feed.html').replace(/<time\b[^>]*>[^<]*<\/time>/g, '');
    const got = await extractPage(html, HOME, { adapter, now: NOW });
    expect(got.health.state).toBe('broken');
    expect(got.health.state === 'broken' && got.health.why).toContain('no link to the post with its time');
    expect(got.posts).toEqual([]);
  });

  it('whose counts turned to something unreadable names the count, and stores nothing as 0', () => {
    const r = readFirst(post({ counts: ['-5', '18', '42', '12'] }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatchObject({
      id: 'DffNet7gABl',
      author: BRAND,
      reason: "the likes count shown can't be read",
    });
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(fixture('profile.html'));
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.querySelector('a[href="/@northwind.coffee/post/DfcggpjgABm"]')) throw new Error('boom');
        return adapter.readPost(el, ctx);
      },
    };
    const results = adapter.findPosts(adapter.feedRoot(doc)!).map((el) => readSafely(failing, el, ctxOf()));
    expect(results).toHaveLength(8);
    expect(results.filter((r) => r.ok)).toHaveLength(7);
    const failed = results.find((r) => !r.ok && r.problem.failed);
    expect(failed && !failed.ok && failed.problem.reason).toBe('reading failed: boom');
  });
});

describe('pageKind', () => {
  const kind = (path: string, host = 'www.threads.com') =>
    adapter.pageKind(new URL(`https://${host}${path}`));
  it.each([
    '/',
    '/?variant=following',
    '/following',
    '/@northwind.coffee',
    '/@northwind.coffee/',
    '/@northwind.coffee/media',
    '/@northwind.coffee/post/DfcCHdXgAEt',
    '/@northwind.coffee/post/DfcCHdXgAEt/media',
    '/search?q=coffee',
  ])('%s shows posts', (path) => {
    // A post's own page names one post, which it must show once rendered.
    const single = path.includes('/post/');
    expect(kind(path)).toEqual({ posts: true, single });
    expect(kind(path, 'www.threads.net')).toEqual({ posts: true, single });
  });

  it.each([
    ['/@northwind.coffee/replies', 'replies'],
    ['/@northwind.coffee/reposts', 'other accounts'],
    ['/@northwind.coffee/post/DfcCHdXgAEt/quotes', 'other accounts'],
    ['/@northwind.coffee/post/DfcCHdXgAEt/reposts', 'other accounts'],
    ['/activity', 'no posts'],
    ['/settings/account', 'no posts'],
    ['/login', 'no posts'],
    ['/saved', 'no posts'],
  ])('%s does not (%s)', (path, why) => {
    const k = kind(path);
    expect(k.posts).toBe(false);
    expect(!k.posts && k.why).toContain(why);
  });

  it('reads nothing on a tab of the brand’s replies, even where its posts’ containers are', () => {
    const doc = docOf(fixture('profile.html'), `${PROFILE}/replies`);
    expect(adapter.findPosts(adapter.feedRoot(doc)!)).toEqual([]);
    const el = doc.querySelector('a[href="/@northwind.coffee/post/DffNet7gABl"]')!;
    expect(adapter.postOf(el)).toBeNull();
  });
});

describe('viewer and page account', () => {
  it('the viewer is the navigation’s Profile link, not a profile link in the feed; none when logged out', () => {
    expect(adapter.viewer(docOf(fixture('home-feed.html'), HOME))).toEqual({ handle: BRAND });
    expect(
      adapter.viewer(docOf(fixture('profile-pt.html'), 'https://www.threads.com/@padaria.aurora')),
    ).toEqual({
      handle: 'padaria.aurora',
    });
    expect(adapter.viewer(docOf(page(post(), { viewer: null })))).toBeNull();
    // A profile link with an icon inside the feed (a repost's header) is not the viewer's.
    const feedIcon = `<a href="/@coffeedaily">${icon('Reposted')}</a>${post()}`;
    expect(adapter.viewer(docOf(page(feedIcon, { viewer: null })))).toBeNull();
  });

  it('the page’s account comes from the address; managed when the viewer is it', () => {
    const own = docOf(fixture('profile.html'));
    expect(adapter.pageAccount(own, new URL(PROFILE))).toEqual({
      handle: BRAND,
      name: 'Northwind Coffee',
      managed: true,
    });
    const other = new URL('https://www.threads.net/@CoffeeDaily');
    expect(adapter.pageAccount(own, other)).toEqual({ handle: 'CoffeeDaily', name: 'Northwind Coffee' });
    expect(
      adapter.pageAccount(
        docOf(page(post())),
        new URL('https://www.threads.com/@CoffeeDaily/post/DfcCHdXgAEt'),
      ),
    ).toEqual({ handle: 'CoffeeDaily' });
    const loggedOut = docOf(page(post(), { viewer: null }));
    expect(adapter.pageAccount(loggedOut, new URL(POST_PAGE))).toEqual({ handle: BRAND });
    expect(adapter.pageAccount(own, new URL(HOME))).toBeNull();
    expect(adapter.pageAccount(own, new URL('https://www.threads.com/search'))).toBeNull();
  });

  it('compares handles as Threads does, whatever their case', () => {
    const doc = docOf(page(post(), { viewer: 'Northwind.Coffee' }));
    expect(adapter.pageAccount(doc, new URL(PROFILE))?.managed).toBe(true);
  });
});

describe('plumbing', () => {
  it('watches links, times and labels, not class churn', () => {
    expect(adapter.observe.attributes).toEqual(expect.arrayContaining(['href', 'datetime']));
    expect(adapter.observe.attributes).not.toContain('class');
  });

  it('observes the page layout, else the column; none on a page without either', () => {
    expect(adapter.feedRoot(docOf(fixture('profile.html')))?.id).toBe('barcelona-page-layout');
    expect(
      adapter.feedRoot(docOf('<html><body><div role="region">x</div></body></html>'))?.getAttribute('role'),
    ).toBe('region');
    expect(adapter.feedRoot(docOf('<html><body><div></div></body></html>'))).toBeNull();
  });

  it('puts the badge after the action bar, inside the post', () => {
    const doc = docOf(fixture('profile.html'));
    const [first] = adapter.findPosts(adapter.feedRoot(doc)!);
    const a = adapter.badgeAnchor(first!)!;
    expect(first!.contains(a.parent)).toBe(true);
    expect(a.parent.querySelectorAll('svg[aria-label="Like"]')).toHaveLength(1);
  });

  it('counts links to posts outside any container as signs of a changed page', () => {
    expect(adapter.postSigns(docOf(fixture('profile.html')))).toBe(0);
    const renamed = fixture('profile.html').replaceAll('data-pressable-container=', 'data-pressable=');
    // Eight posts' permalinks and the quoted post's.
    expect(adapter.postSigns(docOf(renamed))).toBe(9);
    const postPage = fixture('post-page.html').replaceAll('data-pressable-container=', 'data-pressable=');
    expect(adapter.postSigns(docOf(postPage, POST_PAGE))).toBe(1);
  });
});
