// How a restore cuts its file: whole posts' histories per chunk, each chunk sized by the pace of the one
// before, so a tab's save waits behind a chunk about CHUNK_AIM_MS on any machine. Pure: no database.
import { postKey } from '@/lib/store/records';
import type { Backup } from './format';

type Snapshot = Backup['snapshots'][number];

/**
 * The first chunk's size, in snapshots. Here a chunk of 1,000 took 0.6-1.2 s while the store held
 * 30,000-100,000 (the store bench's restore), and 2,000 made a tab's save wait 3.4 s.
 */
export const RESTORE_CHUNK = 1_000;

/**
 * How long one chunk's transaction is aimed to take. The store bench's restore on 30,000 snapshots: fixed
 * chunks of 500 (0.4-0.5 s each) kept 0.66-0.72 of a raw bulk put's speed, 1,000 (0.7 s) 0.85. Paced to
 * it, restoring 100,000 kept 0.85 (fixed 1,000: 1.01) and a tab's longest save waited 0.9 s (1.2 s).
 */
export const CHUNK_AIM_MS = 500;

/** Bounds of a chunk: below, the transactions' own cost dominates; above, one chunk holds too much memory. */
const CHUNK_MIN = 100;
const CHUNK_MAX = 20_000;

/**
 * The size of the next chunk, from the last one's: scaled to take CHUNK_AIM_MS at its pace, at most doubled
 * (a chunk of duplicates only is quick and says little about the next), within the bounds.
 */
export function nextChunkSize(size: number, tookMs: number): number {
  const aimed = tookMs > 0 ? (size * CHUNK_AIM_MS) / tookMs : Number.POSITIVE_INFINITY;
  return Math.round(Math.max(CHUNK_MIN, Math.min(CHUNK_MAX, size * 2, aimed)));
}

/** The file's snapshots grouped by post, each post's history one list, posts in order of first appearance. */
export function historiesByPost(snapshots: readonly Snapshot[]): Snapshot[][] {
  const byPost = new Map<string, Snapshot[]>();
  for (const s of snapshots) {
    const key = postKey(s.platform, s.postId);
    const list = byPost.get(key);
    if (list) list.push(s);
    else byPost.set(key, [s]);
  }
  return [...byPost.values()];
}

/**
 * The chunk starting at history `from`: whole histories up to about `size` snapshots (one history longer
 * than `size` makes a chunk of its own). `next` is the history the following chunk starts at.
 */
export function takeChunk(
  histories: readonly Snapshot[][],
  from: number,
  size: number,
): { chunk: Snapshot[]; next: number } {
  const chunk: Snapshot[] = [];
  let next = from;
  while (next < histories.length) {
    const list = histories[next] as Snapshot[];
    if (chunk.length && chunk.length + list.length > size) break;
    chunk.push(...list);
    next++;
  }
  return { chunk, next };
}
