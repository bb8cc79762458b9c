// The in-page badge in real Chromium, on the X demo page with its history restored: reached and opened by
// keyboard, named in words, not a live region; wrapped at 360 px without moving the post; coloured from
// the site's own theme. Its shadow root is closed, so it is read through developer tools (CDP).
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BADGE_CSS } from '@/lib/page/badge-dom';
import { DEMO_HANDLE, DEMO_NAME, demoData } from '@/scripts/demo/demo-data';
import { renderXProfile, type XPostSpec } from '@/scripts/demo/x-markup';
import { badgeAx, badgeTexts, bringBadgesNear, copyBadge, inBadge } from '@/scripts/lib/badges';
import { type Ext, expect, test } from './fixtures';

const URL = `https://x.com/${DEMO_HANDLE}`;
const DEMO_CSS = readFileSync('assets/demo/x-demo.css', 'utf8');
/** X's narrow layout, closely enough: one column, no side bars. */
const NARROW = '@media (max-width: 500px) { .banner, .sidebar { display: none } .main { width: 100% } }';
/** X's "dim" theme. */
const DIM = 'body { background-color: #15202b; color: #f7f9f9 }';
const GLYPHS = /[▲▼●×~◉]/;

/**
 * Opens the demo profile with its history restored, and waits until every badge shows a score. The first
 * post is the demo's standout: 2.6× its usual totals, 3 h old, 30 posts to compare with.
 */
async function openDemo(
  ext: Ext,
  opts: { css?: string; width?: number; history?: boolean; before?: (tab: Page) => Promise<void> } = {},
) {
  const now = Date.now();
  const { posts, backup } = demoData(now);
  const own = posts.filter((p: XPostSpec) => p.author === DEMO_HANDLE);
  const html = renderXProfile({
    handle: DEMO_HANDLE,
    name: DEMO_NAME,
    bio: '',
    followers: 12_400,
    following: 311,
    viewer: DEMO_HANDLE,
    posts,
    now,
    stylesheet: DEMO_CSS + NARROW + (opts.css ?? ''),
  });
  await ext.serve({ [URL]: html });
  if (opts.history !== false) {
    const restored = await ext.message({ type: 'importBackup', text: JSON.stringify(backup), dryRun: false });
    expect(restored.ok).toBe(true);
  }
  const tab = await ext.context.newPage();
  if (opts.width) await tab.setViewportSize({ width: opts.width, height: 800 });
  await opts.before?.(tab);
  await tab.goto(URL);
  await expect(tab.locator('resonance-badge')).toHaveCount(own.length);
  const settled = opts.history === false ? /learning/ : /usual/;
  // Badges far from the viewport are drawn when they come near it: each is brought near.
  await expect
    .poll(async () => {
      await bringBadgesNear(tab);
      return (await badgeTexts(tab)).every(([, t]) => settled.test(t));
    })
    .toBe(true);
  return { tab, ids: own.map((p) => p.id) };
}

async function tabTo(tab: Page, post: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await tab.keyboard.press('Tab');
    const at = await tab.evaluate(() => document.activeElement?.getAttribute('data-post') ?? null);
    if (at === post) return;
  }
  throw new Error(`Tab never reached the badge of post ${post}`);
}

const expanded = (tab: Page, post: string) =>
  inBadge(tab, post, 'button', (b) => b.getAttribute('aria-expanded'));
const panelShown = (tab: Page, post: string) =>
  inBadge(tab, post, 'panel', (p) => (p.getBoundingClientRect().height > 0 ? (p.textContent ?? '') : null));

test('keyboard and screen reader: a button named in words that opens its explanation, not a live region', async ({
  ext,
}) => {
  const { tab, ids } = await openDemo(ext);
  const id = ids[0]!;
  await tabTo(tab, id);
  expect(await inBadge(tab, id, 'button', (b) => (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(
    true,
  );

  const ax = await badgeAx(tab, id);
  const button = ax.find((n) => n.role === 'button')!;
  expect(button.name).toMatch(
    /^Resonance: \d+(\.\d)? times usual, top \d+ percent, compared with 30 posts at 3 hours old$/,
  );
  expect(button.properties.expanded).toBe(false);
  // Nothing in the badge is a live region, and no glyph or symbol reaches assistive tech.
  expect(ax.filter((n) => n.properties.live !== undefined || /status|alert|log/.test(n.role))).toEqual([]);
  expect(ax.filter((n) => !n.ignored && GLYPHS.test(n.name))).toEqual([]);
  expect(
    await inBadge(tab, id, 'box', (b) => b.closest('[title], [aria-live], [role=status]') === null),
  ).toBe(true);
  // What the eye reads is still the glyph line.
  expect((await badgeTexts(tab)).find(([p]) => p === id)![1]).toMatch(
    /^▲ \d+\.\d× usual · top \d+% · vs 30 posts at 3 h old$/,
  );

  await tab.keyboard.press('Enter');
  expect(await expanded(tab, id)).toBe('true');
  expect(await panelShown(tab, id)).toContain('compared with the median of your last 30 X posts');
  expect((await badgeAx(tab, id)).find((n) => n.role === 'button')!.properties.expanded).toBe(true);
  expect(tab.url()).toBe(URL);

  await tab.keyboard.press('Escape');
  expect(await expanded(tab, id)).toBe('false');
  expect(await panelShown(tab, id)).toBeNull();
  expect(await inBadge(tab, id, 'button', (b) => (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(
    true,
  );

  await tab.keyboard.press('Space');
  expect(await expanded(tab, id)).toBe('true');
  const box = await inBadge(tab, id, 'button', (b) => {
    const r = b.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await tab.mouse.click(box.x, box.y);
  expect(await expanded(tab, id)).toBe('false');
  expect(tab.url()).toBe(URL);
});

test('at 360 px the badge wraps inside its column, nothing scrolls sideways, and a score arriving moves nothing', async ({
  ext,
}) => {
  // Where each post's following content stood, against its badge, when the badge was inserted ("saving…"):
  // recorded by the page itself as the host appears (the score comes later, in another task).
  const measure = () => {
    const gaps: Record<string, number> = {};
    const gap = (host: Element) => {
      const next = host.closest('[data-testid="cellInnerDiv"]')?.nextElementSibling;
      return next ? next.getBoundingClientRect().top - host.getBoundingClientRect().top : null;
    };
    (window as unknown as { gap: typeof gap }).gap = gap;
    (window as unknown as { gaps: typeof gaps }).gaps = gaps;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) {
          const g = n instanceof Element && n.matches('resonance-badge') ? gap(n) : null;
          if (g !== null) gaps[(n as Element).getAttribute('data-post')!] = g;
        }
    }).observe(document, { childList: true, subtree: true });
  };
  const { tab, ids } = await openDemo(ext, {
    width: 360,
    before: async (t) => void (await t.addInitScript(measure)),
  });

  const before = await tab.evaluate(() => (window as unknown as { gaps: Record<string, number> }).gaps);
  const after = await tab.evaluate(() => {
    const w = window as unknown as { gap(h: Element): number | null };
    return Object.fromEntries(
      [...document.querySelectorAll('resonance-badge')].map((h) => [h.getAttribute('data-post'), w.gap(h)]),
    );
  });
  // Every post but the last has a following post; each kept its distance from its badge.
  expect(Object.keys(before).sort()).toEqual(ids.slice(0, -1).sort());
  for (const id of Object.keys(before)) expect(after[id], id).toBeCloseTo(before[id]!, 0);

  // The score did need the room: at least one badge wrapped onto a second line.
  const heights = await Promise.all(
    ids.map((id) => inBadge(tab, id, 'button', (b) => b.getBoundingClientRect().height)),
  );
  expect(Math.max(...heights)).toBeGreaterThan(30);
  // And its room, kept from before the score came, holds it: no line is clipped at the host's bottom.
  for (const id of ids) {
    const room = await inBadge(tab, id, 'button', (b) => {
      const host = (b.getRootNode() as ShadowRoot).host.getBoundingClientRect();
      return host.bottom - b.getBoundingClientRect().bottom;
    });
    expect(room, id).toBeGreaterThanOrEqual(0);
  }
  expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const id of ids)
    expect(await inBadge(tab, id, 'button', (b) => b.getBoundingClientRect().right)).toBeLessThanOrEqual(360);
});

/** A computed colour's red, green and blue, 0-255 (Chrome gives colour mixes as `color(srgb r g b)`, 0-1). */
const rgb = (css: string) => {
  const v = (css.match(/[\d.]+/g) ?? []).map(Number).slice(0, 3);
  return css.startsWith('color(') ? v.map((c) => c * 255) : v;
};

test('on X’s dim theme the badges take dark colours with the strong fill kept, and follow a theme switch', async ({
  ext,
}) => {
  const { tab, ids } = await openDemo(ext, { css: DIM });
  const id = ids[0]!;
  const look = (post: string) =>
    inBadge(tab, post, 'button', (b) => {
      const s = getComputedStyle(b);
      return { box: (b.parentElement as HTMLElement).className, bg: s.backgroundColor, fg: s.color };
    });
  const strong = await look(id);
  expect(strong.box).toBe('strong-up dark');
  expect(strong.bg).toBe('rgb(0, 96, 168)'); // the strong fill, as on a light page
  expect(strong.fg).toBe('rgb(255, 255, 255)');
  // A usual post (the second on the page, 1× its usual): a dark fill, light text.
  const usual = await look(ids[1]!);
  expect(usual.box).toMatch(/ dark$/);
  expect(Math.max(...rgb(usual.bg))).toBeLessThan(80);
  expect(Math.min(...rgb(usual.fg))).toBeGreaterThan(150);

  // The site switches to its light theme, then to "lights out": the badges follow, no reload.
  const theme = (colour: string) =>
    tab.evaluate((c) => document.body.style.setProperty('background-color', c), colour);
  await theme('#ffffff');
  await expect.poll(async () => (await look(ids[1]!)).box).not.toMatch(/dark/);
  expect(Math.min(...rgb((await look(ids[1]!)).bg))).toBeGreaterThan(200);
  expect((await look(id)).bg).toBe('rgb(0, 96, 168)');
  await theme('#000000');
  await expect.poll(async () => (await look(id)).box).toBe('strong-up dark');
});

test('saving and learning are outlined on the page’s colour, never filled like a settled result', async ({
  ext,
}) => {
  const { tab, ids } = await openDemo(ext, { history: false });
  for (const id of ids) {
    const s = await inBadge(tab, id, 'button', (b) => {
      const c = getComputedStyle(b);
      return {
        box: (b.parentElement as HTMLElement).className,
        bg: c.backgroundColor,
        border: c.borderStyle,
      };
    });
    expect(s).toEqual({ box: 'muted', bg: 'rgb(255, 255, 255)', border: 'dashed' });
  }
  const lines = (await badgeTexts(tab)).map(([, t]) => t);
  for (const line of lines) expect(line).toMatch(/^learning: needs \d more posts?$/);
  expect(lines).toContain('learning: needs 5 more posts');
});

/**
 * axe can't see into a closed shadow root: the badge's own markup is copied into an open root beside it
 * (same place in the page, same style sheet) and scanned there. Contrast must have been measured, not
 * left undecided.
 */
async function axeBadge(tab: Page, post: string) {
  await copyBadge(tab, post, BADGE_CSS, 'axe-copy');
  // Label in name: the line shows symbols and short forms (▲ 2.6× · top 3% · vs … 3 h) and the name says
  // them in words (2.6 times usual, top 3 percent, compared with … 3 hours), as the badge means to; axe's
  // word match can't pair "×" with "times" or "h" with "hours". The first test checks the name instead.
  const r = await new AxeBuilder({ page: tab })
    .include('#axe-copy')
    .disableRules(['label-content-name-mismatch'])
    .analyze();
  expect(r.passes.map((p) => p.id)).toContain('color-contrast');
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary).join(' | ')}`);
}

test('axe finds nothing in the badge, closed or open, on a light and a dim page', async ({ ext }) => {
  for (const css of ['', DIM]) {
    const { tab, ids } = await openDemo(ext, { css });
    for (const id of ids) {
      expect(await axeBadge(tab, id), `${id} closed${css ? ', dim' : ''}`).toEqual([]);
      await inBadge(tab, id, 'button', (b) => b.click());
      expect(await axeBadge(tab, id), `${id} open${css ? ', dim' : ''}`).toEqual([]);
    }
    await tab.close();
  }
});
