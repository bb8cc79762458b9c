// Tagging a post (what it tries) is a message from Resonance's own pages only, checked field by field,
// and written by the worker, the store's one writer, into the post's record.
import { describe, expect, it } from 'vitest';
import { createBackground } from '@/lib/background/dispatch';
import { exactCount } from '@/lib/core/metrics';
import { checkTags, MAX_POST_TAGS } from '@/lib/protocol/checks/tags';
import { freshDb, snap, storedPost } from '@/tests/helpers/db';

const NOW = Date.UTC(2026, 10, 20, 12);
const H = 3600e3;
const page = { fromExtensionPage: true };
const tab = { fromExtensionPage: false };

describe('checkTags', () => {
  it('trims each tag, folds its spaces, and keeps a tag given twice in any case or spacing once, as first written', () => {
    expect(checkTags(['  Question   hook ', 'question hook', 'evening slot', 'QUESTION HOOK'])).toEqual([
      'Question hook',
      'evening slot',
    ]);
    expect(checkTags([])).toEqual([]);
  });

  it('refuses what is not a short list of one-line words, saying where', () => {
    expect(() => checkTags('question hook')).toThrow('tags must be a list');
    expect(() => checkTags(Array.from({ length: MAX_POST_TAGS + 1 }, (_, i) => `t${i}`))).toThrow(
      `tags holds more than ${MAX_POST_TAGS} entries`,
    );
    expect(() => checkTags(['ok', '   '])).toThrow('tags[1]: a tag must not be blank');
    expect(() => checkTags([''])).toThrow('tags[0]: a tag must be a non-empty string');
    expect(() => checkTags([42])).toThrow('tags[0]: a tag must be a non-empty string');
    expect(() => checkTags(['two\nlines'])).toThrow('tags[0]: a tag must be one line of text');
    expect(() => checkTags(['x'.repeat(65)])).toThrow('tags[0]: a tag is longer than 64 characters');
    expect(checkTags(['x'.repeat(64)])).toEqual(['x'.repeat(64)]);
  });
});

async function setup() {
  const db = await freshDb();
  const bg = createBackground({ db: async () => db, now: () => NOW });
  await bg.handle({ type: 'setTracking', platform: 'x', handle: 'Brand', tracked: true }, page);
  const r = await bg.handle(
    {
      type: 'recordSnapshots',
      batch: [
        snap({
          postId: '7',
          publishedAt: NOW - 30 * H,
          capturedAt: NOW - H,
          metrics: { likes: exactCount(3) },
        }),
      ],
    },
    tab,
  );
  expect(r.ok).toBe(true);
  return { ...bg, db };
}

describe('setPostTags and getPostTags', () => {
  it('are refused from a page’s content script', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'setPostTags', platform: 'x', postId: '7', tags: ['a'] }, tab)).toEqual({
      ok: false,
      error: "setPostTags is only accepted from Resonance's own pages",
    });
    expect(await handle({ type: 'getPostTags', platform: 'x', postId: '7' }, tab)).toMatchObject({
      ok: false,
    });
  });

  it('write the checked tags into a post just captured, and read them back', async () => {
    const { handle, db } = await setup();
    expect(await handle({ type: 'getPostTags', platform: 'x', postId: '7' }, page)).toEqual({
      ok: true,
      data: { tags: [] },
    });
    expect(
      await handle(
        { type: 'setPostTags', platform: 'x', postId: '7', tags: [' question  hook ', 'Question hook'] },
        page,
      ),
    ).toEqual({ ok: true, data: { tags: ['question hook'] } });
    expect((await storedPost(db, 'x:7'))?.tags).toEqual(['question hook']);
    expect(await handle({ type: 'getPostTags', platform: 'x', postId: '7' }, page)).toEqual({
      ok: true,
      data: { tags: ['question hook'] },
    });
  });

  it('refuse bad input and unknown posts with a reason, changing nothing', async () => {
    const { handle, db } = await setup();
    await handle({ type: 'setPostTags', platform: 'x', postId: '7', tags: ['kept'] }, page);
    expect(
      await handle({ type: 'setPostTags', platform: 'x', postId: '7', tags: ['a\u0000b'] }, page),
    ).toEqual({
      ok: false,
      error: 'tags[0]: a tag must be one line of text',
    });
    expect(
      await handle({ type: 'setPostTags', platform: 'myspace', postId: '7', tags: [] }, page),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('unknown site'),
    });
    expect(
      await handle({ type: 'setPostTags', platform: 'x', postId: '../7', tags: [] }, page),
    ).toMatchObject({
      ok: false,
    });
    expect(await handle({ type: 'setPostTags', platform: 'x', postId: '404', tags: ['a'] }, page)).toEqual({
      ok: false,
      error: 'this post is not saved yet: open it once while its account is tracked',
    });
    expect(await handle({ type: 'getPostTags', platform: 'x', postId: '404' }, page)).toEqual({
      ok: true,
      data: null,
    });
    expect((await storedPost(db, 'x:7'))?.tags).toEqual(['kept']);
  });
});
