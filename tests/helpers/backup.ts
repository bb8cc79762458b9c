// A backup file of @Brand's posts, as the tests of restore write them.
import { exactCount } from '@/lib/core/metrics';

const H = 3600e3;
const iso = (t: number) => new Date(t).toISOString();

export interface BrandBackup {
  /** Posts (ids from 100, published at `start`) and hourly readings of each, the n-th counting n likes. */
  posts: number;
  per: number;
  start: number;
  exportedAt: number;
  /** Readings in order of time across posts, as an export of many posts can be; else post by post. */
  interleaved?: boolean;
  /** Each post's words. */
  text?: (post: number) => string;
}

/** The file's content, before JSON. */
export function brandBackup(o: BrandBackup) {
  const { posts, per, start } = o;
  const at = (i: number) =>
    o.interleaved ? { post: i % posts, n: Math.floor(i / posts) } : { post: Math.floor(i / per), n: i % per };
  return {
    format: 'resonance-backup',
    version: 1,
    exportedAt: iso(o.exportedAt),
    accounts: [{ platform: 'x', handle: 'Brand', tracked: true }],
    posts: Array.from({ length: posts }, (_, p) => ({
      platform: 'x',
      id: String(100 + p),
      url: `https://x.com/Brand/status/${100 + p}`,
      author: 'Brand',
      publishedAt: iso(start),
      ...(o.text ? { text: o.text(p) } : {}),
    })),
    snapshots: Array.from({ length: posts * per }, (_, i) => {
      const { post, n } = at(i);
      return {
        platform: 'x',
        postId: String(100 + post),
        capturedAt: iso(start + (n + 1) * H),
        metrics: { likes: exactCount(n + 1) },
      };
    }),
  };
}
