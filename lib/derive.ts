// Derived records: a post's record (latest counts, first/last seen, snapshot count) and its summary
// are always recomputable from its snapshots, which are the truth. Ingest writes snapshots at once and
// the derived records behind it; restore and retention rebuild them the same way.
import type { IDBPTransaction } from 'idb';
import type { PostRecord, ResonanceDB, ResonanceSchema, SummaryRecord } from './db';
import { buildSummary } from './summary';

type DeriveTx = IDBPTransaction<ResonanceSchema, ('posts' | 'snapshots' | 'summaries')[], 'readwrite'>;

export interface Derived {
  post: PostRecord;
  summary?: SummaryRecord;
}

/** Recomputes the given posts from their stored snapshots inside `tx`; posts that no longer exist are skipped. */
export async function rebuildInTx(tx: DeriveTx, keys: Iterable<string>): Promise<Map<string, Derived>> {
  const list = [...keys];
  const posts = tx.objectStore('posts');
  const summaries = tx.objectStore('summaries');
  const [records, histories] = await Promise.all([
    Promise.all(list.map((k) => posts.get(k))),
    Promise.all(
      list.map((k) => tx.objectStore('snapshots').getAll(IDBKeyRange.bound([k, -Infinity], [k, Infinity]))),
    ),
  ]);
  const out = new Map<string, Derived>();
  const writes: Promise<unknown>[] = [];
  list.forEach((key, i) => {
    const post = records[i];
    const rows = histories[i]!;
    if (!post || rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    const updated: PostRecord = {
      ...post,
      firstSeenAt: rows[0]!.capturedAt,
      lastSeenAt: last.capturedAt,
      latest: last.metrics,
      snapshots: rows.length,
    };
    writes.push(posts.put(updated));
    const summary = updated.publishedAt === null ? undefined : buildSummary(updated, rows);
    if (summary) writes.push(summaries.put(summary));
    out.set(key, { post: updated, summary });
  });
  await Promise.all(writes);
  return out;
}

/**
 * Posts whose derived records lag their snapshots are listed in the meta store, one small marker per
 * flush (`dirty:<id>` → post keys), so a stopped worker's successor knows what to rebuild.
 */
export const DIRTY_PREFIX = 'dirty:';

/**
 * Bumped by every writer of history other than ingest (restore, deletion, retention), inside its own
 * transaction, so ingest knows when what it remembers of the store may be out of date.
 */
export const GENERATION_KEY = 'generation';

type MetaStore = { put(value: unknown, key: string): Promise<unknown> };
export function bumpGeneration(meta: MetaStore): Promise<unknown> {
  return meta.put(`${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`, GENERATION_KEY);
}
export const dirtyRange = () => IDBKeyRange.bound(DIRTY_PREFIX, `${DIRTY_PREFIX}\uffff`);

let markerSeq = 0;
export const newDirtyMarker = () =>
  `${DIRTY_PREFIX}${Date.now().toString(36)}-${(markerSeq++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Writes the derived records of `keys` and of every post a marker lists, then drops the markers, in one
 * transaction. `known` holds records computed in memory from what was committed; the others (after a
 * restart, or after history changed elsewhere) are rebuilt from their snapshots.
 */
export async function settlePosts(
  db: ResonanceDB,
  keys: Iterable<string>,
  known: ReadonlyMap<string, Derived> = new Map(),
  generation?: unknown,
): Promise<{ settled: string[]; derived: Map<string, Derived>; generation: unknown }> {
  const tx = db.transaction(['posts', 'snapshots', 'summaries', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  const [markers, current] = await Promise.all([
    meta.getAll(dirtyRange()) as Promise<unknown[]>,
    meta.get(GENERATION_KEY),
  ]);
  const all = new Set(keys);
  for (const list of markers) if (Array.isArray(list)) for (const k of list as string[]) all.add(k);
  // Records from memory are written only if nothing else wrote history since they were read (a restore,
  // a deletion, retention: each bumps the generation); otherwise every post is rebuilt from the store.
  const trustMemory = current === generation;
  const writes: Promise<unknown>[] = [];
  const derived = new Map<string, Derived>();
  for (const k of all) {
    const d = trustMemory ? known.get(k) : undefined;
    if (!d) continue;
    writes.push(tx.objectStore('posts').put(d.post));
    if (d.summary) writes.push(tx.objectStore('summaries').put(d.summary));
    derived.set(k, d);
  }
  const rebuilt = await rebuildInTx(
    tx as unknown as DeriveTx,
    [...all].filter((k) => !derived.has(k)),
  );
  for (const [k, d] of rebuilt) derived.set(k, d);
  writes.push(meta.delete(dirtyRange()));
  await Promise.all([...writes, tx.done]);
  return { settled: [...all], derived, generation: current };
}
