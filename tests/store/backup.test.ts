import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { setTracking } from '@/lib/store/accounts';
import { BACKUP_FORMAT, parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import { freshDb, postCount, storedPost, xName } from '@/tests/helpers/db';

const NOW = Date.UTC(2026, 10, 20);

function backup(over: Record<string, unknown> = {}) {
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2026-11-20T00:00:00.000Z',
    accounts: [{ platform: 'x', handle: 'Brand', tracked: true }],
    posts: [
      {
        platform: 'x',
        id: '10',
        url: 'https://x.com/Brand/status/10',
        author: 'Brand',
        publishedAt: '2026-11-01T10:00:00.000Z',
      },
      {
        platform: 'x',
        id: '11',
        url: 'https://x.com/Brand/status/11',
        author: 'Brand',
        publishedAt: '2026-11-02T10:00:00.000Z',
        format: 'image',
      },
    ],
    snapshots: [
      {
        platform: 'x',
        postId: '10',
        capturedAt: '2026-11-01T11:00:00.000Z',
        metrics: { likes: exactCount(4) },
      },
      {
        platform: 'x',
        postId: '10',
        capturedAt: '2026-11-01T16:00:00.000Z',
        metrics: { likes: exactCount(9) },
      },
      {
        platform: 'x',
        postId: '11',
        capturedAt: '2026-11-02T12:00:00.000Z',
        metrics: { likes: exactCount(2) },
      },
    ],
    ...over,
  };
}

async function storeSize(db: Awaited<ReturnType<typeof freshDb>>) {
  return [await db.count('accounts'), await postCount(db), await db.count('snapshots')];
}

describe('restore', () => {
  it('reports what a restore would add without writing, then merges; a second restore adds nothing', async () => {
    const db = await freshDb();
    const text = JSON.stringify(backup());
    const dry = await restoreBackup(db, parseBackup(text, { now: NOW, instances: [] }), {
      dryRun: true,
      now: NOW,
    });
    expect(dry).toEqual({ accounts: 1, newPosts: 2, newSnapshots: 3, duplicates: 0 });
    expect(await storeSize(db)).toEqual([0, 0, 0]);

    expect(
      await restoreBackup(db, parseBackup(text, { now: NOW, instances: [] }), { dryRun: false, now: NOW }),
    ).toEqual(dry);
    expect(await storeSize(db)).toEqual([1, 2, 3]);
    const post = await storedPost(db, 'x:10');
    expect(post).toMatchObject({ account: 'x:brand', snapshots: 2, latest: { likes: exactCount(9) } });

    const again = await restoreBackup(db, parseBackup(text, { now: NOW, instances: [] }), {
      dryRun: false,
      now: NOW,
    });
    expect(again).toEqual({ accounts: 0, newPosts: 0, newSnapshots: 0, duplicates: 3 });
    expect(await storeSize(db)).toEqual([1, 2, 3]);
    expect((await storedPost(db, 'x:10'))?.snapshots).toBe(2);
  });

  it('keeps the user’s current tracking choice over the file’s', async () => {
    const db = await freshDb();
    await setTracking(db, 'x', xName('Brand'), false, NOW);
    await restoreBackup(db, parseBackup(JSON.stringify(backup()), { now: NOW, instances: [] }), {
      dryRun: false,
      now: NOW,
    });
    expect((await db.get('accounts', 'x:brand'))?.tracked).toBe(false);
  });

  it.each<[string, string, RegExp]>([
    ['truncated JSON', JSON.stringify(backup()).slice(0, 200), /not JSON/],
    ['another file', JSON.stringify({ hello: 1 }), /not a Resonance backup/],
    ['a newer version', JSON.stringify(backup({ version: 99 })), /version 99 is not supported/],
    [
      'a negative count',
      JSON.stringify(
        backup({
          snapshots: [
            {
              platform: 'x',
              postId: '10',
              capturedAt: '2026-11-01T11:00:00Z',
              metrics: { likes: { value: -1, min: -1, max: -1 } },
            },
          ],
        }),
      ),
      /snapshots\[0\]: likes.min must be a whole number/,
    ],
    [
      'a snapshot of an unknown post',
      JSON.stringify(
        backup({
          snapshots: [
            {
              platform: 'x',
              postId: '99',
              capturedAt: '2026-11-01T11:00:00Z',
              metrics: { likes: { value: 1, min: 1, max: 1 } },
            },
          ],
        }),
      ),
      /not in the file/,
    ],
    [
      'an unknown platform',
      JSON.stringify(backup({ accounts: [{ platform: 'myspace', handle: 'a', tracked: true }] })),
      /accounts\[0\]: unknown site/,
    ],
    [
      'a javascript: url',
      JSON.stringify(
        backup({
          posts: [
            { platform: 'x', id: '10', url: 'javascript:alert(1)', author: 'Brand', publishedAt: null },
          ],
        }),
      ),
      /posts\[0\]: url/,
    ],
    [
      'a bad time',
      JSON.stringify(
        backup({
          posts: [
            { platform: 'x', id: '10', url: 'https://x.com/a', author: 'Brand', publishedAt: 'yesterday' },
          ],
        }),
      ),
      /publishedAt must be an ISO 8601 time/,
    ],
    ...(
      [
        ['year 0000', '0000-01-01T00:00:00Z', /publishedAt is out of range/],
        ['year 9999', '9999-12-31T00:00:00Z', /publishedAt is out of range/],
        ['30 February', '2026-02-30T10:00:00Z', /publishedAt is not a real date/],
        ['a time without its zone', '2026-11-01T10:00:00', /publishedAt must be an ISO 8601 time in UTC/],
      ] as const
    ).map(
      ([name, publishedAt, reason]) =>
        [
          `a post published in ${name}`,
          JSON.stringify(
            backup({
              posts: [
                {
                  platform: 'x',
                  id: '10',
                  url: 'https://x.com/Brand/status/10',
                  author: 'Brand',
                  publishedAt,
                },
              ],
              snapshots: [],
            }),
          ),
          reason,
        ] as [string, string, RegExp],
    ),
    [
      'a snapshot taken before its post was published',
      JSON.stringify(
        backup({
          snapshots: [
            {
              platform: 'x',
              postId: '10',
              capturedAt: '2026-10-01T11:00:00Z',
              metrics: { likes: { value: 1, min: 1, max: 1 } },
            },
          ],
        }),
      ),
      /snapshots\[0\]: capturedAt is before the post was published/,
    ],
    [
      'a snapshot dated in the far future',
      JSON.stringify(
        backup({
          snapshots: [
            {
              platform: 'x',
              postId: '10',
              capturedAt: '9999-12-31T00:00:00Z',
              metrics: { likes: { value: 1, min: 1, max: 1 } },
            },
          ],
        }),
      ),
      /snapshots\[0\]: capturedAt is out of range/,
    ],
    ...(['Lumen Roasters', '@', '<b>x</b>', 'lumen\u202Eroasters', ' '] as const).map(
      (handle) =>
        [
          `the handle ${JSON.stringify(handle)}`,
          JSON.stringify(backup({ accounts: [{ platform: 'x', handle, tracked: true }] })),
          /accounts\[0\]: handle is not a X account name/,
        ] as [string, string, RegExp],
    ),
    [
      'a Mastodon post on a server neither added nor named in the file',
      JSON.stringify(
        backup({
          posts: [
            {
              platform: 'mastodon',
              id: '113500000000000001',
              url: 'https://evil.example/@lumen/113500000000000001',
              author: 'lumen@mastodon.social',
              publishedAt: null,
            },
          ],
          snapshots: [],
        }),
      ),
      /posts\[0\]: url is not on a Mastodon instance you added/,
    ],
  ])('refuses %s with the reason, leaving the store unchanged', async (_name, text, reason) => {
    const db = await freshDb();
    await restoreBackup(db, parseBackup(JSON.stringify(backup()), { now: NOW, instances: [] }), {
      dryRun: false,
      now: NOW,
    });
    const before = await storeSize(db);
    expect(() => parseBackup(text, { now: NOW, instances: [] })).toThrow(reason);
    expect(await storeSize(db)).toEqual(before);
  });
});

describe('restore of posts whose author the file does not list', () => {
  it('adds their account, untracked, so every restored post is listed', async () => {
    const db = await freshDb();
    const file = backup({
      accounts: [],
      posts: [
        {
          platform: 'x',
          id: '10',
          url: 'https://x.com/Other/status/10',
          author: 'Other',
          publishedAt: '2026-11-01T10:00:00.000Z',
        },
      ],
      snapshots: [
        {
          platform: 'x',
          postId: '10',
          capturedAt: '2026-11-01T11:00:00.000Z',
          metrics: { likes: exactCount(4) },
        },
      ],
    });
    const summary = await restoreBackup(db, parseBackup(JSON.stringify(file), { now: NOW, instances: [] }), {
      dryRun: false,
      now: NOW,
    });
    expect(summary).toMatchObject({ accounts: 1, newPosts: 1, newSnapshots: 1 });
    expect(await db.get('accounts', 'x:other')).toMatchObject({ handle: 'Other', tracked: false });
  });
});
