// The popup in real Chromium: what an untracked page says and offers, Stop tracking asking first, counts
// in words, a footer always in reach whose "Export…" lands on the dashboard's export section, and a
// "Can't read" box readable in both colour schemes, and the popup the toolbar button opens naming its tab.
import type { Page } from '@playwright/test';
import { demoData } from '@/scripts/demo/demo-data';
import { renderXPost, renderXProfile, type XPostSpec, xIdAt } from '@/scripts/demo/x-markup';
import { expect, test } from './fixtures';

const H = 3600e3;

function page(now: number, posts: XPostSpec[], handle: string, viewer: string | null) {
  return renderXProfile({
    handle,
    name: `${handle} Co`,
    bio: '',
    followers: 1,
    following: 1,
    viewer,
    posts,
    now,
  });
}

function post(now: number, seq: number, author: string, over: Partial<XPostSpec> = {}): XPostSpec {
  const publishedAt = now - (seq + 2) * H;
  return {
    id: xIdAt(publishedAt, seq),
    author,
    name: `${author} Co`,
    text: `post ${seq}`,
    publishedAt,
    replies: 1,
    reposts: 3,
    likes: 40 + seq,
    bookmarks: 1,
    views: 900 + seq,
    ...over,
  };
}

test('an untracked page says what it sees and offers to track; Stop tracking asks first', async ({ ext }) => {
  const now = Date.now();
  const theirs = [post(now, 1, 'PartnerBrand'), post(now, 2, 'PartnerBrand')];
  await ext.serve({ 'https://x.com/PartnerBrand': page(now, theirs, 'PartnerBrand', 'Brand') });
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/PartnerBrand');
  const popup = await ext.popupFor('https://x.com/*');
  await expect(popup.locator('.health')).toHaveText(
    '2 posts on this page; Resonance isn’t tracking @PartnerBrand.',
  );
  await expect(popup.getByText('No account is tracked')).toHaveCount(0);

  await popup.getByRole('button', { name: 'Track @PartnerBrand' }).click();
  await expect(popup.locator('.account')).toContainText('@PartnerBrand is tracked');
  await expect.poll(async () => (await ext.rows('snapshots')).length).toBe(2);
  // Each count is one item named in words: "1 reply", never a bare "1".
  const first = popup.locator(`.post[data-post-id="${theirs[0]!.id}"]`);
  await expect(first.getByRole('listitem', { name: '1 reply', exact: true })).toHaveText('1 reply');
  await expect(first.getByRole('listitem', { name: '1 bookmark', exact: true })).toBeVisible();
  await expect(first.getByRole('listitem', { name: '3 reposts', exact: true })).toBeVisible();

  await popup.getByRole('button', { name: 'Stop tracking…' }).click();
  await expect(popup.getByRole('button', { name: 'Keep tracking' })).toBeFocused();
  await popup.keyboard.press('Escape');
  await expect(popup.getByRole('button', { name: 'Stop tracking…' })).toBeFocused();
  const partner = async () => (await ext.rows('accounts')).find((a) => a.id === 'partnerbrand')?.tracked;
  expect(await partner()).toBe(true);

  await popup.getByRole('button', { name: 'Stop tracking…' }).click();
  await popup.getByRole('button', { name: 'Stop tracking @PartnerBrand' }).click();
  await expect(popup.locator('.account')).toContainText('@PartnerBrand is not tracked');
  await expect.poll(partner).toBe(false);
});

/** The demo brand's page with two months of history: a long popup and a long dashboard. */
async function demo(ext: Parameters<Parameters<typeof test>[2]>[0]['ext']) {
  const now = Date.now();
  const { posts, backup } = demoData(now);
  await ext.serve({ 'https://x.com/LumenRoasters': page(now, posts, 'LumenRoasters', 'LumenRoasters') });
  expect((await ext.message({ type: 'importBackup', text: JSON.stringify(backup), dryRun: false })).ok).toBe(
    true,
  );
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/LumenRoasters');
  return posts.filter((p) => p.author === 'LumenRoasters').length;
}

test('the footer stays in reach, and "Export…" lands on the export section once the history is in', async ({
  ext,
}) => {
  const own = await demo(ext);
  const popup = await ext.popupFor('https://x.com/*');
  // Chrome's popups are at most 600 px high.
  await popup.setViewportSize({ width: 440, height: 600 });
  await expect(popup.locator('.post')).toHaveCount(own);
  // More posts than fit: the footer's place in the page is below the fold, yet it is in view.
  const overflow = await popup.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  expect(overflow).toBeGreaterThan(100);
  const footer = popup.locator('footer');
  const flowTop = await footer.evaluate(
    (f) => f.previousElementSibling!.getBoundingClientRect().bottom + scrollY,
  );
  expect(flowTop).toBeGreaterThan(600);
  await expect(popup.getByRole('button', { name: 'Export…' })).toBeInViewport({ ratio: 1 });
  // Styled by the sheet written into its page (scripts/build/inline-popup-style.ts): no sheet is fetched.
  const sheets = await popup.evaluate(() =>
    performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.css')),
  );
  expect(sheets).toHaveLength(0);
  // The built page holds the frame it paints before its script runs, and the script replaced it: one
  // header, one footer.
  const built = await popup.evaluate(async () => (await fetch(location.href)).text());
  expect(built).toContain('<p class="empty">Reading this page…</p>');
  await expect(popup.locator('header')).toHaveCount(1);
  await expect(popup.locator('footer')).toHaveCount(1);
  await popup.mouse.move(200, 300);
  await popup.mouse.wheel(0, overflow / 2);
  await expect.poll(() => popup.evaluate(() => scrollY)).toBeGreaterThan(50);
  await expect(popup.getByRole('button', { name: 'Export…' })).toBeInViewport({ ratio: 1 });
  await expect(popup.getByRole('button', { name: 'History & settings' })).toBeInViewport({ ratio: 1 });

  const [opened] = await Promise.all([
    ext.context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Export…' }).click(),
  ]);
  await opened.waitForURL(/dashboard\.html#export$/);
  await opened.close();

  // On a tall screen the dashboard first fits whole, so the browser has nothing to scroll to; then the
  // history renders above the export section and pushes it down. The page must follow it.
  const dash = await ext.context.newPage();
  await dash.setViewportSize({ width: 1280, height: 1400 });
  await dash.goto(`chrome-extension://${ext.extensionId}/dashboard.html#export`);
  await expect(dash.locator('table.history tbody tr').nth(10)).toBeAttached();
  const heading = dash.getByRole('heading', { name: 'Export', exact: true });
  await expect(heading).toBeInViewport();
  expect(await dash.evaluate(() => scrollY)).toBeGreaterThan(0);
});

/** WCAG 2 contrast of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Each text element of the box with its colour, against the box's background. */
const boxColours = (popup: Page) =>
  popup.locator('.unreadable').evaluate((box) => {
    const bg = getComputedStyle(box).backgroundColor;
    return [box, ...box.querySelectorAll('*')].map((el) => [el.tagName, getComputedStyle(el).color, bg]);
  });

test('the "Can’t read" box is readable in dark and light mode, and when they disagree', async ({ ext }) => {
  const now = Date.now();
  const good = post(now, 1, 'Brand');
  const broken = post(now, 2, 'Brand');
  const brokenHtml = renderXPost(broken, now).replace(
    /<div aria-label="[^"]*" role="group"[\s\S]*?<\/div><\/div><\/div><\/article>/,
    '</div></div></article>',
  );
  await ext.serve({ 'https://x.com/Brand': page(now, [good], 'Brand', 'Brand') });
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/Brand');
  await tab.evaluate(
    (h) => document.querySelector('.timeline')!.insertAdjacentHTML('beforeend', h),
    brokenHtml,
  );
  const popup = await ext.popupFor('https://x.com/*');
  await expect(popup.locator('.unreadable')).toContainText('Can’t read one post');
  await expect(popup.locator('.unreadable a')).toHaveCount(1);
  // The third case is how the box failed (2.09:1): the browser draws in dark (links #9e9eff) while the
  // page's light palette stays, as when Chrome's theme and the system's disagree.
  const cases = [
    ['dark', ''],
    ['light', ''],
    ['light', 'dark'],
  ] as const;
  for (const [scheme, used] of cases) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.evaluate((u) => {
      document.documentElement.style.colorScheme = u;
    }, used);
    const colours = await boxColours(popup);
    expect(colours.map(([tag]) => tag)).toEqual(expect.arrayContaining(['SECTION', 'H2', 'LI', 'A']));
    for (const [tag, fg, bg] of colours)
      expect(contrast(fg!, bg!), `${scheme}/${used} ${tag} ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  }
});

test('the toolbar button opens a popup naming its tab, for each page the tab loads', async ({ ext }) => {
  const now = Date.now();
  await ext.serve({
    'https://x.com/Brand': page(now, [post(now, 1, 'Brand')], 'Brand', 'Brand'),
    'https://x.com/PartnerBrand': page(now, [post(now, 2, 'PartnerBrand')], 'PartnerBrand', 'Brand'),
    'https://example.com/elsewhere': '<!doctype html><title>elsewhere</title><p>Not a site Resonance reads.',
  });
  const tab = await ext.context.newPage();
  await tab.goto('https://x.com/Brand');
  const id = await ext.worker.evaluate(
    async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0]?.id,
  );
  const opens = () => ext.worker.evaluate((tabId) => chrome.action.getPopup({ tabId }), id!);
  const named = `chrome-extension://${ext.extensionId}/popup.html?tab=${id}`;
  await expect.poll(opens).toBe(named);
  const popup = await ext.popupFor('https://x.com/*');
  await expect(popup.locator('.health')).toHaveText('Reading 1 post by @Brand.');

  // Chrome forgets a tab's own popup when the tab loads another document: a page it doesn't read opens
  // the plain popup (which asks for the active tab), and a page it reads names the tab again.
  await tab.goto('https://example.com/elsewhere');
  await expect.poll(opens).toBe(`chrome-extension://${ext.extensionId}/popup.html`);
  await tab.goto('https://x.com/PartnerBrand');
  await expect.poll(opens).toBe(named);
});
