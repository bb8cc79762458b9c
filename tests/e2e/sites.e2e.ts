// The sites' shape in real Chromium: the popup says how reading the page goes, a changed page is said to
// be changed, the dashboard keeps each site's last good reading, and a self-hosted server is read only
// once the user granted it.
import { renderXProfile, type XPostSpec, xIdAt } from '@/scripts/demo/x-markup';
import { expect, test } from './fixtures';

const H = 3600e3;

function profile(now: number, posts: XPostSpec[]) {
  return renderXProfile({
    handle: 'Brand',
    name: 'Brand Co',
    bio: '',
    followers: 100,
    following: 10,
    viewer: 'Brand',
    posts,
    now,
  });
}

function post(now: number, seq: number): XPostSpec {
  const publishedAt = now - (seq + 2) * H;
  return {
    id: xIdAt(publishedAt, seq),
    author: 'Brand',
    name: 'Brand Co',
    text: `post ${seq}`,
    publishedAt,
    replies: 2,
    reposts: 3,
    likes: 40 + seq,
    bookmarks: 1,
    views: 900,
  };
}

test('the popup says it reads the page, and the dashboard keeps the site’s last good reading', async ({
  ext,
}) => {
  const now = Date.now();
  await ext.serve({ 'https://x.com/Brand': profile(now, [post(now, 1), post(now, 2)]) });
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/Brand');
  await expect(tab.locator('resonance-badge')).toHaveCount(2);

  const popup = await ext.popupFor('https://x.com/*');
  await expect(popup.locator('.health')).toHaveText('Reading 2 posts by @Brand.');

  const dash = await ext.context.newPage();
  await dash.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
  const row = dash.locator('#sites tr', { hasText: 'X' });
  await expect(row).toContainText('2 posts read, 2 of yours');
  await expect(row).toContainText('none');
});

test('a page whose markup changed says so, in the popup and the dashboard, and stores nothing', async ({
  ext,
}) => {
  const now = Date.now();
  // X renamed its post container: the posts' links are there, no article matches.
  const changed = profile(now, [post(now, 1), post(now, 2)]).replaceAll(
    'data-testid="tweet"',
    'data-testid="post-v2"',
  );
  await ext.serve({ 'https://x.com/Brand': changed });
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/Brand');

  const popup = await ext.popupFor('https://x.com/*');
  await expect(popup.locator('.health')).toHaveText(
    'Can’t find posts on this page: the site may have changed (no post container found).',
  );
  await expect(tab.locator('resonance-badge')).toHaveCount(0);
  expect(await ext.rows('snapshots')).toEqual([]);

  const dash = await ext.context.newPage();
  await dash.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
  await expect(dash.locator('#sites tr', { hasText: 'X' })).toContainText(
    'Can’t find posts: no post container found',
  );
});

test('a Mastodon server is read only with the user’s permission; without it nothing is registered', async ({
  ext,
}) => {
  // Headless Chromium can't answer the browser's permission prompt, so this checks the refusal path in the
  // real worker; the granted path is tested with a fake browser (tests/background/instances.test.ts).
  const r = await ext.message({ type: 'addInstance', host: 'mastodon.social' });
  expect(r).toEqual({
    ok: false,
    error: 'Resonance has no permission to read mastodon.social: allow it when the browser asks',
  });
  expect(await ext.message({ type: 'listInstances' })).toEqual({ ok: true, data: [] });
  const registered = await ext.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  expect(registered).toEqual([]);
  // The Mastodon script is built, but runs nowhere until a server is added.
  const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
  const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  expect(scripts).toContain('site-x.js');
  expect(scripts).not.toContain('site-mastodon.js');
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  // The host permissions are exactly the sites' scripts' pages.
  const matches = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []))].sort();
  expect(manifest.host_permissions).toEqual(matches);
  expect(matches).toContain('https://x.com/*');
  expect(manifest.permissions).toEqual(['unlimitedStorage', 'alarms', 'scripting']);
});
