// A full disk in a real browser profile: readings made while the disk is full wait in the tab, and are
// saved once space is freed, without stopping the worker or reloading the page. The profile lives on a
// small tmpfs filesystem (mounting one needs root, as CI runs); a file fills what is left of it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { renderXProfile, type XPostSpec, xIdAt } from '@/scripts/demo/x-markup';
import { launchWithExtension, servePages } from '@/scripts/lib/browser';
import { setXLikes } from '@/tests/helpers/x-likes';

const H = 3600e3;
const isRoot = process.getuid?.() === 0;

function post(now: number, seq: number, likes: number): XPostSpec {
  const publishedAt = now - (seq + 2) * H;
  return {
    id: xIdAt(publishedAt, seq),
    author: 'Brand',
    name: 'Brand Co',
    text: `post ${seq}`,
    publishedAt,
    replies: 1,
    reposts: 1,
    likes,
    bookmarks: 0,
    views: 100,
  };
}

test.skip(!isRoot, 'mounting the small filesystem this test fills needs root (CI runs as root)');

test('readings made on a full disk are saved once space is freed, with nothing restarted', async () => {
  test.setTimeout(180_000);
  const mount = mkdtempSync(join(tmpdir(), 'resonance-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', mount]);
  const launched = await launchWithExtension({ headless: true, profileDir: join(mount, 'profile') }).catch(
    (e) => {
      execFileSync('umount', [mount]);
      throw e;
    },
  );
  const { context, worker, extensionId } = launched;
  const filler = join(mount, 'filler');
  try {
    const now = Date.now();
    const posts = [post(now, 1, 10), post(now, 2, 20)];
    await servePages(context, {
      'https://x.com/Brand': renderXProfile({
        handle: 'Brand',
        name: 'Brand Co',
        bio: '',
        followers: 1,
        following: 1,
        viewer: 'Brand',
        posts,
        now,
      }),
    });
    const snapshots = () =>
      worker.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('resonance');
            // Asked before the worker made its database, the probe must not make one (it never answered, and
            // the poll timed out): its upgrade is abandoned and the count is 0.
            open.onupgradeneeded = () => open.transaction?.abort();
            open.onerror = () => resolve(0);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('snapshots')) {
                db.close();
                resolve(0);
                return;
              }
              const req = db.transaction('snapshots').objectStore('snapshots').count();
              req.onsuccess = () => {
                resolve(req.result);
                db.close();
              };
            };
          }),
      );
    const tab = await context.newPage();
    await tab.goto('https://x.com/Brand');
    await expect.poll(snapshots, { timeout: 20_000 }).toBe(2);

    // Fill the disk, then let the page change: the new readings can't be saved.
    execFileSync('sh', ['-c', `dd if=/dev/zero of=${filler} bs=1M 2>/dev/null || true`]);
    for (const [i, p] of posts.entries()) await tab.evaluate(setXLikes, [[p.id, 500 + i]] as const);
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect
      .poll(
        async () => (await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'getStatus' })))?.data?.ok,
        {
          timeout: 30_000,
        },
      )
      .toBe(false);

    // Free the space: the tab's retries deliver the readings to the same worker.
    rmSync(filler, { force: true });
    await expect.poll(snapshots, { timeout: 90_000 }).toBe(4);
    // Scores and history catch up too (the next settle), and the warning goes.
    await expect
      .poll(
        async () => (await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'getStatus' })))?.data?.ok,
        {
          timeout: 30_000,
        },
      )
      .toBe(true);
  } finally {
    await context.close().catch(() => {});
    rmSync(filler, { force: true });
    execFileSync('umount', ['-l', mount]);
    rmSync(mount, { recursive: true, force: true });
  }
});
