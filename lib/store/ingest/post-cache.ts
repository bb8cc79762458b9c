// The worker's memory of the posts it wrote last, so a post seen again is not read back from the store.
import type { Derived } from '@/lib/store/rebuild';

/** A post's derived records, or undefined for a post known not to be stored. */
export type CachedPost = Derived | undefined;

export class PostCache {
  private readonly map = new Map<string, CachedPost>();
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
    return v;
  }
  /** The entry, leaving its place in the eviction order as it is. */
  peek(key: string): CachedPost {
    return this.map.get(key);
  }
  set(key: string, v: CachedPost): void {
    this.map.delete(key);
    this.map.set(key, v);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
}
