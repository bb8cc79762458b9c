// An export as a user makes it: the dashboard's own "Export snapshots (CSV)" button clicked in the built
// extension, timed from the click to the download, beside a raw paged read of the same store's snapshot
// rows (5,000 a page, the way the store benchmark's reference reads) in the same dashboard page, round by
// round. The history is whatever the caller's browser holds (popup.bench.ts: 10,000 posts, 1,000,000 rows).

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
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 600_000 }),
        page.getByRole('button', { name: EXPORT_BUTTONS['snapshots.csv'] }).click(),
      ]);
      out.ours.push(performance.now() - t);
      await download.delete();
      const raw = (await page.evaluate(RAW_READ)) as { ms: number; rows: number };
      out.raw.push(raw.ms);
      out.rows = raw.rows;
    }
  } finally {
    await page.close();
  }
  return out;
}
