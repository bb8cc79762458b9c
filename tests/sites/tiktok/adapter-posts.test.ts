// The TikTok adapter on single posts, where the fixtures don't show them well: counts in other languages,
// ids that disagree, where posts end, a video's text.
import { describe, expect, it } from 'vitest';
import { tiktokAdapter as adapter } from '@/lib/sites/tiktok/adapter';
import type { ReadResult } from '@/lib/sites/types';
import { extractPage } from '@/scripts/lib/extract-page';
import { ctxOf, docOf, extract, FEED, fixture, useCleanup } from './setup';

useCleanup();

const exact = (n: number) => ({ value: n, min: n, max: n });

/** A current For You item; `counts` are likes, comments, saves, shares as the page prints them. */
function item(o: { author?: string; id?: string | null; counts?: string[]; inner?: string }): string {
  const author = o.author ?? 'lumenroasters';
  const player =
    o.id === null ? '' : `<div id="xgwrapper-0-${o.id ?? '7709437701671038013'}"><video></video></div>`;
  const [l = '12', c = '3', f = '4', s = '5'] = o.counts ?? [];
  const count = (e2e: string, t: string) =>
    `<button type="button"><span></span><strong data-e2e="${e2e}">${t}</strong></button>`;
  return `<article data-e2e="recommend-list-item-container"><section data-e2e="feed-video">${player}<a href="/@${author}"><h3 data-e2e="video-author-uniqueid">${author}</h3></a>${o.inner ?? ''}</section><section><a data-e2e="video-author-avatar" href="/@${author}"></a>${count('like-count', l)}${count('comment-count', c)}${count('undefined-count', f)}${count('share-count', s)}</section></article>`;
}
const page = (body: string, lang = 'en') =>
  `<html lang="${lang}"><body><div id="app"><div id="column-list-container">${body}</div></div></body></html>`;

function readFirst(html: string, url = FEED, locale = 'en'): ReadResult {
  const doc = docOf(html, url);
  const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
  return adapter.readPost(post!, ctxOf(url, locale));
}

describe('counts in the page’s language', () => {
  it.each([
    ['es', ['1,2 mil', '987', '12,3 mil', '1,2 M'], { value: 1225, min: 1150, max: 1299 }],
    ['pt-BR', ['10,5 mil', '3', '4', '5'], { value: 10525, min: 10450, max: 10599 }],
    ['ja', ['1.2万', '3', '4', '5'], { value: 12250, min: 11500, max: 12999 }],
    ['zh-TW', ['1.2萬', '3', '4', '5'], { value: 12250, min: 11500, max: 12999 }],
    ['de', ['1,2 Mio.', '3', '4', '5'], { value: 1225000, min: 1150000, max: 1299999 }],
    ['fr', ['12,3 k', '3', '4', '5'], { value: 12325, min: 12250, max: 12399 }],
    ['en', ['7582', '3', '4', '5'], exact(7582)],
  ])('%s: %j', (lang, counts, likes) => {
    const r = readFirst(page(item({ counts }), lang), FEED, lang);
    expect(r.ok && r.post.metrics.likes).toEqual(likes);
  });

  it('leaves out a count shown as a word, never 0; a number it can’t read makes the post unreadable', () => {
    const word = readFirst(page(item({ counts: ['12', '3', 'Save', 'Share'] })));
    expect(word.ok && word.post.metrics).toEqual({ likes: exact(12), comments: exact(3) });
    const bad = readFirst(page(item({ counts: ['12', '3', '4', '1.2.3.4.5'] })));
    expect(!bad.ok && bad.problem.reason).toBe("the shares count shown can't be read");
  });
});

describe('which video a post is', () => {
  it('will not guess between two ids in one item', () => {
    const inner = '<div id="xgwrapper-9-7710008464491022871"></div>';
    const r = readFirst(page(item({ inner })));
    expect(!r.ok && r.problem).toEqual({
      platform: 'tiktok',
      author: 'lumenroasters',
      reason: 'more than one video id in the post',
    });
  });

  it('takes an item’s own link to its post when no player is mounted', () => {
    const inner =
      '<a href="https://www.tiktok.com/@lumenroasters/video/7703480904992022819?lang=en">open</a>';
    const r = readFirst(page(item({ id: null, inner })));
    expect(r.ok && [r.post.id, r.post.url]).toEqual([
      '7703480904992022819',
      'https://www.tiktok.com/@lumenroasters/video/7703480904992022819',
    ]);
  });

  it('does not read a modal whose player and address name different videos (the address moved first)', () => {
    const url = 'https://www.tiktok.com/@lumenroasters/video/7709437701671038013';
    const r = readFirst(fixture('modal-es.html'), url, 'es');
    expect(r.ok).toBe(true); // the feed item of another account comes first and is read
    const doc = docOf(fixture('modal-es.html'), url);
    const posts = adapter.findPosts(adapter.feedRoot(doc)!);
    const modal = adapter.readPost(posts[posts.length - 1]!, ctxOf(url, 'es'));
    expect(!modal.ok && modal.problem.reason).toBe(
      'the video shown and the page address name different videos',
    );
  });

  it('does not read a video page whose author and address differ', () => {
    const url = 'https://www.tiktok.com/@hanoi.brews/video/7709437701671038013';
    const r = readFirst(fixture('video.html'), url);
    expect(!r.ok && r.problem).toMatchObject({
      author: 'lumenroasters',
      reason: 'the author shown and the page address differ',
    });
  });

  it('gives no time rather than a guess when the id carries no plausible one', () => {
    // An id whose top bits are 2027: more than a day after "now", so not a time this post can have.
    const future = '7852000000000000000';
    const html = fixture('video.html').replaceAll('7709437701671038013', future);
    const r = readFirst(html, `https://www.tiktok.com/@lumenroasters/video/${future}`);
    expect(r.ok && r.post.publishedAt).toBeNull();
    expect(r.ok && r.post).not.toHaveProperty('publishedPrecision');
    expect(r.ok && r.post.metrics.likes).toEqual(exact(1834));
  });

  it('never takes the embedded JSON’s stats: they are rounded like the text, and go stale', async () => {
    const url = 'https://www.tiktok.com/@latteart.lab/video/7135383663819037445';
    const html = fixture('video-2022.html').replace('"diggCount":217200', '"diggCount":999999');
    const got = await extractPage(html, url, { adapter, now: Date.parse('2022-08-30T10:52:42Z') });
    expect(got.posts[0]!.metrics.likes).toEqual({ value: 217225, min: 217150, max: 217299 });
  });
});

describe('where a post ends', () => {
  it('looks for the modal again in a later task: one opened over the feed is found', async () => {
    const url = 'https://www.tiktok.com/@lumenroasters/video/7703480904992022819';
    // Where the modal is, learnt from another copy of the page: its place, as child indexes from <body>.
    const seen = docOf(fixture('modal-es.html'), url);
    const path: number[] = [];
    for (
      let n: Element = adapter.findPosts(adapter.feedRoot(seen)!).at(-1)!;
      n.parentElement;
      n = n.parentElement
    )
      path.unshift(Array.from(n.parentElement.children).indexOf(n));
    const doc = docOf(fixture('modal-es.html'), url);
    const modal = path.reduce<Element>((el, i) => el.children[i]!, doc.documentElement);
    expect(modal.querySelector('[data-e2e="browse-username"]')).not.toBeNull();
    // The feed first, without the modal; the modal opens in a later task.
    const [parent, next] = [modal.parentElement!, modal.nextSibling];
    modal.remove();
    expect(adapter.findPosts(adapter.feedRoot(doc)!)).not.toContain(modal);
    parent.insertBefore(modal, next);
    await new Promise((r) => setTimeout(r, 0));
    expect(adapter.findPosts(adapter.feedRoot(doc)!)).toContain(modal);
  });

  it('takes the modal’s author handle for its post, never one drawn inside a feed item', async () => {
    const url = 'https://www.tiktok.com/@lumenroasters/video/7703480904992022819';
    const doc = docOf(fixture('modal-es.html'), url);
    const before = adapter.findPosts(adapter.feedRoot(doc)!).length;
    // A handle styled as the video page's, inside a feed item that comes before the modal.
    const item = doc.querySelector('[data-e2e="recommend-list-item-container"]')!;
    item.insertAdjacentHTML('afterbegin', '<span data-e2e="browse-username">someone.else</span>');
    await new Promise((r) => setTimeout(r, 0));
    const posts = adapter.findPosts(adapter.feedRoot(doc)!);
    expect(posts).toHaveLength(before);
    const modal = posts.find((p) => !p.matches('[data-e2e="recommend-list-item-container"]'))!;
    expect(modal.querySelector('[data-e2e="recommend-list-item-container"]')).toBeNull();
    expect(modal.querySelector('[data-e2e="browse-username"]')?.textContent).toBe('lumenroasters');
  });

  it('maps a changed node to its item, an ad’s node to nothing, the modal’s node to the modal', () => {
    const url = 'https://www.tiktok.com/@lumenroasters/video/7703480904992022819';
    const doc = docOf(fixture('modal-es.html'), url);
    const [, other, modal] = [
      ...doc.querySelectorAll('[data-e2e="like-count"], [data-e2e="browse-like-count"]'),
    ];
    expect(adapter.postOf(other!.firstChild!)?.matches('[data-e2e="recommend-list-item-container"]')).toBe(
      true,
    );
    const modalPost = adapter.postOf(modal!);
    expect(modalPost?.querySelector('[data-e2e="browse-username"]')).not.toBeNull();
    // The feed item showing the modal's video is left to the modal.
    const first = doc.querySelector('[data-e2e="like-count"]')!;
    expect(adapter.postOf(first)).toBeNull();
    expect(adapter.postOf(doc.querySelector('[data-e2e="nav-foryou"]')!)).toBeNull();
    const feed = docOf(fixture('foryou.html'));
    expect(adapter.postOf(feed.querySelector('[data-e2e="ad-tag"]')!)).toBeNull();
    expect(adapter.findPosts(feed.querySelector('[data-e2e="ad-tag"]')!.closest('article')!)).toEqual([]);
  });

  it('reads the video page’s own counts, never those of another video’s item inside it', () => {
    const url = 'https://www.tiktok.com/@lumenroasters/video/7709437701671038013';
    const doc = docOf(fixture('video.html'), url);
    const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
    expect(post!.matches('[data-e2e="recommend-list-item-container"]')).toBe(false);
    // A recommended video drawn as a feed item, ahead of the page's own counts.
    const other = doc.createElement('article');
    other.setAttribute('data-e2e', 'recommend-list-item-container');
    for (const e2e of ['browse-like-count', 'like-count', 'browse-comment-count', 'comment-count']) {
      const count = other.appendChild(doc.createElement('strong'));
      count.setAttribute('data-e2e', e2e);
      count.textContent = '9999';
    }
    post!.prepend(other);
    const r = adapter.readPost(post!, ctxOf(url));
    expect(r.ok && r.post.metrics).toMatchObject({ likes: exact(1834), comments: exact(96) });
    expect(adapter.identify!(post!, ctxOf(url))?.id).toBe('7709437701671038013');
  });

  it('puts the badge in the action column, or at the end of a profile tile', () => {
    const doc = docOf(fixture('foryou.html'));
    const [first] = adapter.findPosts(adapter.feedRoot(doc)!);
    const anchor = adapter.badgeAnchor(first!)!;
    expect(anchor.parent.querySelector('[data-e2e="share-count"]')).not.toBeNull();
    expect(first!.contains(anchor.parent)).toBe(true);
    const grid = docOf(fixture('profile.html'), 'https://www.tiktok.com/@lumenroasters');
    const [tile] = adapter.findPosts(adapter.feedRoot(grid)!);
    expect(adapter.badgeAnchor(tile!)).toEqual({ parent: tile, before: null });
  });

  it('counts a page’s posts signs only outside the posts it knows', () => {
    expect(adapter.postSigns(docOf(fixture('foryou.html')))).toBe(0);
    expect(adapter.postSigns(docOf(fixture('video.html')))).toBe(0);
    expect(adapter.postSigns(docOf(fixture('profile-reposts.html')))).toBe(0);
  });
});

describe('a video’s text', () => {
  const VIDEO = 'https://www.tiktok.com/@lumenroasters/video/7709437701671038013';

  it('is its description on the video page: not the comments, not the sound’s name', async () => {
    const got = await extract(fixture('video.html'), VIDEO);
    expect(got.posts.map((p) => p.text)).toEqual(['How we dial in espresso every morning. #coffee']);
    const all = JSON.stringify(got.posts);
    expect(all).not.toContain('original sound');
    expect(all).not.toContain('18 g in, 36 g out');
    expect(all).not.toContain('ratio matters more than grind');
  });

  it('in the feed is each item’s own description; a tile shows none, and is still read', async () => {
    const feed = await extract(fixture('foryou.html'));
    expect(feed.posts.find((p) => p.author === 'hanoi.brews')?.text).toBe('Egg coffee, the old way #hanoi');
    const grid = await extract(fixture('profile.html'), 'https://www.tiktok.com/@lumenroasters');
    expect(grid.posts.length).toBeGreaterThan(0);
    expect(grid.posts.every((p) => p.text === undefined)).toBe(true);
  });
});
