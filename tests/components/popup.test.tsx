// @vitest-environment happy-dom
// The popup over a fake API: its words (plurals in the site's own terms, counts named in words), what an
// untracked page says and offers, Stop tracking asking first, and the footer's links.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import type { PageState } from '@/lib/protocol/messages';
import type { ScoreView } from '@/lib/score/view';
import { root, until } from '@/tests/helpers/dom-root';
import { button, findButton, items, mount, state, text, withPost } from './popup-harness';

describe('popup: which post this is', () => {
  it('shows the post’s own words as text, markup included, and nothing when the page showed none', async () => {
    const page = withPost({ likes: exactCount(3) });
    const reading = page.posts[0]!.reading;
    reading.text = '<img src=x onerror=alert(1)> Spring blend is back #coffee';
    await mount({ kind: 'page', state: page });
    const shown = root.querySelector('.post .post-text');
    expect(shown?.textContent).toBe(reading.text);
    expect(shown?.getAttribute('title')).toBe(reading.text);
    expect(root.querySelector('.post img')).toBeNull();
    render(null, root);
    await mount({ kind: 'page', state: withPost({ likes: exactCount(3) }) });
    expect(root.querySelector('.post')).not.toBeNull();
    expect(root.querySelector('.post .post-text')).toBeNull();
  });
});

describe('popup: counts in words', () => {
  it("writes each count in the site's own word, singular for one", async () => {
    await mount({
      kind: 'page',
      state: withPost({
        likes: exactCount(320),
        comments: exactCount(1),
        shares: exactCount(0),
        saves: exactCount(1),
        views: { value: 2300, min: 2250, max: 2349 },
      }),
    });
    expect(items()).toEqual([
      ['320 likes', '320 likes'],
      ['1 reply', '1 reply'],
      ['0 reposts', '0 reposts'],
      ['1 bookmark', '1 bookmark'],
      ['~2.3K views', 'about 2,300 views: the page shows an abbreviated number, between 2,250 and 2,349'],
    ]);
    // The "~" is drawn, not read out; the item's title says "about".
    expect(root.querySelector('.metrics li [aria-hidden="true"]')?.textContent).toBe('~');
  });

  it('names an open-ended count as "at least", and Mastodon’s counts as Mastodon does', async () => {
    await mount({
      kind: 'page',
      state: withPost(
        { likes: exactCount(1), shares: exactCount(1), comments: { value: 99, min: 99, max: null } },
        {
          platform: 'mastodon',
          url: 'https://mastodon.social/@brand',
          viewer: null,
          pageAccount: { handle: 'brand@mastodon.social' },
          tracked: ['brand@mastodon.social'],
        },
      ),
    });
    expect(items()).toEqual([
      ['1 favourite', '1 favourite'],
      ['99+ replies', 'at least 99 replies: the page shows 99+'],
      ['1 boost', '1 boost'],
    ]);
  });

  it('says "1 snapshot" and "2 snapshots" waiting, not "snapshot(s)"', async () => {
    await mount({ kind: 'page', state: state({ pending: 1 }) });
    expect(text()).toContain('1 snapshot waiting to be saved…');
    render(null, root);
    await mount({ kind: 'page', state: state({ pending: 2 }) });
    expect(text()).toContain('2 snapshots waiting to be saved…');
  });
});

describe('popup: an account Resonance does not track', () => {
  const partner = state({
    url: 'https://x.com/PartnerBrand',
    pageAccount: { handle: 'PartnerBrand', name: 'Partner' },
    tracked: [],
    health: { state: 'reading', posts: 4, own: 0, unreadable: 0 },
  });

  it('says what it sees and offers to track it', async () => {
    const api = await mount({ kind: 'page', state: partner });
    expect(root.querySelector('.health')?.textContent).toBe(
      '4 posts on this page; Resonance isn’t tracking @PartnerBrand.',
    );
    expect(text()).not.toContain('No account is tracked');
    expect(text()).not.toContain('none by');
    (await button('Track @PartnerBrand')).click();
    await until(() => api.setTracking.mock.calls.length === 1, 'setTracking');
    expect(api.setTracking).toHaveBeenCalledWith('x', 'PartnerBrand', true);
    await until(() => text().includes('Partner (@PartnerBrand) is tracked'), 'tracked');
  });

  it('one post: "1 post on this page"', async () => {
    await mount({
      kind: 'page',
      state: { ...partner, health: { ...partner.health, posts: 1 } } as PageState,
    });
    expect(root.querySelector('.health')?.textContent).toBe(
      '1 post on this page; Resonance isn’t tracking @PartnerBrand.',
    );
  });

  it('a tracked account keeps the reading line', async () => {
    await mount({ kind: 'page', state: withPost({ likes: exactCount(3) }) });
    expect(root.querySelector('.health')?.textContent).toBe('Reading 1 post by @Brand.');
  });
});

describe('popup: Stop tracking asks first', () => {
  it('asks, keeps on "Keep tracking" or Escape, and stops only on the confirming button', async () => {
    const api = await mount({ kind: 'page', state: state() });
    (await button('Stop tracking…')).click();
    const keep = await button('Keep tracking');
    expect(api.setTracking).not.toHaveBeenCalled();
    expect(root.querySelector('.confirm legend')?.textContent).toBe('Stop tracking @Brand?');
    // Focus is on the safe answer.
    await until(() => document.activeElement === keep, 'focus on Keep tracking');
    keep.click();
    const again = await button('Stop tracking…');
    await until(() => document.activeElement === again, 'focus back on Stop tracking…');
    expect(findButton('Stop tracking @Brand')).toBeUndefined();

    again.click();
    (await button('Keep tracking')).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await button('Stop tracking…');
    expect(api.setTracking).not.toHaveBeenCalled();

    (await button('Stop tracking…')).click();
    (await button('Stop tracking @Brand')).click();
    await until(() => api.setTracking.mock.calls.length === 1, 'setTracking');
    expect(api.setTracking).toHaveBeenCalledWith('x', 'Brand', false);
    await until(() => text().includes('Brand Co (@Brand) is not tracked'), 'not tracked');
  });
});

describe('popup: footer', () => {
  it('opens the dashboard, and at its Export section for "Export…"', async () => {
    const api = await mount({ kind: 'page', state: state() });
    const footer = root.querySelector('footer')!;
    expect(footer.parentElement?.lastElementChild).toBe(footer);
    (await button('Export…')).click();
    expect(api.openDashboard).toHaveBeenLastCalledWith('export');
    (await button('History & settings')).click();
    expect(api.openDashboard).toHaveBeenLastCalledWith();
  });
});

describe('popup: a post’s curve', () => {
  it('asks for the curve of the post whose details are opened, and only then', async () => {
    const page = withPost({ likes: exactCount(320) });
    const score: ScoreView = {
      state: 'scored',
      ratio: 2,
      percentile: 90,
      confidence: 'normal',
      n: 20,
      ageHours: 6,
      line: '▲ 2.0× usual · top 10% · vs 20 posts at 6 h old',
      detail: 'Compared with 20 posts at 6 hours.',
      chips: '',
      basis: null,
    };
    page.posts = page.posts.map((p) => ({ ...p, score }));
    const api = await mount({ kind: 'page', state: page });
    const details = await until(
      () => root.querySelector('details.detail') as HTMLDetailsElement | null,
      'details',
    );
    expect(api.postCurve).not.toHaveBeenCalled();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await until(() => api.postCurve.mock.calls.length > 0, 'the curve asked for');
    expect(api.postCurve).toHaveBeenCalledWith('x', page.posts[0]!.reading.id);
  });
});
