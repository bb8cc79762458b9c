// The YouTube adapter reading a video: a watch page's counts and time in other languages, hidden likes, live
// streams, and a video's text (its title) on the watch page and on cards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from '@/lib/sites/youtube/adapter';
import { extractPage } from '@/scripts/lib/extract-page';
import { ctxOf, docOf, NOW, useCleanup, WATCH } from './setup';

const DAY = 24 * 3600e3;
const exact = (n: number) => ({ value: n, min: n, max: n });

useCleanup();

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
