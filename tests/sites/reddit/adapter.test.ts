// The Reddit adapter on what the fixtures don't show well: altered pages, a post whose reading throws, the page
// kinds, the viewer and the page's account, counts shown only as text in other languages, the shadow root's
// numbers, the vote column's states, links that don't name their post, where a post ends.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { redditAdapter as adapter } from '@/lib/sites/reddit/adapter';
import { isoTime } from '@/lib/sites/reddit/values';
import type { ReadContext, ReadResult, SiteAdapter } from '@/lib/sites/types';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

const dir = join('tests', 'fixtures', 'reddit');
const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
const NOW = Date.parse('2026-11-20T12:00:00Z');
const LISTING = 'https://www.reddit.com/r/Coffee/';
const OLD = 'https://old.reddit.com/r/Coffee/';
const exact = (n: number) => ({ value: n, min: n, max: n });

const open: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});
function docOf(html: string, url = LISTING): Document {
  const page = parsePage(html, url);
  open.push(page);
  return page.document;
}
const ctxOf = (url = LISTING, locale = 'en'): ReadContext => ({ locale, url: new URL(url), now: NOW });
const extract = (html: string, url = LISTING) =>
  extractPage(html, url, { adapter, now: NOW, own: 'LumenRoasters' });

/** A new Reddit feed post; `attrs` replace or (as null) remove the default attributes, `shadow` is its root. */
function shreddit(
  o: { attrs?: Record<string, string | null>; shadow?: string; light?: string } = {},
): string {
  const base: Record<string, string | null> = {
    id: 't3_1r2lmn0',
    permalink: '/r/Coffee/comments/1r2lmn0/our_new_huila_lot/',
    author: 'LumenRoasters',
    'created-timestamp': '2026-11-20T08:14:22.418000+0000',
    'post-type': 'image',
    score: '1284',
    'comment-count': '96',
    ...o.attrs,
  };
  const attrs = Object.entries(base)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  const shadow = o.shadow === undefined ? '' : `<template shadowrootmode="open">${o.shadow}</template>`;
  return `<article><shreddit-post ${attrs}>${shadow}${o.light ?? ''}</shreddit-post></article>`;
}
const vote = (inner: string) =>
  `<span data-post-click-location="vote"><button upvote=""></button>${inner}</span>`;
const commentsButton = (inner: string) =>
  `<button name="comments-action-button" type="button">${inner}</button>`;
const newPage = (body: string, lang = 'en') =>
  `<html lang="${lang}"><body><shreddit-app><main id="main-content"><shreddit-feed>${body}</shreddit-feed></main></shreddit-app></body></html>`;

/** An old Reddit link thing; `midcol` is the vote column's class and scores, `attrs` replace data attributes. */
function thing(
  o: { attrs?: Record<string, string | null>; midcol?: string; comments?: string } = {},
): string {
  const base: Record<string, string | null> = {
    'data-fullname': 't3_1qwtr8e',
    'data-author': 'LumenRoasters',
    'data-permalink': '/r/Coffee/comments/1qwtr8e/ama/',
    'data-timestamp': '1793214164733',
    'data-domain': 'self.Coffee',
    'data-score': '14558',
    'data-comments-count': '420',
    ...o.attrs,
  };
  const attrs = Object.entries(base)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  const midcol =
    o.midcol ??
    '<div class="midcol unvoted"><div class="score dislikes" title="14557">14.6k</div><div class="score unvoted" title="14558">14.6k</div><div class="score likes" title="14559">14.6k</div></div>';
  const comments = o.comments ?? '420 comments';
  return `<div class=" thing link self" ${attrs}>${midcol}<div class="entry unvoted"><div class="top-matter"><p class="tagline">submitted <time datetime="2026-10-28T19:02:44+00:00">23 days ago</time></p><ul class="flat-list buttons"><li class="first"><a class="bylink comments" data-event-action="comments" href="/r/Coffee/comments/1qwtr8e/ama/">${comments}</a></li></ul></div></div><div class="child"></div></div>`;
}
const oldPage = (body: string, lang = 'en') =>
  `<html lang="${lang}"><body><div class="content" role="main"><div id="siteTable">${body}</div></div></body></html>`;

function readFirst(html: string, url = LISTING, locale = 'en'): ReadResult {
  const doc = docOf(html, url);
  const [post] = adapter.findPosts(adapter.feedRoot(doc) ?? doc);
  return adapter.readPost(post!, ctxOf(url, locale));
}
const metricsOf = (r: ReadResult) => (r.ok ? r.post.metrics : r.problem.reason);

describe('an altered page', () => {
  it('with its post elements renamed is broken, "no post container found": no numbers', async () => {
    const html = fixture('subreddit-listing.html').replaceAll('shreddit-post', 'shreddit-post-v3');
    const got = await extract(html);
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'reddit', page: true, reason: 'no post container found' }]);
  });

  it('with its counts gone (attributes and shadow roots) is broken, each post unreadable, nothing stored', async () => {
    const html = fixture('subreddit-listing.html')
      .replace(/ (score|comment-count)="\d+"/g, '')
      .replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '');
    const got = await extract(html);
    expect(got.posts).toEqual([]);
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no counts found: neither a score nor a comment count',
    });
    // The ad's own score and comment count are still in the page: never taken for a post's.
    expect(JSON.stringify(got)).not.toContain('1qyad7k');
  });

  it('on old Reddit with the things renamed is broken: the "N comments" links are left without a post', async () => {
    const html = fixture('old-listing.html').replaceAll('data-fullname=', 'data-name=');
    const got = await extract(html, OLD);
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('on old Reddit with the vote column and counts gone is broken, not zeros', async () => {
    const html = fixture('old-listing.html')
      .replace(/ data-(score|comments-count)="\d+"/g, '')
      .replace(/<div class="midcol[\s\S]*?<\/div>\s*<\/div>/g, '')
      .replaceAll('class="bylink comments', 'class="bylink talk');
    const got = await extract(html, OLD);
    expect(got.posts).toEqual([]);
    expect(got.health.state).toBe('broken');
  });

  it('without its main column still reads the posts under the app', () => {
    const html = fixture('subreddit-listing.html').replace('id="main-content"', 'id="main"');
    const doc = docOf(html);
    expect(adapter.feedRoot(doc)?.tagName).toBe('SHREDDIT-APP');
    expect(adapter.findPosts(adapter.feedRoot(doc)!)).toHaveLength(5);
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(fixture('subreddit-listing.html'));
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.getAttribute('id') === 't3_1r2k9xq') throw new Error('boom');
        return adapter.readPost(el, ctx);
      },
    };
    const results = adapter.findPosts(adapter.feedRoot(doc)!).map((el) => readSafely(failing, el, ctxOf()));
    expect(results).toHaveLength(5);
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const failed = results.find((r) => !r.ok && r.problem.failed);
    expect(failed && !failed.ok && failed.problem.reason).toBe('reading failed: boom');
  });
});

describe('page kinds', () => {
  const urls = (host: string, paths: string) => paths.split(/\s+/).map((p) => `https://${host}${p}`);
  const withPosts = [
    ...urls(
      'www.reddit.com',
      `/ /r/popular/ /r/all/ /r/Coffee/ /r/Coffee/new/ /r/Coffee/top/?t=week /r/Coffee/comments/1r2lmn0/our_new_huila_lot/
      /comments/1r2lmn0 /user/LumenRoasters/ /user/LumenRoasters/submitted/ /u/LumenRoasters
      /user/LumenRoasters/comments/1qk3v0d/behind_the_roaster/ /user/LumenRoasters/m/coffee_feeds/`,
    ),
    ...urls('old.reddit.com', '/ /r/Coffee/ /r/Coffee/comments/1qwtr8e/ama/ /user/LumenRoasters/submitted/'),
  ];
  const without = [
    ...urls(
      'www.reddit.com',
      `/settings/ /settings/profile /message/inbox/ /chat /submit /r/Coffee/submit /r/Coffee/about/rules
      /r/Coffee/wiki/index /search/?q=coffee /r/Coffee/search/?q=v60 /user/LumenRoasters/comments/
      /user/LumenRoasters/about/ /notifications /login/ /premium /media?url=x /mod/queue`,
    ),
    ...urls('old.reddit.com', '/prefs/ /message/unread/ /subreddits/ /r/Coffee/about/moderators'),
  ];
  it.each(withPosts)('%s shows posts', (url) =>
    expect(adapter.pageKind(new URL(url))).toMatchObject({ posts: true }),
  );
  it.each(without)('%s shows none Resonance reads, and says why', (url) => {
    const kind = adapter.pageKind(new URL(url));
    expect(!kind.posts && kind.why).toMatch(/Reddit/);
  });
});

describe('the logged-in account and the page’s account', () => {
  const body = (s: string) =>
    `<html><body><shreddit-app>${s}<main id="main-content"></main></shreddit-app></body></html>`;

  it('reads the viewer from each current-user component of new Reddit, and from old Reddit’s header', () => {
    expect(adapter.viewer(docOf(body('<after-login-toast-dispatcher username="LumenRoasters">')))).toEqual({
      handle: 'LumenRoasters',
    });
    expect(adapter.viewer(docOf(body('<community-author-flair username="kettle_kate">')))).toEqual({
      handle: 'kettle_kate',
    });
    const nav =
      '<li class="left-nav-manage-communities-link"><a href="/user/hanoi_brews/communities">Manage</a></li>';
    expect(adapter.viewer(docOf(body(nav)))).toEqual({ handle: 'hanoi_brews' });
    const header =
      '<div id="header-bottom-right"><span class="user"><a href="https://old.reddit.com/user/morning_pourover/">morning_pourover</a></span></div>';
    expect(adapter.viewer(docOf(`<html><body>${header}</body></html>`, OLD))).toEqual({
      handle: 'morning_pourover',
    });
  });

  it('finds no viewer when logged out, or on a name Reddit would not allow', () => {
    const loggedOut =
      '<div id="header-bottom-right"><span class="user">Want to join? <a href="https://www.reddit.com/login" class="login-required login-link">Log in</a> or <a href="https://www.reddit.com/login" class="login-required">sign up</a> in seconds.</span></div>';
    expect(adapter.viewer(docOf(`<html><body>${loggedOut}</body></html>`, OLD))).toBeNull();
    expect(adapter.viewer(docOf(body('<a href="/user/kettle_kate/">u/kettle_kate</a>')))).toBeNull();
    expect(adapter.viewer(docOf(body('<after-login-toast-dispatcher username="[deleted]">')))).toBeNull();
    expect(adapter.viewer(docOf(body('<after-login-toast-dispatcher username="a b">')))).toBeNull();
  });

  it('names a profile’s account from its address, managed only when it is the viewer’s own', () => {
    const viewer = '<after-login-toast-dispatcher username="LumenRoasters">';
    const own = docOf(body(viewer), 'https://www.reddit.com/user/lumenroasters/submitted/');
    expect(adapter.pageAccount(own, new URL('https://www.reddit.com/user/lumenroasters/submitted/'))).toEqual(
      {
        handle: 'lumenroasters',
        managed: true,
      },
    );
    const other = new URL('https://www.reddit.com/u/kettle_kate');
    expect(adapter.pageAccount(docOf(body(viewer), other.href), other)).toEqual({ handle: 'kettle_kate' });
    expect(adapter.pageAccount(docOf(body(viewer)), new URL(LISTING))).toBeNull();
  });

  it('names a post page’s account from its post, and none when the post is not on the page', () => {
    const url = new URL('https://www.reddit.com/r/Coffee/comments/1r2k9xq/look_what_this_roaster_is_doing/');
    const doc = docOf(fixture('subreddit-listing.html'), url.href);
    expect(adapter.pageAccount(doc, url)).toEqual({ handle: 'espresso_nerd' });
    const missing = new URL('https://www.reddit.com/r/Coffee/comments/1zzzzzz/gone/');
    expect(adapter.pageAccount(doc, missing)).toBeNull();
    // A profile's post names its account in its address, even before the post is drawn.
    const profilePost = new URL(
      'https://www.reddit.com/user/LumenRoasters/comments/1qk3v0d/behind_the_roaster/',
    );
    expect(adapter.pageAccount(docOf(body(''), profilePost.href), profilePost)).toEqual({
      handle: 'LumenRoasters',
    });
  });
});

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

describe('where a post ends', () => {
  it('hands over the outermost post only, and never an ad', () => {
    const nested = shreddit({ light: shreddit({ attrs: { id: 't3_1qzzzzz' } }) });
    const doc = docOf(
      newPage(
        `${nested}<shreddit-ad-post id="t3_1qyad7k"><shreddit-post id="t3_1qyad7k"></shreddit-post></shreddit-ad-post>`,
      ),
    );
    const posts = adapter.findPosts(adapter.feedRoot(doc)!);
    expect(posts.map((p) => p.getAttribute('id'))).toEqual(['t3_1r2lmn0']);
    const inner = doc.querySelector('[id="t3_1qzzzzz"]')!;
    expect(adapter.postOf(inner)?.getAttribute('id')).toBe('t3_1r2lmn0');
    expect(adapter.findPosts(inner).map((p) => p.getAttribute('id'))).toEqual(['t3_1r2lmn0']);
    expect(adapter.postOf(doc.querySelector('shreddit-ad-post shreddit-post')!)).toBeNull();
    expect(adapter.findPosts(doc.querySelector('shreddit-ad-post')!)).toEqual([]);
  });

  it('maps a change inside a post to the post, and a text node to its element’s post', () => {
    const doc = docOf(fixture('old-listing.html'), OLD);
    const score = doc.querySelector('[data-fullname="t3_1r2lmn0"] .score.likes')!;
    expect(adapter.postOf(score.firstChild!)?.getAttribute('data-fullname')).toBe('t3_1r2lmn0');
    expect(adapter.postOf(doc.querySelector('.side')!)).toBeNull();
    expect(adapter.postOf(doc.querySelector('[data-fullname="t3_1qyad7k"] .score')!)).toBeNull();
  });

  it('puts the badge in a new post’s header and after an old post’s row of links', () => {
    const doc = docOf(fixture('subreddit-listing.html'));
    const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
    const at = adapter.badgeAnchor(post!);
    expect(at?.parent.getAttribute('slot')).toBe('credit-bar');
    const old = docOf(fixture('old-listing.html'), OLD);
    const thingEl = old.querySelector('[data-fullname="t3_1r2lmn0"]')!;
    const oldAt = adapter.badgeAnchor(thingEl)!;
    expect(oldAt.parent.classList.contains('top-matter')).toBe(true);
    expect(oldAt.before).toBe(thingEl.querySelector('ul.buttons')!.nextSibling);
  });

  it('watches the attributes Reddit updates and the posts’ shadow roots', () => {
    expect(adapter.observe.shadowRoots).toBe(true);
    expect(adapter.observe.attributes).toEqual(expect.arrayContaining(['score', 'comment-count', 'number']));
  });
});

describe('Reddit’s times', () => {
  it('reads ISO times with microseconds and offsets, and nothing else', () => {
    expect(isoTime('2025-11-04T18:20:10.257000+0000')).toBe(Date.parse('2025-11-04T18:20:10.257Z'));
    expect(isoTime('2023-11-04T11:38:04+00:00')).toBe(Date.parse('2023-11-04T11:38:04Z'));
    expect(isoTime('2026-11-20T09:14:22.418+01:00')).toBe(Date.parse('2026-11-20T08:14:22.418Z'));
    expect(isoTime('2026-11-20T08:14:22Z')).toBe(Date.parse('2026-11-20T08:14:22Z'));
    for (const bad of ['4h ago', '', '2026-11-20', '1795162462000', null]) expect(isoTime(bad)).toBeNull();
  });
});

describe('a post’s text', () => {
  const textOf = (r: ReadResult) => (r.ok ? r.post.text : `unreadable: ${r.problem.reason}`);

  it('is its title, never the comments under it, on new and old Reddit', async () => {
    const page = await extract(
      fixture('post-page.html'),
      'https://www.reddit.com/r/Coffee/comments/1r2lmn0/',
    );
    expect(page.posts.map((p) => p.text)).toEqual(['Our new Huila lot is roasting today']);
    const old = await extract(
      fixture('old-post-page.html'),
      'https://old.reddit.com/r/Coffee/comments/1qwtr8e/ama/',
    );
    expect(old.posts.map((p) => p.text)).toEqual(['AMA: we are Lumen, a small roastery']);
    const all = JSON.stringify([page, old]);
    for (const comment of ['That color is perfect', 'Ordering a bag!', 'How do you pick which lots to buy?'])
      expect(all).not.toContain(comment);
  });

  it('is the crosspost’s own title, not its source card’s; an attribute’s text stays text', () => {
    const card =
      '<div slot="post-media-container"><shreddit-post id="t3_1r2aaaa" post-title="The source"></shreddit-post></div>';
    const r = readFirst(
      newPage(shreddit({ attrs: { 'post-title': 'Look at this &lt;b&gt;roast&lt;/b&gt;' }, light: card })),
    );
    expect(textOf(r)).toBe('Look at this <b>roast</b>');
    expect(textOf(readFirst(newPage(shreddit())))).toBeUndefined();
  });

  it('on old Reddit is the title link, not the self text nor the domain', () => {
    const html = oldPage(thing()).replace(
      '<div class="top-matter">',
      '<div class="top-matter"><p class="title"><a class="title may-blank" href="/r/Coffee/comments/1qwtr8e/ama/">AMA: we roast</a> <span class="domain">(self.Coffee)</span></p>',
    );
    expect(textOf(readFirst(html, OLD))).toBe('AMA: we roast');
  });
});
