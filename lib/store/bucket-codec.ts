// How a bucket keeps its posts (since version 6): each post's StoredPost as one JSON array. Pure.
//
// Why strings (version 5): a bucket of objects cost IndexedDB a structured clone of every post's dozen
// objects on each read and write. Measured in Chromium 156 (scripts/bench/store.bench.ts, a week of 168
// posts): a put 1.1 ms and a get 1.1 ms as objects; 0.7 ms and 0.5 ms as strings. Strings also let ingest
// decode only the posts a scroll reaches and write every other post back exactly as it was read.
//
// Why arrays (version 6): as a JSON object a post repeated its field names and spelt every exact count
// `{"value":13,"min":13,"max":13}`: 534 characters for a post seen twice. As an array with exact counts
// as plain numbers it is 226, encoded and decoded about 1.5× as fast (Node 20, 10,000 posts). A restarted
// worker's visit reads and settles two or three whole buckets: realistic visits went from a median of
// 0.82 (runs 0.78–0.87) to 0.88 (0.82–0.88) of a raw put (scripts/bench/store.bench.ts, 8 runs each,
// the two layouts alternating on one machine).
//
// Layout: [key, platform, id, account, author, url, publishedAt, firstSeenAt, lastSeenAt, snapshots,
// format or null, counts, points, rest], where counts has one entry per METRICS name (the order points
// already use, lib/store/points.ts): null when not shown, a number when exact, else [value, min, max];
// rest holds every other field of the record (publishedPrecision, text, tags) under its own name.
import { type Count, METRICS, type Metrics } from '@/lib/core/metrics';
import type { PostRecord, StoredPost, WeekBucket } from './records';

type EncodedCount = number | [number, number, number | null] | null;

const encodeCount = (c: Count | undefined): EncodedCount =>
  c === undefined ? null : c.min === c.value && c.max === c.value ? c.value : [c.value, c.min, c.max];

export function encodePost(e: StoredPost): string {
  const {
    key,
    platform,
    id,
    account,
    author,
    url,
    publishedAt,
    firstSeenAt,
    lastSeenAt,
    snapshots,
    format,
    latest,
    ...rest
  } = e.post;
  const counts = METRICS.map((m) => encodeCount(latest[m]));
  return JSON.stringify([
    key,
    platform,
    id,
    account,
    author,
    url,
    publishedAt,
    firstSeenAt,
    lastSeenAt,
    snapshots,
    format ?? null,
    counts,
    e.points,
    rest,
  ]);
}

export function decodePost(raw: string): StoredPost {
  const a = JSON.parse(raw) as unknown[];
  // A string of another layout (an object) would decode to nonsense: it is refused instead.
  if (!Array.isArray(a) || a.length !== 14) throw new TypeError('Not a stored post');
  const [key, platform, id, account, author, url, publishedAt, firstSeenAt, lastSeenAt, snapshots] = a;
  const counts = a[11] as EncodedCount[];
  const latest: Metrics = {};
  for (let i = 0; i < METRICS.length; i++) {
    const c = counts[i];
    if (typeof c === 'number') latest[METRICS[i]!] = { value: c, min: c, max: c };
    else if (c) latest[METRICS[i]!] = { value: c[0], min: c[1], max: c[2] };
  }
  const post = {
    key,
    platform,
    id,
    account,
    author,
    url,
    publishedAt,
    firstSeenAt,
    lastSeenAt,
    latest,
    snapshots,
    ...(a[13] as object),
  } as PostRecord;
  if (a[10] !== null) post.format = a[10] as PostRecord['format'];
  return { post, points: a[12] as StoredPost['points'] };
}

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
