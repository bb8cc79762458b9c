// The Facebook adapter on the page as a whole, where the fixtures don't show it well: altered pages, a post
// whose reading throws, the page kinds, and the page plumbing (where the badge goes).
import { describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { facebookAdapter as adapter } from '@/lib/sites/facebook/adapter';
import type { SiteAdapter } from '@/lib/sites/types';
import { extractPage } from '@/scripts/lib/extract-page';
import { ctxOf, docOf, fixture, NOW, useCleanup } from './setup';

useCleanup();

describe('an altered page', () => {
  it('with its post containers renamed is broken, "no post container found": no numbers', async () => {
    const html = fixture('page-timeline.html')
      .replace(/role="article"/g, 'role="presentation"')
      .replace(/ aria-posinset="\d+"/g, '');
    const got = await extractPage(html, 'https://www.facebook.com/LumenRoasters', { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'facebook', page: true, reason: 'no post container found' }]);
  });

  it('with its count labels gone is broken, saying what was missing: no zeros', async () => {
    const html = fixture('page-timeline.html')
      .replace(/role="toolbar"/g, 'role="group"')
      .replace(/All reactions:/g, '')
      .replace(/>(\d[\d.K]*) (comments?|shares?|views)</g, '>$1<');
    const got = await extractPage(html, 'https://www.facebook.com/LumenRoasters', { adapter, now: NOW });
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no counts found: the post shows no reactions, comments or shares',
    });
    expect(got.posts).toEqual([]);
    expect(got.problems.filter((p) => !('page' in p))).toHaveLength(5);
  });

  it('with its time links gone reports every post, never one made up', async () => {
    const html = fixture('home-feed.html').replace(/\/posts\/pfbid/g, '/p0sts/pfbid');
    const got = await extractPage(html, 'https://www.facebook.com/', { adapter, now: NOW });
    expect(got.posts).toEqual([]);
    expect(got.health.state).toBe('broken');
    expect(got.problems.filter((p) => !('page' in p)).map((p) => p.reason)).toEqual([
      'no permalink: the post has no link to itself (yet)',
      'no permalink: the post has no link to itself (yet)',
      'no permalink: the post has no link to itself (yet)',
    ]);
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(fixture('page-timeline.html'));
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.getAttribute('aria-posinset') === '2') throw new Error('boom');
        return adapter.readPost(el, ctx);
      },
    };
    const results = adapter.findPosts(adapter.feedRoot(doc)!).map((el) => readSafely(failing, el, ctxOf()));
    expect(results).toHaveLength(5);
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const failed = results[1]!;
    expect(!failed.ok && failed.problem).toEqual({
      platform: 'facebook',
      reason: 'reading failed: boom',
      failed: true,
    });
  });
});

describe('pageKind', () => {
  const kind = (path: string) => adapter.pageKind(new URL(`https://www.facebook.com${path}`));
  it.each([
    '/',
    '/LumenRoasters',
    '/LumenRoasters/posts/pfbid02MASi45ub7Qe4ZE36UT5G6cU4ud8Fhhe4deS4F3cw9KTAb8dLcukC7edhDQ7cn5d',
    '/LumenRoasters/videos/1287654321098765/',
    '/profile.php?id=100064123456789',
    '/permalink.php?story_fbid=pfbid02jYbv&id=100064123456789',
    '/story.php?story_fbid=1203344556677889&id=100064123456789',
    '/people/Lumen-Roasters/100064123456789/',
    '/watch/',
    '/groups/123456789012345',
  ])('%s shows posts', (path) => expect(kind(path)).toMatchObject({ posts: true }));
  it.each([
    '/settings',
    '/messages/t/100004455667788',
    '/notifications',
    '/marketplace/',
    '/professional_dashboard/?asset_id=1',
    '/login/',
    '/LumenRoasters/about',
    '/LumenRoasters/photos',
    '/LumenRoasters/followers',
    '/LumenRoasters/reviews',
    '/LumenRoasters/videos',
    '/profile.php?id=100064123456789&sk=about',
    '/profile.php?id=100064123456789&sk=photos',
  ])('%s shows none, and says so', (path) =>
    expect(kind(path)).toEqual({ posts: false, why: 'this Facebook page shows no posts' }),
  );
});

describe('page plumbing', () => {
  it('watches links and labels, not class churn', () => {
    expect(adapter.observe.attributes).toEqual(expect.arrayContaining(['href', 'aria-label']));
    expect(adapter.observe.attributes).not.toContain('class');
  });

  it('puts the badge before the counts block, else after the header line', () => {
    const doc = docOf(fixture('page-timeline.html'));
    const [first, , , , midRender] = adapter.findPosts(adapter.feedRoot(doc)!);
    const a = adapter.badgeAnchor(first!)!;
    expect((a.before as Element).getAttribute('data-visualcompletion')).toBe('ignore-dynamic');
    const b = adapter.badgeAnchor(midRender!)!;
    expect(b.parent.contains(doc.getElementById('_r_5b_'))).toBe(true);
    expect(b.before).toBe(doc.getElementById('_r_5b_')!.nextSibling);
  });

  it('counts post links outside any post container, and none on pages it understands', () => {
    for (const f of Object.keys(JSON.parse(fixture('expected.json'))))
      expect(adapter.postSigns(docOf(fixture(f))), f).toBe(0);
    const renamed = fixture('post-page.html')
      .replace(/role="article"/g, 'role="presentation"')
      .replace(/ aria-posinset="\d+"/g, '');
    expect(adapter.postSigns(docOf(renamed))).toBe(1);
  });

  it('observes the app’s mount root, where the feed and a post’s dialog both live', () => {
    expect(adapter.feedRoot(docOf(fixture('post-page.html')))?.id).toBe('mount_0_0_Wb');
    expect(
      adapter.feedRoot(docOf('<html><body><div role="main"></div></body></html>'))?.getAttribute('role'),
    ).toBe('main');
    expect(adapter.feedRoot(docOf('<html><body><p>nothing</p></body></html>'))).toBeNull();
  });
});
