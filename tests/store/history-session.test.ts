// An account's history paged from the store: the first pages by date straight from the week buckets,
// then every sort, filter, search and page from the account read and scored once.
import { describe, expect, it } from 'vitest';
import type { PostFormat } from '@/lib/core/formats';
import { exactCount } from '@/lib/core/metrics';
import { DEFAULT_QUERY, type HistoryPage, type HistoryQuery } from '@/lib/protocol/history';
import { setTracking } from '@/lib/store/accounts';
import { decodePost, encodePost } from '@/lib/store/bucket-codec';
import { postCurve } from '@/lib/store/history';
import { HistorySession } from '@/lib/store/history-session';
import { writeSnapshots } from '@/lib/store/ingest/write';
import type { ResonanceDB } from '@/lib/store/records';
import { freshDb, snap, xName } from '@/tests/helpers/db';

const NOW = Date.UTC(2026, 10, 20, 12);
const H = 3600e3;
const DAY = 24 * H;
const FORMATS: PostFormat[] = ['text', 'image', 'video'];
const POSTS = 130;

/** @Brand: a post every 10 h (likes varying, so no two orders agree), two without a known time; @Other: 5 posts. */
async function account(): Promise<ResonanceDB> {
  const db = await freshDb();
  await setTracking(db, 'x', xName('Brand'), true, NOW);
  await setTracking(db, 'x', xName('Other'), true, NOW);
  const batch = [];
  for (let i = 0; i < POSTS; i++) {
    const publishedAt = NOW - (3 + i * 10) * H;
    const likes = 20 + ((i * 37) % 61);
    for (const age of [1, 40]) {
      if (publishedAt + age * H > NOW) continue;
      const grown = age === 1 ? 0.4 : 1;
      batch.push(
        snap({
          postId: String(1000 + i),
          publishedAt,
          capturedAt: publishedAt + age * H,
          format: FORMATS[i % 3],
          metrics: {
            likes: exactCount(Math.round(likes * grown)),
            comments: exactCount(Math.round((3 + (i % 7)) * grown)),
          },
        }),
      );
    }
  }
  for (const id of ['u1', 'u2'])
    batch.push(snap({ postId: id, publishedAt: null, capturedAt: NOW - 5 * H, format: 'text' }));
  for (let i = 0; i < 5; i++)
    batch.push(
      snap({ postId: `o${i}`, author: 'Other', publishedAt: NOW - i * DAY - H, capturedAt: NOW - i * DAY }),
    );
  for (let i = 0; i < batch.length; i += 200) await writeSnapshots(db, batch.slice(i, i + 200));
  return db;
}

const query = (over: Partial<HistoryQuery> = {}): HistoryQuery => ({ ...DEFAULT_QUERY, ...over });
const ids = (p: HistoryPage) => p.rows.map((r) => r.id);

/** Every page of a query, in order. */
async function all(s: HistorySession, q: HistoryQuery): Promise<HistoryPage['rows']> {
  const rows: HistoryPage['rows'] = [];
  for (let offset = 0; ; offset += q.limit) {
    const page = await s.page({ ...q, offset });
    rows.push(...page.rows);
    if (page.rows.length < q.limit) return rows;
  }
}

describe('the first pages, before the account is read whole', () => {
  it('come newest first from the buckets, without scores, and match the exact pages that follow', async () => {
    const db = await account();
    const s = new HistorySession(db, 'x', 'brand', NOW);
    const quick = await s.page(query());
    expect(quick.pending).toBe(true);
    expect(quick.total).toBe(POSTS + 2);
    expect(quick.formats).toEqual([]);
    expect(ids(quick)).toEqual(Array.from({ length: 50 }, (_, i) => String(1000 + i)));
    expect(quick.rows.every((r) => r.score === null && r.usual === undefined)).toBe(true);
    const next = await s.page(query({ offset: 50 }));
    expect(next.pending).toBe(true);
    expect(ids(next)[0]).toBe('1050');

    await s.load();
    const exact = await s.page(query());
    expect(exact.pending).toBe(false);
    expect(ids(exact)).toEqual(ids(quick));
    expect(exact.total).toBe(POSTS + 2);
    expect(exact.rows.filter((r) => r.score?.state === 'scored').length).toBeGreaterThan(40);
  });

  it('oldest first and within a date range as well', async () => {
    const db = await account();
    const s = new HistorySession(db, 'x', 'brand', NOW);
    const from = NOW - 20 * DAY;
    const to = NOW - 10 * DAY;
    const q = query({ descending: false, from, to, limit: 10 });
    const quick = await s.page(q);
    expect(quick.pending).toBe(true);
    expect(quick.total).toBeNull();
    await s.load();
    const exact = await s.page(q);
    expect(ids(quick)).toEqual(ids(exact));
    const times = exact.rows.map((r) => r.publishedAt!);
    expect(times.every((t) => t >= from && t <= to)).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(exact.total).toBe(24); // one post every 10 h over 10 days
  });
});

describe('once read and scored', () => {
  it('has the page shown first (newest first) worked out already; another order is sorted when asked', async () => {
    const db = await account();
    const s = new HistorySession(db, 'x', 'brand', NOW);
    expect(s.sortedOrders).toBe(0);
    await s.load();
    expect(s.sortedOrders).toBe(1);
    const first = await s.page(query());
    expect(s.sortedOrders).toBe(1);
    expect(ids(first)).toEqual(Array.from({ length: 50 }, (_, i) => String(1000 + i)));
    await s.page(query({ offset: 50 }));
    expect(s.sortedOrders).toBe(1);
    await s.page(query({ sort: 'score' }));
    expect(s.sortedOrders).toBe(2);
  });

  it('sorts by score, best or worst first, unscored posts last either way', async () => {
    const db = await account();
    const s = new HistorySession(db, 'x', 'brand', NOW);
    await s.load();
    for (const descending of [true, false]) {
      const rows = await all(s, query({ sort: 'score', descending }));
      expect(rows).toHaveLength(POSTS + 2);
      const ratios = rows.map((r) => r.score?.ratio ?? null);
      const scored = ratios.filter((r): r is number => r !== null);
      expect(ratios.slice(0, scored.length)).toEqual(scored);
      expect(scored).toEqual([...scored].sort((a, b) => (descending ? b - a : a - b)));
      expect(scored[0]).not.toBe(scored[scored.length - 1]);
    }
  });

  it('sorts by a latest count, and pages never overlap or skip', async () => {
    const db = await account();
    const s = new HistorySession(db, 'x', 'brand', NOW);
    await s.load();
    const rows = await all(s, query({ sort: 'likes', limit: 25 }));
    expect(new Set(rows.map((r) => r.id)).size).toBe(POSTS + 2);
    const likes = rows.map((r) => r.latest.likes!.value);
    expect(likes).toEqual([...likes].sort((a, b) => b - a));
    expect((await s.page(query({ offset: 500 }))).rows).toEqual([]);
  });

  it('puts posts without a known time last by date, and leaves them out of any date range', async () => {
    const db = await account();
    const s = new HistorySession(db, 'x', 'brand', NOW);
    await s.load();
    const newest = await all(s, query());
    expect(newest.slice(-2).map((r) => r.id)).toEqual(['u1', 'u2']);
    const oldest = await all(s, query({ descending: false }));
    expect(oldest.slice(-2).map((r) => r.id)).toEqual(['u1', 'u2']);
    const week = await s.page(query({ from: NOW - 7 * DAY, to: NOW }));
    expect(week.total).toBe(17); // ages 3 h … 163 h
    expect(ids(week)).not.toContain('u1');
  });

  it('filters by format, and sums each format up: posts and median score', async () => {
    const db = await account();
    const s = new HistorySession(db, 'x', 'brand', NOW);
    await s.load();
    const everything = await all(s, query({ sort: 'score' }));
    const videos = await s.page(query({ format: 'video', limit: 200 }));
    expect(videos.rows.every((r) => r.format === 'video')).toBe(true);
    expect(videos.total).toBe(everything.filter((r) => r.format === 'video').length);
    const video = videos.formats.find((f) => f.format === 'video')!;
    expect(video.posts).toBe(videos.total);
    const ratios = videos.rows.flatMap((r) => (r.score?.ratio == null ? [] : [r.score.ratio])).sort();
    expect(video.scored).toBe(ratios.length);
    const mid = ratios.length >> 1;
    const median = ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
    expect(video.median).toBeCloseTo(median, 12);
    // Every format is summed up, whichever one is shown: text has the two undated posts too.
    expect(videos.formats.map((f) => f.format)).toEqual(['text', 'image', 'video']);
    expect(videos.formats[0]!.posts).toBe(44 + 2);
  });

  it('finds posts by their text (any case or accent), link or id', async () => {
    const db = await account();
    // Another task's capture will store the text; here it is written into the post's bucket.
    const loc = (await db.get('postBuckets', 'x:1007'))!;
    const bucket = (await db.get('buckets', [loc.account, loc.week]))!;
    const e = decodePost(bucket.posts['x:1007']!);
    e.post.text = 'New roast: Café Olé, out Monday';
    bucket.posts['x:1007'] = encodePost(e);
    await db.put('buckets', bucket);
    const s = new HistorySession(db, 'x', 'brand', NOW);
    await s.load();
    expect(ids(await s.page(query({ search: 'cafe ole' })))).toEqual(['1007']);
    expect((await s.page(query({ search: 'cafe ole' }))).rows[0]!.text).toBe(
      'New roast: Café Olé, out Monday',
    );
    expect(ids(await s.page(query({ search: 'status/1012' })))).toEqual(['1012']);
    expect((await s.page(query({ search: 'nothing like this' }))).total).toBe(0);
  });

  it('never shows another account’s posts', async () => {
    const db = await account();
    const s = new HistorySession(db, 'x', 'brand', NOW);
    await s.load();
    const rows = await all(s, query());
    expect(rows.some((r) => r.id.startsWith('o'))).toBe(false);
    const other = new HistorySession(db, 'x', 'other', NOW);
    expect((await other.page(query())).rows.map((r) => r.id)).toEqual(['o0', 'o1', 'o2', 'o3', 'o4']);
  });
});

describe('each post’s curve against the usual', () => {
  it('comes with the rows of a page, and the same curve is given for one post alone', async () => {
    const db = await account();
    const s = new HistorySession(db, 'x', 'brand', NOW);
    await s.load();
    const row = (await s.page(query({ offset: 30, limit: 1 }))).rows[0]!;
    expect(row.usual).not.toBeNull();
    expect(row.usual!.band.length).toBeGreaterThan(0);
    expect(row.usual!.post.at(-1)!.value).toBe(row.latest.likes!.value + row.latest.comments!.value);
    expect(await postCurve(db, 'x', row.id, NOW)).toEqual(row.usual);
    expect(await postCurve(db, 'x', 'nope', NOW)).toBeNull();
    // A post without a known time has no curve to compare.
    const undated = (await s.page(query({ search: 'u1' }))).rows[0]!;
    expect(undated.usual).toBeNull();
  });
});
