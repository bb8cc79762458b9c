// A post's text, from the page's reading to the store: checked like every field of a reading, kept as
// the newest reading has it, never lost to a reading without it, a stopped worker or the user's tags.
import { describe, expect, it } from 'vitest';
import { createBackground } from '@/lib/background/dispatch';
import { exactCount } from '@/lib/core/metrics';
import { checkSnapshot } from '@/lib/protocol/checks/snapshots';
import { setTracking } from '@/lib/store/accounts';
import { IngestState, settle, writeSnapshots } from '@/lib/store/ingest/write';
import { writePostTags } from '@/lib/store/posts-tags';
import { freshDb, snap, storedPost, xName } from '@/tests/helpers/db';

const T0 = Date.UTC(2026, 10, 1, 12);
const H = 3600e3;
const ctx = { now: T0 + 100 * H, instances: [] };
const at = (n: number, text?: string, likes = 5) =>
  snap({
    postId: '1',
    capturedAt: T0 + n * H,
    metrics: { likes: exactCount(likes) },
    ...(text === undefined ? {} : { text }),
  });

async function tracked() {
  const db = await freshDb();
  await setTracking(db, 'x', xName('Brand'), true, T0);
  return db;
}

describe('a reading’s text is checked', () => {
  const raw = (text: unknown) => ({ ...at(1), text });

  it('keeps plain text as it is, markup included, and an empty text as none', () => {
    expect(checkSnapshot(raw('<b>Spring</b> blend ☕ #coffee'), ctx).text).toBe(
      '<b>Spring</b> blend ☕ #coffee',
    );
    expect(checkSnapshot(raw(''), ctx)).not.toHaveProperty('text');
    expect(checkSnapshot(raw(undefined), ctx)).not.toHaveProperty('text');
  });

  it('keeps a reading’s own fields only, whatever else the page sent with them', () => {
    const sent = {
      ...at(1, 'Hello'),
      format: 'text',
      publishedPrecision: 60e3,
      extra: '<img onerror=x>',
      latest: {},
    };
    const checked = checkSnapshot(sent, ctx);
    expect(Object.keys(checked).sort()).toEqual([
      'author',
      'authorId',
      'capturedAt',
      'format',
      'key',
      'metrics',
      'platform',
      'postId',
      'publishedAt',
      'publishedPrecision',
      'text',
      'url',
    ]);
    expect(checked.metrics).not.toBe(sent.metrics);
  });

  it('refuses text that is not a string, or longer than any post', () => {
    expect(() => checkSnapshot(raw(42), ctx)).toThrow('text must be a string');
    expect(() => checkSnapshot(raw({ toString: () => 'x' }), ctx)).toThrow('text must be a string');
    expect(() => checkSnapshot(raw('a'.repeat(5001)), ctx)).toThrow('text is longer than 5000 characters');
    // Counted as people count characters: 5,000 emoji are 10,000 UTF-16 units, and fit.
    expect(checkSnapshot(raw('☕'.repeat(5000)), ctx).text).toHaveLength(5000);
  });

  it('is refused item by item by the worker, with the reason, the rest of the batch stored', async () => {
    const db = await tracked();
    const bg = createBackground({ db: async () => db, now: () => ctx.now, notifyTracking: () => {} });
    const good = at(1, 'Spring blend');
    const bad = { ...at(2), postId: '2', key: 'bad', url: 'https://x.com/Brand/status/2', text: ['x'] };
    const r = await bg.handle({ type: 'recordSnapshots', batch: [good, bad] }, { fromExtensionPage: false });
    expect(r).toEqual({
      ok: true,
      data: { committed: [good.key], rejected: [{ key: 'bad', reason: 'text must be a string' }] },
    });
    await bg.handle({ type: 'settle' }, { fromExtensionPage: true });
    expect((await storedPost(db, 'x:1'))?.text).toBe('Spring blend');
  });
});

describe('the stored text', () => {
  it('is the newest reading’s: an edit replaces it, an older reading arriving late does not', async () => {
    const db = await tracked();
    await writeSnapshots(db, [at(1, 'Sprng blend')]);
    await writeSnapshots(db, [at(3, 'Spring blend', 9)]);
    expect((await storedPost(db, 'x:1'))?.text).toBe('Spring blend');
    await writeSnapshots(db, [at(2, 'Sprng blend', 7)]);
    expect((await storedPost(db, 'x:1'))?.text).toBe('Spring blend');
  });

  it('survives a reading without text (a collapsed post) and the user’s tags survive every reading', async () => {
    const db = await tracked();
    await writeSnapshots(db, [at(1, 'Spring blend')]);
    expect(await writePostTags(db, 'x:1', ['question hook'])).toEqual(['question hook']);
    await writeSnapshots(db, [at(2, undefined, 9)]);
    expect(await storedPost(db, 'x:1')).toMatchObject({
      text: 'Spring blend',
      tags: ['question hook'],
      latest: { likes: exactCount(9) },
    });
  });

  it('written behind ingest, reaches the post when a restarted worker settles what the stopped one left', async () => {
    const db = await tracked();
    const stopped = new IngestState();
    await writeSnapshots(db, [at(1, 'Spring blend')], stopped);
    // Known only from the marker the stopped worker wrote: no bucket holds the post yet.
    expect(await storedPost(db, 'x:1')).toBeUndefined();
    const successor = new IngestState();
    await writeSnapshots(db, [at(2, undefined, 9)], successor);
    await settle(db, successor);
    expect((await storedPost(db, 'x:1'))?.text).toBe('Spring blend');
  });

  it('an edit seen by a worker that had already written the post is marked, so it is not lost on a restart', async () => {
    const db = await tracked();
    const first = new IngestState();
    await writeSnapshots(db, [at(1, 'Sprng blend')], first);
    await settle(db, first);
    await writeSnapshots(db, [at(2, 'Spring blend', 9)], first);
    // The worker stops before settling: its successor knows the new text from the marker alone.
    const successor = new IngestState();
    await settle(db, successor);
    expect((await storedPost(db, 'x:1'))?.text).toBe('Spring blend');
  });
});
