// The exporters read the store as it is: every acknowledged reading is exported, even when the posts'
// pages have not been written yet (they follow ingest, and a full disk can hold them back).
import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import type { ExportKind, ExportScope } from '@/lib/export/columns';
import { EXPORTERS } from '@/lib/export/stream';
import { setTracking } from '@/lib/store/accounts';
import { parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import { IngestState, settle, writeSnapshots } from '@/lib/store/ingest/write';
import { freshDb, postCount, snap, xName } from '@/tests/helpers/db';
import { sheetTable } from './sheet';

const T0 = Date.UTC(2026, 10, 1, 12);
const H = 3600e3;

async function exported(db: Awaited<ReturnType<typeof freshDb>>, kind: ExportKind, scope: ExportScope = {}) {
  let text = '';
  const rows = await EXPORTERS[kind](db, scope, { now: T0 + 48 * H, sink: (c) => (text += c) });
  return { rows, text };
}

/** Rows as a spreadsheet shows them. */
const table = sheetTable;

/** Post 1 is paged; post 2 and a newer reading of post 1 were acknowledged but not yet paged. */
async function lagging() {
  const db = await freshDb();
  await setTracking(db, 'x', xName('Brand'), true, T0);
  await setTracking(db, 'x', xName('Other'), true, T0);
  const st = new IngestState();
  await writeSnapshots(db, [snap({ postId: '1', capturedAt: T0, metrics: { likes: exactCount(5) } })], st);
  await settle(db, st);
  await writeSnapshots(
    db,
    [
      snap({ postId: '1', capturedAt: T0 + H, metrics: { likes: exactCount(9) } }),
      snap({ postId: '2', capturedAt: T0 + H, metrics: { likes: exactCount(3) } }),
      snap({
        postId: '3',
        author: 'Other',
        url: 'https://x.com/Other/status/3',
        capturedAt: T0 + H,
        metrics: { likes: exactCount(1) },
      }),
    ],
    st,
  );
  expect(await postCount(db)).toBe(1);
  return db;
}

describe('exports of a store whose pages lag', () => {
  it('include every acknowledged snapshot, and posts as their snapshots say', async () => {
    const db = await lagging();
    const snaps = table((await exported(db, 'snapshots-csv')).text);
    expect(snaps.map((r) => [r.post_id, r.likes])).toEqual([
      ['1', '5'],
      ['1', '9'],
      ['2', '3'],
      ['3', '1'],
    ]);
    const posts = table((await exported(db, 'posts-csv')).text);
    expect(posts.map((r) => [r.post_id, r.likes, r.snapshots])).toEqual([
      ['1', '9', '2'],
      ['2', '3', '1'],
      ['3', '1', '1'],
    ]);
  });

  it('write each row with its own post’s cells, post after post', async () => {
    const db = await lagging();
    const snaps = table((await exported(db, 'snapshots-csv')).text);
    expect(snaps.map((r) => [r.post_id, r.account, r.url, r.captured_at_utc])).toEqual([
      ['1', 'Brand', 'https://x.com/Brand/status/1', '2026-11-01 12:00:00'],
      ['1', 'Brand', 'https://x.com/Brand/status/1', '2026-11-01 13:00:00'],
      ['2', 'Brand', 'https://x.com/Brand/status/2', '2026-11-01 13:00:00'],
      ['3', 'Other', 'https://x.com/Other/status/3', '2026-11-01 13:00:00'],
    ]);
  });

  it('keep to one account when asked', async () => {
    const db = await lagging();
    const scope = { account: { platform: 'x' as const, id: 'brand' } };
    expect(table((await exported(db, 'snapshots-csv', scope)).text).map((r) => r.post_id)).toEqual([
      '1',
      '1',
      '2',
    ]);
    expect(table((await exported(db, 'posts-csv', scope)).text).map((r) => r.post_id)).toEqual(['1', '2']);
  });

  it('back up everything, so a fresh store restored from the file holds all of it', async () => {
    const db = await lagging();
    const { text } = await exported(db, 'backup-json');
    const fresh = await freshDb();
    const summary = await restoreBackup(fresh, parseBackup(text, { now: T0, instances: [] }), {
      dryRun: false,
      now: T0,
    });
    expect(summary).toMatchObject({ newPosts: 3, newSnapshots: 4, duplicates: 0 });
    expect(await postCount(fresh)).toBe(3);
  });
});

describe('the backup carries each post’s text and tags', () => {
  it('writes them as plain strings, so a restore gives the insights back their topics and experiments', async () => {
    const db = await freshDb();
    const file = JSON.stringify({
      format: 'resonance-backup',
      version: 1,
      exportedAt: new Date(T0).toISOString(),
      accounts: [{ platform: 'x', handle: 'Brand', tracked: true }],
      posts: [
        {
          platform: 'x',
          id: '1',
          url: 'https://x.com/Brand/status/1',
          author: 'Brand',
          publishedAt: new Date(T0 - H).toISOString(),
          text: 'Spring blend <b>is</b> back #espresso',
          tags: ['question hook', 'evening slot'],
        },
        { platform: 'x', id: '2', url: 'https://x.com/Brand/status/2', author: 'Brand', publishedAt: null },
      ],
      snapshots: ['1', '2'].map((postId) => ({
        platform: 'x',
        postId,
        capturedAt: new Date(T0).toISOString(),
        metrics: { likes: exactCount(3) },
      })),
    });
    await restoreBackup(db, parseBackup(file, { now: T0, instances: [] }), { dryRun: false, now: T0 });
    const { text } = await exported(db, 'backup-json');
    const posts = JSON.parse(text).posts as Record<string, unknown>[];
    expect(posts.find((p) => p.id === '1')).toMatchObject({
      text: 'Spring blend <b>is</b> back #espresso',
      tags: ['question hook', 'evening slot'],
    });
    const bare = posts.find((p) => p.id === '2')!;
    expect(bare).not.toHaveProperty('text');
    expect(bare).not.toHaveProperty('tags');
    // Restored elsewhere, the post has them again.
    const other = await freshDb();
    await restoreBackup(other, parseBackup(text, { now: T0, instances: [] }), { dryRun: false, now: T0 });
    const back = (await exported(other, 'backup-json')).text;
    expect(JSON.parse(back).posts).toEqual(posts);
  });
});
