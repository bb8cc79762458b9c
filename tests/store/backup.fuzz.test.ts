// Hostile and broken backups, generated: whatever a file holds, parsing either accepts it or refuses it
// with a reason (never another kind of error), and whatever is accepted restores, twice, adding nothing
// the second time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '@/lib/protocol/checks/basics';
import { BACKUP_FORMAT, parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import { bucketPosts } from '@/lib/store/bucket-codec';
import { freshDb, postCount } from '@/tests/helpers/db';

const NOW = Date.UTC(2026, 10, 20);

const valid = () => ({
  format: BACKUP_FORMAT,
  version: 1,
  exportedAt: '2026-11-20T00:00:00.000Z',
  accounts: [{ platform: 'x', handle: 'Brand', tracked: true }],
  posts: ['10', '11', '12'].map((id, i) => ({
    platform: 'x',
    id,
    url: `https://x.com/Brand/status/${id}`,
    author: 'Brand',
    publishedAt: `2026-11-0${i + 1}T10:00:00.000Z`,
    ...(i === 1 ? { format: 'image' } : {}),
  })),
  snapshots: ['10', '10', '11', '12'].map((postId, i) => ({
    platform: 'x',
    postId,
    capturedAt: `2026-11-0${i + 1}T11:00:00.000Z`,
    metrics: { likes: { value: 4 + i, min: 4 + i, max: 4 + i }, views: { value: 100, min: 90, max: 110 } },
  })),
});

/** Any JSON value, including the awkward ones: huge and negative numbers, long and markup-laden strings. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    'x'.repeat(5000),
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'https://evil.example/x',
    '=HYPERLINK("http://e.invalid")',
    '9999-12-31T23:59:59.999Z',
    '1970-01-01T00:00:00.000Z',
    '__proto__',
  ),
);

type Mutation = (b: Record<string, any>) => void;
const field = () =>
  fc.tuple(
    fc.nat(),
    fc.constantFrom(
      'platform',
      'id',
      'url',
      'author',
      'publishedAt',
      'format',
      'postId',
      'capturedAt',
      'metrics',
      'handle',
      'tracked',
    ),
    anyValue,
  );
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // One field of one entry set to anything, or removed.
  fc
    .tuple(fc.constantFrom('accounts', 'posts', 'snapshots'), fc.nat(), fc.boolean(), anyValue)
    .map(([list, i, remove, v]) => (b: Record<string, any>) => {
      const e = b[list][i % b[list].length];
      const key = Object.keys(e)[i % Object.keys(e).length]!;
      if (remove) delete e[key];
      else e[key] = v;
    }),
  // A field of a snapshot or post (present or not) set to anything.
  field().map(([i, key, v]) => (b: Record<string, any>) => {
    b.snapshots[i % b.snapshots.length][key] = v;
  }),
  field().map(([i, key, v]) => (b: Record<string, any>) => {
    b.posts[i % b.posts.length][key] = v;
  }),
  // A metric's count set to anything.
  fc
    .tuple(fc.nat(), fc.constantFrom('value', 'min', 'max'), anyValue)
    .map(([i, k, v]) => (b: Record<string, any>) => {
      b.snapshots[i % b.snapshots.length].metrics.likes[k] = v;
    }),
  // A top-level field set to anything.
  fc
    .tuple(fc.constantFrom('format', 'version', 'accounts', 'posts', 'snapshots'), anyValue)
    .map(([k, v]) => (b: Record<string, any>) => {
      b[k] = v;
    }),
  // An entry duplicated.
  fc.tuple(fc.constantFrom('posts', 'snapshots'), fc.nat()).map(([list, i]) => (b: Record<string, any>) => {
    b[list].push(structuredClone(b[list][i % b[list].length]));
  }),
);

describe('restore of generated hostile files', () => {
  it('refuses with a reason or restores idempotently, never anything else', async () => {
    let refused = 0;
    let restored = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        // One file in five is cut short, as a broken download is.
        fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
        async (muts, cut) => {
          const b = valid();
          for (const m of muts) {
            try {
              m(b as unknown as Record<string, any>);
            } catch {
              // An earlier mutation left nothing for this one to change.
            }
          }
          let text = JSON.stringify(b);
          if (cut !== null) text = text.slice(0, cut % text.length); // a truncated download
          let parsed: ReturnType<typeof parseBackup>;
          try {
            parsed = parseBackup(text, { now: NOW, instances: [] });
          } catch (e) {
            expect(e).toBeInstanceOf(InvalidInput);
            expect((e as Error).message.length).toBeGreaterThan(5);
            refused++;
            return;
          }
          restored++;
          const db = await freshDb();
          const first = await restoreBackup(db, parsed, { dryRun: false, now: NOW });
          const size = [await db.count('snapshots'), await postCount(db)];
          expect(size[0]).toBe(first.newSnapshots);
          const second = await restoreBackup(db, parsed, { dryRun: false, now: NOW });
          expect(second.newSnapshots).toBe(0);
          expect(second.newPosts).toBe(0);
          expect([await db.count('snapshots'), await postCount(db)]).toEqual(size);
          // Nothing page-derived is ever stored outside the sites' own https URLs.
          for (const p of (await db.getAll('buckets')).flatMap(bucketPosts))
            expect(p.post.url).toMatch(/^https:\/\/(x|twitter)\.com\//);
        },
      ),
      { numRuns: 300 },
    );
    // Both answers were exercised, not just one.
    expect(Math.min(refused, restored)).toBeGreaterThan(15);
  });
});
