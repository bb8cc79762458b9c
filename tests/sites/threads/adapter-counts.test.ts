// The Threads adapter's counts: labels and numbers in other languages, and the page data's exact counts, used
// only where they are certain to be the post's.
import { describe, expect, it } from 'vitest';
import { threadsAdapter as adapter } from '@/lib/sites/threads/adapter';
import { countSearches } from '@/tests/helpers/count-searches';
import {
  BRAND,
  ctxOf,
  docOf,
  exact,
  HOME,
  metricsOf,
  type PostSpec,
  page,
  post,
  readFirst,
  useCleanup,
} from './harness';

useCleanup();

/** Page data holding `posts` (code, author, counts), as the real capture's thread_items. */
function data(posts: Record<string, unknown>[]): string {
  const items = posts.map((p) => ({
    post: {
      code: p.code,
      user: { username: p.author ?? BRAND },
      like_count: p.likes,
      like_and_view_counts_disabled: p.hidden ?? false,
      text_post_app_info: {
        direct_reply_count: p.replies,
        repost_count: p.reposts,
        quote_count: p.quotes,
        reply_to_author: p.replyTo ? { username: p.replyTo } : null,
        is_reply: !!p.replyTo,
      },
    },
  }));
  return `<script type="application/json" data-sjs="">${JSON.stringify({ data: { mediaData: { edges: [{ node: { thread_items: items } }] } } })}</script>`;
}

describe('counts in other languages', () => {
  it('Japanese labels, 万 and full-width digits', () => {
    const r = readFirst(
      post({ labels: ['いいね！', '返信', '再投稿', 'シェア'], counts: ['1.2万', '３５０', '', '7'] }),
      {
        lang: 'ja',
      },
    );
    expect(metricsOf(r)).toEqual({
      likes: { value: 12250, min: 11500, max: 12999 },
      comments: exact(350),
      shares: exact(0),
      quotes: exact(0),
    });
  });

  it('Spanish and German compact numbers', () => {
    const es = readFirst(
      post({ labels: ['Me gusta', 'Responder', 'Republicar', 'Compartir'], counts: ['1,2 mil', '37'] }),
      {
        lang: 'es',
      },
    );
    expect(es.ok && es.post.metrics.likes).toEqual({ value: 1225, min: 1150, max: 1299 });
    const de = readFirst(
      post({ labels: ['Gefällt mir', 'Antworten', 'Reposten', 'Teilen'], counts: ['1.234', '5'] }),
      {
        lang: 'de',
      },
    );
    expect(de.ok && de.post.metrics.likes).toEqual(exact(1234));
  });

  it('labels of an unknown language are placed by Threads’ order when the bar has its four buttons', () => {
    const r = readFirst(
      post({ labels: ['Polubienie', 'Komentarz', 'Udostępnij ponownie', 'Udostępnij'], counts: ['9', '2'] }),
      {
        lang: 'pl',
      },
    );
    expect(metricsOf(r)).toEqual({ likes: exact(9), comments: exact(2), shares: exact(0), quotes: exact(0) });
  });

  it('known labels win over the order; unknown ones in a bar of another shape are left out', () => {
    const swapped = readFirst(
      post({ labels: ['Comment', 'Like', 'Repost', 'Share'], counts: ['5', '40', '', ''] }),
    );
    expect(swapped.ok && swapped.post.metrics).toMatchObject({ likes: exact(40), comments: exact(5) });
    const three = readFirst(post({ labels: ['Like', 'Xyz', 'Share'], counts: ['5', '40', '3'] }));
    expect(metricsOf(three)).toEqual({ likes: exact(5) });
  });
});

describe('the page data', () => {
  const withData = (rows: Record<string, unknown>[], p: PostSpec = {}, viewer: string | null = null) =>
    readFirst(post(p), { viewer, data: data(rows) });

  it('splits the repost button into reposts and quotes only when they add up to what it shows', () => {
    expect(
      metricsOf(withData([{ code: 'DffNet7gABl', likes: 356, replies: 18, reposts: 30, quotes: 12 }])),
    ).toEqual({
      likes: exact(356),
      comments: exact(18),
      shares: exact(30),
      quotes: exact(12),
    });
    const off = withData([{ code: 'DffNet7gABl', likes: 356, replies: 18, reposts: 30, quotes: 11 }]);
    expect(metricsOf(off)).toEqual({ likes: exact(356), comments: exact(18) });
  });

  it('is used only for the post with that code by that author', () => {
    const otherAuthor = withData([{ code: 'DffNet7gABl', author: 'coffeedaily', likes: 2731 }], {
      counts: ['2.7K', '18', '', ''],
    });
    expect(otherAuthor.ok && otherAuthor.post.metrics.likes).toEqual({ value: 2725, min: 2650, max: 2799 });
    const otherCode = withData([{ code: 'DffNet7gABm', likes: 2731 }], { counts: ['2.7K', '18', '', ''] });
    expect(otherCode.ok && otherCode.post.metrics.likes).toEqual({ value: 2725, min: 2650, max: 2799 });
  });

  it('is not used where two records of the post disagree', () => {
    const r = withData(
      [
        { code: 'DffNet7gABl', likes: 2731, replies: 18, reposts: 30, quotes: 12 },
        { code: 'DffNet7gABl', likes: 2740, replies: 18, reposts: 30, quotes: 12 },
      ],
      { counts: ['2.7K', '18', '42', '12'] },
    );
    expect(metricsOf(r)).toEqual({ likes: { value: 2725, min: 2650, max: 2799 }, comments: exact(18) });
  });

  it('says 0 where the page draws no number and the data says 0, for another account’s post too', () => {
    const r = withData(
      [{ code: 'DffNet7gABl', author: 'coffeedaily', likes: 5, replies: 0, reposts: 0, quotes: 0 }],
      {
        author: 'coffeedaily',
        counts: ['5', '', '', ''],
      },
    );
    expect(metricsOf(r)).toEqual({ likes: exact(5), comments: exact(0), shares: exact(0), quotes: exact(0) });
    // Without the data, another account's empty buttons say nothing.
    expect(metricsOf(readFirst(post({ author: 'coffeedaily', counts: ['5', '', '', ''] })))).toEqual({
      likes: exact(5),
    });
  });

  it('reports likes the author hid as hidden, never 0', () => {
    const r = withData([{ code: 'DffNet7gABl', author: 'coffeedaily', likes: 0, replies: 4, hidden: true }], {
      author: 'coffeedaily',
      counts: ['', '4', '', ''],
    });
    expect(r.ok && r.post.metrics).toEqual({ comments: exact(4) });
    expect(r.ok && r.post.hidden).toEqual(['likes']);
  });

  it('ignores data that is not JSON', () => {
    const bad = '<script type="application/json" data-sjs="">{"text_post_app_info": nope</script>';
    const r = readFirst(post({ counts: ['2.7K', '18', '', ''] }), { data: bad });
    expect(r.ok && r.post.metrics.likes).toEqual({ value: 2725, min: 2650, max: 2799 });
  });

  it('a reply to another account in a feed is not a post; a part of one’s own thread is', () => {
    const body =
      post({ code: 'DffZ0gzgADM', author: 'coffeedaily' }) +
      post({ code: 'DffdiLvgADN' }) +
      post({ code: 'DffdiLvgADO' });
    const doc = docOf(
      page(body, {
        data: data([
          { code: 'DffdiLvgADN', likes: 51, replyTo: 'coffeedaily' },
          { code: 'DffdiLvgADO', likes: 1, replyTo: BRAND },
        ]),
      }),
      HOME,
    );
    const codes = adapter
      .findPosts(adapter.feedRoot(doc)!)
      .map((el) => adapter.readPost(el, ctxOf(HOME)))
      .map((r) => r.ok && r.post.id);
    expect(codes).toEqual(['DffZ0gzgADM', 'DffdiLvgADO']);
  });
});

describe('the page data, looked up in the page’s frame', () => {
  const body = post({ code: 'DffdiLvgADN' }) + post({ code: 'DffdiLvgADO' }) + post({ code: 'DffdiLvgADP' });
  const codesIn = (doc: Document) =>
    adapter.findPosts(adapter.feedRoot(doc)!).map((el) => {
      const r = adapter.readPost(el, ctxOf(HOME));
      return r.ok && r.post.id;
    });

  it('is searched for once while the posts a change added are found, not once a post', () => {
    const doc = docOf(page(body, { data: data([{ code: 'DffdiLvgADN', likes: 5 }]) }), HOME);
    const searches = countSearches(doc, (css) => css.includes('data-sjs'));
    expect(adapter.findPosts(adapter.feedRoot(doc)!)).toHaveLength(3);
    expect(searches()).toBe(1);
  });

  it('is searched again once the page has run: data it added later is used', async () => {
    const doc = docOf(page(body, { data: data([{ code: 'DffdiLvgADN', likes: 5 }]) }), HOME);
    expect(codesIn(doc)).toEqual(['DffdiLvgADN', 'DffdiLvgADO', 'DffdiLvgADP']);
    await Promise.resolve();
    // The page's data now says the second post answers another account: it is no post of this feed.
    doc.body.insertAdjacentHTML(
      'beforeend',
      data([{ code: 'DffdiLvgADO', likes: 1, replyTo: 'coffeedaily' }]),
    );
    expect(codesIn(doc)).toEqual(['DffdiLvgADN', 'DffdiLvgADP']);
  });
});
