// The background's one entry point for messages: refuses what is not a Resonance request, refuses
// privileged requests from content scripts (decided from the sender, never from the payload), and turns
// every failure into a reason the sender can show.
import { InvalidInput, isRecord } from '@/lib/protocol/checks/basics';
import type { Reply } from '@/lib/protocol/messages';
import { IngestQueue } from '@/lib/store/ingest/queue';
import { retentionIfDue } from '@/lib/store/retention/job';
import { contentHandlers } from './content-handlers';
import type { BackgroundEnv, SenderInfo } from './env';
import { pageHandlers } from './page-handlers';
import { ScoreCache } from './scores';
import { StoreStatus } from './status';

export function createBackground(env: BackgroundEnv) {
  const status = new StoreStatus(env.now);
  const ingest = new IngestQueue(env.db, undefined, (e) => {
    if (e) env.dbFailed?.(e);
    status.settled(e);
  });
  // Each account's curves held between requests, so a page's posts are scored in milliseconds.
  const scores = new ScoreCache(env.db, ingest, env.now);
  const fromContent: Record<string, (p: Record<string, unknown>) => Promise<unknown>> = contentHandlers(
    env,
    ingest,
    status,
    scores,
  );
  const fromPages: Record<string, (p: Record<string, unknown>) => Promise<unknown>> = pageHandlers(
    env,
    ingest,
    status,
    scores,
  );

  async function handle(raw: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    try {
      if (!isRecord(raw) || typeof raw.type !== 'string') throw new InvalidInput('not a Resonance message');
      const type = raw.type;
      const own = Object.hasOwn(fromContent, type) ? fromContent[type] : undefined;
      const privileged = Object.hasOwn(fromPages, type) ? fromPages[type] : undefined;
      if (privileged && !sender.fromExtensionPage)
        throw new InvalidInput(`${type} is only accepted from Resonance's own pages`);
      const handler = own ?? privileged;
      if (!handler) throw new InvalidInput(`${type.slice(0, 40)} is not handled by the background`);
      return { ok: true, data: await handler(raw) };
    } catch (e) {
      env.dbFailed?.(e);
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Daily upkeep, run by the worker's alarm: thin old snapshots, alone in the write chain. */
  function maintain(): Promise<boolean> {
    return ingest.exclusive((db) => retentionIfDue(db, env.now()));
  }

  return { handle, maintain };
}
