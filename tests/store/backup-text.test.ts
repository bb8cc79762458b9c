// A backup's posts may carry their text and the tags of what they try (docs/backup-format.md): both are
// checked, kept in the parsed backup, and a version-1 file without them stays valid.
import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { BACKUP_FORMAT, parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import { freshDb, storedPost } from '@/tests/helpers/db';

const NOW = Date.UTC(2026, 10, 20);

function file(post: Record<string, unknown> = {}) {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2026-11-20T00:00:00.000Z',
    accounts: [{ platform: 'x', handle: 'Brand', tracked: true }],
    posts: [
      {
        platform: 'x',
        id: '10',
        url: 'https://x.com/Brand/status/10',
        author: 'Brand',
        publishedAt: '2026-11-01T10:00:00.000Z',
        ...post,
      },
    ],
    snapshots: [],
  });
}

const parse = (text: string) => parseBackup(text, { now: NOW, instances: [] });

describe('a restored post', () => {
  it('keeps its text in the store, so the dashboard can search it', async () => {
    const db = await freshDb();
    const backup = parse(file({ text: 'Spring blend is back #coffee' }));
    backup.snapshots.push({
      platform: 'x',
      postId: '10',
      capturedAt: NOW - 3600e3,
      metrics: { likes: exactCount(4) },
    });
    await restoreBackup(db, backup, { dryRun: false, now: NOW });
    expect((await storedPost(db, 'x:10'))?.text).toBe('Spring blend is back #coffee');
  });
});

describe('post text and tags in a backup', () => {
  it('reads a version-1 file without them, adding neither', () => {
    const [post] = parse(file()).posts;
    expect(post).not.toHaveProperty('text');
    expect(post).not.toHaveProperty('tags');
  });

  it('keeps the text as it is, markup included, as plain text', () => {
    const text = 'New roast <img src=x onerror="alert(1)"> & more\nhttps://lumen.example #coffee';
    expect(parse(file({ text })).posts[0]!.text).toBe(text);
  });

  it('keeps tags trimmed, each once, in order', () => {
    const tags = [' question hook ', 'posted at 7am', 'question hook'];
    expect(parse(file({ tags })).posts[0]!.tags).toEqual(['question hook', 'posted at 7am']);
  });

  it('reads an empty text, an empty tag list or null as none', () => {
    for (const post of [
      { text: '', tags: [] },
      { text: null, tags: null },
    ]) {
      const [p] = parse(file(post)).posts;
      expect(p).not.toHaveProperty('text');
      expect(p).not.toHaveProperty('tags');
    }
  });

  it('counts characters as people do: 5,000 emoji pass, 5,001 do not', () => {
    const emoji = '😀'.repeat(5000);
    expect(parse(file({ text: emoji })).posts[0]!.text).toBe(emoji);
    expect(() => parse(file({ text: `${emoji}😀` }))).toThrow(
      /posts\[0\]: text is longer than 5000 characters/,
    );
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['text that is not a string', { text: 42 }, /posts\[0\]: text must be a string/],
    ['tags that are not a list', { tags: 'hook' }, /posts\[0\]: tags must be a list/],
    ['too many tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, /tags holds more than 20/],
    ['a tag that is not text', { tags: [3] }, /posts\[0\]: tags\[0\]: a tag must be a non-empty string/],
    ['a blank tag', { tags: ['ok', '   '] }, /posts\[0\]: tags\[1\]: a tag must not be blank/],
    ['a tag of two lines', { tags: ['a\nb'] }, /tags\[0\]: a tag must be one line of text/],
    ['a long tag', { tags: ['x'.repeat(65)] }, /tags\[0\]: a tag is longer than 64 characters/],
  ])('refuses %s, naming where', (_name, post, reason) => {
    expect(() => parse(file(post))).toThrow(reason);
  });
});
