// The Threads adapter on what the fixtures don't show well: altered pages, a post whose reading throws, the page
// kinds, the viewer and the page's account, counts in other languages, the page data's certainty, times from
// post codes, scoping and plumbing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { shortcodeAt } from '@/lib/sites/shared/time/shortcode';
import { threadsAdapter as adapter } from '@/lib/sites/threads/adapter';
import type { ReadContext, ReadResult, SiteAdapter } from '@/lib/sites/types';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

const dir = join('tests', 'fixtures', 'threads');
const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
const NOW = Date.parse('2026-11-09T10:00:00Z');
const BRAND = 'northwind.coffee';
const PROFILE = `https://www.threads.com/@${BRAND}`;
const HOME = 'https://www.threads.com/';
const POST_PAGE = `https://www.threads.com/@${BRAND}/post/DfcCHdXgAEt`;
const exact = (n: number) => ({ value: n, min: n, max: n });

const open: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});
function docOf(html: string, url = PROFILE): Document {
  const page = parsePage(html, url);
  open.push(page);
  return page.document;
}
const ctxOf = (url = PROFILE, locale = 'en'): ReadContext => ({ locale, url: new URL(url), now: NOW });

interface PostSpec {
  code?: string;
  author?: string;
  /** The permalink time's datetime; null for a <time> without one. */
  iso?: string | null;
  labels?: string[];
  counts?: string[];
  media?: string;
  inner?: string;
  after?: string;
}

const icon = (label: string) => `<svg aria-label="${label}" role="img"><title>${label}</title></svg>`;

/** A post in the fixtures' structure: avatar, name, permalink with its time, menu, text, media, action bar. */
function post(o: PostSpec = {}): string {
  const code = o.code ?? 'DffNet7gABl';
  const author = o.author ?? BRAND;
  const time =
    o.iso === null
      ? '<time>17h</time>'
      : `<time datetime="${o.iso ?? '2026-11-08T16:42:10.000Z'}">17h</time>`;
  const labels = o.labels ?? ['Like', 'Comment', 'Repost', 'Share'];
  const counts = o.counts ?? ['356', '18', '42', '12'];
  const bar = labels
    .map(
      (l, i) =>
        `<div><div role="button" tabindex="0"><div>${icon(l)}${counts[i] ? `<span dir="auto"><div><span>${counts[i]}</span></div></span>` : ''}</div></div></div>`,
    )
    .join('');
  return `<div data-pressable-container="true"><div><div><a href="/@${author}" role="link"><img alt="${author}'s profile picture"></a></div>
<div><a href="/@${author}" role="link"><span dir="auto">${author}</span></a><span dir="auto"><a href="/@${author}/post/${code}" role="link">${time}</a></span>
<div aria-haspopup="menu" role="button">${icon('More')}</div></div></div>
<div><div><span dir="auto"><span>Text</span></span></div>${o.media ?? ''}${o.inner ?? ''}<div><div>${bar}</div></div>${o.after ?? ''}</div></div>`;
}

const nav = (viewer: string | null) =>
  viewer
    ? `<div><a href="/" role="link">${icon('Home')}</a><a href="/@${viewer}" role="link">${icon('Profile')}</a></div>`
    : `<div><a href="/" role="link">${icon('Home')}</a><div role="button">${icon('Profile')}</div><a href="/login">Log in</a></div>`;
const page = (body: string, o: { lang?: string; viewer?: string | null; data?: string } = {}) =>
  `<html lang="${o.lang ?? 'en'}"><body>${nav(o.viewer === undefined ? BRAND : o.viewer)}<div id="barcelona-page-layout"><div role="region" aria-label="Column body">${body}</div></div>${o.data ?? ''}</body></html>`;

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

function readFirst(
  body: string,
  o: { lang?: string; viewer?: string | null; data?: string; url?: string } = {},
) {
  const url = o.url ?? PROFILE;
  const doc = docOf(page(body, o), url);
  const [el] = adapter.findPosts(adapter.feedRoot(doc)!);
  return adapter.readPost(el!, ctxOf(url, o.lang ?? 'en'));
}
const metricsOf = (r: ReadResult) => (r.ok ? r.post.metrics : r.problem.reason);

describe('an altered page', () => {
  it('whose post containers were renamed is broken, "no post container found": no silence, no numbers', async () => {
    const html = fixture('profile.html').replaceAll('data-pressable-container=', 'data-pressable=');
    const got = await extractPage(html, PROFILE, { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'threads', page: true, reason: 'no post container found' }]);
  });

  it('whose post page lost its containers is broken the same way (the replies’ links do not count)', async () => {
    const html = fixture('post-page.html').replaceAll('data-pressable-container=', 'data-pressable=');
    const got = await extractPage(html, POST_PAGE, { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('whose post page shows replies but not its post says the post was not found, never "no posts yet"', async () => {
    const doc = docOf(fixture('post-page.html'), POST_PAGE);
    const main = doc
      .querySelector('a[href="/@northwind.coffee/post/DfcCHdXgAEt"] time')!
      .closest('[data-pressable-container]')!;
    const html = fixture('post-page.html').replace(main.outerHTML, '');
    expect(html).not.toBe(fixture('post-page.html'));
    const got = await extractPage(html, POST_PAGE, { adapter, now: NOW });
    expect(got.posts).toEqual([]);
    expect(got.health.state).toBe('broken');
    expect(got.health.state === 'broken' && got.health.why).toContain('not found');
  });

  it('whose action icons lost their labels says the action bar is missing, and reads no number', async () => {
    const html = fixture('profile.html').replace(/<svg aria-label="[^"]*"/g, '<svg');
    const got = await extractPage(html, PROFILE, { adapter, now: NOW });
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no counts found: the action bar is missing',
    });
    expect(got.posts).toEqual([]);
    expect(got.problems.filter((p) => !('page' in p))).toHaveLength(8);
  });

  it('whose permalinks lost their time reports each post as unreadable', async () => {
    const html = fixture('home-feed.html').replace(/<time\b[^>]*>[^<]*<\/time>/g, '');
    const got = await extractPage(html, HOME, { adapter, now: NOW });
    expect(got.health.state).toBe('broken');
    expect(got.health.state === 'broken' && got.health.why).toContain('no link to the post with its time');
    expect(got.posts).toEqual([]);
  });

  it('whose counts turned to something unreadable names the count, and stores nothing as 0', () => {
    const r = readFirst(post({ counts: ['-5', '18', '42', '12'] }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatchObject({
      id: 'DffNet7gABl',
      author: BRAND,
      reason: "the likes count shown can't be read",
    });
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(fixture('profile.html'));
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.querySelector('a[href="/@northwind.coffee/post/DfcggpjgABm"]')) throw new Error('boom');
        return adapter.readPost(el, ctx);
      },
    };
    const results = adapter.findPosts(adapter.feedRoot(doc)!).map((el) => readSafely(failing, el, ctxOf()));
    expect(results).toHaveLength(8);
    expect(results.filter((r) => r.ok)).toHaveLength(7);
    const failed = results.find((r) => !r.ok && r.problem.failed);
    expect(failed && !failed.ok && failed.problem.reason).toBe('reading failed: boom');
  });
});

describe('pageKind', () => {
  const kind = (path: string, host = 'www.threads.com') =>
    adapter.pageKind(new URL(`https://${host}${path}`));
  it.each([
    '/',
    '/?variant=following',
    '/following',
    '/@northwind.coffee',
    '/@northwind.coffee/',
    '/@northwind.coffee/media',
    '/@northwind.coffee/post/DfcCHdXgAEt',
    '/@northwind.coffee/post/DfcCHdXgAEt/media',
    '/search?q=coffee',
  ])('%s shows posts', (path) => {
    // A post's own page names one post, which it must show once rendered.
    const single = path.includes('/post/');
    expect(kind(path)).toEqual({ posts: true, single });
    expect(kind(path, 'www.threads.net')).toEqual({ posts: true, single });
  });

  it.each([
    ['/@northwind.coffee/replies', 'replies'],
    ['/@northwind.coffee/reposts', 'other accounts'],
    ['/@northwind.coffee/post/DfcCHdXgAEt/quotes', 'other accounts'],
    ['/@northwind.coffee/post/DfcCHdXgAEt/reposts', 'other accounts'],
    ['/activity', 'no posts'],
    ['/settings/account', 'no posts'],
    ['/login', 'no posts'],
    ['/saved', 'no posts'],
  ])('%s does not (%s)', (path, why) => {
    const k = kind(path);
    expect(k.posts).toBe(false);
    expect(!k.posts && k.why).toContain(why);
  });

  it('reads nothing on a tab of the brand’s replies, even where its posts’ containers are', () => {
    const doc = docOf(fixture('profile.html'), `${PROFILE}/replies`);
    expect(adapter.findPosts(adapter.feedRoot(doc)!)).toEqual([]);
    const el = doc.querySelector('a[href="/@northwind.coffee/post/DffNet7gABl"]')!;
    expect(adapter.postOf(el)).toBeNull();
  });
});

describe('viewer and page account', () => {
  it('the viewer is the navigation’s Profile link, not a profile link in the feed; none when logged out', () => {
    expect(adapter.viewer(docOf(fixture('home-feed.html'), HOME))).toEqual({ handle: BRAND });
    expect(
      adapter.viewer(docOf(fixture('profile-pt.html'), 'https://www.threads.com/@padaria.aurora')),
    ).toEqual({
      handle: 'padaria.aurora',
    });
    expect(adapter.viewer(docOf(page(post(), { viewer: null })))).toBeNull();
    // A profile link with an icon inside the feed (a repost's header) is not the viewer's.
    const feedIcon = `<a href="/@coffeedaily">${icon('Reposted')}</a>${post()}`;
    expect(adapter.viewer(docOf(page(feedIcon, { viewer: null })))).toBeNull();
  });

  it('the page’s account comes from the address; managed when the viewer is it', () => {
    const own = docOf(fixture('profile.html'));
    expect(adapter.pageAccount(own, new URL(PROFILE))).toEqual({
      handle: BRAND,
      name: 'Northwind Coffee',
      managed: true,
    });
    const other = new URL('https://www.threads.net/@CoffeeDaily');
    expect(adapter.pageAccount(own, other)).toEqual({ handle: 'CoffeeDaily', name: 'Northwind Coffee' });
    expect(
      adapter.pageAccount(
        docOf(page(post())),
        new URL('https://www.threads.com/@CoffeeDaily/post/DfcCHdXgAEt'),
      ),
    ).toEqual({ handle: 'CoffeeDaily' });
    const loggedOut = docOf(page(post(), { viewer: null }));
    expect(adapter.pageAccount(loggedOut, new URL(POST_PAGE))).toEqual({ handle: BRAND });
    expect(adapter.pageAccount(own, new URL(HOME))).toBeNull();
    expect(adapter.pageAccount(own, new URL('https://www.threads.com/search'))).toBeNull();
  });

  it('compares handles as Threads does, whatever their case', () => {
    const doc = docOf(page(post(), { viewer: 'Northwind.Coffee' }));
    expect(adapter.pageAccount(doc, new URL(PROFILE))?.managed).toBe(true);
  });
});

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

describe('times', () => {
  it('the permalink’s datetime, exact', () => {
    const r = readFirst(post({ iso: '2026-11-08T16:42:10.000Z' }));
    expect(r.ok && [r.post.publishedAt, r.post.publishedPrecision]).toEqual([
      Date.parse('2026-11-08T16:42:10Z'),
      undefined,
    ]);
  });

  it('without one, the post code’s upload time, within a minute (a video’s within 15)', () => {
    const at = Date.parse('2026-11-07T15:30:44Z');
    const code = shortcodeAt(at, 77);
    const text = readFirst(post({ code, iso: null }));
    expect(text.ok && [text.post.publishedAt, text.post.publishedPrecision]).toEqual([at, 60_000]);
    const video = readFirst(
      post({ code, iso: null, media: '<div><img alt=""><div><video></video></div></div>' }),
    );
    expect(video.ok && [video.post.publishedAt, video.post.publishedPrecision, video.post.format]).toEqual([
      at,
      15 * 60_000,
      'video',
    ]);
    const bad = readFirst(post({ code: 'Abc-notacode', iso: null }));
    expect(bad.ok && bad.post.publishedAt).toBeNull();
  });
});

describe('scope', () => {
  const quote = (pressable: boolean) =>
    `<div ${pressable ? 'data-pressable-container="true"' : 'role="link"'}><a href="/@baristabeth"><span>baristabeth</span></a><a href="/@baristabeth/post/DfVKXangABq"><time datetime="2026-11-04T19:02:33.000Z">4d</time></a><div role="button"><img alt="" src="q.jpg"></div></div>`;

  it.each([true, false])('a quoted post (card pressable: %s) is never read as the post', (pressable) => {
    const r = readFirst(post({ inner: quote(pressable) }));
    expect(r.ok && [r.post.id, r.post.author, r.post.format]).toEqual(['DffNet7gABl', BRAND, 'text']);
  });

  it('a post whose own link lost its time is unreadable, never taken for the post it quotes', () => {
    const ownTime = /(<a href="\/@northwind\.coffee\/post\/DffNet7gABl" role="link">)<time[^>]*>17h<\/time>/;
    const html = post({ inner: quote(true) });
    expect(html).toMatch(ownTime);
    const doc = docOf(page(html.replace(ownTime, (_, a) => `${a}17h`)));
    const [el] = adapter.findPosts(adapter.feedRoot(doc)!);
    expect(adapter.readPost(el!, ctxOf()).ok).toBe(false);
    expect(adapter.identify!(el!, ctxOf())).toBeNull();
  });

  it('a change inside a quoted card belongs to the post quoting it', () => {
    const doc = docOf(page(post({ inner: quote(true) })));
    const inQuote = doc.querySelector('a[href="/@baristabeth/post/DfVKXangABq"]')!;
    expect(adapter.postOf(inQuote)).toBe(doc.querySelector('[data-pressable-container]'));
    expect(adapter.findPosts(doc.querySelectorAll('[data-pressable-container]')[1]!)).toEqual([
      doc.querySelector('[data-pressable-container]'),
    ]);
  });

  it('on a post page, a change in a reply belongs to no post', () => {
    const doc = docOf(fixture('post-page.html'), POST_PAGE);
    expect(adapter.postOf(doc.querySelector('a[href="/@baristabeth/post/DfcGM7vgAEu"]')!)).toBeNull();
    const main = adapter.postOf(doc.querySelector('a[href="/@northwind.coffee/post/DfcCHdXgAEt"]')!);
    expect(main?.querySelector('a[href="/@northwind.coffee/post/DfcCHdXgAEt"]')).not.toBeNull();
  });

  it('a labelled button after the bar ("View activity") and videos’ sound buttons leave the bar as it is', () => {
    const after = `<div role="button">${icon('View activity')}</div>`;
    const media = `<div><div role="button"><video></video>${`<div role="button">${icon('Audio is muted')}</div>`}</div><div role="button"><video></video><div role="button">${icon('Audio is muted')}</div></div><div role="button"><video></video><div role="button">${icon('Audio is muted')}</div></div></div>`;
    const r = readFirst(post({ after, media }));
    expect(r.ok && r.post.format).toBe('carousel');
    expect(metricsOf(r)).toEqual({ likes: exact(356), comments: exact(18) });
  });
});

describe('plumbing', () => {
  it('watches links, times and labels, not class churn', () => {
    expect(adapter.observe.attributes).toEqual(expect.arrayContaining(['href', 'datetime']));
    expect(adapter.observe.attributes).not.toContain('class');
  });

  it('observes the page layout, else the column; none on a page without either', () => {
    expect(adapter.feedRoot(docOf(fixture('profile.html')))?.id).toBe('barcelona-page-layout');
    expect(
      adapter.feedRoot(docOf('<html><body><div role="region">x</div></body></html>'))?.getAttribute('role'),
    ).toBe('region');
    expect(adapter.feedRoot(docOf('<html><body><div></div></body></html>'))).toBeNull();
  });

  it('puts the badge after the action bar, inside the post', () => {
    const doc = docOf(fixture('profile.html'));
    const [first] = adapter.findPosts(adapter.feedRoot(doc)!);
    const a = adapter.badgeAnchor(first!)!;
    expect(first!.contains(a.parent)).toBe(true);
    expect(a.parent.querySelectorAll('svg[aria-label="Like"]')).toHaveLength(1);
  });

  it('counts links to posts outside any container as signs of a changed page', () => {
    expect(adapter.postSigns(docOf(fixture('profile.html')))).toBe(0);
    const renamed = fixture('profile.html').replaceAll('data-pressable-container=', 'data-pressable=');
    // Eight posts' permalinks and the quoted post's.
    expect(adapter.postSigns(docOf(renamed))).toBe(9);
    const postPage = fixture('post-page.html').replaceAll('data-pressable-container=', 'data-pressable=');
    expect(adapter.postSigns(docOf(postPage, POST_PAGE))).toBe(1);
  });
});

describe('a post’s text', () => {
  const textOf = (r: ReadResult) => (r.ok ? r.post.text : `unreadable: ${r.problem.reason}`);
  const card = (pressable: boolean) =>
    `<div${pressable ? ' data-pressable-container="true"' : ''}><a href="/@baristabeth" role="link"><span dir="auto">baristabeth</span></a><a href="/@baristabeth/post/DfVKXangABq" role="link"><time datetime="2026-11-05T08:00:00.000Z">4d</time></a><span dir="auto"><span>Quoted words</span></span></div>`;

  it('is its own words, never those of the post it quotes', async () => {
    const got = await extractPage(fixture('profile.html'), PROFILE, { now: NOW });
    const quoting = got.posts.find((p) => p.id === 'DfWloHTgABp');
    expect(quoting?.text).toBe('Thank you Beth! Come by for a refill on us.');
    expect(JSON.stringify(got.posts)).not.toContain('Best flat white in town');
    // Without words of its own, a quoting post has none: not the quoted card's.
    for (const pressable of [true, false]) {
      const html = post({ inner: card(pressable) }).replace('<span dir="auto"><span>Text</span></span>', '');
      const r = readFirst(html);
      expect(r.ok, `card pressable: ${pressable}`).toBe(true);
      expect(r.ok && r.post, `card pressable: ${pressable}`).not.toHaveProperty('text');
    }
  });

  it('of a repost is the reposted post’s words, not the "… reposted" header above it', async () => {
    const got = await extractPage(fixture('profile.html'), PROFILE, { now: NOW });
    const repost = got.posts.find((p) => p.id === 'DfSIHpzgABr');
    expect(repost?.author).toBe('coffeedaily');
    expect(repost?.text).toBe('Ten roasters to watch next year. Number 4 will surprise you.');
    expect(JSON.stringify(got.posts)).not.toContain('reposted');
  });

  it('keeps mentions and links inside the words, and emoji', () => {
    const words =
      '<span dir="auto"><span>Thanks <a href="/@baristabeth" role="link">@baristabeth</a> ☕️<br>more at <a href="https://l.threads.com/?u=x" role="link">northwind.example/cups</a></span></span>';
    const r = readFirst(post({}).replace('<span dir="auto"><span>Text</span></span>', words));
    expect(textOf(r)).toBe('Thanks @baristabeth ☕️ more at northwind.example/cups');
  });
});
