// The YouTube adapter on real captured markup (the shared captures tests/sites/shared-fixtures.ts finds), when
// present. Expected values are read off the markup by hand, independently of this code.
//
// watch-page-2022.html was saved (tracking-exposed/trex) when the tab's address had just become
// /watch?v=SU31AEXDLrM, a card of the hidden home grid: the watch page still shows the video watched before,
// TToaf5MtiGI ("I Placed Maximum Ads On This Video.", by /channel/UCoUmahSj6YHyUb8kuGR-lwg): its video-id,
// its JSON-LD embedUrl and the search result beside it all say so. The counts SOURCES.md lists (1,608,156
// views, 68,066 likes, Aug 15, 2021) are that video's: they must never be stored as SU31AEXDLrM's.
//
// The capture nests links (the hover-preview player inside a link); re-parsing it (happy-dom, as any HTML
// parser would) lifts the watch page out of ytd-page-manager, where the live DOM had it: the feed root is
// then the watch page's parent, so `npm run extract` reads it.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadContext } from '@/lib/sites/types';
import { youtubeAdapter as adapter } from '@/lib/sites/youtube/adapter';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';
import { hasReal, readReal } from '@/tests/sites/shared-fixtures';

const exact = (n: number) => ({ value: n, min: n, max: n });
const CAPTURED = Date.parse('2022-03-24T16:06:33Z');
const SAVED_AT = 'https://www.youtube.com/watch?v=SU31AEXDLrM';
const SHOWN = 'https://www.youtube.com/watch?v=TToaf5MtiGI';

const open: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});
function watchPage(url: string): Document {
  const page = parsePage(readReal('youtube/watch-page-2022.html'), url);
  open.push(page);
  return page.document;
}
const ctxOf = (url: string): ReadContext => ({ locale: 'en', url: new URL(url), now: CAPTURED });

describe.skipIf(!hasReal)('YouTube adapter on the real 2022 watch page', () => {
  it('at the address it was saved at, reads nothing: the page still shows the previous video', async () => {
    const doc = watchPage(SAVED_AT);
    expect(adapter.findPosts(doc)).toEqual([]);
    const flexy = doc.querySelector('ytd-watch-flexy')!;
    const r = adapter.readPost(flexy, ctxOf(SAVED_AT));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toEqual({
      platform: 'youtube',
      reason: 'the watch page still shows the previous video',
    });
    expect(adapter.pageAccount(doc, new URL(SAVED_AT))).toBeNull();
    const got = await extractPage(readReal('youtube/watch-page-2022.html'), SAVED_AT, {
      adapter,
      now: CAPTURED,
    });
    expect(got.posts).toEqual([]);
    expect(JSON.stringify(got)).not.toContain('1608156');
    // The address names a video the page doesn't show: said so, never the shown video's numbers.
    expect(got.health).toEqual({
      state: 'broken',
      why: 'the post this address names was not found (deleted, or the site changed)',
    });
  });

  it('npm run extract at the address of the video it shows reads it, despite the lifted watch page', async () => {
    const got = await extractPage(readReal('youtube/watch-page-2022.html'), SHOWN, {
      adapter,
      now: CAPTURED,
    });
    expect(got.posts.map((p) => [p.id, p.metrics.views, p.metrics.likes])).toEqual([
      ['TToaf5MtiGI', exact(1_608_156), exact(68_066)],
    ]);
  });

  it('at the address of the video it shows, reads its exact views, exact likes and date', () => {
    const doc = watchPage(SHOWN);
    const posts = adapter.findPosts(doc);
    expect(posts.map((p) => p.tagName.toLowerCase())).toEqual(['ytd-watch-flexy']);
    const r = adapter.readPost(posts[0]!, ctxOf(SHOWN));
    expect(r).toEqual({
      ok: true,
      post: {
        platform: 'youtube',
        id: 'TToaf5MtiGI',
        url: SHOWN,
        author: 'UCoUmahSj6YHyUb8kuGR-lwg',
        // "Aug 15, 2021": noon Pacific (PDT) ± 12 h.
        publishedAt: Date.parse('2021-08-15T19:00:00Z'),
        publishedPrecision: 12 * 3600e3,
        format: 'video',
        // Its title, from the shown h1 (ytd-watch-metadata's own h1 is empty and hidden in 2022).
        text: 'I Placed Maximum Ads On This Video.',
        // "1,608,156 views" (not "1.6M views"); the like label's 68,066 (not the visible "68K"). Comments
        // had not loaded (ytd-comments hidden, no header): absent, not 0.
        metrics: { views: exact(1_608_156), likes: exact(68_066) },
      },
    });
    expect(adapter.pageAccount(doc, new URL(SHOWN))).toEqual({
      handle: 'UCoUmahSj6YHyUb8kuGR-lwg',
      name: 'Drumsy',
    });
    expect(adapter.viewer(doc)).toBeNull(); // signed out ("Sign in")
    expect(adapter.badgeAnchor(posts[0]!)?.parent.querySelector('h1')).not.toBeNull();
  });

  it('never reads the 20 related videos, though most are the same channel’s', () => {
    const doc = watchPage(SHOWN);
    const related = doc.querySelectorAll('ytd-compact-video-renderer');
    expect(related).toHaveLength(20);
    for (const el of related) expect(adapter.postOf(el)).toBeNull();
    expect(adapter.postSigns(doc)).toBe(0);
  });

  it('never reads the hidden home grid on the watch page; its cells, read alone, give exact views', () => {
    const doc = watchPage(SHOWN);
    const cells = Array.from(doc.querySelectorAll('ytd-rich-item-renderer'));
    expect(cells).toHaveLength(24);
    for (const c of cells) expect(adapter.postOf(c)).toBeNull();
    const home = ctxOf('https://www.youtube.com/');
    const read = cells.map((c) => adapter.readPost(c, home));
    const byId = Object.fromEntries(
      read.map((r) => (r.ok ? [r.post.id, r.post] : [r.problem.id, r.problem])),
    );
    // "54K views" beside a title label ending "… 3 weeks ago 18 minutes 54,431 views".
    expect(byId.LxuyuMyG2Ns).toMatchObject({
      author: 'UCZokfxhzRTumgVraENBB5gg',
      metrics: { views: exact(54_431) },
      format: 'video',
      text: 'Vox Machina: All Spells Breakdown',
      publishedPrecision: 3.5 * 24 * 3600e3,
    });
    // Channels named only by /c/… (2022, before handles) can't be named: reported, not guessed.
    expect(byId['6aBjJ7mviDc']).toMatchObject({ reason: expect.stringContaining('/c/GameClipsHD') });
    // SU31AEXDLrM is one of these cards: 655,253 views by /c/FudgeMuppet, not the watch page's counts.
    expect(byId.SU31AEXDLrM).toMatchObject({ reason: expect.stringContaining('/c/FudgeMuppet') });
    expect(read.filter((r) => r.ok)).toHaveLength(3);
  });
});

describe.skipIf(!hasReal)('YouTube adapter on the real 2025 home-grid card', () => {
  it('reads the lockup card: its channel, "49m views" as a range, "8 years ago" as a wide time', async () => {
    const now = Date.parse('2025-12-01T00:00:00Z');
    const got = await extractPage(readReal('youtube/lockup-card-2025.html'), 'https://www.youtube.com/', {
      adapter,
      now,
    });
    expect(got.problems).toEqual([]);
    expect(got.posts).toEqual([
      {
        id: 'lJnQChnv1T4',
        url: 'https://www.youtube.com/watch?v=lJnQChnv1T4',
        author: '@diemaus',
        own: false,
        // 8 years ago, floored: 8 to 9 years back.
        publishedAt: new Date(now - 8.5 * 365.25 * 24 * 3600e3).toISOString(),
        publishedPrecisionMinutes: 0.5 * 365.25 * 24 * 60,
        format: 'video',
        text: 'MausSpots (Folge 09) | DieMaus | WDR',
        // "49m" (lower case as stored) is 49 million: [48.5M, 50M).
        metrics: { views: { value: 49_250_000, min: 48_500_000, max: 49_999_999 } },
      },
    ]);
    const mine = await extractPage(readReal('youtube/lockup-card-2025.html'), 'https://www.youtube.com/', {
      adapter,
      now,
      own: '@DieMaus',
    });
    expect(mine.posts[0]?.own).toBe(true);
  });
});
