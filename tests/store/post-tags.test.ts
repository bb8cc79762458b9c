// A post's tags (what it tries, for the insights' experiments) live on its record: written alone by the
// worker, kept when the record is rebuilt from its snapshots, when a restore adds to it, when ingest
// rewrites it, and carried by a restore of a backup; the insights' reader hands them on.
import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { setTracking } from '@/lib/store/accounts';
import { BACKUP_FORMAT, parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import { IngestState, settle, writeSnapshots } from '@/lib/store/ingest/write';
import { readInsightPosts } from '@/lib/store/insights-posts';
import { readPostTags, writePostTags } from '@/lib/store/posts-tags';
import { bumpGeneration, settlePosts } from '@/lib/store/rebuild';
import { freshDb, refusing, snap, storedPost, xName } from '@/tests/helpers/db';

const T0 = Date.UTC(2026, 10, 1, 12);
const H = 3600e3;
const NOW = T0 + 72 * H;

/** A tracked account with post 1 stored (two readings) and post 2 beside it. */
async function stored() {
  const db = await freshDb();
  await setTracking(db, 'x', xName('Brand'), true, T0);
  await writeSnapshots(db, [
    snap({ postId: '1', capturedAt: T0 + H, metrics: { likes: exactCount(5) } }),
    snap({ postId: '2', capturedAt: T0 + H, metrics: { likes: exactCount(7) } }),
  ]);
  await writeSnapshots(db, [
    snap({ postId: '1', capturedAt: T0 + 2 * H, metrics: { likes: exactCount(9) } }),
  ]);
  return db;
}

function backupWith(posts: Record<string, unknown>[], snapshots: Record<string, unknown>[]) {
  const text = JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: new Date(NOW).toISOString(),
    accounts: [{ platform: 'x', handle: 'Brand', tracked: true }],
    posts: posts.map((p) => ({
      platform: 'x',
      url: `https://x.com/Brand/status/${p.id}`,
      author: 'Brand',
      publishedAt: new Date(T0).toISOString(),
      ...p,
    })),
    snapshots: snapshots.map((s) => ({ platform: 'x', metrics: { likes: exactCount(3) }, ...s })),
  });
  return parseBackup(text, { now: NOW, instances: [] });
}

describe('writing a post’s tags', () => {
  it('sets, reads and clears them on the post’s record, leaving its neighbours alone', async () => {
    const db = await stored();
    expect(await readPostTags(db, 'x:1')).toEqual([]);
    expect(await writePostTags(db, 'x:1', ['question hook', 'evening slot'])).toEqual([
      'question hook',
      'evening slot',
    ]);
    expect(await readPostTags(db, 'x:1')).toEqual(['question hook', 'evening slot']);
    const post = await storedPost(db, 'x:1');
    expect(post?.tags).toEqual(['question hook', 'evening slot']);
    expect(post?.latest.likes?.value).toBe(9);
    expect(post?.snapshots).toBe(2);
    expect((await storedPost(db, 'x:2'))?.tags).toBeUndefined();
    expect(await writePostTags(db, 'x:1', [])).toEqual([]);
    expect(await storedPost(db, 'x:1')).not.toHaveProperty('tags');
  });

  it('writes nothing for a post the store does not hold', async () => {
    const db = await stored();
    expect(await writePostTags(db, 'x:404', ['question hook'])).toBeNull();
    expect(await readPostTags(db, 'x:404')).toBeNull();
    expect(await storedPost(db, 'x:404')).toBeUndefined();
  });
});

describe('tags survive every rewrite of the record', () => {
  it('a rebuild from the snapshots (after a restore, deletion or upkeep elsewhere)', async () => {
    const db = await stored();
    await writePostTags(db, 'x:1', ['question hook']);
    await bumpGeneration(db.transaction('meta', 'readwrite').objectStore('meta'));
    await settlePosts(db, ['x:1']);
    expect((await storedPost(db, 'x:1'))?.tags).toEqual(['question hook']);
  });

  it('a restore that adds readings to the tagged post', async () => {
    const db = await stored();
    await writePostTags(db, 'x:1', ['question hook']);
    const backup = backupWith(
      [{ id: '1' }],
      [{ postId: '1', capturedAt: new Date(T0 + 30 * H).toISOString() }],
    );
    const summary = await restoreBackup(db, backup, { dryRun: false, now: NOW });
    expect(summary.newSnapshots).toBe(1);
    const post = await storedPost(db, 'x:1');
    expect(post?.snapshots).toBe(3);
    expect(post?.tags).toEqual(['question hook']);
  });

  it('ingest writing a new reading of the tagged post', async () => {
    const db = await stored();
    await writePostTags(db, 'x:1', ['question hook']);
    const st = new IngestState();
    await writeSnapshots(
      db,
      [snap({ postId: '1', capturedAt: T0 + 5 * H, metrics: { likes: exactCount(12) } })],
      st,
    );
    await settle(db, st);
    const post = await storedPost(db, 'x:1');
    expect(post?.latest.likes?.value).toBe(12);
    expect(post?.tags).toEqual(['question hook']);
  });
});

describe('tags refused by the store', () => {
  it('leave the post as it was, and the error is the caller’s', async () => {
    const db = await stored();
    expect(await refusing('buckets', 1, () => writePostTags(db, 'x:1', ['question hook']))).toMatch(
      /refused/,
    );
    expect(await readPostTags(db, 'x:1')).toEqual([]);
    expect(await writePostTags(db, 'x:1', ['question hook'])).toEqual(['question hook']);
  });
});

describe('tags in a restore and in the insights’ reader', () => {
  it('a restored post keeps the tags and text of its backup', async () => {
    const db = await freshDb();
    const backup = backupWith(
      [{ id: '5', text: 'Spring blend is back #espresso', tags: ['question hook', 'evening slot'] }],
      [{ postId: '5', capturedAt: new Date(T0 + 24 * H).toISOString() }],
    );
    await restoreBackup(db, backup, { dryRun: false, now: NOW });
    const post = await storedPost(db, 'x:5');
    expect(post?.tags).toEqual(['question hook', 'evening slot']);
    expect(post?.text).toBe('Spring blend is back #espresso');
  });

  it('the insights read each post’s tags, text and readings, of the tracked accounts', async () => {
    const db = await freshDb();
    const backup = backupWith(
      [
        { id: '5', text: 'Spring blend', tags: ['question hook'], format: 'video' },
        { id: '6', author: 'Other', url: 'https://x.com/Other/status/6' },
      ],
      [
        { postId: '5', capturedAt: new Date(T0 + 24 * H).toISOString() },
        { postId: '6', capturedAt: new Date(T0 + 24 * H).toISOString() },
      ],
    );
    await restoreBackup(db, backup, { dryRun: false, now: NOW });
    const read = await readInsightPosts(db, 'tracked');
    expect(read.accounts.map((a) => a.key)).toEqual(['x:brand']);
    expect(read.posts).toEqual([
      {
        platform: 'x',
        account: 'x:brand',
        handle: 'Brand',
        id: '5',
        publishedAt: T0,
        format: 'video',
        text: 'Spring blend',
        tags: ['question hook'],
        snapshots: [{ at: T0 + 24 * H, metrics: { likes: 3 } }],
      },
    ]);
    expect((await readInsightPosts(db, ['x:other'])).posts.map((p) => p.id)).toEqual(['6']);
    expect((await readInsightPosts(db, 'tracked', { from: T0 + H })).posts).toEqual([]);
  });
});
