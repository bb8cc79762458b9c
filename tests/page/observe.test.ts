// @vitest-environment happy-dom
// The feed observer watches what each site's adapter asks for: its attributes, and for sites whose posts
// keep their counts in an open shadow root (new Reddit), the inside of those roots too.
import { afterEach, describe, expect, it } from 'vitest';
import { observeFeed } from '@/lib/page/observe';
import type { SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x/adapter';

const until = async (cond: () => boolean, ms = 2000) => {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
};

/** A site whose posts are custom elements holding their counts in an open shadow root. */
function shadowSite(attributes: string[], shadowRoots: boolean): SiteAdapter {
  const isPost = (n: Node | null): n is Element =>
    n?.nodeType === 1 && (n as Element).tagName === 'FEED-POST';
  return {
    ...xAdapter,
    observe: { attributes, shadowRoots },
    feedRoot: (doc) => doc.querySelector('#feed'),
    findPosts: (root) => [...(root as ParentNode).querySelectorAll('feed-post')],
    postOf(node) {
      for (let n: Node | null = node; n; n = n.parentNode) if (isPost(n)) return n;
      return null;
    },
  };
}

let abort = new AbortController();
afterEach(() => abort.abort());

function page() {
  document.body.innerHTML = '<div id="feed"><feed-post score="3"></feed-post></div>';
  const post = document.querySelector('feed-post')!;
  const root = post.attachShadow({ mode: 'open' });
  root.innerHTML = '<span class="count">3</span>';
  return { post, count: root.querySelector('.count')! };
}

let navigations = 0;

function watch(adapter: SiteAdapter, onArrived?: (posts: Set<Element>) => Iterable<Element>) {
  abort = new AbortController();
  const seen: Element[][] = [];
  navigations = 0;
  observeFeed({
    adapter,
    doc: document,
    signal: abort.signal,
    batchMs: 5,
    onPosts: (p) => seen.push([...p]),
    onArrived,
    onNavigate: () => navigations++,
  });
  return seen;
}

describe('observeFeed', () => {
  it('hands over the posts present at start', async () => {
    const { post } = page();
    const seen = watch(shadowSite(['score'], false));
    await until(() => seen.length === 1);
    expect(seen[0]).toEqual([post]);
  });

  it('re-reads a post when an attribute its site names changes, not when another does', async () => {
    const { post } = page();
    const seen = watch(shadowSite(['score'], false));
    await until(() => seen.length === 1);
    post.setAttribute('data-hover', 'yes');
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(1);
    post.setAttribute('score', '4');
    await until(() => seen.length === 2);
    expect(seen[1]).toEqual([post]);
  });

  it('sees a count change inside a post’s shadow root when the site says its counts live there', async () => {
    const { post, count } = page();
    const seen = watch(shadowSite(['score'], true));
    await until(() => seen.length === 1);
    count.textContent = '4';
    await until(() => seen.length === 2);
    expect(seen[1]).toEqual([post]);
  });

  it('tells of in-page navigation each time the address changes without a page load', async () => {
    page();
    const seen = watch(shadowSite(['score'], false));
    await until(() => seen.length === 1);
    // @ts-expect-error happy-dom's test hook
    window.happyDOM.setURL('https://example.test/next');
    await until(() => navigations === 1, 3000);
    // @ts-expect-error happy-dom's test hook
    window.happyDOM.setURL('https://example.test/after');
    await until(() => navigations === 2, 3000);
  });

  it('does not look inside shadow roots for sites that keep their counts in the page', async () => {
    const { count } = page();
    const seen = watch(shadowSite(['score'], false));
    await until(() => seen.length === 1);
    count.textContent = '4';
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(1);
  });

  it('shows a post arriving in the task that added it, and hands it over in a task of its own', async () => {
    page();
    const arrived: Element[][] = [];
    // What it returns is handed over: the post that was added, not the one it keeps for itself.
    const seen = watch(shadowSite(['score'], false), (posts) => {
      arrived.push([...posts]);
      return [...posts].filter((p) => p.id !== 'kept');
    });
    await until(() => seen.length === 1);
    const feed = document.querySelector('#feed')!;
    const added = document.createElement('feed-post');
    const kept = document.createElement('feed-post');
    kept.id = 'kept';
    /** What had arrived, and what was handed over, when the page's own observer of this change ran. */
    let inTask: [number, number] | null = null;
    new MutationObserver(() => {
      inTask ??= [arrived.length, seen.length];
    }).observe(feed, { childList: true });
    feed.append(added, kept);
    await until(() => seen.length === 2);
    // The feed's observer was registered first, so it ran first: the posts had arrived, none was read.
    expect(inTask).toEqual([1, 1]);
    expect(arrived).toEqual([[added, kept]]);
    expect(seen[1]).toEqual([added]);
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(2);
  });
});
