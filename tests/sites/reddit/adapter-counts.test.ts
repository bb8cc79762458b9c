// The Reddit adapter's counts: shown only as text in other languages, new Reddit's attributes and shadow root
// (with the post's time, id and format), and old Reddit's vote column.
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '@/lib/sites/types';
import { LISTING, newPage, OLD, oldPage, readFirst, shreddit, thing, useCleanup } from './harness';

const exact = (n: number) => ({ value: n, min: n, max: n });
const vote = (inner: string) =>
  `<span data-post-click-location="vote"><button upvote=""></button>${inner}</span>`;
const commentsButton = (inner: string) =>
  `<button name="comments-action-button" type="button">${inner}</button>`;
const metricsOf = (r: ReadResult) => (r.ok ? r.post.metrics : r.problem.reason);

useCleanup();

describe('counts shown only as text, in other languages', () => {
  // As if Reddit dropped the attributes: the shadow root's compact numbers, and old Reddit's vote column text.
  // [language, score as drawn, comment count as drawn, old Reddit's comments link, the score's reading]
  const cases: [string, string, string, string, { value: number; min: number; max: number }][] = [
    ['en', '1.2K', '1,234', '1,234 comments', { value: 1225, min: 1150, max: 1299 }],
    ['de', '1,2 Mio.', '1234', '1.234 Kommentare', { value: 1225000, min: 1150000, max: 1299999 }],
    ['de', '12.345', '1234', '1.234 Kommentare', exact(12345)],
    ['fr', '1,2\u00a0k', '1\u202f234', '1\u202f234 commentaires', { value: 1225, min: 1150, max: 1299 }],
    ['es', '1,2\u00a0mil', '1234', '1234 comentarios', { value: 1225, min: 1150, max: 1299 }],
    ['ja', '1.2万', '1234', '1234件のコメント', { value: 12250, min: 11500, max: 12999 }],
  ];

  it.each(cases)(
    'new Reddit in %s: "%s" is read as the range it stands for',
    (lang, score, count, _link, want) => {
      const post = shreddit({
        attrs: { score: null, 'comment-count': null },
        shadow: `${vote(`<span><faceplate-number pretty="">${score}</faceplate-number></span>`)}${commentsButton(`<faceplate-number pretty="">${count}</faceplate-number>`)}`,
      });
      const r = readFirst(newPage(post, lang), LISTING, lang);
      expect(metricsOf(r)).toEqual({ likes: want, comments: exact(1234) });
    },
  );

  it.each(cases)(
    'old Reddit in %s: "%s" is read as the range it stands for',
    (lang, score, _count, comments, want) => {
      const midcol = `<div class="midcol unvoted"><div class="score unvoted">${score}</div></div>`;
      const html = oldPage(
        thing({ attrs: { 'data-score': null, 'data-comments-count': null }, midcol, comments }),
        lang,
      );
      expect(metricsOf(readFirst(html, OLD, lang))).toEqual({ likes: want, comments: exact(1234) });
    },
  );
});

describe('new Reddit’s numbers', () => {
  it('prefers the attributes, exact, over any number drawn', () => {
    const post = shreddit({ shadow: vote('<faceplate-number number="9">9</faceplate-number>') });
    expect(metricsOf(readFirst(newPage(post)))).toEqual({ likes: exact(1284), comments: exact(96) });
  });

  it('takes a missing count from the shadow root’s faceplate-number[number], exact', () => {
    const post = shreddit({
      attrs: { score: null, 'comment-count': null },
      shadow: `${vote('<span><faceplate-number pretty="" number="1284">1.3K</faceplate-number></span>')}${commentsButton('<faceplate-number number="96">96</faceplate-number>')}`,
    });
    expect(metricsOf(readFirst(newPage(post)))).toEqual({ likes: exact(1284), comments: exact(96) });
  });

  it('leaves a hidden score out ("Vote", no number), even beside a score attribute, and keeps the comments', () => {
    const post = shreddit({ shadow: vote('<span>Vote</span>') });
    expect(metricsOf(readFirst(newPage(post)))).toEqual({ comments: exact(96) });
  });

  it('reads a post with no shadow root from its attributes alone', () => {
    expect(metricsOf(readFirst(newPage(shreddit())))).toEqual({ likes: exact(1284), comments: exact(96) });
  });

  it('makes a post unreadable when a count shown can’t be read, never a zero', () => {
    expect(metricsOf(readFirst(newPage(shreddit({ attrs: { score: '-' } }))))).toBe(
      "the score shown can't be read",
    );
    expect(metricsOf(readFirst(newPage(shreddit({ attrs: { 'comment-count': '1.2k' } }))))).toBe(
      "the comment count shown can't be read",
    );
  });

  it('takes the time from the post’s own header when the attribute is missing, never a crosspost card’s', () => {
    const card =
      '<div slot="post-media-container"><div class="crosspost-credit-bar"><faceplate-timeago ts="2025-01-01T00:00:00.000000+0000"></faceplate-timeago></div></div>';
    const bar =
      '<span slot="credit-bar"><faceplate-timeago ts="2026-11-19T10:00:00.500000+0000"></faceplate-timeago></span>';
    const withBar = readFirst(newPage(shreddit({ attrs: { 'created-timestamp': null }, light: card + bar })));
    expect(withBar.ok && withBar.post.publishedAt).toBe(Date.parse('2026-11-19T10:00:00.500Z'));
    const cardOnly = readFirst(newPage(shreddit({ attrs: { 'created-timestamp': null }, light: card })));
    expect(cardOnly.ok && cardOnly.post.publishedAt).toBeNull();
  });

  it('refuses an id or a link that is not this post’s', () => {
    const other = readFirst(newPage(shreddit({ attrs: { permalink: '/r/Coffee/comments/1qzzzzz/other/' } })));
    expect(!other.ok && other.problem).toMatchObject({
      id: 't3_1r2lmn0',
      reason: expect.stringContaining('permalink'),
    });
    const away = readFirst(
      newPage(shreddit({ attrs: { permalink: 'https://evil.example/r/x/comments/1r2lmn0/' } })),
    );
    expect(away.ok).toBe(false);
    const noId = readFirst(newPage(shreddit({ attrs: { id: 't1_ohc01aa' } })));
    expect(!noId.ok && noId.problem.reason).toContain('no t3_ post id');
  });

  it('maps Reddit’s post types to formats, a crosspost by where its content is', () => {
    const formatOf = (attrs: Record<string, string | null>) => {
      const r = readFirst(newPage(shreddit({ attrs })));
      return r.ok ? r.post.format : null;
    };
    expect(formatOf({ 'post-type': 'gallery' })).toBe('carousel');
    expect(formatOf({ 'post-type': 'poll' })).toBe('poll');
    expect(formatOf({ 'post-type': 'crosspost', domain: 'v.redd.it' })).toBe('video');
    expect(formatOf({ 'post-type': 'crosspost', domain: 'self.Coffee' })).toBe('text');
    expect(formatOf({ 'post-type': null, domain: 'lumenroasters.example' })).toBe('link');
  });
});

describe('old Reddit’s vote column', () => {
  const column = (cls: string, titles: [string, string, string]) =>
    `<div class="midcol ${cls}"><div class="score dislikes" title="${titles[0]}">${titles[0]}</div><div class="score unvoted" title="${titles[1]}">${titles[1]}</div><div class="score likes" title="${titles[2]}">${titles[2]}</div></div>`;

  it('reads the score the column shows: likes when upvoted, dislikes when downvoted, unvoted otherwise', () => {
    const read = (cls: string) =>
      metricsOf(readFirst(oldPage(thing({ midcol: column(cls, ['99', '100', '101']) })), OLD));
    expect(read('likes')).toMatchObject({ likes: exact(101) });
    expect(read('dislikes')).toMatchObject({ likes: exact(99) });
    expect(read('unvoted')).toMatchObject({ likes: exact(100) });
  });

  it('leaves a hidden score ("•") out whatever data-score says, keeping the comments', () => {
    const midcol =
      '<div class="midcol unvoted"><div class="score likes">•</div><div class="score unvoted">•</div><div class="score dislikes">•</div></div>';
    expect(metricsOf(readFirst(oldPage(thing({ midcol })), OLD))).toEqual({ comments: exact(420) });
  });

  it('takes data-score when the shown score has no title, and the text only when neither is there', () => {
    const midcol = '<div class="midcol unvoted"><div class="score unvoted">14.6k</div></div>';
    expect(metricsOf(readFirst(oldPage(thing({ midcol })), OLD))).toMatchObject({ likes: exact(14558) });
    const bare = readFirst(oldPage(thing({ midcol, attrs: { 'data-score': null } })), OLD);
    expect(metricsOf(bare)).toMatchObject({ likes: { value: 14625, min: 14550, max: 14699 } });
  });

  it('reads a compressed row without a vote column from data-score', () => {
    expect(metricsOf(readFirst(oldPage(thing({ midcol: '' })), OLD))).toEqual({
      likes: exact(14558),
      comments: exact(420),
    });
  });

  it('takes the time from the tagline when data-timestamp is missing', () => {
    const r = readFirst(oldPage(thing({ attrs: { 'data-timestamp': null } })), OLD);
    expect(r.ok && r.post.publishedAt).toBe(Date.parse('2026-10-28T19:02:44Z'));
  });

  it('reports a deleted author’s post as unreadable, with its id and link', () => {
    const r = readFirst(oldPage(thing({ attrs: { 'data-author': '[deleted]' } })), OLD);
    expect(!r.ok && r.problem).toEqual({
      platform: 'reddit',
      id: 't3_1qwtr8e',
      url: 'https://www.reddit.com/r/Coffee/comments/1qwtr8e/ama/',
      reason: 'no author: deleted or missing',
    });
  });
});
