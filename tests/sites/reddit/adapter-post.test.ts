// The Reddit adapter on one post: where it ends (never an ad or a nested post), its times, and its text (follows
// tests/fixtures/reddit's listings and post pages).
import { describe, expect, it } from 'vitest';
import { redditAdapter as adapter } from '@/lib/sites/reddit/adapter';
import { isoTime } from '@/lib/sites/reddit/values';
import type { ReadResult } from '@/lib/sites/types';
import {
  docOf,
  extract,
  fixture,
  newPage,
  OLD,
  oldPage,
  readFirst,
  shreddit,
  thing,
  useCleanup,
} from './harness';

useCleanup();

describe('where a post ends', () => {
  it('hands over the outermost post only, and never an ad', () => {
    const nested = shreddit({ light: shreddit({ attrs: { id: 't3_1qzzzzz' } }) });
    const doc = docOf(
      newPage(
        `${nested}<shreddit-ad-post id="t3_1qyad7k"><shreddit-post id="t3_1qyad7k"></shreddit-post></shreddit-ad-post>`,
      ),
    );
    const posts = adapter.findPosts(adapter.feedRoot(doc)!);
    expect(posts.map((p) => p.getAttribute('id'))).toEqual(['t3_1r2lmn0']);
    const inner = doc.querySelector('[id="t3_1qzzzzz"]')!;
    expect(adapter.postOf(inner)?.getAttribute('id')).toBe('t3_1r2lmn0');
    expect(adapter.findPosts(inner).map((p) => p.getAttribute('id'))).toEqual(['t3_1r2lmn0']);
    expect(adapter.postOf(doc.querySelector('shreddit-ad-post shreddit-post')!)).toBeNull();
    expect(adapter.findPosts(doc.querySelector('shreddit-ad-post')!)).toEqual([]);
  });

  it('maps a change inside a post to the post, and a text node to its element’s post', () => {
    const doc = docOf(fixture('old-listing.html'), OLD);
    const score = doc.querySelector('[data-fullname="t3_1r2lmn0"] .score.likes')!;
    expect(adapter.postOf(score.firstChild!)?.getAttribute('data-fullname')).toBe('t3_1r2lmn0');
    expect(adapter.postOf(doc.querySelector('.side')!)).toBeNull();
    expect(adapter.postOf(doc.querySelector('[data-fullname="t3_1qyad7k"] .score')!)).toBeNull();
  });

  it('puts the badge in a new post’s header and after an old post’s row of links', () => {
    const doc = docOf(fixture('subreddit-listing.html'));
    const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
    const at = adapter.badgeAnchor(post!);
    expect(at?.parent.getAttribute('slot')).toBe('credit-bar');
    const old = docOf(fixture('old-listing.html'), OLD);
    const thingEl = old.querySelector('[data-fullname="t3_1r2lmn0"]')!;
    const oldAt = adapter.badgeAnchor(thingEl)!;
    expect(oldAt.parent.classList.contains('top-matter')).toBe(true);
    expect(oldAt.before).toBe(thingEl.querySelector('ul.buttons')!.nextSibling);
  });

  it('watches the attributes Reddit updates and the posts’ shadow roots', () => {
    expect(adapter.observe.shadowRoots).toBe(true);
    expect(adapter.observe.attributes).toEqual(expect.arrayContaining(['score', 'comment-count', 'number']));
  });
});

describe('Reddit’s times', () => {
  it('reads ISO times with microseconds and offsets, and nothing else', () => {
    expect(isoTime('2025-11-04T18:20:10.257000+0000')).toBe(Date.parse('2025-11-04T18:20:10.257Z'));
    expect(isoTime('2023-11-04T11:38:04+00:00')).toBe(Date.parse('2023-11-04T11:38:04Z'));
    expect(isoTime('2026-11-20T09:14:22.418+01:00')).toBe(Date.parse('2026-11-20T08:14:22.418Z'));
    expect(isoTime('2026-11-20T08:14:22Z')).toBe(Date.parse('2026-11-20T08:14:22Z'));
    for (const bad of ['4h ago', '', '2026-11-20', '1795162462000', null]) expect(isoTime(bad)).toBeNull();
  });
});

describe('a post’s text', () => {
  const textOf = (r: ReadResult) => (r.ok ? r.post.text : `unreadable: ${r.problem.reason}`);

  it('is its title, never the comments under it, on new and old Reddit', async () => {
    const page = await extract(
      fixture('post-page.html'),
      'https://www.reddit.com/r/Coffee/comments/1r2lmn0/',
    );
    expect(page.posts.map((p) => p.text)).toEqual(['Our new Huila lot is roasting today']);
    const old = await extract(
      fixture('old-post-page.html'),
      'https://old.reddit.com/r/Coffee/comments/1qwtr8e/ama/',
    );
    expect(old.posts.map((p) => p.text)).toEqual(['AMA: we are Lumen, a small roastery']);
    const all = JSON.stringify([page, old]);
    for (const comment of ['That color is perfect', 'Ordering a bag!', 'How do you pick which lots to buy?'])
      expect(all).not.toContain(comment);
  });

  it('is the crosspost’s own title, not its source card’s; an attribute’s text stays text', () => {
    const card =
      '<div slot="post-media-container"><shreddit-post id="t3_1r2aaaa" post-title="The source"></shreddit-post></div>';
    const r = readFirst(
      newPage(shreddit({ attrs: { 'post-title': 'Look at this &lt;b&gt;roast&lt;/b&gt;' }, light: card })),
    );
    expect(textOf(r)).toBe('Look at this <b>roast</b>');
    expect(textOf(readFirst(newPage(shreddit())))).toBeUndefined();
  });

  it('on old Reddit is the title link, not the self text nor the domain', () => {
    const html = oldPage(thing()).replace(
      '<div class="top-matter">',
      '<div class="top-matter"><p class="title"><a class="title may-blank" href="/r/Coffee/comments/1qwtr8e/ama/">AMA: we roast</a> <span class="domain">(self.Coffee)</span></p>',
    );
    expect(textOf(readFirst(html, OLD))).toBe('AMA: we roast');
  });
});
