// The YouTube adapter on what the fixtures don't show well: altered pages, a reading that throws, the page
// kinds, stale pages during in-page navigation, accounts, what a mutation belongs to, and other languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { everySelector } from '@/lib/sites/selector';
import type { ReadContext, SiteAdapter } from '@/lib/sites/types';
import { youtubeAdapter as adapter } from '@/lib/sites/youtube/adapter';
import { M } from '@/lib/sites/youtube/markup';
import { YT } from '@/lib/sites/youtube/selectors';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

const dir = join('tests', 'fixtures', 'youtube');
const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
const NOW = Date.parse('2026-11-10T12:00:00Z');
const DAY = 24 * 3600e3;
const VIDEOS = 'https://www.youtube.com/@LumenRoasters/videos';
const WATCH = 'https://www.youtube.com/watch?v=Lm3nPour0v3';
const exact = (n: number) => ({ value: n, min: n, max: n });

const open: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});
function docOf(html: string, url: string): Document {
  const page = parsePage(html, url);
  open.push(page);
  return page.document;
}
const ctxOf = (url: string, locale = 'en'): ReadContext => ({ locale, url: new URL(url), now: NOW });
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

describe('other languages', () => {
  /** A watch page in the current markup with the given texts. */
  const watch = (lang: string, like: string, tooltip: string, info: string[], comments: string) =>
    `<html lang="${lang}"><body><ytd-app><ytd-page-manager><ytd-watch-flexy video-id="Lm3nPour0v3"><ytd-watch-metadata><div id="title"><h1>t</h1></div><div id="owner"><ytd-video-owner-renderer><a href="/@LumenRoasters"></a></ytd-video-owner-renderer></div><like-button-view-model><button aria-label="${like}"></button></like-button-view-model><ytd-watch-info-text><div id="info-container"><yt-formatted-string id="info">${info.map((t) => `<span>${t}</span>`).join('')}</yt-formatted-string></div><tp-yt-paper-tooltip for="info"><div id="tooltip">${tooltip}</div></tp-yt-paper-tooltip></ytd-watch-info-text></ytd-watch-metadata><ytd-comments><ytd-comments-header-renderer><h2 id="count">${comments}</h2></ytd-comments-header-renderer></ytd-comments></ytd-watch-flexy></ytd-page-manager></ytd-app></body></html>`;
  const read = (html: string, locale: string) => {
    const doc = docOf(html, WATCH);
    const [flexy] = adapter.findPosts(adapter.feedRoot(doc)!);
    const r = adapter.readPost(flexy!, ctxOf(WATCH, locale));
    if (!r.ok) throw new Error(r.problem.reason);
    return r.post;
  };

  it('German: "Mag ich" label, "48.213 Aufrufe", "03.11.2026", "1.204 Kommentare"', () => {
    const p = read(
      watch(
        'de-DE',
        '„Mag ich“ zusammen mit 2.481 anderen Nutzern',
        '48.213 Aufrufe • 03.11.2026',
        ['48.213 Aufrufe', 'vor 7 Tagen'],
        '1.204 Kommentare',
      ),
      'de-DE',
    );
    expect(p.metrics).toEqual({ views: exact(48213), likes: exact(2481), comments: exact(1204) });
    expect(p.publishedAt).toBe(Date.parse('2026-11-03T20:00:00Z'));
  });

  it('Japanese: "4.8万 回視聴" and "7 日前" when no tooltip is shown, "コメント 1,204 件"', () => {
    const p = read(
      watch(
        'ja-JP',
        '他 2,481 人とともにこの動画を高く評価',
        '',
        ['4.8万 回視聴', '7 日前'],
        'コメント 1,204 件',
      ),
      'ja-JP',
    );
    expect(p.metrics).toEqual({
      views: { value: 48250, min: 47500, max: 48999 },
      likes: exact(2481),
      comments: exact(1204),
    });
    // Floored: 7 to 8 days back, read as 7.5 ± 0.5 days.
    expect(p.publishedAt).toBe(NOW - 7.5 * DAY);
    expect(p.publishedPrecision).toBe(DAY / 2);
  });

  it('hidden likes (a label without a number) leave likes absent, never 0', () => {
    const p = read(watch('en', 'like this video', '48,213 views • Nov 3, 2026', [], '1,204 Comments'), 'en');
    expect(p.metrics.likes).toBeUndefined();
  });

  it('a live stream or premiere shows viewers, not views: unreadable', () => {
    const html = watch(
      'en',
      'like this video along with 20 other people',
      '',
      ['158 watching now', 'Started streaming 2 hours ago'],
      '',
    );
    const doc = docOf(html, WATCH);
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, ctxOf(WATCH));
    expect(!r.ok && r.problem.reason).toBe('a live stream or premiere: it shows viewers, not views');
  });
});

describe('a video’s text', () => {
  const WATCH_URL = 'https://www.youtube.com/watch?v=Lm3nPour0v3';
  const html = (file: string) => readFileSync(join('tests', 'fixtures', 'youtube', file), 'utf8');

  it('on its watch page is its title: never a related video’s, a comment’s or the description', async () => {
    const got = await extractPage(html('watch.html'), WATCH_URL, { adapter, now: NOW });
    expect(got.posts.map((p) => [p.id, p.text])).toEqual([
      ['Lm3nPour0v3', 'How we roast our Huila single-origin'],
    ]);
    const all = JSON.stringify(got.posts);
    for (const other of [
      'Dialling in espresso',
      'That first crack at 1:35!',
      'Decaf that tastes like coffee',
    ])
      expect(all).not.toContain(other);
  });

  it('on a card is the title in its heading, not the channel’s name nor the views', async () => {
    const got = await extractPage(
      html('channel-shorts.html'),
      'https://www.youtube.com/@LumenRoasters/shorts',
      {
        adapter,
        now: NOW,
      },
    );
    expect(got.posts[0]?.text).toBe('The 30-second pour-over');
    expect(got.posts.every((p) => p.text && !/views|Lumen Roasters/.test(p.text))).toBe(true);
  });
});
