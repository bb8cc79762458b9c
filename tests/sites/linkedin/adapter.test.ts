// The LinkedIn adapter on what the fixtures don't show well, for the page as a whole: altered pages, a post
// that throws, authors without English labels, page kinds, accounts, and plumbing.
import { describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { linkedinAdapter as adapter } from '@/lib/sites/linkedin/adapter';
import { accountOfHref } from '@/lib/sites/linkedin/identity';
import type { SiteAdapter } from '@/lib/sites/types';
import { extractPage } from '@/scripts/lib/extract-page';
import { docOf, FEED, fixture, legacyCard, NOW, page, useCleanup } from './setup';

useCleanup();

describe('an altered page', () => {
  it('with the legacy cards renamed is broken, "no post container found": no numbers', async () => {
    const html = fixture('home-feed-legacy.html').replace(/feed-shared-update-v2 /g, 'feed-update-v3 ');
    const got = await extractPage(html, FEED, { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('with the current cards renamed is broken, found by their control menus', async () => {
    const html = fixture('home-feed-current.html').replace(/role="listitem"/g, 'role="article"');
    const got = await extractPage(html, FEED, { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('with the counts bar gone is broken with the reason, and stores nothing', async () => {
    const html = fixture('company-posts.html')
      .replace(/social-details-social-counts/g, 'social-proof-bar')
      .replace(/feed-shared-social-action-bar/g, 'action-row');
    const got = await extractPage(html, 'https://www.linkedin.com/company/lumen-roasters/posts/', {
      adapter,
      now: NOW,
    });
    expect(got.health.state).toBe('broken');
    expect(got.health.state === 'broken' && got.health.why).toContain('no counts found');
    expect(got.posts).toEqual([]);
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(
      fixture('company-posts.html'),
      'https://www.linkedin.com/company/lumen-roasters/posts/',
    );
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.getAttribute('data-urn')?.endsWith('7524765203134637829')) throw new Error('boom');
        return adapter.readPost(el, ctx);
      },
    };
    const ctx = { locale: 'en', url: new URL(FEED), now: NOW };
    const results = adapter.findPosts(adapter.feedRoot(doc)!).map((el) => readSafely(failing, el, ctx));
    expect(results).toHaveLength(6);
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    expect(results.map((r) => (r.ok ? 'ok' : r.problem.reason))).toContain('reading failed: boom');
  });
});

describe('authors', () => {
  it('in the current markup without English labels, come from the avatar link, never the context line', async () => {
    const html = fixture('home-feed-current.html').replaceAll(
      'Open control menu for post by',
      'Steuerungsmenü für Beitrag von',
    );
    const got = await extractPage(html, FEED, { adapter, now: NOW });
    expect(got.posts.map((p) => p.author)).toEqual([
      'company/lumen-roasters',
      'in/jonas-berg-4a1b2c3',
      'company/lumen-roasters',
    ]);
    expect(got.problems.map((p) => p.author)).toEqual(['company/lumen-roasters', 'in/ada-byte']);
  });
});

describe('pageKind', () => {
  const kind = (path: string) => adapter.pageKind(new URL(`https://www.linkedin.com${path}`)).posts;
  it.each([
    '/feed/',
    '/in/mara-lindqvist/',
    '/in/mara-lindqvist/recent-activity/all/',
    '/company/lumen-roasters/',
    '/company/lumen-roasters/posts/',
    '/company/104523/admin/page-posts/published/',
    '/showcase/lumen-labs/posts/',
    '/feed/update/urn:li:activity:7525856579968874925/',
    '/search/results/content/?keywords=coffee',
  ])('%s shows posts', (path) => expect(kind(path)).toBe(true));
  it.each([
    '/messaging/',
    '/jobs/view/123/',
    '/mynetwork/',
    '/notifications/',
    '/mypreferences/d/categories/account',
    '/psettings/',
    '/in/mara-lindqvist/details/experience/',
    '/company/lumen-roasters/about/',
    '/company/lumen-roasters/people/',
    '/login',
  ])('%s shows none, and says so', (path) =>
    expect(adapter.pageKind(new URL(`https://www.linkedin.com${path}`))).toEqual({
      posts: false,
      why: 'this LinkedIn page shows no posts',
    }),
  );
});

describe('accounts', () => {
  it('reads authors from links on any linkedin.com host, and nothing else', () => {
    expect(accountOfHref('https://ca.linkedin.com/in/andrewjjenkins?trk=x')).toBe('in/andrewjjenkins');
    expect(accountOfHref('/company/lumen-roasters/posts')).toBe('company/lumen-roasters');
    expect(accountOfHref('https://www.linkedin.com/school/uppsala-university/')).toBe(
      'school/uppsala-university',
    );
    for (const bad of [
      'http://www.linkedin.com/in/ada',
      'https://linkedin.com.evil.example/in/ada',
      'https://evil.example/in/ada',
      '/feed/',
      '/in/',
      'javascript:alert(1)',
    ])
      expect(accountOfHref(bad), bad).toBeNull();
  });

  it('names the page’s account from the URL; managed on an admin view or the member’s own profile', () => {
    const doc = docOf(fixture('home-feed-legacy.html'));
    const of = (path: string) => adapter.pageAccount(doc, new URL(`https://www.linkedin.com${path}`));
    expect(of('/company/lumen-roasters/posts/')).toEqual({ handle: 'company/lumen-roasters' });
    expect(of('/company/104523/admin/page-posts/published/')).toEqual({
      handle: 'company/104523',
      managed: true,
    });
    expect(of('/in/Mara-Lindqvist/')).toEqual({ handle: 'in/Mara-Lindqvist', managed: true }); // the viewer
    expect(of('/in/jonas-berg-4a1b2c3/recent-activity/all/')).toEqual({ handle: 'in/jonas-berg-4a1b2c3' });
    expect(of('/feed/')).toBeNull();
    // Guests are sent to country hosts (the real Audiense page: uk.linkedin.com).
    expect(adapter.pageAccount(doc, new URL('https://uk.linkedin.com/company/audiense'))).toEqual({
      handle: 'company/audiense',
    });
    expect(of('/in/x/')).toBeNull();
  });

  it('reads the viewer from the feed’s profile card, with their name; none when logged out', () => {
    expect(adapter.viewer(docOf(fixture('home-feed-legacy.html')))).toEqual({
      handle: 'in/mara-lindqvist',
      name: 'Mara Lindqvist',
    });
    expect(adapter.viewer(docOf(fixture('company-guest.html')))).toBeNull();
  });
});

describe('page plumbing', () => {
  it('watches ids, labels and count attributes, not class churn', () => {
    expect(adapter.observe.attributes).toEqual(
      expect.arrayContaining(['data-urn', 'aria-label', 'componentkey']),
    );
    expect(adapter.observe.attributes).not.toContain('class');
  });

  it('puts the badge after the counts, else before the action bar', () => {
    const doc = docOf(
      page(legacyCard({ reactions: '5 reactions' }) + legacyCard({ urn: '7525856579968874926' })),
    );
    const [withCounts, without] = adapter.findPosts(adapter.feedRoot(doc)!);
    const a = adapter.badgeAnchor(withCounts!)!;
    expect((a.before as Element).matches('.feed-shared-social-action-bar')).toBe(true);
    const b = adapter.badgeAnchor(without!)!;
    expect((b.before as Element).matches('.feed-shared-social-action-bar')).toBe(true);
  });

  it('finds the feed of each markup', () => {
    expect(adapter.feedRoot(docOf(fixture('home-feed-current.html')))?.getAttribute('data-testid')).toBe(
      'mainFeed',
    );
    expect(adapter.feedRoot(docOf(fixture('company-guest.html')))?.getAttribute('data-test-id')).toBe(
      'updates',
    );
    expect(
      adapter.feedRoot(docOf(fixture('home-feed-legacy.html')))?.matches('.scaffold-finite-scroll__content'),
    ).toBe(true);
  });
});
