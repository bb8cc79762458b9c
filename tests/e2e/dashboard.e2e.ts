// The dashboard in real Chromium: history, the three exports a spreadsheet user opens, and a backup that
// restores twice without duplicating anything, while hostile files are refused and change nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  const dir = mkdtempSync(join(tmpdir(), 'resonance-export-'));
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
