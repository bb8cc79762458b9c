// The background's answers to every message, kept free of the extension API so Node tests can drive them.

import {
  checkPlatform,
  checkSnapshot,
  checkString,
  InvalidInput,
  isRecord,
  MAX_BATCH,
  PLATFORMS,
} from '@/lib/protocol/checks';
import type { MessageType, ProtocolMap, Reply, StorageStatus } from '@/lib/protocol/messages';
import { isMessageType } from '@/lib/protocol/messages';
import {
  deleteAccountData,
  deleteAllData,
  getTracking,
  listAccounts,
  reportViewer,
  setTracking,
} from '@/lib/store/accounts';
import { parseBackup, restoreBackup } from '@/lib/store/backup';
import type { ResonanceDB } from '@/lib/store/db';
import { deriveErrorText, storageErrorText } from '@/lib/store/errors';
import { Ingestor } from '@/lib/store/ingest/queue';
import { retentionIfDue } from '@/lib/store/retention/job';
import { checkSettings, readSettings, saveSettings } from '@/lib/store/settings';
import { scoresFor } from '@/lib/store/stored-scores';

export interface HandlerEnv {
  db(): Promise<ResonanceDB>;
  now(): number;
  /** Tell content scripts of a platform that tracking changed. */
  notifyTracking?(platform: string): void;
}

/** Who sent a message: a page's content script, or one of the extension's own pages. */
export interface SenderInfo {
  fromExtensionPage: boolean;
}

/** Messages that change what is tracked or read across accounts come only from the extension's own pages. */
const PRIVILEGED: ReadonlySet<MessageType> = new Set([
  'setTracking',
  'listAccounts',
  'importBackup',
  'deleteAccountData',
  'deleteAllData',
  'saveSettings',
  'historyChanged',
]);
const HANDLE = /^@?[\w.-]{1,64}$/;

export function createBackground(env: HandlerEnv) {
  const status: StorageStatus = { ok: true, error: null, at: null };
  // Snapshots failing to save and derived records failing to follow are told apart; either is shown.
  let ingestError: string | null = null;
  let deriveError: string | null = null;
  const report = () =>
    Object.assign(status, {
      ok: !ingestError && !deriveError,
      error: ingestError ?? deriveError,
      at: env.now(),
    });
  const ingestor = new Ingestor(env.db, undefined, (e) => {
    deriveError = e ? deriveErrorText(e) : null;
    report();
  });

  const handlers: { [T in MessageType]?: (p: Record<string, unknown>) => Promise<ProtocolMap[T][1]> } = {
    async recordSnapshots(p) {
      if (!Array.isArray(p.batch)) throw new InvalidInput('batch must be an array');
      if (p.batch.length > MAX_BATCH) throw new InvalidInput(`batch holds more than ${MAX_BATCH} snapshots`);
      const now = env.now();
      const valid = [];
      const rejected: { key: string; reason: string }[] = [];
      for (const item of p.batch) {
        try {
          valid.push(checkSnapshot(item, now));
        } catch (e) {
          const key = isRecord(item) && typeof item.key === 'string' ? item.key.slice(0, 64) : '?';
          rejected.push({ key, reason: (e as Error).message });
        }
      }
      try {
        const r = await ingestor.submit(valid);
        ingestError = null;
        report();
        return { committed: r.committed, rejected: [...rejected, ...r.rejected] };
      } catch (e) {
        ingestError = storageErrorText(e);
        report();
        throw new Error(ingestError);
      }
    },
    async getTracking(p) {
      return getTracking(await env.db(), checkPlatform(p.platform));
    },
    async reportViewer(p) {
      const platform = checkPlatform(p.platform);
      const state = await reportViewer(
        await env.db(),
        platform,
        checkString(p.handle, 'handle', 64, HANDLE),
        env.now(),
      );
      ingestor.accountsChanged();
      return state;
    },
    async setTracking(p) {
      const platform = checkPlatform(p.platform);
      if (typeof p.tracked !== 'boolean') throw new InvalidInput('tracked must be true or false');
      const handle = checkString(p.handle, 'handle', 64, HANDLE);
      const state = await setTracking(await env.db(), platform, handle, p.tracked, env.now());
      ingestor.accountsChanged();
      env.notifyTracking?.(platform);
      return state;
    },
    async listAccounts() {
      // Post counts come from the pages: posts first seen in the last seconds are written first.
      await ingestor.settle();
      return listAccounts(await env.db());
    },
    async getScores(p) {
      const platform = checkPlatform(p.platform);
      if (!Array.isArray(p.postIds) || p.postIds.length > MAX_BATCH)
        throw new InvalidInput('postIds must be a list');
      const ids = p.postIds.map((id) => checkString(id, 'postId', 128));
      return scoresFor(await env.db(), platform, ids, env.now(), ingestor);
    },
    async getStatus() {
      return { ...status };
    },
    async deleteAccountData(p) {
      const platform = checkPlatform(p.platform);
      const posts = await deleteAccountData(
        await env.db(),
        platform,
        checkString(p.handle, 'handle', 64, HANDLE),
      );
      ingestor.forget();
      env.notifyTracking?.(platform);
      return { posts };
    },
    async deleteAllData() {
      await deleteAllData(await env.db());
      ingestor.forget();
      for (const platform of PLATFORMS) env.notifyTracking?.(platform);
      return { ok: true } as const;
    },
    async settle() {
      return { posts: await ingestor.settle() };
    },
    async getSettings() {
      return readSettings(await env.db());
    },
    async saveSettings(p) {
      return saveSettings(await env.db(), checkSettings(p.settings));
    },
    async historyChanged(p) {
      const platforms = Array.isArray(p.platforms) ? p.platforms.map(checkPlatform) : [];
      ingestor.forget();
      for (const platform of new Set(platforms)) env.notifyTracking?.(platform);
      return { ok: true } as const;
    },
    async importBackup(p) {
      if (typeof p.text !== 'string') throw new InvalidInput('text must be the backup file’s content');
      const backup = parseBackup(p.text);
      const summary = await restoreBackup(await env.db(), backup, {
        dryRun: p.dryRun !== false,
        now: env.now(),
      });
      if (p.dryRun === false) ingestor.forget();
      if (p.dryRun === false)
        for (const platform of new Set(backup.accounts.map((a) => a.platform)))
          env.notifyTracking?.(platform);
      return summary;
    },
  };

  /** Daily upkeep: thin old snapshots. The ingest cache is dropped since posts change under it. */
  async function maintain(): Promise<boolean> {
    await ingestor.settle();
    const ran = await retentionIfDue(await env.db(), env.now());
    if (ran) ingestor.forget();
    return ran;
  }

  async function handle(raw: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    try {
      if (!isRecord(raw) || !isMessageType(raw.type)) throw new InvalidInput('not a Resonance message');
      const handler = handlers[raw.type];
      if (!handler) throw new InvalidInput(`${raw.type} is not handled by the background`);
      if (PRIVILEGED.has(raw.type) && !sender.fromExtensionPage) {
        throw new InvalidInput(`${raw.type} is only accepted from Resonance's own pages`);
      }
      return { ok: true, data: await handler(raw) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  return { handle, maintain };
}
