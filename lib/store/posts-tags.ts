// A post's tags (what it tries, for the insights' experiments), kept on its record in its week bucket.
// Only the worker writes them, inside the ingest queue's write chain (lib/background/page-handlers.ts).
import { abandon } from './abort';
import { type ReadTx, readLocated, type WriteTx, writeLocated } from './buckets';
import { bumpGeneration } from './rebuild';
import type { PostRecord, ResonanceDB } from './records';

/** The post's tags ([] when it has none); null when the store holds no such post. */
export async function readPostTags(db: ResonanceDB, key: string): Promise<string[] | null> {
  const tx = db.transaction(['postBuckets', 'buckets']);
  const found = (await readLocated(tx as unknown as ReadTx, [key])).get(key);
  return found ? (found.post.tags ?? []) : null;
}

/**
 * Replaces the post's tags (checked: lib/protocol/checks/tags.ts) in one transaction; [] removes them.
 * Returns the tags as stored, or null when the store holds no such post (nothing is written).
 */
export async function writePostTags(
  db: ResonanceDB,
  key: string,
  tags: readonly string[],
): Promise<string[] | null> {
  const tx = db.transaction(['postBuckets', 'buckets', 'meta'], 'readwrite');
  const found = (await readLocated(tx as unknown as ReadTx, [key])).get(key);
  if (!found) {
    await tx.done;
    return null;
  }
  const { tags: _old, ...rest } = found.post;
  const post: PostRecord = tags.length ? { ...rest, tags: [...tags] } : rest;
  try {
    await writeLocated(tx as unknown as WriteTx, [{ ...found, post }]);
    // What ingest remembers of this post predates the tags: it is read again from the store.
    await bumpGeneration(tx.objectStore('meta'));
    await tx.done;
  } catch (e) {
    await abandon(tx);
    throw e;
  }
  return post.tags ?? [];
}
