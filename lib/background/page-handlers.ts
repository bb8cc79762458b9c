// Answers to Resonance's own pages (popup, dashboard): tracking, settings, deletion, restore (with its
// progress and cancel: restore-handlers.ts), a post's curve and tags, instances and health. Every write goes
// through the ingest queue's chain, so the worker is the one writer and nothing (retention included) runs
// during a restore.
import { checkAccount, checkSite } from '@/lib/protocol/checks/accounts';
import { fail } from '@/lib/protocol/checks/basics';
import { checkPostRef } from '@/lib/protocol/checks/post-ref';
import { checkTags } from '@/lib/protocol/checks/tags';
import type { ExtensionPageRequests } from '@/lib/protocol/messages';
import { checkSettings } from '@/lib/protocol/settings';
import { SITE_IDS } from '@/lib/sites/catalog';
import { deleteAccountData, deleteAllData, listAccounts, setTracking } from '@/lib/store/accounts';
import { readSiteHealth } from '@/lib/store/health';
import type { IngestQueue } from '@/lib/store/ingest/queue';
import { readPostTags, writePostTags } from '@/lib/store/posts-tags';
import { postKey } from '@/lib/store/records';
import { readSettings, saveSettings } from '@/lib/store/settings';
import type { BackgroundEnv } from './env';
import type { Handlers } from './handler-types';
import { instanceHandlers } from './instances';
import { restoreHandlers } from './restore-handlers';
import type { ScoreCache } from './scores';
import type { StoreStatus } from './status';

type AccountRequests = Pick<
  ExtensionPageRequests,
  'setTracking' | 'listAccounts' | 'deleteAccountData' | 'deleteAllData'
>;

/** Which accounts are tracked, and deleting what is stored of one or of all. */
function accountHandlers(env: BackgroundEnv, ingest: IngestQueue): Handlers<AccountRequests> {
  return {
    async setTracking(p) {
      const platform = checkSite(p.platform);
      if (typeof p.tracked !== 'boolean') fail('tracked must be true or false');
      const state = await setTracking(
        await env.db(),
        platform,
        checkAccount(platform, p.handle),
        p.tracked,
        env.now(),
      );
      ingest.accountsChanged();
      env.notifyTracking?.(platform);
      return state;
    },
    async listAccounts() {
      // Post counts come from the buckets: posts first seen in the last seconds are written first.
      await ingest.settle();
      return listAccounts(await env.db());
    },
    async deleteAccountData(p) {
      const platform = checkSite(p.platform);
      const { id } = checkAccount(platform, p.handle);
      const posts = await ingest.exclusive((db) => deleteAccountData(db, platform, id));
      env.notifyTracking?.(platform);
      return { posts };
    },
    async deleteAllData() {
      await ingest.exclusive((db) => deleteAllData(db));
      for (const platform of SITE_IDS) env.notifyTracking?.(platform);
      return { ok: true } as const;
    },
  };
}

type PostRequests = Pick<ExtensionPageRequests, 'getPostCurve' | 'getPostTags' | 'setPostTags'>;

/** One post's curve and the manager's tags on it. */
function postHandlers(env: BackgroundEnv, ingest: IngestQueue, scores: ScoreCache): Handlers<PostRequests> {
  return {
    async getPostCurve(p) {
      const { platform, postId } = checkPostRef(p);
      // Curves written behind ingest are brought up to date first, as for the dashboard's reads.
      await ingest.settle();
      // From the account's curves the worker holds: a details click doesn't rescore the whole history.
      return scores.postCurve(platform, postId, env.now());
    },
    async getPostTags(p) {
      const { platform, postId } = checkPostRef(p);
      await ingest.settle();
      const tags = await readPostTags(await env.db(), postKey(platform, postId));
      return tags && { tags };
    },
    async setPostTags(p) {
      const { platform, postId } = checkPostRef(p);
      const tags = checkTags(p.tags);
      // In the write chain, after what ingest holds is written: the post is in its bucket by then.
      const saved = await ingest.exclusive((db) => writePostTags(db, postKey(platform, postId), tags));
      if (!saved) fail('this post is not saved yet: open it once while its account is tracked');
      return { tags: saved };
    },
  };
}

export function pageHandlers(
  env: BackgroundEnv,
  ingest: IngestQueue,
  status: StoreStatus,
  scores: ScoreCache,
): Handlers<ExtensionPageRequests> {
  return {
    async getStatus() {
      return status.view();
    },
    async settle() {
      return { posts: await ingest.settle() };
    },
    async getSettings() {
      return readSettings(await env.db());
    },
    async saveSettings(p) {
      return saveSettings(await env.db(), checkSettings(p.settings));
    },
    async getSiteHealth() {
      return readSiteHealth(await env.db());
    },
    ...accountHandlers(env, ingest),
    ...postHandlers(env, ingest, scores),
    ...restoreHandlers(env, ingest),
    ...instanceHandlers(env),
  };
}
