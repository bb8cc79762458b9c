// The dashboard's connection to its workers: answers matched to their questions, and when no worker can
// start, or one stops, the reason said and later questions answered on the page instead.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerConnection, type WorkerReply } from '@/entrypoints/dashboard/worker-connection';

type Req = { id: number; n: number };

/** A worker that answers out of order: each question's answer is n × 10, sent when `flush` is called. */
class FakeWorker {
  onmessage: ((e: { data: WorkerReply<number> }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  asked: Req[] = [];
  postMessage(r: Req) {
    this.asked.push(r);
  }
  flush() {
    for (const r of this.asked.reverse()) this.onmessage?.({ data: { id: r.id, ok: true, data: r.n * 10 } });
    this.asked = [];
  }
}

const local = vi.fn(async (r: Req): Promise<WorkerReply<number>> => ({ id: r.id, ok: true, data: -r.n }));

afterEach(() => {
  vi.unstubAllGlobals();
  local.mockClear();
});

describe('WorkerConnection', () => {
  it('matches each answer to its question, whatever the order they come back in', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const w = new FakeWorker();
    const c = new WorkerConnection<Req, number>(() => w as unknown as Worker, 'reader', local);
    const a = c.ask({ n: 1 });
    const b = c.ask({ n: 2 });
    w.flush();
    expect(await Promise.all([a, b])).toEqual([10, 20]);
    expect(local).not.toHaveBeenCalled();
  });

  it('a stopped worker fails what was asked with the reason, and the page answers after', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const w = new FakeWorker();
    const c = new WorkerConnection<Req, number>(() => w as unknown as Worker, 'insights reader', local);
    const asked = c.ask({ n: 1 });
    w.onerror?.({ message: 'out of memory' });
    await expect(asked).rejects.toThrow('the insights reader stopped (out of memory)');
    expect(await c.ask({ n: 3 })).toBe(-3);
  });

  it('without Worker, or when one can’t start, the page answers, and its errors are said', async () => {
    const none = new WorkerConnection<Req, number>(
      () => new FakeWorker() as unknown as Worker,
      'reader',
      local,
    );
    expect(typeof Worker).toBe('undefined');
    expect(await none.ask({ n: 4 })).toBe(-4);
    vi.stubGlobal('Worker', FakeWorker);
    const refused = new WorkerConnection<Req, number>(
      () => {
        throw new Error('blocked by policy');
      },
      'reader',
      async (r) => ({ id: r.id, ok: false, error: 'no history' }),
    );
    await expect(refused.ask({ n: 5 })).rejects.toThrow('no history');
  });

  it('a question that wants no answer resolves at once, and is still sent', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const w = new FakeWorker();
    const c = new WorkerConnection<Req, number>(() => w as unknown as Worker, 'reader', local);
    expect(await c.ask({ n: 6 }, false)).toBeNull();
    expect(w.asked).toEqual([{ n: 6, id: 1 }]);
  });
});
