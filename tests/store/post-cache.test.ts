// The worker's memory of posts: which account a post is stored under is told without decoding the post
// and without keeping it from being let go.
import { describe, expect, it } from 'vitest';
import { PostCache } from '@/lib/store/ingest/post-cache';
import type { Derived } from '@/lib/store/rebuild';

const decoded = (account: string) => ({ post: { account } }) as unknown as Derived;

describe('PostCache.account', () => {
  it('is the account of a decoded post, or of the bucket an encoded one was read with, undecoded', () => {
    const cache = new PostCache();
    cache.set('x:1', decoded('x:brand'));
    // Not JSON: decoding it would throw, so an answer proves it was not decoded.
    cache.setEncoded('x:2', { raw: '{not json', bucket: ['x:other', 2900] });
    cache.set('x:3', undefined);
    expect(cache.account('x:1')).toBe('x:brand');
    expect(cache.account('x:2')).toBe('x:other');
    expect(cache.account('x:3')).toBeUndefined();
    expect(cache.account('x:4')).toBeUndefined();
    expect(() => cache.peek('x:2')).toThrow();
  });

  it('does not mark the post as used: the least recently used still goes first', () => {
    const cache = new PostCache(2);
    cache.set('x:1', decoded('x:brand'));
    cache.set('x:2', decoded('x:brand'));
    cache.account('x:1');
    cache.set('x:3', decoded('x:brand'));
    expect([cache.has('x:1'), cache.has('x:2'), cache.has('x:3')]).toEqual([false, true, true]);
    // Whereas reading it does.
    cache.get('x:2');
    cache.set('x:4', decoded('x:brand'));
    expect([cache.has('x:2'), cache.has('x:3')]).toEqual([true, false]);
  });
});
