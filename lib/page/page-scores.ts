// The scores of the posts on the page, and when to ask the background for them. Scores are asked for once a
// burst of saves is over (the sender has nothing queued): every save changes the account, so each request
// made the worker arrange all of it again (22 requests for 1,000 posts kept on a feed, before; see
// scripts/bench/scroll.bench.ts).

import type { ContentSend } from '@/lib/protocol/messages';
import type { ScoreView } from '@/lib/score/view';
import type { SiteId } from '@/lib/sites/catalog';
import type { PostsOnPage } from './on-page';
import type { SnapshotSender } from './snapshot-sender';

/** Posts scored per request (the background's limit). */
const MAX_SCORED = 500;

/** Asks for scores in turns of MAX_SCORED; `map` holds every score known. */
export interface PageScores {
  readonly map: Map<string, ScoreView>;
  /** Why the last request failed; null once one succeeds. */
  error: string | null;
  /** A post saved: scored at the next request. */
  saved(id: string): void;
  /**
   * Scores the posts saved since the last request and any shown still without a score (PostsOnPage.toScore),
   * but not those still being saved. Everyone else's score moves slowly as the baseline grows: those are
   * refreshed on a timer (`all`, the last MAX_SCORED), not every batch. More than a request's worth is asked
   * in turns: the worker reuses its arrangement while nothing is saved.
   */
  refresh(all?: boolean): Promise<void>;
}

/**
 * A closure with positional parameters, not a class with an options object: the minifier shortens these
 * names, and every byte of lib/page is in each of the ten site scripts.
 * @param sender tells whether a post's snapshot is still being saved: the worker would not find it yet.
 */
export function pageScores(
  send: ContentSend,
  site: SiteId,
  onPage: PostsOnPage,
  sender: Pick<SnapshotSender, 'isPending'>,
  render: (id: string) => void,
): PageScores {
  const map = new Map<string, ScoreView>();
  let saved = new Set<string>();
  // Named, not `this`: a refresh passed on as a callback still records its error.
  const scores: PageScores = {
    map,
    error: null,
    saved: (id) => void saved.add(id),
    async refresh(all = false) {
      const fresh = saved;
      saved = new Set();
      const known = (id: string) => map.has(id) || sender.isPending(id);
      const ids = onPage.toScore(known, fresh, all, all ? MAX_SCORED : Infinity);
      for (let i = 0; i < ids.length; i += MAX_SCORED) {
        const some = ids.slice(i, i + MAX_SCORED);
        try {
          const got = await send('getScores', { platform: site, postIds: some });
          for (const [id, s] of Object.entries(got)) map.set(id, s);
          scores.error = null;
        } catch (e) {
          scores.error = (e as Error).message;
        }
        for (const id of some) render(id);
      }
    },
  };
  return scores;
}
