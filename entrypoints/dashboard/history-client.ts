// The page's side of the history reader: each history shown is a session in the worker, asked for pages.
import type { AccountId, HistorySource } from '@/components/dashboard/api';
import type { HistoryPage } from '@/lib/protocol/history';
import { quickable } from '@/lib/store/history-scan';
import { HistorySession } from '@/lib/store/history-session';
import type { ResonanceDB } from '@/lib/store/records';
import { HistoryHost, type HistoryReply, type HistoryRequest } from './history-host';

/** A request without its id: the connection numbers them. */
type Ask = HistoryRequest extends infer R ? (R extends HistoryRequest ? Omit<R, 'id'> : never) : never;

/** Sends requests to the worker and matches the answers; falls back to reading on the page if it fails. */
class Connection {
  private worker: Worker | null = null;
  private broken = typeof Worker === 'undefined';
  private local: HistoryHost | null = null;
  private next = 0;
  private waiting = new Map<number, { resolve(r: HistoryPage | null): void; reject(e: Error): void }>();

  private start(): Worker | null {
    if (this.broken) return null;
    if (this.worker) return this.worker;
    try {
      const w = new Worker(new URL('./history-worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<HistoryReply>) => this.settle(e.data);
      w.onerror = (e) => {
        // A worker that can't run: what was asked fails with the reason, and later histories are read here.
        this.broken = true;
        this.worker = null;
        for (const [id] of this.waiting)
          this.settle({
            id,
            ok: false,
            error: `the history reader stopped (${e.message || 'no reason given'})`,
          });
      };
      this.worker = w;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private settle(r: HistoryReply): void {
    const w = this.waiting.get(r.id);
    if (!w) return;
    this.waiting.delete(r.id);
    if (r.ok) w.resolve(r.data);
    else w.reject(new Error(r.error));
  }

  ask(request: Ask): Promise<HistoryPage | null> {
    const full = { ...request, id: ++this.next } as HistoryRequest;
    const worker = this.start();
    if (!worker) {
      this.local ??= new HistoryHost();
      return this.local.answer(full).then((r) => {
        if (!r) return null;
        if (r.ok) return r.data;
        throw new Error(r.error);
      });
    }
    if (full.kind === 'close') {
      worker.postMessage(full);
      return Promise.resolve(null);
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(full.id, { resolve, reject });
      worker.postMessage(full);
    });
  }
}

const connection = new Connection();
let sessions = 0;

/**
 * One account's history. `settle` first has the service worker write what lags, as every read does.
 * While the worker reads and scores the account, the first pages by date are read here, from the week
 * buckets: a few requests, never held up by the worker's scoring.
 */
export function historySource(
  account: AccountId,
  settle: () => Promise<unknown>,
  db: () => Promise<ResonanceDB>,
): HistorySource {
  const session = ++sessions;
  const now = Date.now();
  let opening!: Promise<unknown>;
  let scored = false;
  // The reader answers in order of asking: the session is opened before any page is asked of it.
  const posted = settle().then(() => {
    opening = connection.ask({ kind: 'open', session, platform: account.platform, account: account.id, now });
    opening.then(
      () => (scored = true),
      () => {},
    );
  });
  const quick = async (q: Parameters<HistorySource['page']>[0]) =>
    new HistorySession(await db(), account.platform, account.id, now).quick(q);
  return {
    page: async (query) => {
      await posted;
      if (!scored && quickable(query)) return quick(query);
      return (await connection.ask({ kind: 'page', session, query }))!;
    },
    ready: posted.then(() => opening).then(() => undefined),
    close: () => void posted.then(() => connection.ask({ kind: 'close', session })),
  };
}
