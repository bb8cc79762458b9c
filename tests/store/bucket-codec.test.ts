// A post kept in its bucket as a JSON array comes back exactly as it went in, whatever its fields hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactCount, METRICS } from '@/lib/core/metrics';
import { bucketPosts, decodePost, encodePost, postIn } from '@/lib/store/bucket-codec';
import type { StoredPost, WeekBucket } from '@/lib/store/records';
import { encodeV5 } from '@/lib/store/upgrades';

// Exact counts are encoded apart from ranges: both, and ranges that share one end with their value.
const count = fc.oneof(
  fc.nat().map(exactCount),
  fc.record({ value: fc.nat(), min: fc.nat(), max: fc.option(fc.nat(), { nil: null }) }),
  fc.nat().map((n) => ({ value: n, min: n, max: null })),
  fc.nat().map((n) => ({ value: n, min: n, max: n + 1 })),
);
const latest = fc.record(Object.fromEntries(METRICS.map((m) => [m, count])), { requiredKeys: [] });
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
      latest,
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

/** A post as ingest stores one: every required field, exact counts, a format, no text. */
const post = () => ({
  key: 'x:1000123',
  platform: 'x' as const,
  id: '1000123',
  account: 'x:brand',
  author: 'Brand',
  url: 'https://x.com/Brand/status/1000123',
  publishedAt: 1_791_255_600_000,
  format: 'text' as const,
  firstSeenAt: 1_791_259_200_000,
  lastSeenAt: 1_791_262_800_000,
  latest: { likes: exactCount(13), comments: exactCount(2), views: exactCount(540) },
  snapshots: 2,
});

describe('bucket codec', () => {
  it('decodes what it encodes, field for field', () => {
    fc.assert(
      fc.property(storedPost, (e) => {
        const back = decodePost(encodePost(e));
        expect(back).toEqual(e);
        // A field absent stays absent (toEqual alone would take `undefined` for it).
        expect(Object.keys(back.post).sort()).toEqual(Object.keys(e.post).sort());
        expect(Object.keys(back.post.latest).sort()).toEqual(Object.keys(e.post.latest).sort());
      }),
    );
  });

  it('keeps only the post and its points, whatever else the entry carries', () => {
    const e = { post: post(), points: [[1, 2]], bucket: ['x:brand', 1], indexed: true };
    expect(decodePost(encodePost(e as never))).toStrictEqual({ post: post(), points: [[1, 2]] });
  });

  it('spells an exact count as one number, in well under half the room version 5 took', () => {
    const e: StoredPost = { post: post(), points: [[1, 13, 2, null, null, null, 540]] };
    const raw = encodePost(e);
    expect(raw).not.toContain('value');
    expect(raw.length).toBeLessThan(encodeV5(e).length * 0.5);
    // A range keeps all three numbers.
    const ranged = { ...e, post: { ...post(), latest: { views: { value: 1200, min: 1150, max: 1250 } } } };
    expect(encodePost(ranged)).toContain('[1200,1150,1250]');
  });

  it('refuses a post in another layout rather than decoding nonsense', () => {
    expect(() => decodePost(encodeV5({ post: post(), points: [] }))).toThrow(TypeError);
    expect(() => decodePost('[1,2,3]')).toThrow(TypeError);
    expect(() => decodePost('null')).toThrow(TypeError);
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
