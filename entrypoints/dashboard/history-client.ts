// The page's side of the history reader: each history shown is a session in the worker, asked for pages.
import type { AccountId, HistorySource } from '@/components/dashboard/api';
import type { HistoryPage } from '@/lib/protocol/history';
import { quickable } from '@/lib/store/history-scan';
import { HistorySession } from '@/lib/store/history-session';
import type { ResonanceDB } from '@/lib/store/records';
import { HistoryHost, type HistoryRequest } from './history-host';
import { WorkerConnection } from './worker-connection';

let local: HistoryHost | null = null;
const connection = new WorkerConnection<HistoryRequest, HistoryPage | null>(
  () => new Worker(new URL('./history-worker.ts', import.meta.url), { type: 'module' }),
  'history reader',
  (request) => {
    local ??= new HistoryHost();
    return local.answer(request);
  },
);
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
    close: () => void posted.then(() => connection.ask({ kind: 'close', session }, false)),
  };
}
