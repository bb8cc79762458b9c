// What ingest remembers between flushes: recent posts, which posts' derived records lag, which buckets it
// holds whole, and how many markers the store has. Only what a committed transaction wrote or read goes in.
import { summaryOf } from '@/lib/store/buckets';
import type { Derived } from '@/lib/store/rebuild';
import type { SummaryRecord } from '@/lib/store/records';
import type { Peak } from './drops';
import { PostCache } from './post-cache';

export class IngestState {
  readonly cache = new PostCache();
  readonly dirty = new Set<string>();
  /** Each recent post's highest counts so far, for flagging drops without rescanning its points. */
  readonly peaks = new Map<string, Peak>();
  /** Whether each account is tracked, as last read; cleared when tracking changes. */
  readonly tracked = new Map<string, boolean>();
  /** Posts read from the store while their stored records lagged: rebuilt from snapshots, never trusted. */
  readonly stale = new Set<string>();
  /**
   * The posts each bucket holds in the store, in its order, for buckets read or written whole: with every one
   * of them in the cache, a settle writes the bucket without reading it first (write.ts, settle.ts).
   */
  readonly held = new Map<string, string[]>();
  /** Posts a marker in the store names (their records may lag), so a flush need not name them again. */
  readonly covered = new Set<string>();
  dirtyLoaded = false;
  /** Markers in the store, as this memory knows them (null: not known, they are read). */
  markers: number | null = null;
  /** The store's history generation when this memory was built (rebuild.ts GENERATION_KEY). */
  generation: unknown = undefined;

  /** Fresh curves of posts whose stored bucket lags, for scoring before they are written. */
  overlay(account: string): SummaryRecord[] {
    return this.lagging(account).flatMap((d) => summaryOf(d) ?? []);
  }

  /**
   * One account's posts whose stored bucket lags, as memory holds them. Each change to a post replaces its
   * entry, so an entry seen before is unchanged.
   */
  lagging(account: string): Derived[] {
    const out: Derived[] = [];
    for (const k of this.dirty) {
      const d = this.cache.get(k);
      if (d && d.post.account === account) out.push(d);
    }
    return out;
  }
}
