// The page's side of the insights: each report is asked of a worker (./insights-worker.ts), and worked
// out on the page where a worker can't start. The service worker first writes what lags, as every read does.
import type { InsightScope, InsightsApi, InsightsReport } from '@/components/dashboard/insight-types';
import { insightTables } from '@/lib/insights/csv';
import type { InsightsHost, InsightsRequest } from './insights-host';
import { WorkerConnection } from './worker-connection';

/** Loaded only where a worker can't start: the page's own bundle stays without the insights' code. */
let local: Promise<InsightsHost> | null = null;

const connection = new WorkerConnection<InsightsRequest, InsightsReport>(
  () => new Worker(new URL('./insights-worker.ts', import.meta.url), { type: 'module' }),
  'insights reader',
  (request) => {
    local ??= import('./insights-host').then((m) => new m.InsightsHost());
    return local.then((host) => host.answer(request));
  },
);

/** The insights of the dashboard: `settle` first has the service worker write what lags. */
export function insightsApi(settle: () => Promise<unknown>): InsightsApi {
  return {
    async report(scope: InsightScope) {
      await settle();
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
      return (await connection.ask({ scope, now: Date.now(), timeZone }))!;
    },
    // Pure and quick (a few hundred rows): written on the page from the report already shown.
    tables: (report) => insightTables(report.insights),
  };
}
