// The page's side of the insights: each report is asked of a worker (./insights-worker.ts), and worked
// out on the page where a worker can't start. The service worker first writes what lags, as every read does.
import type { InsightScope, InsightsApi, InsightsReport } from '@/components/dashboard/insight-types';
import { insightTables } from '@/lib/insights/csv';
import type { InsightsHost, InsightsReply, InsightsRequest } from './insights-host';

type Waiting = { resolve(r: InsightsReport): void; reject(e: Error): void };

class Connection {
  private worker: Worker | null = null;
  private broken = typeof Worker === 'undefined';
  /** Loaded only where a worker can't start: the page's own bundle stays without the insights' code. */
  private local: Promise<InsightsHost> | null = null;
  private next = 0;
  private waiting = new Map<number, Waiting>();

  private start(): Worker | null {
    if (this.broken) return null;
    if (this.worker) return this.worker;
    try {
      const w = new Worker(new URL('./insights-worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<InsightsReply>) => this.settle(e.data);
      w.onerror = (e) => {
        // A worker that can't run: what was asked fails with the reason, later reports are worked out here.
        this.broken = true;
        this.worker = null;
        for (const [id] of this.waiting)
          this.settle({
            id,
            ok: false,
            error: `the insights reader stopped (${e.message || 'no reason given'})`,
          });
      };
      this.worker = w;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private settle(r: InsightsReply): void {
    const w = this.waiting.get(r.id);
    if (!w) return;
    this.waiting.delete(r.id);
    if (r.ok) w.resolve(r.data);
    else w.reject(new Error(r.error));
  }

  ask(request: Omit<InsightsRequest, 'id'>): Promise<InsightsReport> {
    const full: InsightsRequest = { ...request, id: ++this.next };
    const worker = this.start();
    if (!worker) {
      this.local ??= import('./insights-host').then((m) => new m.InsightsHost());
      return this.local
        .then((host) => host.answer(full))
        .then((r) => {
          if (r.ok) return r.data;
          throw new Error(r.error);
        });
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(full.id, { resolve, reject });
      worker.postMessage(full);
    });
  }
}

const connection = new Connection();

/** The insights of the dashboard: `settle` first has the service worker write what lags. */
export function insightsApi(settle: () => Promise<unknown>): InsightsApi {
  return {
    async report(scope: InsightScope) {
      await settle();
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
      return connection.ask({ scope, now: Date.now(), timeZone });
    },
    // Pure and quick (a few hundred rows): written on the page from the report already shown.
    tables: (report) => insightTables(report.insights),
  };
}
