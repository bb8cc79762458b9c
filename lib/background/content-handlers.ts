// Answers to what a page's content script may ask: store readings, say which accounts are tracked,
// score posts, and hear how reading a page went. Every payload is untrusted input.
import { checkSite } from '@/lib/protocol/checks/accounts';
import { checkList, checkString, fail, InvalidInput, isRecord } from '@/lib/protocol/checks/basics';
import { checkHealth } from '@/lib/protocol/checks/health';
import { checkSeenAccount } from '@/lib/protocol/checks/seen';
import { type CheckedSnapshot, checkSnapshot, MAX_BATCH } from '@/lib/protocol/checks/snapshots';
import type { ContentRequests } from '@/lib/protocol/messages';
import { isSiteId, siteInfo } from '@/lib/sites/catalog';
import type { WordsKind } from '@/lib/sites/shared/time/words';
import { getTracking, reportViewer } from '@/lib/store/accounts';
import { recordHealth } from '@/lib/store/health';
import type { IngestQueue } from '@/lib/store/ingest/queue';
import { readInstances } from '@/lib/store/instances';
import type { BackgroundEnv } from './env';
import type { Handlers } from './handler-types';
import type { ScoreCache } from './scores';
import type { StoreStatus } from './status';
import { unitsFor } from './unit-tables';

/** Each reading of a batch checked on its own: one the page got wrong is refused with its reason, alone. */
function checkBatch(batch: unknown[], ctx: Parameters<typeof checkSnapshot>[1]) {
  const valid: CheckedSnapshot[] = [];
  const rejected: { key: string; reason: string }[] = [];
  for (const item of batch) {
    try {
      valid.push(checkSnapshot(item, ctx));
    } catch (e) {
      if (!(e instanceof InvalidInput)) throw e;
      const key = isRecord(item) && typeof item.key === 'string' ? item.key.slice(0, 64) : '?';
      rejected.push({ key, reason: e.message });
    }
  }
  return { valid, rejected };
}

/** Stores a page's readings through the ingest queue, and says which it committed and which it refused. */
function recordSnapshots(env: BackgroundEnv, ingest: IngestQueue, status: StoreStatus) {
  return async (p: Record<string, unknown>) => {
    const batch = checkList(p.batch, 'batch', MAX_BATCH);
    try {
      const db = await env.db();
      // Only a self-hosted site's posts are checked against the instances the user added: a batch of
      // other sites' posts skips that read (one transaction fewer per flush).
      const selfHosted = batch.some(
        (x) => isRecord(x) && isSiteId(x.platform) && siteInfo(x.platform).selfHosted,
      );
      const ctx = { now: env.now(), instances: selfHosted ? await readInstances(db) : [] };
      const { valid, rejected } = checkBatch(batch, ctx);
      const r = await ingest.submit(valid);
      status.ingestOk();
      return { committed: r.committed, rejected: [...rejected, ...r.rejected] };
    } catch (e) {
      env.dbFailed?.(e);
      throw new Error(status.ingestFailed(e));
    }
  };
}

export function contentHandlers(
  env: BackgroundEnv,
  ingest: IngestQueue,
  status: StoreStatus,
  scores: ScoreCache,
): Handlers<ContentRequests> {
  return {
    recordSnapshots: recordSnapshots(env, ingest, status),
    async getTracking(p) {
      return getTracking(await env.db(), checkSite(p.platform));
    },
    async reportViewer(p) {
      const platform = checkSite(p.platform);
      const seen = checkSeenAccount(platform, p.account);
      const state = await reportViewer(
        await env.db(),
        platform,
        seen,
        siteInfo(platform).viewerIsBrand,
        env.now(),
      );
      ingest.accountsChanged();
      return state;
    },
    async getScores(p) {
      const platform = checkSite(p.platform);
      const ids = checkList(p.postIds, 'postIds', MAX_BATCH).map((id) => checkString(id, 'postId', 128));
      return scores.scoresFor(platform, ids, env.now());
    },
    async reportHealth(p) {
      const platform = checkSite(p.platform);
      const url = checkString(p.url, 'url', 2048);
      if (!/^https:\/\//.test(url)) fail('url must be https');
      await recordHealth(await env.db(), platform, url, checkHealth(p.health), env.now());
      return { ok: true } as const;
    },
    async getUnits(p) {
      // Language tags only (Intl.getCanonicalLocales reads the rest): a page can name no more than two.
      const tags = checkList(p.locales, 'locales', 2).map((t) => checkString(t, 'locale', 35, LANGUAGE_TAG));
      const kind = WORDS_KINDS.find((k) => k === p.words);
      if (p.words !== undefined && !kind) fail('words must be "written" or "ages"');
      return unitsFor(tags, kind);
    },
  };
}

const LANGUAGE_TAG = /^[A-Za-z0-9_-]+$/;
const WORDS_KINDS: readonly WordsKind[] = ['written', 'ages'];
