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

/** The fields every record has, in the order the array holds them; format, counts, points and rest follow. */
const PLACED = [
  'key',
  'platform',
  'id',
  'account',
  'author',
  'url',
  'publishedAt',
  'firstSeenAt',
  'lastSeenAt',
  'snapshots',
] as const satisfies readonly (keyof PostRecord)[];
const FORMAT = PLACED.length;
const LENGTH = FORMAT + 4;
/** Fields not kept in `rest`. */
const NOT_REST = new Set<string>([...PLACED, 'format', 'latest']);

const encodeCount = (c: Count | undefined): EncodedCount =>
  c === undefined ? null : c.min === c.value && c.max === c.value ? c.value : [c.value, c.min, c.max];

export function encodePost(e: StoredPost): string {
  const p = e.post;
  const out: unknown[] = PLACED.map((f) => p[f]);
  const rest: Record<string, unknown> = {};
  for (const f in p) if (!NOT_REST.has(f)) rest[f] = p[f as keyof PostRecord];
  out.push(
    p.format ?? null,
    METRICS.map((m) => encodeCount(p.latest[m])),
    e.points,
    rest,
  );
  return JSON.stringify(out);
}

export function decodePost(raw: string): StoredPost {
  const a = JSON.parse(raw) as unknown[];
  // A string of another layout (an object) would decode to nonsense: it is refused instead.
  if (!Array.isArray(a) || a.length !== LENGTH) throw new TypeError('Not a stored post');
  const post: Record<string, unknown> = {};
  for (let i = 0; i < FORMAT; i++) post[PLACED[i]!] = a[i];
  if (a[FORMAT] !== null) post.format = a[FORMAT];
  const counts = a[FORMAT + 1] as EncodedCount[];
  const latest: Metrics = {};
  for (let i = 0; i < METRICS.length; i++) {
    const c = counts[i];
    if (typeof c === 'number') latest[METRICS[i]!] = { value: c, min: c, max: c };
    else if (c) latest[METRICS[i]!] = { value: c[0], min: c[1], max: c[2] };
  }
  post.latest = latest;
  Object.assign(post, a[FORMAT + 3]);
  return { post: post as unknown as PostRecord, points: a[FORMAT + 2] as StoredPost['points'] };
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
