// The Mastodon adapter on the page as a whole, where the fixtures don't show it well: the selector table's
// evidence, altered pages, which pages are Mastodon and which show posts, and the page plumbing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { mastodonAdapter as adapter } from '@/lib/sites/mastodon/adapter';
import { MASTODON } from '@/lib/sites/mastodon/selectors';
import { everySelector } from '@/lib/sites/selector';
import type { SiteAdapter } from '@/lib/sites/types';
import { extractPage } from '@/scripts/lib/extract-page';
import { ctxOf, docOf, fixture, NOW, page, statusHtml, useCleanup } from './setup';

useCleanup();

describe('selector table', () => {
  const load = (file: string) => docOf(fixture(file), 'https://mastodon.social/');
  it.each(everySelector(MASTODON).map((s) => [s.css, s] as const))(
    '%s matches in every fixture it lists',
    (_, s) => {
      expect(s.fixtures.length).toBeGreaterThan(0);
      expect(s.seen.length).toBeGreaterThan(10);
      for (const file of s.fixtures)
        expect(load(file).querySelector(s.css), `${s.css} in ${file}`).not.toBeNull();
    },
  );
});

describe('an altered page', () => {
  it('with .status renamed is broken, "no post container found": no silence, no numbers', async () => {
    const html = fixture('home-timeline.html').replace(/class="status( |")/g, 'class="toot$1');
    const got = await extractPage(html, 'https://mastodon.social/home', { site: 'mastodon', now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'mastodon', page: true, reason: 'no post container found' }]);
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(fixture('profile.html'), 'https://mastodon.social/@lumen');
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.getAttribute('data-id') === '117582144792261394') throw new Error('boom');
        return adapter.readPost(el, ctx);
      },
    };
    const results = adapter
      .findPosts(adapter.feedRoot(doc)!)
      .map((el) => readSafely(failing, el, ctxOf('https://mastodon.social/@lumen')));
    expect(results).toHaveLength(6);
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const failed = results.find((r) => !r.ok);
    expect(failed && !failed.ok && failed.problem.reason).toBe('reading failed: boom');
  });
});

describe('recognizes', () => {
  it('Mastodon web app pages by their app root or initial state, nothing else', () => {
    for (const f of [
      'home-timeline.html',
      'profile.html',
      'profile-de.html',
      'status.html',
      'notifications.html',
    ])
      expect(adapter.recognizes!(docOf(fixture(f))), f).toBe(true);
    expect(adapter.recognizes!(docOf(fixture('settings.html')))).toBe(false);
    expect(
      adapter.recognizes!(
        docOf('<html><head><script id="initial-state" type="application/json">{}</script></head></html>'),
      ),
    ).toBe(true);
    expect(adapter.recognizes!(docOf('<html><body><div id="mastodon">no props</div></body></html>'))).toBe(
      false,
    );
    const x = readFileSync(join('tests', 'fixtures', 'x', 'home-timeline.html'), 'utf8');
    expect(adapter.recognizes!(docOf(x, 'https://x.com/home'))).toBe(false);
  });
});

describe('pageKind', () => {
  const posts = (path: string) => adapter.pageKind(new URL(`https://mastodon.social${path}`)).posts;
  it.each([
    '/home',
    '/',
    '/notifications',
    '/public/local',
    '/public',
    '/explore',
    '/tags/coffee',
    '/lists/12',
    '/bookmarks',
    '/favourites',
    '/conversations',
    '/@lumen',
    '/@lumen/with_replies',
    '/@lumen/media',
    '/@ada@fosstodon.org',
    '/@lumen/117559166928218571',
    '/web/timelines/home',
  ])('%s shows posts', (path) => expect(posts(path)).toBe(true));
  it.each([
    '/settings/profile',
    '/settings/preferences/appearance',
    '/admin/dashboard',
    '/auth/edit',
    '/oauth/authorized_applications',
    '/filters',
    '/relationships',
    '/about',
    '/privacy-policy',
    '/directory',
    '/@lumen/followers',
    '/@lumen/following',
    '/@lumen/117559166928218571/reblogs',
    '/@lumen/117559166928218571/favourites',
  ])('%s shows none, and says so', (path) =>
    expect(adapter.pageKind(new URL(`https://mastodon.social${path}`))).toEqual({
      posts: false,
      why: 'this Mastodon page shows no posts',
    }),
  );
});

describe('page plumbing', () => {
  it('watches ids, links and times, not class churn', () => {
    expect(adapter.observe.attributes).toEqual(expect.arrayContaining(['href', 'datetime', 'data-id']));
    expect(adapter.observe.attributes).not.toContain('class');
  });

  it('puts the badge after the post’s own action bar, else after its header', () => {
    const doc = docOf(fixture('status.html'), 'https://mastodon.social/@lumen/117559166928218571');
    const [detailed, reply] = adapter.findPosts(adapter.feedRoot(doc)!);
    const a = adapter.badgeAnchor(detailed!)!;
    expect(a.parent.matches('.detailed-status__wrapper')).toBe(true);
    expect(a.before).toBeNull();
    expect(a.parent.lastElementChild?.matches('.detailed-status__action-bar')).toBe(true);
    const b = adapter.badgeAnchor(reply!)!;
    expect(b.parent).toBe(reply);
    expect(b.parent.lastElementChild?.matches('.status__action-bar')).toBe(true);
    const bare = docOf(page(statusHtml({ id: '1', href: '/@lumen/1', counts: null })));
    const post = bare.querySelector('.status')!;
    const c = adapter.badgeAnchor(post)!;
    expect((c.before as Element).matches('.status__content')).toBe(true);
  });

  it('counts permalinks outside any post container, and none on pages it understands', () => {
    for (const f of Object.keys(JSON.parse(fixture('expected.json'))))
      expect(adapter.postSigns(docOf(fixture(f))), f).toBe(0);
    const renamed = fixture('status.html').replace(/class="status( |")/g, 'class="toot$1');
    expect(adapter.postSigns(docOf(renamed))).toBe(3);
  });

  it('finds the columns area as the feed root, else the feed, else the app root', () => {
    expect(adapter.feedRoot(docOf(fixture('home-timeline.html')))?.matches('.columns-area')).toBe(true);
    expect(
      adapter.feedRoot(docOf('<div id="mastodon"><div role="feed"></div></div>'))?.getAttribute('role'),
    ).toBe('feed');
    expect(adapter.feedRoot(docOf(fixture('settings.html')))).toBeNull();
  });
});
