// The TikTok adapter on the page as a whole, where the fixtures don't show it well: altered pages, a post
// whose reading throws, the page kinds, the viewer and the page's account.
import { describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { tiktokAdapter as adapter } from '@/lib/sites/tiktok/adapter';
import type { SiteAdapter } from '@/lib/sites/types';
import { ctxOf, docOf, extract, fixture, useCleanup } from './setup';

useCleanup();

describe('an altered page', () => {
  it('with feed items renamed is broken, "no post container found": no numbers', async () => {
    const html = fixture('foryou.html').replaceAll('"recommend-list-item-container"', '"feed-item-v3"');
    const got = await extract(html);
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'tiktok', page: true, reason: 'no post container found' }]);
  });

  it('with the count labels gone is broken, each item unreadable with its reason, nothing stored', async () => {
    const html = fixture('foryou.html').replace(
      /data-e2e="(like|comment|share|undefined)-count"/g,
      'data-e2e="c"',
    );
    const got = await extract(html);
    expect(got.health.state).toBe('broken');
    expect(got.posts).toEqual([]);
    expect(got.problems[0]).toEqual({
      platform: 'tiktok',
      page: true,
      reason: 'posts were found but none could be read: no counts found: the action bar is missing or empty',
    });
  });

  it('with the profile tiles renamed is broken: their view counts are left without a container', async () => {
    const html = fixture('profile.html').replaceAll('"user-post-item"', '"user-post-card"');
    const got = await extract(html, 'https://www.tiktok.com/@lumenroasters');
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('with the video page’s author handle renamed is broken, not silent', async () => {
    const html = fixture('video.html').replaceAll('"browse-username"', '"browse-user-id"');
    const got = await extract(html, 'https://www.tiktok.com/@lumenroasters/video/7709437701671038013');
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('without its app root says so once rendering had its time', async () => {
    const html = fixture('foryou.html').replace('<div id="app">', '<div id="root">');
    const got = await extract(html);
    // The items are still read from the document; only the feed root is missing.
    expect(got.posts.length).toBe(4);
    expect(adapter.feedRoot(docOf(html))).toBeNull();
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(fixture('foryou.html'));
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.querySelector('[id="xgwrapper-1-7710008464491022871"]')) throw new Error('boom');
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
  const urls = (paths: string) => paths.split(/\s+/).map((p) => `https://www.tiktok.com${p}`);
  const withPosts = urls(`/ /foryou /en /vi-VN/ /following /friends /@lumenroasters
    /@lumenroasters/video/7709437701671038013 /@lumenroasters/photo/7708073803752122849?is_from_webapp=1`);
  const without = urls(`/messages /setting /upload?lang=en /tiktokstudio/content /live /@lumenroasters/live
    /search?q=coffee /tag/coffee /music/original-sound-7476624093600831096 /legal/privacy-policy-row`);
  it.each(withPosts)('%s shows posts', (url) =>
    expect(adapter.pageKind(new URL(url))).toMatchObject({ posts: true }),
  );
  it.each(without)('%s shows none Resonance reads, and says why', (url) => {
    const kind = adapter.pageKind(new URL(url));
    expect(!kind.posts && kind.why).toMatch(/TikTok/);
  });
});

describe('the logged-in account and the page’s account', () => {
  const universal = (user: unknown) =>
    `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${JSON.stringify({ __DEFAULT_SCOPE__: { 'webapp.app-context': { user } } })}</script>`;
  const head = (s: string) => `<html><head>${s}</head><body><div id="app"></div></body></html>`;

  it('reads the viewer from the current and from the 2022 embedded JSON, with the display name', () => {
    expect(adapter.viewer(docOf(head(universal({ uniqueId: 'lumenroasters', nickName: 'Lumen' }))))).toEqual({
      handle: 'lumenroasters',
      name: 'Lumen',
    });
    const sigi = `<script id="SIGI_STATE" type="application/json">${JSON.stringify({ AppContext: { appContext: { user: { uniqueId: 'baristabeth' } } } })}</script>`;
    expect(adapter.viewer(docOf(head(sigi)))).toEqual({ handle: 'baristabeth' });
  });

  it('finds no viewer when logged out, on broken JSON, or on a handle TikTok would not allow', () => {
    expect(adapter.viewer(docOf(fixture('foryou-2022.html')))).toBeNull();
    expect(adapter.viewer(docOf(head(universal({}))))).toBeNull();
    expect(adapter.viewer(docOf(head(universal({ uniqueId: 'has space' }))))).toBeNull();
    expect(adapter.viewer(docOf(head(universal({ uniqueId: 42 }))))).toBeNull();
    const broken =
      '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":</script>';
    expect(adapter.viewer(docOf(head(broken)))).toBeNull();
  });

  it('names the page’s account from the address; managed only on the viewer’s own account', () => {
    const own = docOf(fixture('profile.html'), 'https://www.tiktok.com/@lumenroasters');
    expect(adapter.pageAccount(own, new URL('https://www.tiktok.com/@lumenroasters'))).toEqual({
      handle: 'lumenroasters',
      managed: true,
    });
    // Another account's profile, seen by the brand: not managed.
    expect(adapter.pageAccount(own, new URL('https://www.tiktok.com/@hanoi.brews'))).toEqual({
      handle: 'hanoi.brews',
    });
    // The Edit profile button alone marks the profile as managed when no viewer JSON is embedded.
    const noJson = fixture('profile.html').replace(
      /<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__"[\s\S]*?<\/script>/,
      '',
    );
    const doc = docOf(noJson, 'https://www.tiktok.com/@lumenroasters');
    expect(adapter.viewer(doc)).toBeNull();
    expect(adapter.pageAccount(doc, new URL('https://www.tiktok.com/@lumenroasters'))?.managed).toBe(true);
    expect(adapter.pageAccount(doc, new URL('https://www.tiktok.com/foryou'))).toBeNull();
    expect(adapter.pageAccount(doc, new URL('https://www.tiktok.com/@no%20such'))).toBeNull();
  });
});
