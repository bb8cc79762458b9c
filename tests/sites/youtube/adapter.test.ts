// The YouTube adapter on what the fixtures don't show well, for the page as a whole: the selectors' evidence,
// altered pages, a reading that throws, a saved page re-parsed, and what a mutation belongs to.
import { describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { everySelector } from '@/lib/sites/selector';
import type { SiteAdapter } from '@/lib/sites/types';
import { youtubeAdapter as adapter } from '@/lib/sites/youtube/adapter';
import { M } from '@/lib/sites/youtube/markup';
import { YT } from '@/lib/sites/youtube/selectors';
import { extractPage } from '@/scripts/lib/extract-page';
import { ctxOf, docOf, fixture, NOW, useCleanup, VIDEOS, WATCH } from './setup';

useCleanup();
const extract = (html: string, url: string) =>
  extractPage(html, url, { adapter, now: NOW, own: '@LumenRoasters' });

it('reads the page only with CSS whose evidence selectors.ts gives, and selectors.ts lists no other', () => {
  const read = Object.values(M).flat();
  const listed = everySelector(YT).map((s) => s.css);
  expect(new Set(read)).toEqual(new Set(listed));
  expect(listed).toHaveLength(new Set(listed).size);
});

describe('an altered page gives a health problem, never numbers', () => {
  it('grid cells renamed: "no post container found"', async () => {
    const html = fixture('channel-videos.html').replace(
      /ytd-rich-item-renderer(?=[\s>])/g,
      'ytd-grid-cell-view-model',
    );
    const got = await extract(html, VIDEOS);
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'youtube', page: true, reason: 'no post container found' }]);
  });

  it('metadata texts gone: posts found but none readable, with what was missing', async () => {
    const html = fixture('channel-videos.html').replaceAll(
      'yt-content-metadata-view-model__metadata-text',
      'x',
    );
    const got = await extract(html, VIDEOS);
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no view count found on the card',
    });
    expect(got.posts).toEqual([]);
  });

  it('watch page without its view count: broken, likes and comments are not stored alone', async () => {
    const html = fixture('watch.html').replaceAll('ytd-watch-info-text', 'ytd-watch-info-text-v2');
    const got = await extract(html, WATCH);
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no view count found under the video',
    });
    expect(JSON.stringify(got)).not.toContain('2481');
  });

  it('watch page renamed: the description’s own links are signs of posts in no container', async () => {
    const html = fixture('watch.html').replace(/ytd-watch-flexy(?=[\s>])/g, 'ytd-watch-grid');
    const got = await extract(html, WATCH);
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('watch page whose uploader block lost its channel link: unreadable, never a channel named elsewhere on it', () => {
    const owner = /(<ytd-video-owner-renderer[\s\S]*?<\/ytd-video-owner-renderer>)/;
    const html = fixture('watch.html').replace(owner, (block) =>
      block.replaceAll('href="/@LumenRoasters"', ''),
    );
    expect(html).toContain('href="/@coffeefan_22"');
    const doc = docOf(html, WATCH);
    const [flexy] = adapter.findPosts(doc);
    const r = adapter.readPost(flexy!, ctxOf(WATCH));
    expect(!r.ok && r.problem.reason).toBe('no uploader link found');
    expect(adapter.identify!(flexy!, ctxOf(WATCH))).toBeNull();
  });

  it('watch page without video-id: unreadable, never guessed from the address', () => {
    const doc = docOf(fixture('watch.html').replace(' video-id="Lm3nPour0v3"', ''), WATCH);
    const [flexy] = adapter.findPosts(doc);
    const r = adapter.readPost(flexy!, ctxOf(WATCH));
    expect(!r.ok && r.problem.reason).toBe('no video-id on the watch page');
  });
});

it('one post whose reading throws does not stop the others', () => {
  const doc = docOf(fixture('channel-videos-de.html'), VIDEOS);
  const failing: SiteAdapter = {
    ...adapter,
    readPost(el, ctx) {
      if (el.querySelector('a[href="/watch?v=Lm3nEspr3s5"]')) throw new Error('boom');
      return adapter.readPost(el, ctx);
    },
  };
  const results = adapter
    .findPosts(adapter.feedRoot(doc)!)
    .map((el) => readSafely(failing, el, ctxOf(VIDEOS, 'de-DE')));
  expect(results).toHaveLength(4);
  expect(results.filter((r) => r.ok)).toHaveLength(3);
  const failed = results.find((r) => !r.ok);
  expect(failed && !failed.ok && failed.problem).toMatchObject({
    reason: 'reading failed: boom',
    failed: true,
  });
});

describe('a saved page re-parsed', () => {
  it('finds the watch page an HTML parser lifted out of the page manager (nested links), and only it', async () => {
    const html = fixture('watch.html');
    const start = html.indexOf('<ytd-watch-flexy');
    const end = html.indexOf('</ytd-watch-flexy>') + '</ytd-watch-flexy>'.length;
    const flexy = html.slice(start, end);
    const moved = (html.slice(0, start) + html.slice(end)).replace(
      '</ytd-page-manager>',
      `</ytd-page-manager>${flexy}`,
    );
    const doc = docOf(moved, WATCH);
    expect(doc.querySelector('ytd-page-manager ytd-watch-flexy')).toBeNull();
    const got = await extractPage(moved, WATCH, { adapter, now: NOW });
    expect(got.posts.map((p) => [p.id, p.metrics.views?.value])).toEqual([['Lm3nPour0v3', 48_213]]);
  });
});

describe('what a change belongs to', () => {
  const doc = () => docOf(fixture('watch.html'), WATCH);
  it('the like label and the comments header change the watch post; player, related and comments do not', () => {
    const d = doc();
    const flexy = d.querySelector('ytd-watch-flexy');
    expect(adapter.postOf(d.querySelector('like-button-view-model button')!)).toBe(flexy);
    expect(adapter.postOf(d.querySelector('ytd-comments-header-renderer #count')!)).toBe(flexy);
    for (const css of ['#movie_player', '#related yt-lockup-view-model', '#vote-count-middle'])
      expect(adapter.postOf(d.querySelector(css)!), css).toBeNull();
  });

  it('ads, Mixes and hidden earlier pages belong to no post', () => {
    const home = docOf(fixture('home.html'), 'https://www.youtube.com/');
    expect(adapter.postOf(home.querySelector('ytd-ad-slot-renderer a')!)).toBeNull();
    expect(adapter.postOf(home.querySelector('a[href*="list=RD"]')!)).toBeNull();
    expect(adapter.postOf(doc().querySelector('ytd-browse[hidden] a')!)).toBeNull();
    const brand = home.querySelector('a[href="/watch?v=Lm3nPour0v3"]')!;
    expect(adapter.postOf(brand)).toBe(brand.closest('ytd-rich-item-renderer'));
  });

  it('puts the badge after the card’s metadata, the Shorts views, or the video’s title', () => {
    const home = docOf(fixture('home.html'), 'https://www.youtube.com/');
    const [first] = adapter.findPosts(adapter.feedRoot(home)!);
    expect(adapter.badgeAnchor(first!)?.before).toBe(
      first!.querySelector('yt-content-metadata-view-model')!.nextSibling,
    );
    const shorts = docOf(fixture('channel-shorts.html'), 'https://www.youtube.com/@LumenRoasters/shorts');
    const [short] = adapter.findPosts(adapter.feedRoot(shorts)!);
    expect(adapter.badgeAnchor(short!)?.parent).toBe(
      short!.querySelector('.shortsLockupViewModelHostOutsideMetadataSubhead')!.parentElement,
    );
    const d = doc();
    expect(adapter.badgeAnchor(d.querySelector('ytd-watch-flexy')!)?.parent).toBe(
      d.querySelector('ytd-watch-metadata #title'),
    );
  });
});
