import { useSignal } from '@preact/signals';
import type { HistoryPost } from './api';
import { HistoryRow } from './HistoryRow';

/** Rows rendered at first and added per "show more": a brand's year of posts stays quick to open. */
export const PAGE_SIZE = 50;

/** Newest first; posts without a known time go last, in the order given. */
export function newestFirst(posts: readonly HistoryPost[]): HistoryPost[] {
  return posts
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (b.p.publishedAt ?? -Infinity) - (a.p.publishedAt ?? -Infinity) || a.i - b.i)
    .map(({ p }) => p);
}

/** One account's posts, newest first, each with its latest numbers, score and curve. */
export function HistoryTable({ posts, now }: { posts: HistoryPost[] | null; now: number }) {
  const shown = useSignal(PAGE_SIZE);
  if (posts === null) return <p class="empty">Loading history…</p>;
  if (posts.length === 0) {
    return (
      <p class="empty">
        No posts saved for this account yet. Scroll its profile on the site while it is tracked: each post
        seen is saved, and seen again later to draw its curve.
      </p>
    );
  }
  const sorted = newestFirst(posts);
  const visible = sorted.slice(0, shown.value);
  const rest = sorted.length - visible.length;
  return (
    <>
      <div class="table-scroll">
        <table class="history">
          <caption class="visually-hidden">
            Posts, newest first. Scores compare each post with this account’s usual at the same age.
          </caption>
          <thead>
            <tr>
              <th scope="col">Published</th>
              <th scope="col">Format</th>
              <th scope="col">Latest numbers</th>
              <th scope="col">Score</th>
              <th scope="col" class="num">
                Snapshots
              </th>
              <th scope="col">Interactions by age</th>
              <th scope="col">
                <span class="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          {visible.map((p) => (
            <HistoryRow key={`${p.platform}:${p.id}`} post={p} now={now} />
          ))}
        </table>
      </div>
      <p class="muted">
        Showing {visible.length} of {sorted.length} posts.{' '}
        {rest > 0 ? (
          <button type="button" onClick={() => (shown.value += PAGE_SIZE)}>
            Show {Math.min(rest, PAGE_SIZE)} more
          </button>
        ) : null}
      </p>
    </>
  );
}
