// The upgrade ladder in Chromium's own IndexedDB (the unit tests use fake-indexeddb): a store written by
// version 1, then by version 2, opens as version 3, 4, 5 and then 6 with nothing lost and nothing left lagging.
import { chromium, expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumPath } from '@/scripts/lib/browser';

test('a store written by versions 1 and 2 climbs the whole ladder in Chromium', async () => {
  const bundle = await build({
    entryPoints: ['tests/e2e/upgrade-page.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    // IndexedDB needs a real origin: serve the bundle at one.
    await page.route('https://upgrade.resonance.test/**', (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><script>${bundle.outputFiles[0]!.text}</script>`,
      }),
    );
    await page.goto('https://upgrade.resonance.test/');
    const r = await page.evaluate(() =>
      (globalThis as unknown as { upgradeLadder(): Promise<any> }).upgradeLadder(),
    );
    expect(r.v2Stores).toEqual(['accounts', 'meta', 'posts', 'snapshots', 'summaries']);
    expect(r.v2Summaries).toEqual(['x:1']);
    expect(r.v3Stores).toEqual(['accounts', 'meta', 'pages', 'postPages', 'snapshots']);
    // Version 4 kept each post of a bucket as an object; version 5 as a JSON object, version 6 as a JSON
    // array (lib/store/bucket-codec.ts).
    expect(r.v4Posts).toEqual(['object', 'object']);
    expect(r.v5Posts).toEqual(['JSON object', 'JSON object']);
    expect(r.bucketPosts).toEqual(['JSON array', 'JSON array']);
    expect(r.version).toBe(6);
    expect(r.stores).toEqual(['accounts', 'buckets', 'meta', 'postBuckets', 'snapshots']);
    expect(r.account).toMatchObject({ key: 'x:brand', id: 'brand', handle: 'Brand', aliases: [] });
    expect([r.snapshots, r.accounts]).toEqual([3, 1]);
    // The snapshot version 2 had not yet folded into the post's record is in it now.
    expect(r.post1).toMatchObject({
      snapshots: 2,
      lastSeenAt: Date.UTC(2026, 10, 1, 13),
      latest: { likes: { value: 20 } },
    });
    expect(r.post2).toMatchObject({ publishedAt: null, url: 'https://x.com/Brand/status/2' });
    expect(r.curves).toEqual([['1', [5, 20]]]);
    expect(r.markers).toEqual([]);
  } finally {
    await browser.close();
  }
});
