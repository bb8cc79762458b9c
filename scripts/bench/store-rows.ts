// The store benchmark's rows and clock, shared by its pages (store-page.ts, export-page.ts): a brand's posts
// an hour apart, each read every half hour, its counts growing.
import { exactCount } from '@/lib/core/metrics';
import type { CheckedSnapshot } from '@/lib/protocol/checks/snapshots';

export const H = 3600e3;
export const T0 = Date.UTC(2026, 9, 1);
export const BRAND = { handle: 'Brand', id: 'brand' };

/** Reading `i` of `posts` posts: post i % posts, its (i / posts)th reading. */
export function snapshot(i: number, posts: number): CheckedSnapshot {
  const post = i % posts;
  const n = Math.floor(i / posts);
  return {
    key: `k${i}`,
    platform: 'x',
    postId: String(1_000_000 + post),
    url: `https://x.com/Brand/status/${1_000_000 + post}`,
    author: 'Brand',
    authorId: 'brand',
    publishedAt: T0 + post * H,
    capturedAt: T0 + post * H + (n + 1) * 0.5 * H,
    format: 'text',
    metrics: {
      likes: exactCount(10 + n * 3),
      comments: exactCount(1 + n),
      shares: exactCount(n),
      saves: exactCount(n >> 1),
      views: exactCount(500 + n * 40),
    },
  };
}

/** How long `f` takes, in ms. */
export async function time(f: () => Promise<unknown>) {
  const t = performance.now();
  await f();
  return performance.now() - t;
}
