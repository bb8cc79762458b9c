// A post kept in its bucket as JSON comes back exactly as it went in, whatever its fields hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketPosts, decodePost, encodePost, postIn } from '@/lib/store/bucket-codec';
import type { StoredPost, WeekBucket } from '@/lib/store/records';

const count = fc.record({
  value: fc.nat(),
  min: fc.nat(),
  max: fc.option(fc.nat(), { nil: null }),
});
const time = fc.integer({ min: 0, max: 4e12 });
const storedPost: fc.Arbitrary<StoredPost> = fc.record({
  post: fc.record(
    {
      // Keys are `${platform}:${id}` (lib/store/records.ts postKey).
      key: fc.string().map((id) => `x:${id}`),
      platform: fc.constant('x' as const),
      id: fc.string(),
      account: fc.string(),
      author: fc.string(),
      url: fc.webUrl(),
      publishedAt: fc.option(time, { nil: null }),
      publishedPrecision: time,
      format: fc.constantFrom('text' as const, 'video' as const),
      text: fc.string({ unit: 'binary' }),
      tags: fc.array(fc.string()),
      firstSeenAt: time,
      lastSeenAt: time,
      latest: fc.record({ likes: count, views: count }, { requiredKeys: [] }),
      snapshots: fc.nat(),
    },
    {
      requiredKeys: [
        'key',
        'platform',
        'id',
        'account',
        'author',
        'url',
        'publishedAt',
        'firstSeenAt',
        'lastSeenAt',
        'latest',
        'snapshots',
      ],
    },
  ),
  points: fc.array(fc.tuple(time, fc.option(fc.nat(), { nil: null }), fc.option(fc.nat(), { nil: null }))),
}) as fc.Arbitrary<StoredPost>;

describe('bucket codec', () => {
  it('decodes what it encodes, field for field', () => {
    fc.assert(
      fc.property(storedPost, (e) => {
        expect(decodePost(encodePost(e))).toEqual(e);
      }),
    );
  });

  it('keeps only the post and its points, whatever else the entry carries', () => {
    const e = { post: { key: 'x:1' }, points: [[1, 2]], bucket: ['x:brand', 1], indexed: true };
    expect(JSON.parse(encodePost(e as never))).toEqual({ post: { key: 'x:1' }, points: [[1, 2]] });
  });

  it('reads a bucket in its order, and one post of it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(storedPost, { selector: (e) => e.post.key, maxLength: 8 }), (list) => {
        const bucket: WeekBucket = { account: 'x:brand', week: 1, posts: {} };
        for (const e of list) bucket.posts[e.post.key] = encodePost(e);
        expect(bucketPosts(bucket).map((e) => e.post.key)).toEqual(Object.keys(bucket.posts));
        for (const e of list) expect(postIn(bucket, e.post.key)).toEqual(e);
        expect(postIn(bucket, '\u0000absent')).toBeUndefined();
        expect(postIn(undefined, 'x:1')).toBeUndefined();
      }),
    );
  });
});
