// The demo's screenshots (npm start -- --headless): each site's page, the popup, the dashboard and the
// Insights view, and the views a manager asks about: a post's curve against the usual, the posts best
// first, and dark mode.
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { openDashboard } from './dashboard-exports';

export interface Shot {
  file: string;
  take(): Promise<void>;
}

async function popupOf(context: BrowserContext, extensionId: string, tabId: number, dark = false) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 440, height: 760 });
  if (dark) await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.post .score', { timeout: 15_000 });
  return popup;
}

/** The dashboard's posts, best first, with the best one's curve over the band of the usual. */
async function bestFirst(context: BrowserContext, extensionId: string, dark: boolean): Promise<Page> {
  const dash = await openDashboard(context, extensionId);
  await dash.setViewportSize({ width: 1200, height: 900 });
  if (dark) await dash.emulateMedia({ colorScheme: 'dark' });
  const rows = dash.locator('table.history tbody tr');
  await rows.first().waitFor({ timeout: 15_000 });
  await dash.getByLabel('Sort by').selectOption('score');
  await dash.locator('table.history caption', { hasText: 'by score' }).waitFor();
  await rows.first().getByRole('button', { name: 'Why? score details' }).click();
  await dash.locator('tr.detail-row figure.curve-chart').waitFor();
  return dash;
}

/** Every screenshot after the site pages, in the order they are written into `out`. */
export function interfaceShots(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  out: string,
): Shot[] {
  const shot = (file: string, take: (path: string) => Promise<void>): Shot => ({
    file,
    take: () => take(join(out, file)),
  });
  return [
    shot('popup.png', async (path) => {
      const popup = await popupOf(context, extensionId, tabId);
      await popup.screenshot({ path, fullPage: true });
      await popup.close();
    }),
    shot('popup-curve.png', async (path) => {
      const popup = await popupOf(context, extensionId, tabId);
      // Tall enough that the open post sits above the popup's footer, which stays in view.
      await popup.setViewportSize({ width: 440, height: 1400 });
      const first = popup.locator('.post').first();
      await first.getByText('How is this worked out?').click();
      await first.locator('figure.curve-chart').waitFor();
      await first.screenshot({ path });
      await popup.close();
    }),
    shot('popup-dark.png', async (path) => {
      const popup = await popupOf(context, extensionId, tabId, true);
      await popup.screenshot({ path, fullPage: true });
      await popup.close();
    }),
    shot('dashboard.png', async (path) => {
      const dash = await openDashboard(context, extensionId);
      await dash.setViewportSize({ width: 1200, height: 900 });
      await dash.locator('table.history tbody tr').first().waitFor({ timeout: 15_000 });
      await dash.screenshot({ path, fullPage: true });
      await dash.close();
    }),
    shot('dashboard-best.png', async (path) => {
      const dash = await bestFirst(context, extensionId, false);
      await dash
        .locator('section', { has: dash.locator('table.history') })
        .last()
        .screenshot({ path });
      await dash.close();
    }),
    shot('dashboard-dark.png', async (path) => {
      const dash = await bestFirst(context, extensionId, true);
      await dash.screenshot({ path });
      await dash.close();
    }),
    shot('insights.png', async (path) => {
      // Every tracked account, once its findings are worked out (in the page's worker).
      const insights = await openDashboard(context, extensionId, '#insights');
      await insights.setViewportSize({ width: 1200, height: 900 });
      await insights.locator('section.insight[data-kind="family"]').waitFor({ timeout: 60_000 });
      await insights.locator('section.insights').screenshot({ path });
      await insights.close();
    }),
  ];
}
