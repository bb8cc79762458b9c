// Post pages: the derived records of one account's posts from one week (each post's record and curve)
// live in one IndexedDB record, found through a small per-post location written once.
// Why: Chromium's IndexedDB costs tens of µs per request, much more than per byte. Measured here in
// Chromium 156: 1,000 posts written as 2,000 records (post + summary) took about 110 ms; the same data
// as 2 page records, about 15 ms. So ingest writes a few pages per flush window instead of two
// records per post, and scoring reads an account in one key range.
import type { IDBPTransaction, StoreNames } from 'idb';
import type {
  PagedPost,
  PageKey,
  PostLocation,
  PostPage,
  PostRecord,
  ResonanceDB,
  ResonanceSchema,
  SummaryRecord,
} from './db';

export const WEEK_MS = 7 * 24 * 3600e3;

/** A post with where its page is, and whether that location is stored yet. */
export interface Located extends PagedPost {
  page: PageKey;
  indexed: boolean;
}

export type ReadTx = IDBPTransaction<ResonanceSchema, StoreNames<ResonanceSchema>[], IDBTransactionMode>;
export type WriteTx = IDBPTransaction<ResonanceSchema, StoreNames<ResonanceSchema>[], 'readwrite'>;

/** The page a post is first stored in: its publication week (else first sighting), so posts scrolled together share pages. */
export function pageOf(post: PostRecord): PageKey {
  const at = post.publishedAt ?? post.firstSeenAt;
  // Times are checked on the way in; still, a NaN key would fail every settle, so it pages at week 0.
  return [post.account, Number.isFinite(at) ? Math.floor(at / WEEK_MS) : 0];
}

/** Every page of one account, as one key range. */
export const accountPages = (account: string) => IDBKeyRange.bound([account, -Infinity], [account, Infinity]);

const pageId = (k: PageKey) => `${k[1]}|${k[0]}`;

/** The post's curve for scoring; posts without a known time have none. */
export function summaryOf(e: PagedPost): SummaryRecord | undefined {
  const p = e.post;
  if (p.publishedAt === null) return undefined;
  return {
    key: p.key,
    account: p.account,
    id: p.id,
    publishedAt: p.publishedAt,
    format: p.format,
    points: e.points,
  };
}

/**
 * Where each post's page is. A batch's posts are usually one account's, published near each other, so
 * their keys are close: one range read (keys and values, at most a few more than asked for) replaces a
 * read per post. When the range holds more than that, each key is read on its own.
 */
async function locate(tx: ReadTx, keys: readonly string[]): Promise<(PostLocation | undefined)[]> {
  const store = tx.objectStore('postPages');
  if (keys.length >= 4) {
    const sorted = [...keys].sort();
    const range = IDBKeyRange.bound(sorted[0]!, sorted[sorted.length - 1]!);
    const limit = 2 * keys.length + 16;
    const [found, values] = await Promise.all([store.getAllKeys(range, limit), store.getAll(range, limit)]);
    if (found.length < limit) {
      const at = new Map(found.map((k, i) => [k, values[i]]));
      return keys.map((k) => at.get(k));
    }
  }
  return Promise.all(keys.map((k) => store.get(k)));
}

/**
 * Finds stored posts: every location in one round of reads, then each page once. Absent posts are left
 * out. The other posts on the pages read are put in `neighbours`, if given: a scroll usually reaches them next.
 */
export async function readLocated(
  tx: ReadTx,
  keys: readonly string[],
  neighbours?: Map<string, Located>,
): Promise<Map<string, Located>> {
  const out = new Map<string, Located>();
  if (!keys.length) return out;
  const locations = await locate(tx, keys);
  const pages = new Map<string, Promise<PostPage | undefined>>();
  for (const l of locations) {
    if (!l) continue;
    const id = pageId([l.account, l.week]);
    if (!pages.has(id)) pages.set(id, tx.objectStore('pages').get([l.account, l.week]));
  }
  const read = new Map<string, PostPage | undefined>();
  await Promise.all([...pages].map(async ([id, p]) => read.set(id, await p)));
  keys.forEach((key, i) => {
    const l = locations[i];
    if (!l) return;
    const e = read.get(pageId([l.account, l.week]))?.posts[key];
    if (e) out.set(key, { post: e.post, points: e.points, page: [l.account, l.week], indexed: true });
  });
  if (neighbours)
    for (const page of read.values()) {
      if (!page) continue;
      for (const [key, e] of Object.entries(page.posts))
        if (!out.has(key))
          neighbours.set(key, {
            post: e.post,
            points: e.points,
            page: [page.account, page.week],
            indexed: true,
          });
    }
  return out;
}

/**
 * Writes posts into their pages: each page read and put once, so the other posts on it are kept, and
 * the location of every post not yet indexed. Resolves when every request has succeeded.
 */
export async function writeLocated(tx: WriteTx, entries: Iterable<Located>): Promise<void> {
  const groups = new Map<string, Located[]>();
  for (const e of entries) {
    const id = pageId(e.page);
    const g = groups.get(id);
    if (g) g.push(e);
    else groups.set(id, [e]);
  }
  const pages = tx.objectStore('pages');
  const locations = tx.objectStore('postPages');
  const writes: Promise<unknown>[] = [];
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const [account, week] = group[0]!.page;
      const page: PostPage = (await pages.get([account, week])) ?? { account, week, posts: {} };
      for (const e of group) {
        page.posts[e.post.key] = { post: e.post, points: e.points };
        if (!e.indexed) writes.push(locations.put({ account, week }, e.post.key));
      }
      writes.push(pages.put(page));
    }),
  );
  await Promise.all(writes);
}

/** Every post of one account, record and curve. */
export async function accountPosts(db: ResonanceDB, account: string): Promise<PagedPost[]> {
  const pages = await db.getAll('pages', accountPages(account));
  return pages.flatMap((p) => Object.values(p.posts));
}

/** One stored post, or undefined. */
export async function findPost(db: ResonanceDB, key: string): Promise<PagedPost | undefined> {
  const tx = db.transaction(['postPages', 'pages']);
  return (await readLocated(tx as unknown as ReadTx, [key])).get(key);
}

/** Calls `each` with every stored post record, a page at a time (no page's curves are kept). */
export async function eachPostRecord(
  db: ResonanceDB,
  account: string | null,
  each: (p: PostRecord) => void,
): Promise<void> {
  // Read in chunks of pages so a whole store's curves are never in memory at once.
  let range: IDBKeyRange | null = account ? accountPages(account) : null;
  for (;;) {
    const chunk = await db.getAll('pages', range ?? undefined, 200);
    for (const page of chunk) for (const e of Object.values(page.posts)) each(e.post);
    if (chunk.length < 200) return;
    const last = chunk[chunk.length - 1]!;
    const from: PageKey = [last.account, last.week];
    range = account ? IDBKeyRange.bound(from, [account, Infinity], true) : IDBKeyRange.lowerBound(from, true);
  }
}
