// The popup and the dashboard as axe-core reads them, light and dark, wide and narrow, with a scored
// history and a post's curve open: no serious or critical violation in Resonance's own markup.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO_HANDLE } from '@/scripts/demo/demo-data';
import { openDashboard } from '@/scripts/lib/dashboard-exports';
import { DEMO_URL, serveDemo } from './demo';
import { type Ext, expect, test } from './fixtures';

const SCHEMES = ['light', 'dark'] as const;

/** Serious and critical violations, each with where it is, so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  // Contrast must have been measured, not left undecided.
  expect(r.passes.map((p) => p.id)).toContain('color-contrast');
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' | ')}`);
}

/** The demo's profile page with its history restored, every own post's badge showing a score. */
async function demoTab(ext: Ext) {
  const { posts, backup } = await serveDemo(ext, Date.now());
  expect((await ext.message({ type: 'importBackup', text: JSON.stringify(backup), dryRun: false })).ok).toBe(
    true,
  );
  const tab = await ext.context.newPage();
  await tab.goto(DEMO_URL);
  await expect(tab.locator('resonance-badge')).toHaveCount(
    posts.filter((p) => p.author === DEMO_HANDLE).length,
  );
  return tab;
}

/** Neither the page nor any element is wider than the window: nothing pushes the view sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the popup, with a post’s explanation and curve open, in light and dark', async ({ ext }) => {
  await demoTab(ext);
  const popup = await ext.popupFor('https://x.com/*');
  const first = popup.locator('.post').first();
  await expect(first.locator('.score')).toContainText('usual');
  await first.getByText('How is this worked out?').click();
  await expect(first.locator('figure.curve-chart')).toBeVisible();
  for (const scheme of SCHEMES) {
    await popup.emulateMedia({ colorScheme: scheme });
    expect(await violations(popup), scheme).toEqual([]);
  }
  expect(await overflow(popup)).toBeLessThanOrEqual(0);
});

test('the dashboard, sorted best first with a post’s curve open, in light and dark, wide and at 360 px', async ({
  ext,
}) => {
  await demoTab(ext);
  const dash = await openDashboard(ext.context, ext.extensionId);
  await dash
    .getByRole('button', { name: `@${DEMO_HANDLE}`, exact: false })
    .first()
    .click();
  const rows = dash.locator('table.history tbody tr');
  await expect(rows.first()).toContainText('usual');
  await dash.getByLabel('Sort by').selectOption('score');
  await expect(dash.locator('table.history caption')).toContainText('by score');
  await rows.first().getByRole('button', { name: 'Why? score details' }).click();
  await expect(dash.locator('tr.detail-row figure.curve-chart')).toBeVisible();
  for (const width of [1280, 360]) {
    await dash.setViewportSize({ width, height: 900 });
    for (const scheme of SCHEMES) {
      await dash.emulateMedia({ colorScheme: scheme });
      expect(await violations(dash), `${scheme}, ${width} px`).toEqual([]);
    }
    // Wide tables scroll in their own box (at 360 px the cards once made the page 276 px too wide).
    expect(await overflow(dash), `${width} px`).toBeLessThanOrEqual(0);
  }
});
