// The Insights page in real Chromium on the demo's months of history (scripts/demo/insights-history.ts):
// a planted format found with its sample size, nothing found where nothing was planted, the heat map in
// the browser's zone; a post tagged in the popup showing in the experiments; and the page as axe-core
// reads it, light and dark, wide and at 360 px, with every table of numbers open.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { demoPages } from '@/scripts/demo/all-sites';
import { PLANTED } from '@/scripts/demo/insights-history';
import { openDashboard } from '@/scripts/lib/dashboard-exports';
import { type Ext, expect, test } from './fixtures';

const H = 3600e3;

/** Serious and critical violations, each with where it is, so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).include('section.insights').analyze();
  // Contrast must have been measured, not left undecided.
  expect(r.passes.map((p) => p.id)).toContain('color-contrast');
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' | ')}`);
}

/** How far the page is wider than the window: a chart or table too wide scrolls in its own box. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The demo's history restored, and the dashboard open on the Insights of every tracked account. */
async function demoInsights(ext: Ext, now: number) {
  const { pages, backup } = await demoPages(now, '');
  await ext.serve({ [pages[0]!.url]: pages[0]!.html });
  const restored = await ext.message({ type: 'importBackup', text: JSON.stringify(backup), dryRun: false });
  expect(restored.ok).toBe(true);
  const dash = await openDashboard(ext.context, ext.extensionId, '#insights');
  const insights = dash.locator('section.insights');
  await expect(insights.locator('.insight-summary')).toContainText(
    `${backup.posts.length.toLocaleString('en')} posts of 9 accounts read`,
    { timeout: 60_000 },
  );
  return { x: pages[0]!, backup, dash, insights };
}

test('the demo’s insights: videos on X found with their sample size, #decaf not; a tag set in the popup is an experiment', async ({
  ext,
}) => {
  test.setTimeout(120_000);
  const now = Date.now();
  const { x, backup, dash, insights } = await demoInsights(ext, now);
  // Every tracked account: the hashtag planted at 1.6× stands out; #decaf, planted nowhere, does not.
  const topics = insights.locator('section.insight[data-kind="topic"]');
  await expect(topics.locator('p.finding').first()).toHaveText(
    /^Posts with #espresso: 1\.\d× the rest at 24 h, \d+ posts \(.+\): beyond noise\.$/,
  );
  await topics.locator('details.numbers summary').click();
  const decaf = topics.locator('tbody tr').filter({ has: dash.locator('th', { hasText: /^#decaf$/ }) });
  await expect(decaf).toHaveAttribute('data-verdict', 'not beyond noise');
  await expect(topics.locator('.sentences')).not.toContainText('#decaf');
  // The weekday × hour grid counts every compared post, in the browser's zone.
  const zone = await dash.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await expect(insights.locator('figure.timing-heatmap figcaption')).toContainText(`(${zone})`);
  await expect(insights.locator('section.insight[data-kind="timing"] p.finding').first()).toContainText(
    /^Posts published 18:00–21:00 \(.+\): 1\.\d× the rest at 24 h, \d+ posts/,
  );

  // X alone: videos, planted at 1.6×, with how many posts the claim rests on, as in the numbers behind it.
  await dash.getByRole('button', { name: 'Show history of @LumenRoasters on X' }).click();
  await insights.getByLabel('Only X @LumenRoasters').check();
  await expect(insights.locator('.insight-summary')).toContainText('of 1 account read', { timeout: 60_000 });
  const formats = insights.locator('section.insight[data-kind="format"]');
  const lead = formats.locator('p.finding').first();
  await expect(lead).toHaveText(
    /^Videos: 1\.\d× your other posts at 24 h, \d+ posts \(.+\): beyond noise\.$/,
  );
  const n = /, (\d+) posts \(/.exec((await lead.textContent())!)![1]!;
  await formats.locator('details.numbers summary').click();
  const videos = formats.locator('tbody tr').filter({ has: dash.locator('th', { hasText: /^Videos$/ }) });
  await expect(videos).toHaveAttribute('data-verdict', 'beyond noise');
  await expect(videos.locator('td').first()).toHaveText(n);
  const ratio = Number(/^Videos: ([\d.]+)×/.exec((await lead.textContent())!)![1]);
  expect(ratio).toBeGreaterThan(1.2);
  expect(ratio).toBeLessThan(PLANTED.xVideo * 1.4);

  // Tag a post of the page from the popup: it joins the experiments, with how far it is from a verdict.
  const tab = await ext.context.newPage();
  await tab.goto(x.url);
  const popup = await ext.popupFor('https://x.com/*');
  const old = backup.posts.find(
    (p) =>
      p.platform === 'x' &&
      !p.text &&
      Date.parse(p.publishedAt!) < now - 40 * H &&
      Date.parse(p.publishedAt!) > now - 60 * H,
  )!;
  const row = popup.locator(`.post[data-post-id="${old.id}"]`);
  await row.locator('summary', { hasText: 'Tag what it tries' }).click();
  await row.getByLabel('Tag what this post tries').fill('e2e hook');
  await row.getByRole('button', { name: 'Add tag' }).click();
  await expect(row.getByRole('status')).toHaveText('Tagged “e2e hook”.');
  await expect(row.locator('.tags li')).toHaveText(['e2e hook ×']);

  await dash.reload();
  await expect(insights.locator('.insight-summary')).toBeVisible({ timeout: 60_000 });
  await expect(insights.locator('section.insight[data-kind="experiment"]')).toContainText(
    'Posts tagged “e2e hook”: too few posts (1 of 5) to say.',
  );
});

test('axe finds nothing serious on the Insights page, light and dark, wide and at 360 px, numbers shut and open', async ({
  ext,
}) => {
  test.setTimeout(150_000);
  const { dash, insights } = await demoInsights(ext, Date.now());
  const views = [
    [1280, 'light'],
    [1280, 'dark'],
    [360, 'light'],
    [360, 'dark'],
  ] as const;
  const scan = async ([width, scheme]: (typeof views)[number], what: string) => {
    await dash.setViewportSize({ width, height: 900 });
    await dash.emulateMedia({ colorScheme: scheme });
    expect(await violations(dash), `${scheme}, ${width} px, ${what}`).toEqual([]);
    // Charts are drawn for the width they have; wide tables scroll in their own box.
    expect(await overflow(dash), `${width} px, ${what}`).toBeLessThanOrEqual(0);
  };
  for (const view of views) await scan(view, 'numbers shut');
  // On a phone the heat map turns: hours down the page, weekdays across, every count still there.
  await expect(insights.locator('figure.timing-heatmap svg')).toHaveAttribute('width', /^(2|3)\d\d$/);
  await expect(insights.locator('figure.timing-heatmap g.cell')).toHaveCount(7 * 24);
  // Every table open (thousands of cells, so scanned at the two ends only: wide and light, narrow and dark).
  await insights.locator('details.numbers').evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
  await expect(insights.locator('details.numbers table').first()).toBeVisible();
  for (const view of [views[0], views[3]]) await scan(view, 'numbers open');
});
