// The worker over a fresh store and a fake browser, for the background's tests of the sites' shape
// (sites.test.ts, instances.test.ts): what it was told to notify, register and unregister is logged.
import { createBackground } from '@/lib/background/dispatch';
import type { BackgroundEnv } from '@/lib/background/env';
import { freshDb } from '@/tests/helpers/db';

export const NOW = Date.UTC(2026, 10, 20, 12);
export const H = 3600e3;
export const page = { fromExtensionPage: true };
export const tab = { fromExtensionPage: false };

export async function setup(over: Partial<BackgroundEnv> = {}) {
  const db = await freshDb();
  const log: string[] = [];
  const granted = new Set<string>();
  const bg = createBackground({
    db: async () => db,
    now: () => NOW,
    notifyTracking: (p) => log.push(`notify ${p}`),
    hasHostPermission: async (h) => granted.has(h),
    registerInstance: async (h) => void log.push(`register ${h}`),
    unregisterInstance: async (h) => void log.push(`unregister ${h}`),
    ...over,
  });
  return { ...bg, db, log, granted };
}

export const data = (r: { ok: boolean; data?: unknown; error?: string }) => {
  if (!r.ok) throw new Error(r.error);
  return r.data as any;
};
