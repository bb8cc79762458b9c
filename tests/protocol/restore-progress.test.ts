// Restore progress and cancel through the worker's messages, the page's side of watching it (on a clock
// the test moves), the estimate of time left, and a post's curve asked for by the popup.
import { describe, expect, it } from 'vitest';
import { createBackground } from '@/lib/background/dispatch';
import { exactCount } from '@/lib/core/metrics';
import type { RestoreProgress } from '@/lib/protocol/messages';
import { previewWatched, RestoreCancelled, restoreEstimate, watchRestore } from '@/lib/protocol/restore';
import { setTracking } from '@/lib/store/accounts';
import { RESTORE_CHUNK } from '@/lib/store/backup/chunks';
import { writeSnapshots } from '@/lib/store/ingest/write';
import type { ResonanceDB } from '@/lib/store/records';
import { brandBackup } from '@/tests/helpers/backup';
import { freshDb, postCount, snap, storedPost, xName } from '@/tests/helpers/db';

const NOW = Date.UTC(2026, 10, 20, 12);
const H = 3600e3;
const page = { fromExtensionPage: true };
const _iso = (t: number) => new Date(t).toISOString();

/** Readings a post; the file's two chunks hold FIRST whole posts (RESTORE_CHUNK snapshots), then half as many. */
const PER = 50;
const FIRST = RESTORE_CHUNK / PER;
const TOTAL = (FIRST + FIRST / 2) * PER;

function backupText(): string {
  return JSON.stringify(
    brandBackup({ posts: TOTAL / PER, per: PER, start: NOW - 400 * H, exportedAt: NOW - H }),
  );
}

/**
 * A store whose `hold`-th opening waits until released. The worker opens it once for the request, then
 * once per step of the write chain: 2 is the accounts step, 3 the first chunk, 4 the second.
 */
async function gated(hold: number) {
  const db = await freshDb();
  let calls = 0;
  let reached!: () => void;
  let release!: () => void;
  const atGate = new Promise<void>((r) => (reached = r));
  const gate = new Promise<void>((r) => (release = r));
  let clock = NOW;
  const bg = createBackground({
    db: async () => {
      if (++calls === hold) {
        reached();
        await gate;
      }
      return db;
    },
    now: () => (clock += 1000),
  });
  const ask = async (msg: Record<string, unknown>) => {
    const r = await bg.handle(msg, page);
    if (!r.ok) throw new Error(r.error);
    return r.data;
  };
  return { db, ask, atGate, release };
}

describe('a restore followed and cancelled from the dashboard', () => {
  it('reports its chunks; cancelled after the first, it keeps that chunk’s whole posts and says so', async () => {
    const { db, ask, atGate, release } = await gated(4);
    expect(await ask({ type: 'getRestoreProgress' })).toBeNull();
    const restoring = ask({ type: 'importBackup', text: backupText(), dryRun: false });
    await atGate;
    const during = (await ask({ type: 'getRestoreProgress' })) as RestoreProgress;
    expect(during).toMatchObject({ kind: 'restore', state: 'chunks', done: RESTORE_CHUNK, total: TOTAL });
    expect(during.summary).toEqual({
      accounts: 1,
      newPosts: FIRST,
      newSnapshots: RESTORE_CHUNK,
      duplicates: 0,
    });
    expect(during.updatedAt).toBeGreaterThan(during.chunksAt!);
    expect(await ask({ type: 'cancelRestore' })).toEqual({ cancelling: true });
    release();
    const summary = await restoring;
    expect(summary).toEqual({ accounts: 1, newPosts: FIRST, newSnapshots: RESTORE_CHUNK, duplicates: 0 });
    const after = (await ask({ type: 'getRestoreProgress' })) as RestoreProgress;
    expect(after).toMatchObject({ state: 'cancelled', done: RESTORE_CHUNK, total: TOTAL, cancelling: true });
    expect(await db.count('snapshots')).toBe(RESTORE_CHUNK);
    expect(await postCount(db)).toBe(FIRST);
    expect((await storedPost(db, `x:${100 + FIRST - 1}`))?.snapshots).toBe(PER);
    expect(await storedPost(db, `x:${100 + FIRST}`)).toBeUndefined();
    // Nothing runs now: there is nothing to cancel.
    expect(await ask({ type: 'cancelRestore' })).toEqual({ cancelling: false });
  });

  it('a cancel asked for too late changes nothing: the restore reads finished', async () => {
    const { ask } = await gated(0);
    await ask({ type: 'importBackup', text: backupText(), dryRun: false });
    expect(await ask({ type: 'cancelRestore' })).toEqual({ cancelling: false });
    expect(await ask({ type: 'getRestoreProgress' })).toMatchObject({ state: 'finished', done: TOTAL });
  });

  it('a check can be cancelled too, and a file refused whole reads failed', async () => {
    const { db, ask, atGate, release } = await gated(1);
    const checking = ask({ type: 'importBackup', text: backupText(), dryRun: true });
    await atGate;
    expect(await ask({ type: 'getRestoreProgress' })).toMatchObject({ kind: 'check', state: 'reading' });
    expect(await ask({ type: 'cancelRestore' })).toEqual({ cancelling: true });
    release();
    await checking;
    expect(await ask({ type: 'getRestoreProgress' })).toMatchObject({ kind: 'check', state: 'cancelled' });
    await expect(ask({ type: 'importBackup', text: '{"format":"other"}', dryRun: true })).rejects.toThrow();
    expect(await ask({ type: 'getRestoreProgress' })).toMatchObject({ kind: 'check', state: 'failed' });
    expect(await db.count('snapshots')).toBe(0);
  });
});

/** A clock the test moves: each sleep waits until `tick()`. */
function clock() {
  const sleepers: (() => void)[] = [];
  return {
    sleep: () => new Promise<void>((r) => sleepers.push(r)),
    async tick() {
      while (!sleepers.length) await new Promise((r) => setTimeout(r, 0));
      sleepers.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const progress = (over: Partial<RestoreProgress>): RestoreProgress => ({
  kind: 'restore',
  state: 'chunks',
  done: 0,
  total: 100,
  summary: { accounts: 0, newPosts: 0, newSnapshots: 0, duplicates: 0 },
  startedAt: 0,
  chunksAt: 0,
  updatedAt: 0,
  cancelling: false,
  ...over,
});

describe('watching a restore from the page', () => {
  it('asks how it goes on each tick, cancels on abort, and reads the end after the answer', async () => {
    // Before the restore starts, the worker still reports the check before it, and a restore of earlier.
    let current = progress({ kind: 'check', state: 'finished', startedAt: 500 });
    let finish!: (v: string) => void;
    const job = new Promise<string>((r) => (finish = r));
    const c = clock();
    const seen: number[] = [];
    const cancels: number[] = [];
    const controller = new AbortController();
    const watching = watchRestore(job, 'restore', {
      progress: async () => current,
      cancel: async () => cancels.push(current.done),
      onProgress: (p) => seen.push(p.done),
      signal: controller.signal,
      sleep: c.sleep,
      since: 1000,
    });
    await c.tick();
    current = progress({ state: 'finished', done: 100, startedAt: 900 });
    await c.tick();
    expect(seen).toEqual([]);
    current = progress({ done: 10, startedAt: 1000 });
    await c.tick();
    expect(seen).toEqual([10]);
    current = progress({ done: 40, startedAt: 1000 });
    await c.tick();
    expect(seen).toEqual([10, 40]);
    controller.abort();
    expect(cancels).toEqual([40]);
    // The worker has not heard it yet (its job was waiting its turn): asked again.
    await c.tick();
    expect(cancels).toEqual([40, 40]);
    current = progress({ done: 60, state: 'cancelled', cancelling: true, startedAt: 1000 });
    finish('answer');
    const { result, last } = await watching;
    expect(result).toBe('answer');
    expect(last?.state).toBe('cancelled');
    expect(seen).toEqual([10, 40, 40, 60]);
    expect(cancels).toEqual([40, 40]);
  });

  it('a cancelled check throws RestoreCancelled', async () => {
    const done = progress({ kind: 'check', state: 'cancelled', done: 20 });
    const controller = new AbortController();
    controller.abort();
    await expect(
      previewWatched(async () => ({ accounts: 0, newPosts: 1, newSnapshots: 20, duplicates: 0 }), 'file', {
        progress: async () => done,
        cancel: async () => {},
        onProgress: () => {},
        signal: controller.signal,
        sleep: () => new Promise(() => {}),
      }),
    ).rejects.toBeInstanceOf(RestoreCancelled);
  });

  it('estimates time left from the pace of the chunks written so far', () => {
    expect(restoreEstimate(progress({ state: 'reading', total: 0, chunksAt: null }))).toEqual({
      fraction: null,
      leftMs: null,
    });
    // 25 of 100 in 10 s: 75 more take 30 s.
    expect(restoreEstimate(progress({ done: 25, chunksAt: 5000, updatedAt: 15_000 }))).toEqual({
      fraction: 0.25,
      leftMs: 30_000,
    });
    expect(restoreEstimate(progress({ done: 0, chunksAt: 5000, updatedAt: 5000 })).leftMs).toBeNull();
    expect(restoreEstimate(progress({ state: 'finished', done: 100 })).leftMs).toBeNull();
  });
});

async function account(): Promise<ResonanceDB> {
  const db = await freshDb();
  await setTracking(db, 'x', xName('Brand'), true, NOW);
  const batch = Array.from({ length: 12 }, (_, i) => {
    const publishedAt = NOW - (100 + i * 24) * H;
    return snap({
      postId: String(i + 1),
      publishedAt,
      capturedAt: publishedAt + 48 * H,
      metrics: { likes: exactCount(50 + i * 5), comments: exactCount(5 + i) },
    });
  });
  await writeSnapshots(db, batch);
  return db;
}

describe('a post’s curve for the popup', () => {
  it('checks the post named, and answers its band, or null for a post not stored', async () => {
    const db = await account();
    const bg = createBackground({ db: async () => db, now: () => NOW });
    const band = await bg.handle({ type: 'getPostCurve', platform: 'x', postId: '3' }, page);
    expect(band).toMatchObject({ ok: true, data: { id: '3', metrics: ['likes', 'comments'] } });
    const data = (band as { data: { band: { n: number }[] } }).data;
    expect(data.band.at(-1)!.n).toBe(11);
    expect(await bg.handle({ type: 'getPostCurve', platform: 'x', postId: '99' }, page)).toEqual({
      ok: true,
      data: null,
    });
    expect(await bg.handle({ type: 'getPostCurve', platform: 'myspace', postId: '3' }, page)).toMatchObject({
      ok: false,
    });
    expect(await bg.handle({ type: 'getPostCurve', platform: 'x', postId: '<b>' }, page)).toMatchObject({
      ok: false,
      error: 'postId has an unexpected form',
    });
    // A page's script may not ask for it.
    expect(
      await bg.handle({ type: 'getPostCurve', platform: 'x', postId: '3' }, { fromExtensionPage: false }),
    ).toMatchObject({ ok: false });
  });
});
