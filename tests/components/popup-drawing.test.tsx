// @vitest-environment happy-dom
// The popup drawing its page: the state asked before it rendered, a screenful of rows first, storage's
// status after the rows, and only the rows whose posts changed drawn again as the page is followed.
import { options, render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { PopupPage } from '@/components/popup/api';
import { PageView } from '@/components/popup/PageView';
import { PopupApp } from '@/components/popup/PopupApp';
import { PostRow } from '@/components/popup/PostRow';
import { FIRST_ROWS } from '@/components/popup/rows-shown';
import { exactCount } from '@/lib/core/metrics';
import type { PagePost, PageState } from '@/lib/protocol/messages';
import { root, until } from '@/tests/helpers/dom-root';
import { fakeApi, H, NOW, state, text, withPost } from './popup-harness';

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
