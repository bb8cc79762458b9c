// Reading every snapshot an export writes, in [post, capturedAt] order, a batch at a time, with the next
// batches already asked for. The key space is cut where posts start, into spans of about BATCH rows by
// the posts' own counts, so each span's bounds are known before any of it is read: two spans are read
// ahead while one is written. One request ahead left IndexedDB idle while each batch was decoded; a
// million rows through the dashboard took 1.3–1.4× a raw paged read (scripts/bench/dashboard-export.ts).
import type { PostRecord, ResonanceDB, SnapshotRecord } from '@/lib/store/records';

/** Rows a span is cut at, by the posts' counts. */
export const BATCH = 5000;
/** Spans being read while one is written. */
const AHEAD = 2;

export function checkAbort(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
}

/**
 * The store's whole key space, cut before the first key of a post once the posts before it hold about
 * BATCH rows. `[key]` sorts before every `[key, time]`, so the spans meet without a gap: a row whose post
 * is not listed (whatever its key) still falls in one of them.
 */
function wholeSpans(posts: readonly PostRecord[], batch = BATCH): IDBKeyRange[] {
  const spans: IDBKeyRange[] = [];
  // Posts come sorted by key (postsInScope), as IndexedDB orders strings.
  let from = '';
  let rows = 0;
  for (const p of posts) {
    if (rows >= batch && p.key > from) {
      spans.push(IDBKeyRange.bound([from], [p.key], false, true));
      from = p.key;
      rows = 0;
    }
    rows += p.snapshots;
  }
  spans.push(IDBKeyRange.lowerBound([from]));
  return spans;
}

/** One post's rows. */
const postSpan = (p: PostRecord) => IDBKeyRange.bound([p.key, -Infinity], [p.key, Infinity]);

interface Read {
  rows: SnapshotRecord[];
  /** The rest of the span, when it held more than one request reads. */
  rest: IDBKeyRange | null;
}

/** Reads a span, `limit` rows at most: a span whose counts were short is read on in more requests. */
async function readSpan(db: ResonanceDB, span: IDBKeyRange, limit: number): Promise<Read> {
  const rows = await db.getAll('snapshots', span, limit);
  if (rows.length < limit) return { rows, rest: null };
  const last = rows[rows.length - 1]!;
  const after = [last.post, last.capturedAt];
  const rest =
    span.upper === undefined
      ? IDBKeyRange.lowerBound(after, true)
      : IDBKeyRange.bound(after, span.upper, true, span.upperOpen);
  return { rows, rest };
}

/**
 * Calls `each` with every snapshot in scope, in [post, capturedAt] order, a batch at a time: the whole
 * store when `whole` (every account in scope), else each post's own rows.
 */
export async function eachSnapshotBatch(
  db: ResonanceDB,
  posts: readonly PostRecord[],
  whole: boolean,
  each: (rows: SnapshotRecord[]) => void,
  signal?: AbortSignal,
  /** Rows a span is cut at (tests make it small). */
  batch = BATCH,
): Promise<void> {
  const spans = whole ? wholeSpans(posts, batch) : posts.map(postSpan);
  const read = (span: IDBKeyRange) => readSpan(db, span, 2 * batch);
  const reads: Promise<Read>[] = [];
  let next = 0;
  const askAhead = () => {
    while (reads.length < AHEAD && next < spans.length) reads.push(read(spans[next++]!));
  };
  askAhead();
  try {
    while (reads.length) {
      checkAbort(signal);
      const { rows, rest } = await reads.shift()!;
      // The rest of a span comes before the spans after it.
      if (rest) reads.unshift(read(rest));
      askAhead();
      if (rows.length) each(rows);
    }
  } finally {
    // Reads asked ahead and no longer wanted (cancelled, or `each` threw) are let go quietly.
    for (const r of reads) r.catch(() => {});
  }
}
