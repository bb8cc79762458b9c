// The Instagram adapter on what the fixtures don't show well, for the page as a whole: altered pages, a post
// whose reading throws, what a node belongs to (scoping), and plumbing (what is watched, the root, the badge).
import { describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { instagramAdapter as adapter } from '@/lib/sites/instagram/adapter';
import type { SiteAdapter } from '@/lib/sites/types';
import { extractPage } from '@/scripts/lib/extract-page';
import { ctxOf, docOf, fixture, HOME, NOW, useCleanup } from './setup';

useCleanup();

describe('an altered page', () => {
  it('whose feed articles were renamed is broken, "no post container found": no silence, no numbers', async () => {
    const html = fixture('home-feed.html').replace(/<(\/?)article\b/g, '<$1div');
    const got = await extractPage(html, HOME, { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'instagram', page: true, reason: 'no post container found' }]);
  });

  it('whose post page lost its action bar <section> is broken the same way', async () => {
    const html = fixture('post-page-pt.html').replace(/<(\/?)section\b/g, '<$1div');
    const got = await extractPage(html, 'https://www.instagram.com/p/DfehxefgAiZ/', { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('whose counts lost their button role gives the reason, and no post is stored as zeros', async () => {
    const html = fixture('home-feed.html').replace(/<span class="x1lliihq x193iq5w" role="button"/g, '<span');
    const got = await extractPage(html, HOME, { adapter, now: NOW });
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no counts shown beside the like and comment buttons',
    });
    expect(got.posts).toEqual([]);
    expect(got.problems.filter((p) => !('page' in p)).map((p) => p.id)).toEqual([
      'DffNet7gASx',
      'DfZk3vPgAzm',
      'DfcggpjgAXg',
      'DfeZOW3gAot',
      'DfhC4Y7gAaq',
    ]);
  });

  it('whose action icons lost their labels says the action bar is missing, and reads no number', async () => {
    const html = fixture('home-feed.html').replace(/<svg aria-label="[^"]*"/g, '<svg');
    const got = await extractPage(html, HOME, { adapter, now: NOW });
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no counts found: the action bar is missing',
    });
    expect(got.posts).toEqual([]);
  });

  it('whose time links are gone reports each post as unreadable', async () => {
    const html = fixture('home-feed.html').replace(/<time\b[^>]*>[^<]*<\/time>/g, '');
    const got = await extractPage(html, HOME, { adapter, now: NOW });
    expect(got.health.state).toBe('broken');
    expect(got.health.state === 'broken' && got.health.why).toContain('no link to the post with its time');
    expect(got.posts).toEqual([]);
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(fixture('home-feed.html'));
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.querySelector('a[href="/p/DfcggpjgAXg/"]')) throw new Error('boom');
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

describe('scope', () => {
  it('finds the post page’s block from a count, and nothing from a comment or the "more posts" grid', () => {
    const url = 'https://www.instagram.com/p/DfehxefgAiZ/';
    const doc = docOf(fixture('post-page-pt.html'), url);
    const [block] = adapter.findPosts(adapter.feedRoot(doc)!);
    const count = Array.from(doc.querySelectorAll('section span[role="button"]')).find(
      (s) => s.textContent === '37',
    )!;
    expect(adapter.postOf(count.firstChild!)).toBe(block);
    expect(adapter.postOf(doc.querySelector('a[href*="/c/17912345678901234/"]')!)).toBeNull();
    expect(adapter.postOf(doc.querySelector('a[href="/padaria.aurora/p/DfcIZMTgAia/"]')!)).toBeNull();
    expect(adapter.findPosts(block!)).toEqual([block]);
  });

  it('counts permalinks outside any post, and none on pages it understands', () => {
    for (const [f, want] of Object.entries(
      JSON.parse(fixture('expected.json')) as Record<string, { url: string }>,
    ))
      expect(adapter.postSigns(docOf(fixture(f), want.url)), f).toBe(0);
    const renamed = fixture('home-feed.html').replace(/<(\/?)article\b/g, '<$1div');
    // Five articles have a time link; the ad has none.
    expect(adapter.postSigns(docOf(renamed))).toBe(5);
  });
});

describe('plumbing', () => {
  it('watches links and times, not class churn', () => {
    expect(adapter.observe.attributes).toEqual(expect.arrayContaining(['href', 'datetime']));
    expect(adapter.observe.attributes).not.toContain('class');
  });

  it('observes <main>, and the whole body on a post’s address (a post opened over a grid is outside main)', () => {
    expect(adapter.feedRoot(docOf(fixture('home-feed.html')))?.getAttribute('role')).toBe('main');
    const dialog = docOf(fixture('hidden-likes.html'), 'https://www.instagram.com/p/DfUxxEzgAlh/');
    expect(adapter.feedRoot(dialog)?.tagName).toBe('BODY');
    expect(adapter.feedRoot(docOf('<html><body><div></div></body></html>'))).toBeNull();
  });

  it('puts the badge after the action bar, inside the post; on a tile, inside the tile', () => {
    const doc = docOf(fixture('post-page-pt.html'), 'https://www.instagram.com/p/DfehxefgAiZ/');
    const [block] = adapter.findPosts(adapter.feedRoot(doc)!);
    const a = adapter.badgeAnchor(block!)!;
    expect(a.parent).toBe(block);
    expect((a.before as Element).querySelector('time')).not.toBeNull();
    const grid = docOf(fixture('profile-grid.html'), 'https://www.instagram.com/northwind.coffee/');
    const [tile] = adapter.findPosts(adapter.feedRoot(grid)!);
    expect(adapter.badgeAnchor(tile!)).toEqual({ parent: tile, before: null });
  });
});
