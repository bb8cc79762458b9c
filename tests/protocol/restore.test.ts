// A restore whose answer is lost (the worker stopped after writing) is reported as done, not failed; one
// that did not finish says so; a refusal with a reason is passed on as it is.
import { describe, expect, it } from 'vitest';
import { RemoteError, type RestoreSummary } from '@/lib/protocol/messages';
import { RestoreUnfinished, restoreConfirmed } from '@/lib/protocol/restore';

const expected: RestoreSummary = { accounts: 1, newPosts: 36, newSnapshots: 347, duplicates: 0 };
const nothingLeft: RestoreSummary = { accounts: 0, newPosts: 0, newSnapshots: 0, duplicates: 347 };
const lost = new Error(
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
);

describe('restoreConfirmed', () => {
  it('returns what the background says it restored', async () => {
    const calls: boolean[] = [];
    const r = await restoreConfirmed(
      async (p) => {
        calls.push(p.dryRun);
        return expected;
      },
      'file',
      expected,
    );
    expect(r).toEqual(expected);
    expect(calls).toEqual([false]);
  });

  it('reports a written restore as done when its answer was lost', async () => {
    const calls: boolean[] = [];
    const r = await restoreConfirmed(
      async (p) => {
        calls.push(p.dryRun);
        if (!p.dryRun) throw lost;
        return nothingLeft;
      },
      'file',
      expected,
    );
    expect(r).toEqual(expected);
    expect(calls).toEqual([false, true]);
  });

  it('says a restore did not finish when the file would still add something', async () => {
    const p = restoreConfirmed(
      async (q) => {
        if (!q.dryRun) throw lost;
        return { ...nothingLeft, newSnapshots: 12 };
      },
      'file',
      expected,
    );
    await expect(p).rejects.toBeInstanceOf(RestoreUnfinished);
    await expect(p).rejects.toThrow(/restore the file again/);
  });

  it('passes a refusal with its reason on, without asking again', async () => {
    const calls: boolean[] = [];
    const p = restoreConfirmed(
      async (q) => {
        calls.push(q.dryRun);
        throw new RemoteError('importBackup: storage is full. Nothing was restored.');
      },
      'file',
      expected,
    );
    await expect(p).rejects.toThrow('storage is full');
    expect(calls).toEqual([false]);
  });
});
