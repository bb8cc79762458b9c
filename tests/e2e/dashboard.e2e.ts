// The dashboard in real Chromium: history, the three exports a spreadsheet user opens, and a backup that
// restores twice without duplicating anything, while hostile files are refused and change nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UPLOAD_PART } from '@/lib/protocol/upload';
import { demoData } from '@/scripts/demo/demo-data';
import { renderXProfile } from '@/scripts/demo/x-markup';
import { exportAll, openDashboard } from '@/scripts/lib/dashboard-exports';
import { parseCsv } from '@/tests/helpers/csv-parse';
import { expect, test } from './fixtures';

test('history, exports, and a backup restored twice', async ({ ext }) => {
  const now = Date.now();
  const { posts, backup } = demoData(now);
  await ext.serve({
    'https://x.com/LumenRoasters': renderXProfile({
      handle: 'LumenRoasters',
      name: 'Lumen',
      bio: '',
      followers: 1,
      following: 1,
      viewer: 'LumenRoasters',
      posts,
      now,
    }),
  });
  expect((await ext.message({ type: 'importBackup', text: JSON.stringify(backup), dryRun: false })).ok).toBe(
    true,
  );
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/LumenRoasters');
  const own = posts.filter((p) => p.author === 'LumenRoasters').length;
  // The page adds one snapshot per post on it.
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(backup.snapshots.length + own);

  const dash = await openDashboard(ext.context, ext.extensionId);
  await dash.getByRole('button', { name: '@LumenRoasters', exact: false }).first().click();
  await expect(dash.locator('table.history tbody tr').first()).toContainText('usual');

  // In the test's output folder, which Playwright empties before each run (a temporary folder stayed behind).
  const dir = test.info().outputPath('exports');
  mkdirSync(dir, { recursive: true });
  const files = await exportAll(dash, dir);
  const snapshotsCsv = readFileSync(files['snapshots.csv'], 'utf8');
  expect(
    snapshotsCsv.startsWith(
      '\uFEFFsite,account,post_id,url,format,published_at_utc,captured_at_utc,age_hours,likes,',
    ),
  ).toBe(true);
  const snapRows = parseCsv(snapshotsCsv.slice(1));
  const dbSnaps = await ext.rows('snapshots');
  expect(snapRows.length - 1).toBe(dbSnaps.length);
  expect(new Set(snapRows.slice(1).map((r) => r.length))).toEqual(new Set([snapRows[0]!.length]));
  const postsCsv = parseCsv(readFileSync(files['posts.csv'], 'utf8').slice(1));
  expect(postsCsv.length - 1).toBe((await ext.rows('posts')).length);
  const header = postsCsv[0]!;
  const scored = postsCsv.slice(1).filter((r) => r[header.indexOf('score_ratio')] !== '');
  expect(scored.length).toBeGreaterThan(25);

  // Start again from nothing, then restore the exported backup twice.
  await dash.getByRole('button', { name: 'Delete all data…' }).click();
  await dash.getByRole('button', { name: 'Yes, delete all data' }).click();
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(0);

  const input = dash.locator('input[type="file"]');
  await input.setInputFiles(files['backup.json']);
  await expect(dash.locator('.preview')).toContainText(
    `${dbSnaps.length.toLocaleString('en')} new snapshots`,
  );
  await dash.getByRole('button', { name: 'Restore backup' }).click();
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(dbSnaps.length);
  const restored = await ext.rows('posts');

  await input.setInputFiles(files['backup.json']);
  await expect(dash.locator('.preview')).toContainText('0 new snapshots');
  await dash.getByRole('button', { name: 'Restore backup' }).click();
  await expect(dash.getByText(/Restored backup\.json/)).toBeVisible();
  expect((await ext.rows('snapshots')).length).toBe(dbSnaps.length);
  expect(await ext.rows('posts')).toEqual(restored);

  // Hostile or broken files: refused with the reason, nothing changed.
  const text = readFileSync(files['backup.json'], 'utf8');
  const hostile = {
    'truncated.json': text.slice(0, Math.floor(text.length / 2)),
    'not-resonance.json': JSON.stringify({ format: 'something-else', posts: [] }),
    'bad-count.json': text.replace(
      /"likes":\{"value":(\d+),"min":\d+,"max":\d+\}/,
      '"likes":{"value":-1,"min":-1,"max":-1}',
    ),
    'script.json': text.replace(/"url":"https:[^"]*"/, '"url":"javascript:alert(1)"'),
  };
  for (const [name, body] of Object.entries(hostile)) {
    const path = join(dir, name);
    writeFileSync(path, body);
    await input.setInputFiles(path);
    await expect(dash.getByRole('alert').filter({ hasText: name })).toContainText('Nothing was changed');
    expect((await ext.rows('snapshots')).length).toBe(dbSnaps.length);
  }
});

/** A backup of `posts` posts of @BulkBrand with `per` hourly readings each, long before `now`. */
function bulkBackup(now: number, posts: number, per: number): string {
  const iso = (t: number) => new Date(t).toISOString();
  const start = now - 400 * 24 * 3600e3;
  return JSON.stringify({
    format: 'resonance-backup',
    version: 1,
    exportedAt: iso(now),
    accounts: [{ platform: 'x', handle: 'BulkBrand', tracked: false }],
    posts: Array.from({ length: posts }, (_, p) => ({
      platform: 'x',
      id: String(5_000_000 + p),
      url: `https://x.com/BulkBrand/status/${5_000_000 + p}`,
      author: 'BulkBrand',
      publishedAt: iso(start + p * 3600e3),
    })),
    snapshots: Array.from({ length: posts * per }, (_, i) => {
      const p = Math.floor(i / per);
      const n = i % per;
      return {
        platform: 'x',
        postId: String(5_000_000 + p),
        capturedAt: iso(start + p * 3600e3 + (n + 1) * 3600e3),
        metrics: { likes: { value: n + 1, min: n + 1, max: n + 1 } },
      };
    }),
  });
}

const ratioOf = (line: string) => Number(/([\d.]+)× usual/.exec(line)?.[1] ?? Number.NaN);

test('best and worst: sorted by score, a date filter, a curve over its band, a restore with progress and cancel', async ({
  ext,
}) => {
  const now = Date.now();
  const { backup } = demoData(now);
  expect((await ext.message({ type: 'importBackup', text: JSON.stringify(backup), dryRun: false })).ok).toBe(
    true,
  );
  const dash = await openDashboard(ext.context, ext.extensionId);
  const rows = dash.locator('table.history tbody.post');
  await expect(dash.getByRole('status').filter({ hasText: /^Showing 1–36 of 36 posts\.$/ })).toBeVisible();

  // Best first, then worst first: the score column in order, the posts without a score last.
  await dash.getByLabel('Sort by').selectOption('score');
  await expect(dash.getByRole('button', { name: 'Best first' })).toBeVisible();
  const scores = async () => (await rows.locator('td.score').allTextContents()).map(ratioOf);
  await expect.poll(async () => (await scores()).filter(Number.isFinite).length).toBeGreaterThan(20);
  const best = (await scores()).filter(Number.isFinite);
  expect(best).toEqual([...best].sort((a, b) => b - a));
  await dash.getByRole('button', { name: 'Best first' }).click();
  await expect(dash.getByRole('button', { name: 'Worst first' })).toBeVisible();
  await expect.poll(async () => (await scores()).filter(Number.isFinite)[0]).toBe(best[best.length - 1]);
  const worst = (await scores()).filter(Number.isFinite);
  expect(worst).toEqual([...best].reverse());

  // The last 7 days: only the posts published since, newest first.
  const week = backup.posts.filter((p) => Date.parse(p.publishedAt!) >= now - 7 * 24 * 3600e3).length;
  await dash.getByLabel('Sort by').selectOption('published');
  await dash.getByRole('button', { name: 'Last 7 days' }).click();
  await expect(dash.getByRole('status').filter({ hasText: `of ${week} matching posts` })).toBeVisible();
  await expect(rows).toHaveCount(week);

  // The standout post's curve over the band of the posts it is compared with.
  await rows.first().getByRole('button', { name: 'Why? score details' }).click();
  const chart = dash.locator('figure.curve-chart');
  await expect(chart.locator('path.band')).toHaveCount(1);
  await expect(chart.locator('polyline.median')).toHaveCount(1);
  await expect(chart.locator('figcaption')).toContainText(
    /usual \d+ \(middle half \d+–\d+ of \d+ posts compared\)/,
  );
  await expect(rows.first().locator('svg.usual-spark')).toHaveAttribute('aria-label', /× at/);

  // A large restore: progress with time left, cancelled between chunks, whole posts, the summary in view.
  const dir = test.info().outputPath('restore');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bulk.json');
  // 150,000 snapshots: 75 chunks, so the cancel, asked after the first, lands long before the last. The
  // file is handed to the worker in parts, as one too large for an extension message is.
  const bulkText = bulkBackup(now, 3750, 40);
  expect(bulkText.length).toBeGreaterThan(2 * UPLOAD_PART);
  writeFileSync(file, bulkText);
  await dash.locator('input[type="file"]').setInputFiles(file);
  await expect(dash.locator('.preview')).toContainText('150,000 new snapshots', { timeout: 60_000 });
  await dash.getByRole('button', { name: 'Restore backup' }).click();
  await expect(dash.getByText(/Restored [\d,]+ of 150,000 snapshots \(\d+%\) · .* left/)).toBeVisible({
    timeout: 30_000,
  });
  await dash.getByRole('button', { name: 'Cancel restore' }).click();
  const result = dash.locator('.restore-result');
  await expect(result).toContainText(/cancelled after [\d,]+ of 150,000 snapshots/, { timeout: 30_000 });
  await expect(result).toBeInViewport();
  await expect(result).toBeFocused();
  const text = (await result.textContent())!;
  const restoredPosts = Number(/([\d,]+) new posts?/.exec(text)![1]!.replace(/,/g, ''));
  const restoredSnaps = Number(/([\d,]+) new snapshots?/.exec(text)![1]!.replace(/,/g, ''));
  expect(restoredSnaps).toBeLessThan(150_000);
  const bulk = (await ext.rows('snapshots')).filter((s) => s.post.startsWith('x:5'));
  expect(bulk.length).toBe(restoredSnaps);
  const perPost = new Map<string, number>();
  for (const s of bulk) perPost.set(s.post, (perPost.get(s.post) ?? 0) + 1);
  // Every post restored is whole: 40 readings each, never part of one.
  expect([...new Set(perPost.values())]).toEqual([40]);
  expect(perPost.size).toBe(restoredPosts);
});
