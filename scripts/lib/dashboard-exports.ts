// Clicks the dashboard's own export buttons and saves the downloads: what `npm start -- --out DIR`
// writes and what the end-to-end tests read, through the same code a user's click runs.
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

export const EXPORT_BUTTONS = {
  'snapshots.csv': 'Export snapshots (CSV)',
  'posts.csv': 'Export posts (CSV)',
  'backup.json': 'Download backup (JSON)',
} as const;

export async function openDashboard(context: BrowserContext, extensionId: string, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html${hash}`);
  await page.getByRole('heading', { name: 'Export' }).waitFor();
  return page;
}

/** Exports all three files from the dashboard into `dir`; returns their paths by name. */
export async function exportAll(
  dashboard: Page,
  dir: string,
): Promise<Record<keyof typeof EXPORT_BUTTONS, string>> {
  const out = {} as Record<keyof typeof EXPORT_BUTTONS, string>;
  for (const [file, button] of Object.entries(EXPORT_BUTTONS) as [keyof typeof EXPORT_BUTTONS, string][]) {
    const [download] = await Promise.all([
      dashboard.waitForEvent('download', { timeout: 60_000 }),
      dashboard.getByRole('button', { name: button }).click(),
    ]);
    out[file] = join(dir, file);
    await download.saveAs(out[file]);
  }
  return out;
}
