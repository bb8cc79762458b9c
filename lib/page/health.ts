// Whether a page is being read, and if not why, from what the content script saw. Pure: the content
// script, `npm run extract` and the tests all judge a page the same way.
import type { PageHealth } from '@/lib/protocol/health';
import type { PageKind } from '@/lib/sites/types';

/** How long a page may take to render its first posts before their absence means something. */
export const RENDER_GRACE_MS = 8000;

export interface PageSeen {
  kind: PageKind;
  feedFound: boolean;
  /** Post containers found on the page. */
  found: number;
  readable: number;
  /** Readable posts by tracked accounts. */
  own: number;
  /** The reason the first unreadable post gave. */
  firstProblem?: string;
  /** Things that look like posts by a looser sign than the container (the adapter's `postSigns`). */
  signs: number;
  /** Since the page, or its last in-page navigation, started. */
  waitedMs: number;
}

export function assessHealth(s: PageSeen): PageHealth {
  // Posts read are a reading, whatever the page kind says (a tab the adapter thought had none).
  if (s.readable > 0)
    return { state: 'reading', posts: s.found, own: s.own, unreadable: s.found - s.readable };
  if (!s.kind.posts) return { state: 'no-posts', why: s.kind.why };
  if (s.found > 0)
    return {
      state: 'broken',
      why: `posts were found but none could be read: ${s.firstProblem ?? 'no reason given'}`,
    };
  // Links to posts are on the page, but no post container holds them: the containers were renamed.
  if (s.signs > 0) return { state: 'broken', why: 'no post container found' };
  if (s.waitedMs < RENDER_GRACE_MS) return { state: 'starting' };
  if (s.kind.single)
    return {
      state: 'broken',
      why: 'the post this address names was not found (deleted, or the site changed)',
    };
  if (!s.feedFound) return { state: 'broken', why: 'no feed container found' };
  return { state: 'no-posts', why: 'No posts on this page yet.' };
}
