// An export as a user makes it: the dashboard's own "Export snapshots (CSV)" button clicked in the built
// extension, timed from the click to the download, beside a raw paged read of the same store's snapshot
// rows (5,000 a page, the way the store benchmark's reference reads) in the same dashboard page, round by
// round. The history is whatever the caller's browser holds (popup.bench.ts: 10,000 posts, 1,000,000 rows).
// Which of the two goes first alternates: the first read of a round after the dashboard opened took 24-30 s
// where the next took 19-20 s (either of them, on the machine of 2026-11-30), so a fixed order had the
// export always paying for it.

import type { Launched } from '@/scripts/lib/browser';
import { EXPORT_BUTTONS, openDashboard } from '@/scripts/lib/dashboard-exports';

/**
 * Every snapshot row of the extension's store, read in pages: the rows an export of everything writes.
 * A string, so the runner's transforms never reach it (it runs in the dashboard page).
 */
const RAW_READ = `(async () => {
  const db = await new Promise((ok, fail) => {
    const open = indexedDB.open('resonance');
    open.onsuccess = () => ok(open.result);
    open.onerror = () => fail(open.error);
  });
  const page = (range) => new Promise((ok, fail) => {
    const r = db.transaction('snapshots').objectStore('snapshots').getAll(range, 5000);
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  const t = performance.now();
  let rows = 0;
  let range = undefined;
  for (;;) {
    const got = await page(range);
    rows += got.length;
    if (got.length < 5000) break;
    const last = got[got.length - 1];
    range = IDBKeyRange.lowerBound([last.post, last.capturedAt], true);
  }
  const ms = performance.now() - t;
  db.close();
  return { ms, rows };
})()`;

export interface ExportRounds {
  /** Click to download, per round (ms). */
  ours: number[];
  /** The raw paged read, per round (ms). */
  raw: number[];
  rows: number;
}

export async function exportThroughDashboard(l: Launched, rounds: number): Promise<ExportRounds> {
  const page = await openDashboard(l.context, l.extensionId);
  const out: ExportRounds = { ours: [], raw: [], rows: 0 };
  try {
    const exported = async () => {
      const t = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 600_000 }),
        page.getByRole('button', { name: EXPORT_BUTTONS['snapshots.csv'] }).click(),
      ]);
      out.ours.push(performance.now() - t);
      await download.delete();
    };
    const rawRead = async () => {
      const raw = (await page.evaluate(RAW_READ)) as { ms: number; rows: number };
      out.raw.push(raw.ms);
      out.rows = raw.rows;
    };
    for (let r = 0; r < rounds; r++) {
      for (const step of r % 2 ? [rawRead, exported] : [exported, rawRead]) await step();
    }
  } finally {
    await page.close();
  }
  return out;
}
