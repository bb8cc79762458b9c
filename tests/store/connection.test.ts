// The worker's connection to the store: when the browser closes it (a full disk closes it in Chromium),
// the next request opens a new one instead of failing until the worker is stopped.
import { describe, expect, it } from 'vitest';
import { isConnectionLost, StoreConnection } from '@/lib/store/connection';
import type { ResonanceDB } from '@/lib/store/records';

function fakeOpener() {
  const opened: { lost: () => void; db: ResonanceDB }[] = [];
  let failNext = false;
  const open = async (lost: () => void) => {
    if (failNext) {
      failNext = false;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    const db = { n: opened.length + 1 } as unknown as ResonanceDB;
    opened.push({ lost, db });
    return db;
  };
  return { open, opened, failOnce: () => (failNext = true) };
}

const closing = new DOMException('The database connection is closing.', 'InvalidStateError');

describe('StoreConnection', () => {
  it('keeps one connection while it works', async () => {
    const f = fakeOpener();
    const c = new StoreConnection(f.open);
    expect(await c.get()).toBe(await c.get());
    expect(f.opened).toHaveLength(1);
  });

  it('opens anew after the browser ends the connection', async () => {
    const f = fakeOpener();
    const c = new StoreConnection(f.open);
    const first = await c.get();
    f.opened[0]!.lost();
    const second = await c.get();
    expect(second).not.toBe(first);
    expect(f.opened).toHaveLength(2);
  });

  it('opens anew after a request fails because the connection is closing, not after other failures', async () => {
    const f = fakeOpener();
    const c = new StoreConnection(f.open);
    const first = await c.get();
    c.failed(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(await c.get()).toBe(first);
    c.failed(closing);
    expect(await c.get()).not.toBe(first);
  });

  it('tries again on the next request when opening fails', async () => {
    const f = fakeOpener();
    f.failOnce();
    const c = new StoreConnection(f.open);
    await expect(c.get()).rejects.toThrow('quota');
    expect(await c.get()).toBe(f.opened[0]!.db);
  });

  it('ignores a late "lost" from a connection it already replaced', async () => {
    const f = fakeOpener();
    const c = new StoreConnection(f.open);
    await c.get();
    f.opened[0]!.lost();
    const second = await c.get();
    f.opened[0]!.lost();
    expect(await c.get()).toBe(second);
  });

  it('knows a closing connection by its error', () => {
    expect(isConnectionLost(closing)).toBe(true);
    expect(isConnectionLost(new DOMException('x', 'QuotaExceededError'))).toBe(false);
    expect(isConnectionLost(undefined)).toBe(false);
  });
});
