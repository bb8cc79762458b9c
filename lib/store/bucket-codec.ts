// How a bucket keeps its posts (since version 5): each post's StoredPost as one JSON string. Pure.
//
// Why: a bucket of objects cost IndexedDB a structured clone of every post's dozen objects on each read
// and write. Measured in Chromium 156 (scripts/bench/store.bench.ts, a week of 168 posts): a put 1.1 ms
// and a get 1.1 ms as objects; 0.7 ms and 0.5 ms as strings. Strings also let ingest decode only the
// posts a scroll reaches and write every other post back exactly as it was read. Every value in a post
// is a string, a finite number, null, or an array or object of those, so JSON keeps it as it was.
import type { StoredPost, WeekBucket } from './records';

export const encodePost = (e: StoredPost): string => JSON.stringify({ post: e.post, points: e.points });

export const decodePost = (raw: string): StoredPost => JSON.parse(raw) as StoredPost;

/** Every post of a bucket, decoded, in the bucket's order. */
export function bucketPosts(bucket: WeekBucket): StoredPost[] {
  const out: StoredPost[] = [];
  for (const raw of Object.values(bucket.posts)) out.push(decodePost(raw));
  return out;
}

/** One post of a bucket, decoded, or undefined. */
export function postIn(bucket: WeekBucket | undefined, key: string): StoredPost | undefined {
  const raw = bucket?.posts[key];
  return raw === undefined ? undefined : decodePost(raw);
}
