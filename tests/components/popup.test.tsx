// @vitest-environment happy-dom
// The popup over a fake API: its words (plurals in the site's own terms, counts named in words), what an
// untracked page says and offers, Stop tracking asking first, and the footer's links.
import { options, render } from 'preact';
import { describe, expect, it, type Mock, vi } from 'vitest';
import type { PopupApi, PopupPage } from '@/components/popup/api';
import { PageView } from '@/components/popup/PageView';
import { PopupApp } from '@/components/popup/PopupApp';
import { PostRow } from '@/components/popup/PostRow';
import { FIRST_ROWS } from '@/components/popup/rows-shown';
import { exactCount, type Metrics } from '@/lib/core/metrics';
import type { PagePost, PageState } from '@/lib/protocol/messages';
import type { ScoreView } from '@/lib/score/view';
import { root, until } from '@/tests/helpers/dom-root';

const NOW = Date.UTC(2026, 10, 20, 12);
const H = 3600e3;

function state(over: Partial<PageState> = {}): PageState {
  return {
    platform: 'x',
    url: 'https://x.com/Brand',
    viewer: { handle: 'Brand' },
    pageAccount: { handle: 'Brand', name: 'Brand Co' },
    tracked: ['brand'],
    health: { state: 'reading', posts: 1, own: 1, unreadable: 0 },
    posts: [],
    unreadable: [],
    pending: 0,
    lastError: null,
    ...over,
  };
}

function withPost(metrics: Metrics, over: Partial<PageState> = {}): PageState {
  return state({
    posts: [
      {
        reading: {
          platform: over.platform ?? 'x',
          id: '1981398750557065646',
          url: 'https://x.com/Brand/status/1981398750557065646',
          author: 'Brand',
          publishedAt: NOW - 3 * H,
          metrics,
        },
        score: null,
      },
    ],
    ...over,
  });
}

type FakeApi = { [K in keyof PopupApi]: Mock<PopupApi[K]> };

function fakeApi(page: PopupPage): FakeApi {
  return {
    pageState: vi.fn(async () => page),
    setTracking: vi.fn(async (_p, handle: string, tracked: boolean) => ({
      tracked: tracked ? [handle.toLowerCase()] : [],
    })),
    storageStatus: vi.fn(async () => ({ ok: true, error: null, at: null })),
    addInstance: vi.fn(async () => true),
    openDashboard: vi.fn(),
    postCurve: vi.fn(async () => null),
  };
}

const text = () => (root.textContent ?? '').replace(/\s+/g, ' ');
const findButton = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name);
const button = (name: string) => until(() => findButton(name), `button "${name}"`);

async function mount(page: PopupPage) {
  const api = fakeApi(page);
  // The page is polled every refreshMs; a day keeps the test's own state in charge.
  render(<PopupApp api={api} now={NOW} refreshMs={24 * H} />, root);
  await until(() => root.querySelector('.health'), 'the page line');
  return api;
}

const items = () =>
  [...root.querySelectorAll('.metrics li')].map((li) => [li.textContent, li.getAttribute('title')]);

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

describe('popup: its first answer', () => {
  it('draws the state asked for before it rendered, without asking again', async () => {
    const api = fakeApi({ kind: 'page', state: withPost({ likes: exactCount(3) }) });
    let answer: (p: PopupPage) => void = () => {};
    const first = new Promise<PopupPage>((r) => {
      answer = r;
    });
    render(<PopupApp api={api} first={first} now={NOW} refreshMs={24 * H} />, root);
    expect(text()).toContain('Reading this page…');
    answer({ kind: 'no-script' });
    await until(() => text().includes('isn’t running on this tab'), 'the first answer');
    expect(api.pageState).not.toHaveBeenCalled();
  });
});

describe('popup: a page of many posts', () => {
  const many = (n: number, likes = 3): PageState => {
    const one = withPost({ likes: exactCount(likes) }).posts[0]!;
    const posts = Array.from({ length: n }, (_, i) => ({
      ...one,
      reading: {
        ...one.reading,
        id: String(1981398750557065646n + BigInt(i)),
        publishedAt: NOW - (i + 1) * H,
      },
    }));
    return state({ posts, health: { state: 'reading', posts: n, own: n, unreadable: 0 } });
  };
  const ids = () => [...root.querySelectorAll('.post')].map((el) => el.getAttribute('data-post-id'));

  it('draws a screenful first, then every post in the page’s order', () => {
    const page = many(100);
    render(<PageView state={page} now={NOW} onTrack={() => {}} />, root);
    // The first frame: as many rows as the popup's first screen can hold, not a hundred.
    expect(ids()).toEqual(page.posts.slice(0, FIRST_ROWS).map((p) => p.reading.id));
    return until(() => ids().length === 100, 'every row').then(() =>
      expect(ids()).toEqual(page.posts.map((p) => p.reading.id)),
    );
  });

  it('keeps every row when the page is read again, and draws a page of few posts whole at once', async () => {
    render(<PageView state={many(60)} now={NOW} onTrack={() => {}} />, root);
    await until(() => ids().length === 60, 'every row');
    const again = many(61, 5);
    render(<PageView state={again} now={NOW} onTrack={() => {}} />, root);
    expect(ids()).toHaveLength(61);
    expect(root.querySelector('.post .metrics')?.textContent).toContain('5');
    render(null, root);
    render(<PageView state={many(FIRST_ROWS)} now={NOW} onTrack={() => {}} />, root);
    expect(ids()).toHaveLength(FIRST_ROWS);
  });
});

describe('popup: storage', () => {
  it('asks for storage’s state once the page’s rows are drawn (not waking a stopped worker beside them), and says its problem', async () => {
    const api = fakeApi({ kind: 'page', state: withPost({ likes: exactCount(3) }) });
    api.storageStatus.mockResolvedValue({
      ok: false,
      error: 'Storage is full: nothing new is saved.',
      at: NOW,
    });
    let answer: (p: PopupPage) => void = () => {};
    const first = new Promise<PopupPage>((r) => {
      answer = r;
    });
    render(<PopupApp api={api} first={first} now={NOW} refreshMs={24 * H} />, root);
    await new Promise((r) => setTimeout(r, 20));
    expect(api.storageStatus).not.toHaveBeenCalled();
    answer({ kind: 'page', state: withPost({ likes: exactCount(3) }) });
    const alert = await until(() => root.querySelector('[role="alert"]'), 'the storage line');
    expect(alert.textContent).toBe('Storage is full: nothing new is saved.');
    expect(root.querySelectorAll('.post')).toHaveLength(1);
    expect(api.storageStatus).toHaveBeenCalledTimes(1);
  });
});

/** The ids of the post rows Preact draws from now on, until `stop` puts its hook back. */
function rowsDrawn(): { ids: string[]; stop(): void } {
  const ids: string[] = [];
  const prev = options.diffed;
  options.diffed = (vnode) => {
    if (vnode.type === PostRow) ids.push((vnode.props as unknown as { post: PagePost }).post.reading.id);
    prev?.(vnode);
  };
  return {
    ids,
    stop() {
      options.diffed = prev;
    },
  };
}

describe('popup: following the page', () => {
  it('draws the rows again only when the page’s answer changed', async () => {
    const drawn = rowsDrawn();
    try {
      let likes = 3;
      const api = fakeApi({ kind: 'page', state: withPost({ likes: exactCount(3) }) });
      // A new object each time, as each message from the tab is.
      api.pageState.mockImplementation(async () => ({
        kind: 'page',
        state: withPost({ likes: exactCount(likes) }),
      }));
      render(<PopupApp api={api} now={NOW} refreshMs={10} />, root);
      await until(() => api.pageState.mock.calls.length >= 4, 'three refreshes');
      expect(drawn.ids).toHaveLength(1);
      likes = 4;
      await until(() => root.querySelector('.metrics')?.textContent?.includes('4'), 'the new count');
      expect(drawn.ids).toHaveLength(2);
    } finally {
      drawn.stop();
    }
  });

  it('draws again only the row whose post changed, and every row when the ages move on', async () => {
    const drawn = rowsDrawn();
    try {
      let likes = 3;
      let now = NOW;
      // Three posts, a new object each time; the second one's likes change.
      const page = (): PopupPage => {
        const [post] = withPost({ likes: exactCount(3) }).posts;
        const posts = ['1', '2', '3'].map((n) => ({
          ...post!,
          reading: {
            ...post!.reading,
            id: n,
            metrics: { likes: exactCount(n === '2' ? likes : 3) },
          },
        }));
        return { kind: 'page', state: state({ posts }) };
      };
      const api = fakeApi(page());
      api.pageState.mockImplementation(async () => page());
      const draw = () => render(<PopupApp api={api} now={now} refreshMs={10} />, root);
      draw();
      await until(() => root.querySelectorAll('.post').length === 3, 'three rows');
      const calls = api.pageState.mock.calls.length;
      likes = 4;
      await until(() => api.pageState.mock.calls.length >= calls + 3, 'three more refreshes');
      expect(drawn.ids.sort()).toEqual(['1', '2', '2', '3']);
      drawn.ids.length = 0;
      // An hour on, each row's age reads differently: all are drawn again.
      now += 3600e3;
      draw();
      await until(() => drawn.ids.length === 3, 'every row drawn');
      expect(drawn.ids.sort()).toEqual(['1', '2', '3']);
    } finally {
      drawn.stop();
    }
  });
});
