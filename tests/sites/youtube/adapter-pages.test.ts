// The YouTube adapter on which pages it reads (the page kinds), stale pages during in-page navigation, and
// the accounts: the page's, the viewer's, a card's channel.
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from '@/lib/sites/youtube/adapter';
import { extractPage } from '@/scripts/lib/extract-page';
import { ctxOf, docOf, fixture, NOW, useCleanup, VIDEOS, WATCH } from './setup';

useCleanup();

describe('pageKind', () => {
  const kind = (url: string) => adapter.pageKind(new URL(url));
  it.each([
    'https://www.youtube.com/',
    'https://www.youtube.com/watch?v=Lm3nPour0v3',
    'https://www.youtube.com/feed/subscriptions',
    'https://www.youtube.com/@LumenRoasters/videos',
    'https://www.youtube.com/@LumenRoasters/shorts/',
    'https://www.youtube.com/@LumenRoasters/streams',
    'https://www.youtube.com/channel/UCLumenR0asters2026xYz_q/videos',
    'https://www.youtube.com/c/LumenRoasters/videos',
    'https://youtube.com/@lumenroasters/Videos',
  ])('%s shows posts', (url) => expect(kind(url)).toMatchObject({ posts: true }));
  it.each([
    'https://www.youtube.com/@LumenRoasters',
    'https://www.youtube.com/@LumenRoasters/featured',
    'https://www.youtube.com/@LumenRoasters/community',
    'https://www.youtube.com/@LumenRoasters/playlists',
    'https://www.youtube.com/shorts/Sh0rtP0ur01',
    'https://www.youtube.com/results?search_query=coffee',
    'https://www.youtube.com/feed/history',
    'https://www.youtube.com/playlist?list=PL123',
    'https://www.youtube.com/account',
  ])('%s shows none Resonance reads, and says why', (url) =>
    expect(kind(url)).toEqual({ posts: false, why: expect.stringContaining('Resonance reads') }),
  );
  it('says the mobile site is not read', () =>
    expect(kind('https://m.youtube.com/watch?v=Lm3nPour0v3')).toEqual({
      posts: false,
      why: 'YouTube’s mobile site is not read: open www.youtube.com',
    }));
});

describe('in-page navigation: what still shows the previous page is never read as the new one', () => {
  it('a watch page still showing the previous video is no post until its video-id follows the address', () => {
    const other = 'https://www.youtube.com/watch?v=Bb7xQ2kLm9Z';
    const doc = docOf(fixture('watch-2022.html'), other);
    expect(adapter.findPosts(adapter.feedRoot(doc)!)).toEqual([]);
    const flexy = doc.querySelector('ytd-watch-flexy')!;
    expect(adapter.postOf(flexy)).toBeNull();
    const r = adapter.readPost(flexy, ctxOf(other));
    expect(!r.ok && r.problem).toEqual({
      platform: 'youtube',
      reason: 'the watch page still shows the previous video',
    });
    expect(adapter.pageAccount(doc, new URL(other))).toBeNull();
  });

  it('a watch page whose owner block still edits the previous video is no post, for the new id either', () => {
    const url = 'https://www.youtube.com/watch?v=Bb7xQ2kLm9Z';
    const html = fixture('watch.html').replace('video-id="Lm3nPour0v3"', 'video-id="Bb7xQ2kLm9Z"');
    const doc = docOf(html, url);
    expect(adapter.findPosts(adapter.feedRoot(doc)!)).toEqual([]);
    expect(adapter.pageAccount(doc, new URL(url))).toBeNull();
  });

  it('a channel grid whose header names another channel than the address is not attributed', async () => {
    const url = 'https://www.youtube.com/@PartnerCafe/shorts';
    const got = await extractPage(fixture('channel-shorts.html'), url, { adapter, now: NOW });
    expect(got.posts).toEqual([]);
    expect(got.pageAccount).toBeNull();
    const cells = got.problems.filter((p) => !('page' in p));
    expect(cells).toHaveLength(4);
    for (const p of cells) {
      expect(p.reason).toBe('the page still shows the previous channel');
      expect(p.author).toBeUndefined();
    }
  });

  it('looks a channel tab’s channel up again in a later task: a header that caught up is believed', async () => {
    const url = 'https://www.youtube.com/@PartnerCafe/shorts';
    const doc = docOf(fixture('channel-shorts.html'), url);
    const cells = adapter.findPosts(adapter.feedRoot(doc)!);
    const ctx = ctxOf(url);
    expect(cells.map((c) => adapter.identify!(c, ctx))).toEqual([null, null, null, null]);
    // In-page navigation: the address moved first, the header follows in a later task.
    const handle = Array.from(doc.querySelectorAll('yt-page-header-view-model span')).find(
      (el) => el.textContent === '@LumenRoasters',
    )!;
    handle.textContent = '@PartnerCafe';
    await new Promise((r) => setTimeout(r, 0));
    expect(cells.map((c) => adapter.identify!(c, ctx)?.author)).toEqual(Array(4).fill('@PartnerCafe'));
    expect(adapter.readPost(cells[0]!, ctx)).toMatchObject({ ok: true, post: { author: '@PartnerCafe' } });
  });
});

describe('accounts', () => {
  it('names a /channel/UC… page by its id, with the header’s @handle as alias', () => {
    const url = 'https://www.youtube.com/channel/UCLumenR0asters2026xYz_q/shorts';
    expect(adapter.pageAccount(docOf(fixture('channel-shorts.html'), url), new URL(url))).toEqual({
      handle: 'UCLumenR0asters2026xYz_q',
      name: 'Lumen Roasters',
      aliases: ['@LumenRoasters'],
    });
  });

  it('names a legacy /c/ page by the header’s @handle, and the owner’s page by its Studio links', () => {
    const legacy = 'https://www.youtube.com/c/LumenRoasters/videos';
    expect(adapter.pageAccount(docOf(fixture('channel-videos-de.html'), legacy), new URL(legacy))).toEqual({
      handle: '@LumenRoasters',
      name: 'Lumen Roasters',
    });
    expect(adapter.pageAccount(docOf(fixture('channel-videos.html'), VIDEOS), new URL(VIDEOS))).toEqual({
      handle: '@LumenRoasters',
      name: 'Lumen Roasters',
      aliases: ['UCLumenR0asters2026xYz_q'],
      managed: true,
    });
  });

  it('has no page account on the home grid; a watch page’s is its uploader', () => {
    expect(
      adapter.pageAccount(
        docOf(fixture('home.html'), 'https://www.youtube.com/'),
        new URL('https://www.youtube.com/'),
      ),
    ).toBeNull();
    const doc = docOf(fixture('watch.html'), WATCH);
    expect(adapter.pageAccount(doc, new URL(WATCH))).toEqual({
      handle: '@LumenRoasters',
      name: 'Lumen Roasters',
      managed: true,
    });
  });

  it('reads the viewer from the account menu only; null when it was never opened or names nothing valid', () => {
    expect(adapter.viewer(docOf(fixture('home.html'), 'https://www.youtube.com/'))).toEqual({
      handle: '@LumenRoasters',
      name: 'Lumen Roasters',
      aliases: ['UCLumenR0asters2026xYz_q'],
    });
    expect(adapter.viewer(docOf(fixture('channel-videos.html'), VIDEOS))).toBeNull();
    const menu = (inner: string) =>
      `<ytd-app><ytd-active-account-header-renderer>${inner}</ytd-active-account-header-renderer></ytd-app>`;
    const only = menu(
      '<yt-formatted-string id="manage-account"><a href="/channel/UCLumenR0asters2026xYz_q">View</a></yt-formatted-string>',
    );
    expect(adapter.viewer(docOf(only, WATCH))).toEqual({ handle: 'UCLumenR0asters2026xYz_q' });
    const hostile = menu(
      '<yt-formatted-string>@&lt;img src=x onerror=alert(1)&gt;</yt-formatted-string><a href="javascript:alert(1)">x</a>',
    );
    expect(adapter.viewer(docOf(hostile, WATCH))).toBeNull();
  });

  it('reads a card linking its channel only by /c/… as unreadable, never guessing the channel', () => {
    const doc = docOf(fixture('watch-2022.html'), 'https://www.youtube.com/');
    const cell = doc.querySelector('ytd-rich-item-renderer:nth-child(2)')!;
    const r = adapter.readPost(cell, ctxOf('https://www.youtube.com/'));
    expect(!r.ok && r.problem).toMatchObject({
      id: 'Gg4kT0p5Xy2',
      reason: expect.stringContaining('/c/GrindGeeks'),
    });
  });
});
