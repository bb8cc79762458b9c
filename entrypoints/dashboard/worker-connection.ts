// One dashboard Web Worker, asked by numbered requests whose answers are matched by id. Where no worker
// can start, or one stops, what was asked fails with the reason and later requests are answered on the
// page by `local` (the worker's own host, loaded then).

export type WorkerReply<T> = { id: number; ok: true; data: T } | { id: number; ok: false; error: string };

/** A request without its id, kind by kind: the connection numbers them. */
type Unnumbered<R> = R extends unknown ? Omit<R, 'id'> : never;

type Waiting<T> = { resolve(r: T): void; reject(e: Error): void };

export class WorkerConnection<Req extends { id: number }, T> {
  private worker: Worker | null = null;
  private broken = typeof Worker === 'undefined';
  private next = 0;
  private waiting = new Map<number, Waiting<T>>();

  /**
   * `spawn` creates the worker (its `new URL('./x-worker.ts', import.meta.url)` stays in the caller, where
   * the bundler finds it); `what` names it in errors; `local` answers a request on the page, null for a
   * request that wants no answer.
   */
  constructor(
    private readonly spawn: () => Worker,
    private readonly what: string,
    private readonly local: (request: Req) => Promise<WorkerReply<T> | null>,
  ) {}

  private start(): Worker | null {
    if (this.broken) return null;
    if (this.worker) return this.worker;
    try {
      const w = this.spawn();
      w.onmessage = (e: MessageEvent<WorkerReply<T>>) => this.settle(e.data);
      w.onerror = (e) => {
        this.broken = true;
        this.worker = null;
        const error = `the ${this.what} stopped (${e.message || 'no reason given'})`;
        for (const [id] of this.waiting) this.settle({ id, ok: false, error });
      };
      this.worker = w;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private settle(r: WorkerReply<T>): void {
    const w = this.waiting.get(r.id);
    if (!w) return;
    this.waiting.delete(r.id);
    if (r.ok) w.resolve(r.data);
    else w.reject(new Error(r.error));
  }

  /** Asks the worker (or the page, without one); with `answered` false, resolves null at once. */
  ask(request: Unnumbered<Req>, answered = true): Promise<T | null> {
    const full = { ...request, id: ++this.next } as unknown as Req;
    const worker = this.start();
    if (!worker)
      return this.local(full).then((r) => {
        if (!r) return null;
        if (r.ok) return r.data;
        throw new Error(r.error);
      });
    if (!answered) {
      worker.postMessage(full);
      return Promise.resolve(null);
    }
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(full.id, { resolve, reject });
      worker.postMessage(full);
    });
  }
}
