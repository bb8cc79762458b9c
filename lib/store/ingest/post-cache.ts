// The worker's memory of the posts it wrote or read last, so a post seen again is not read back from the
// store. A post read with its bucket is kept as the bucket stored it (bucket-codec.ts) and decoded only
// when asked for: a scroll reaches some of a bucket's posts, and a settle writes the others back as stored.
import { decodePost } from '@/lib/store/bucket-codec';
import type { Encoded } from '@/lib/store/buckets';
import type { Derived } from '@/lib/store/rebuild';

/** A post's derived records, or undefined for a post known not to be stored. */
export type CachedPost = Derived | undefined;

/**
 * An entry: the post decoded (`d`), its encoding as stored (`raw`), or both. Every change to a post sets
 * a new entry, so `raw` is always what the store holds for the entry it sits with.
 */
interface Slot {
  d?: Derived;
  raw?: string;
  bucket?: Encoded['bucket'];
}

export class PostCache {
  private readonly map = new Map<string, Slot | undefined>();
  constructor(private readonly limit = 5000) {}
  has(key: string): boolean {
    return this.map.has(key);
  }
  get(key: string): CachedPost {
    const v = this.map.get(key);
    if (v) {
      // Least recently used goes first: re-insert to mark as fresh.
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v && this.open(v);
  }
  /** The entry, leaving its place in the eviction order as it is. */
  peek(key: string): CachedPost {
    const v = this.map.get(key);
    return v && this.open(v);
  }
  /**
   * The account a post is stored under, when memory has it: from its bucket's key, without decoding the
   * post or marking it used (the worker asks this of every post a page wants scored).
   */
  account(key: string): string | undefined {
    const v = this.map.get(key);
    return v?.d?.post.account ?? v?.bucket?.[0];
  }
  /** The post's encoding as its bucket stores it, when memory has it, without decoding anything. */
  stored(key: string): string | undefined {
    return this.map.get(key)?.raw;
  }
  /** `raw`: the post's encoding in its bucket, when `v` is exactly what the store now holds. */
  set(key: string, v: CachedPost, raw?: string): void {
    this.put(key, v && { d: v, raw });
  }
  /** A post as read with its bucket, decoded when first asked for. */
  setEncoded(key: string, e: Encoded): void {
    this.put(key, { raw: e.raw, bucket: e.bucket });
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }

  private put(key: string, slot: Slot | undefined): void {
    this.map.delete(key);
    this.map.set(key, slot);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
  }

  private open(slot: Slot): Derived {
    slot.d ??= { ...decodePost(slot.raw!), bucket: slot.bucket!, indexed: true };
    return slot.d;
  }
}
