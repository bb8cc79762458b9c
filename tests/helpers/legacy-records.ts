// Records as earlier versions of the store wrote them, for upgrade tests (Node and Chromium alike).
import { exactCount } from '@/lib/core/metrics';

/** A post record as versions 1 and 2 stored it, in their own posts store. */
export const legacyPost = (
  id: string,
  publishedAt: number | null,
  o: { seenAt: number; lastSeenAt?: number; snapshots?: number; likes?: number },
) => ({
  key: `x:${id}`,
  platform: 'x' as const,
  id,
  account: 'x:brand',
  author: 'Brand',
  url: `https://x.com/Brand/status/${id}`,
  publishedAt,
  firstSeenAt: o.seenAt,
  lastSeenAt: o.lastSeenAt ?? o.seenAt,
  latest: { likes: exactCount(o.likes ?? 5) },
  snapshots: o.snapshots ?? 1,
});

/** The tracked account every upgrade test writes, as version 1 stored it. */
export const legacyAccount = (at: number) => ({
  key: 'x:brand',
  platform: 'x' as const,
  handle: 'brand',
  display: 'Brand',
  tracked: true,
  source: 'logged-in' as const,
  createdAt: at,
  updatedAt: at,
});
