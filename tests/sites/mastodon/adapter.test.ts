// The Mastodon adapter on what the fixtures don't show well: altered pages, naming across instances, the
// page kinds, the viewer's fallbacks, scoping around quotes and the selector table's evidence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { mastodonAdapter as adapter } from '@/lib/sites/mastodon/adapter';
import { BLANK_REPLIES } from '@/lib/sites/mastodon/counts';
import { MASTODON } from '@/lib/sites/mastodon/selectors';
import { everySelector } from '@/lib/sites/selector';
import type { ReadContext, ReadResult, SiteAdapter } from '@/lib/sites/types';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

const dir = join('tests', 'fixtures', 'mastodon');
const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
const NOW = Date.parse('2026-11-10T12:00:00Z');

const open: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});
function docOf(html: string, url = 'https://mastodon.social/home'): Document {
  const page = parsePage(html, url);
  open.push(page);
  return page.document;
}
const ctxOf = (url = 'https://mastodon.social/home', locale = 'en'): ReadContext => ({
  locale,
  url: new URL(url),
  now: NOW,
});

/** A 4.3 status with an action bar whose counters are `counts` (undefined: no counter rendered). */
function statusHtml(o: {
  id: string;
  href: string;
  datetime?: string | null;
  counts?: [string | undefined, string | undefined, string | undefined] | null;
  inner?: string;
}): string {
  const counter = (c: string | undefined) =>
    c === undefined ? '' : `<span class="icon-button__counter">${c}</span>`;
  const [r, b, f] = o.counts === undefined ? ['3', undefined, undefined] : (o.counts ?? []);
  const bar =
    o.counts === null
      ? ''
      : `<div class="status__action-bar"><button class="status__action-bar__button icon-button"><svg class="icon icon-reply"></svg>${counter(r)}</button><button class="status__action-bar__button icon-button"><svg class="icon icon-retweet"></svg>${counter(b)}</button><button class="status__action-bar__button star-icon icon-button"><svg class="icon icon-star"></svg>${counter(f)}</button></div>`;
  const time =
    o.datetime === null ? '' : `<time datetime="${o.datetime ?? '2026-11-09T15:20:31.412Z'}">1h</time>`;
  return `<div class="status__wrapper"><div class="status" data-id="${o.id}"><div class="status__info"><a class="status__relative-time" href="${o.href}">${time}</a><a class="status__display-name" href="/@x">X</a></div><div class="status__content">text</div>${o.inner ?? ''}${bar}</div></div>`;
}
const page = (body: string, lang = 'en') =>
  `<html lang="${lang}"><body><div id="mastodon" data-props="{}"><div class="columns-area"><div role="feed">${body}</div></div></div></body></html>`;

function readFirst(html: string, url = 'https://mastodon.social/home'): ReadResult {
  const doc = docOf(page(html), url);
  const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
  return adapter.readPost(post!, ctxOf(url));
}

describe('selector table', () => {
  const load = (file: string) => docOf(fixture(file), 'https://mastodon.social/');
  it.each(everySelector(MASTODON).map((s) => [s.css, s] as const))(
    '%s matches in every fixture it lists',
    (_, s) => {
      expect(s.fixtures.length).toBeGreaterThan(0);
      expect(s.seen.length).toBeGreaterThan(10);
      for (const file of s.fixtures)
        expect(load(file).querySelector(s.css), `${s.css} in ${file}`).not.toBeNull();
    },
  );
});

describe('an altered page', () => {
  it('with .status renamed is broken, "no post container found": no silence, no numbers', async () => {
    const html = fixture('home-timeline.html').replace(/class="status( |")/g, 'class="toot$1');
    const got = await extractPage(html, 'https://mastodon.social/home', { site: 'mastodon', now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'mastodon', page: true, reason: 'no post container found' }]);
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(fixture('profile.html'), 'https://mastodon.social/@lumen');
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.getAttribute('data-id') === '117582144792261394') throw new Error('boom');
        return adapter.readPost(el, ctx);
      },
    };
    const results = adapter
      .findPosts(adapter.feedRoot(doc)!)
      .map((el) => readSafely(failing, el, ctxOf('https://mastodon.social/@lumen')));
    expect(results).toHaveLength(6);
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const failed = results.find((r) => !r.ok);
    expect(failed && !failed.ok && failed.problem.reason).toBe('reading failed: boom');
  });
});

describe('account naming', () => {
  it('appends the page’s host to a local author and keeps a remote author’s domain', () => {
    const local = readFirst(statusHtml({ id: '117587157412247602', href: '/@lumen/117587157412247602' }));
    expect(local.ok && local.post.author).toBe('lumen@mastodon.social');
    expect(local.ok && local.post.url).toBe('https://mastodon.social/@lumen/117587157412247602');
    const remote = readFirst(
      statusHtml({ id: '117585838888609442', href: '/@Ada@FOSSTODON.org/117585838888609442' }),
    );
    expect(remote.ok && remote.post.author).toBe('Ada@fosstodon.org');
    const elsewhere = readFirst(
      statusHtml({ id: '117587157412247602', href: '/@lumen/117587157412247602' }),
      'https://hachyderm.io/home',
    );
    expect(elsewhere.ok && elsewhere.post.author).toBe('lumen@hachyderm.io');
    expect(elsewhere.ok && elsewhere.post.url).toBe('https://hachyderm.io/@lumen/117587157412247602');
  });

  it('reads an older absolute permalink on the origin server; data-id stays the local id', () => {
    const r = readFirst(
      statusHtml({ id: '117585838888609442', href: 'https://fosstodon.org/@ada/113001122334455' }),
    );
    expect(r.ok && [r.post.id, r.post.author, r.post.url]).toEqual([
      '117585838888609442',
      'ada@fosstodon.org',
      'https://fosstodon.org/@ada/113001122334455',
    ]);
  });

  it('rejects a permalink that is not https or not a status link', () => {
    const http = readFirst(statusHtml({ id: '1', href: 'http://mastodon.social/@lumen/1' }));
    expect(!http.ok && http.problem.reason).toContain('permalink');
    const profile = readFirst(statusHtml({ id: '1', href: '/@lumen' }));
    expect(!profile.ok && profile.problem.reason).toContain('permalink');
  });

  it('reads the page account from /@user, /@user@domain and status pages', () => {
    const doc = docOf(page(''));
    const of = (u: string) => adapter.pageAccount(doc, new URL(u));
    expect(of('https://mastodon.social/@lumen')).toEqual({ handle: 'lumen@mastodon.social' });
    expect(of('https://mastodon.social/@ada@fosstodon.org/with_replies')).toEqual({
      handle: 'ada@fosstodon.org',
    });
    expect(of('https://mastodon.social/@lumen/117559166928218571')).toEqual({
      handle: 'lumen@mastodon.social',
    });
    expect(of('https://mastodon.social/web/@lumen')).toEqual({ handle: 'lumen@mastodon.social' });
    expect(of('https://mastodon.social/home')).toBeNull();
    expect(of('https://mastodon.social/@not a name')).toBeNull();
  });

  it('marks only the account header’s edit button as the viewer’s own profile, not on status pages', () => {
    const own = docOf(fixture('profile.html'), 'https://mastodon.social/@lumen');
    expect(adapter.pageAccount(own, new URL('https://mastodon.social/@lumen'))?.managed).toBe(true);
    expect(
      adapter.pageAccount(own, new URL('https://mastodon.social/@lumen/117587157412247602'))?.managed,
    ).toBe(undefined);
    // notifications.html has the ≤4.2 compose panel's /settings/profile link on every page.
    const other = docOf(fixture('notifications.html'), 'https://mastodon.social/@otto');
    expect(adapter.pageAccount(other, new URL('https://mastodon.social/@otto'))?.managed).toBe(undefined);
  });
});

describe('recognizes', () => {
  it('Mastodon web app pages by their app root or initial state, nothing else', () => {
    for (const f of [
      'home-timeline.html',
      'profile.html',
      'profile-de.html',
      'status.html',
      'notifications.html',
    ])
      expect(adapter.recognizes!(docOf(fixture(f))), f).toBe(true);
    expect(adapter.recognizes!(docOf(fixture('settings.html')))).toBe(false);
    expect(
      adapter.recognizes!(
        docOf('<html><head><script id="initial-state" type="application/json">{}</script></head></html>'),
      ),
    ).toBe(true);
    expect(adapter.recognizes!(docOf('<html><body><div id="mastodon">no props</div></body></html>'))).toBe(
      false,
    );
    const x = readFileSync(join('tests', 'fixtures', 'x', 'home-timeline.html'), 'utf8');
    expect(adapter.recognizes!(docOf(x, 'https://x.com/home'))).toBe(false);
  });
});

describe('pageKind', () => {
  const posts = (path: string) => adapter.pageKind(new URL(`https://mastodon.social${path}`)).posts;
  it.each([
    '/home',
    '/',
    '/notifications',
    '/public/local',
    '/public',
    '/explore',
    '/tags/coffee',
    '/lists/12',
    '/bookmarks',
    '/favourites',
    '/conversations',
    '/@lumen',
    '/@lumen/with_replies',
    '/@lumen/media',
    '/@ada@fosstodon.org',
    '/@lumen/117559166928218571',
    '/web/timelines/home',
  ])('%s shows posts', (path) => expect(posts(path)).toBe(true));
  it.each([
    '/settings/profile',
    '/settings/preferences/appearance',
    '/admin/dashboard',
    '/auth/edit',
    '/oauth/authorized_applications',
    '/filters',
    '/relationships',
    '/about',
    '/privacy-policy',
    '/directory',
    '/@lumen/followers',
    '/@lumen/following',
    '/@lumen/117559166928218571/reblogs',
    '/@lumen/117559166928218571/favourites',
  ])('%s shows none, and says so', (path) =>
    expect(adapter.pageKind(new URL(`https://mastodon.social${path}`))).toEqual({
      posts: false,
      why: 'this Mastodon page shows no posts',
    }),
  );
});

describe('viewer', () => {
  const state = (json: string) =>
    `<html><head><script id="initial-state" type="application/json">${json}</script></head><body></body></html>`;
  it('reads initial-state accounts[meta.me].acct, with the page’s host for a local account', () => {
    const doc = docOf(state('{"meta":{"me":"1"},"accounts":{"1":{"acct":"lumen","display_name":"Lumen"}}}'));
    expect(adapter.viewer(doc)).toEqual({ handle: 'lumen@mastodon.social', name: 'Lumen' });
  });
  it('is null when logged out, on malformed or hostile state, never throwing', () => {
    for (const json of [
      '{"meta":{},"accounts":{}}',
      '{"meta":{"me":"1"},"accounts":{}}',
      '{"meta":{"me":"__proto__"},"accounts":{}}',
      '{"meta":{"me":"1"},"accounts":{"1":{"acct":"<img src=x onerror=alert(1)>"}}}',
      '{"meta":{"me":"1"},"accounts":{"1":{"acct":["lumen"]}}}',
      'alert(1)',
      '{"meta":',
    ])
      expect(adapter.viewer(docOf(state(json))), json).toBeNull();
  });
  it('falls back to the ≤4.2 navigation bar’s own-profile link', () => {
    const html = fixture('notifications.html').replace(/<script id="initial-state"[\s\S]*?<\/script>/, '');
    expect(html).not.toContain('<script id="initial-state"');
    expect(adapter.viewer(docOf(html, 'https://mastodon.social/notifications'))).toEqual({
      handle: 'lumen@mastodon.social',
    });
  });
});

describe('scope', () => {
  const quote = (counts: [string, string, string] | null) =>
    `<div class="status__quote">${statusHtml({ id: '117574572777168258', href: '/@lumen/117574572777168258', datetime: '2026-11-07T10:00:05.120Z', counts, inner: '<div class="media-gallery"><div class="media-gallery__item"></div></div>' })}</div>`;

  it('never lends a quoted post’s counts to a post that shows none', () => {
    const r = readFirst(
      statusHtml({
        id: '117581697728547291',
        href: '/@mira@fosstodon.org/117581697728547291',
        counts: null,
        inner: quote(['9', '8', '7']),
      }),
    );
    expect(!r.ok && r.problem.reason).toContain('no counts');
    expect(!r.ok && r.problem.id).toBe('117581697728547291');
  });

  it('reads the outer post’s own counters, time and format around a quote that has its own', () => {
    const r = readFirst(
      statusHtml({
        id: '117581697728547291',
        href: '/@mira@fosstodon.org/117581697728547291',
        datetime: '2026-11-08T16:12:03.250Z',
        counts: ['2', undefined, undefined],
        inner: quote(['9', '8', '7']),
      }),
    );
    expect(r.ok && r.post).toMatchObject({
      id: '117581697728547291',
      author: 'mira@fosstodon.org',
      publishedAt: Date.parse('2026-11-08T16:12:03.250Z'),
      format: 'text',
      metrics: { comments: { value: 2, min: 2, max: 2 } },
    });
    expect(r.ok && Object.keys(r.post.metrics)).toEqual(['comments']);
  });

  it('a post whose own permalink is gone is unreadable, never given the quoted post’s author', () => {
    const own = statusHtml({
      id: '117581697728547291',
      href: '/@mira@fosstodon.org/117581697728547291',
      inner: quote(['9', '8', '7']),
    }).replace(
      /<a class="status__relative-time" href="\/@mira@fosstodon\.org\/117581697728547291">.*?<\/a>/,
      '',
    );
    expect(own).not.toContain('/@mira@fosstodon.org/117581697728547291');
    const doc = docOf(page(own), 'https://mastodon.social/home');
    const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
    const r = adapter.readPost(post!, ctxOf('https://mastodon.social/home'));
    expect(!r.ok && r.problem.reason).toContain('no permalink');
    expect(JSON.stringify(r)).not.toContain('lumen');
    expect(adapter.identify!(post!, ctxOf('https://mastodon.social/home'))).toBeNull();
  });

  it('finds the outermost post from inside a quote, and never the quote itself', () => {
    const doc = docOf(
      page(
        statusHtml({
          id: '117581697728547291',
          href: '/@mira@fosstodon.org/117581697728547291',
          inner: quote(['1', '1', '1']),
        }),
      ),
    );
    const inner = doc.querySelector('.status__quote .status')!;
    const outer = doc.querySelector('.status')!;
    expect(adapter.findPosts(adapter.feedRoot(doc)!)).toEqual([outer]);
    expect(adapter.findPosts(inner)).toEqual([outer]);
    expect(adapter.postOf(inner.querySelector('time')!.firstChild!)).toBe(outer);
    expect(adapter.postOf(doc.body)).toBeNull();
  });
});

describe('counts', () => {
  it('reads the number in the flow while an AnimatedNumber swaps values', () => {
    const animating =
      '<span class="animated-number"><span style="position: absolute; transform: translateY(-60%);">12</span><span style="position: static; transform: translateY(40%);">13</span></span>';
    const r = readFirst(
      statusHtml({
        id: '117587157412247602',
        href: '/@lumen/117587157412247602',
        counts: [animating, '4', '5'],
      }),
    );
    expect(r.ok && r.post.metrics.comments).toEqual({ value: 13, min: 13, max: 13 });
  });

  it('leaves out a reply counter a fork doesn’t render, and reads the rest', () => {
    const r = readFirst(
      statusHtml({
        id: '117587157412247602',
        href: '/@lumen/117587157412247602',
        counts: [undefined, '4', '5'],
      }),
    );
    expect(r.ok && r.post.metrics).toEqual({
      shares: { value: 4, min: 4, max: 4 },
      likes: { value: 5, min: 5, max: 5 },
    });
  });

  it('reports a reply counter that shows no number instead of reading it as 0', () => {
    const r = readFirst(
      statusHtml({ id: '117587157412247602', href: '/@lumen/117587157412247602', counts: ['', '4', '5'] }),
    );
    expect(!r.ok && r.problem.reason).toBe(BLANK_REPLIES);
    const zero = readFirst(
      statusHtml({ id: '117587157412247602', href: '/@lumen/117587157412247602', counts: ['0', '4', '5'] }),
    );
    expect(zero.ok && zero.post.metrics.comments).toEqual({ value: 0, min: 0, max: 0 });
  });

  it('reports a counter it can’t read instead of guessing', () => {
    const r = readFirst(
      statusHtml({ id: '117587157412247602', href: '/@lumen/117587157412247602', counts: ['3', '-2', '5'] }),
    );
    expect(!r.ok && r.problem.reason).toBe("the shares count shown can't be read");
  });

  it('takes the time from the id without <time>, and null for an old sequential id', () => {
    const fromId = readFirst(
      statusHtml({ id: '117587157412247602', href: '/@lumen/117587157412247602', datetime: null }),
    );
    expect(fromId.ok && fromId.post.publishedAt).toBe(Date.parse('2026-11-09T15:20:31.412Z'));
    const old = readFirst(statusHtml({ id: '98765', href: '/@lumen/98765', datetime: null }));
    expect(old.ok && old.post.publishedAt).toBeNull();
  });
});

describe('page plumbing', () => {
  it('watches ids, links and times, not class churn', () => {
    expect(adapter.observe.attributes).toEqual(expect.arrayContaining(['href', 'datetime', 'data-id']));
    expect(adapter.observe.attributes).not.toContain('class');
  });

  it('puts the badge after the post’s own action bar, else after its header', () => {
    const doc = docOf(fixture('status.html'), 'https://mastodon.social/@lumen/117559166928218571');
    const [detailed, reply] = adapter.findPosts(adapter.feedRoot(doc)!);
    const a = adapter.badgeAnchor(detailed!)!;
    expect(a.parent.matches('.detailed-status__wrapper')).toBe(true);
    expect(a.before).toBeNull();
    expect(a.parent.lastElementChild?.matches('.detailed-status__action-bar')).toBe(true);
    const b = adapter.badgeAnchor(reply!)!;
    expect(b.parent).toBe(reply);
    expect(b.parent.lastElementChild?.matches('.status__action-bar')).toBe(true);
    const bare = docOf(page(statusHtml({ id: '1', href: '/@lumen/1', counts: null })));
    const post = bare.querySelector('.status')!;
    const c = adapter.badgeAnchor(post)!;
    expect((c.before as Element).matches('.status__content')).toBe(true);
  });

  it('counts permalinks outside any post container, and none on pages it understands', () => {
    for (const f of Object.keys(JSON.parse(fixture('expected.json'))))
      expect(adapter.postSigns(docOf(fixture(f))), f).toBe(0);
    const renamed = fixture('status.html').replace(/class="status( |")/g, 'class="toot$1');
    expect(adapter.postSigns(docOf(renamed))).toBe(3);
  });

  it('finds the columns area as the feed root, else the feed, else the app root', () => {
    expect(adapter.feedRoot(docOf(fixture('home-timeline.html')))?.matches('.columns-area')).toBe(true);
    expect(
      adapter.feedRoot(docOf('<div id="mastodon"><div role="feed"></div></div>'))?.getAttribute('role'),
    ).toBe('feed');
    expect(adapter.feedRoot(docOf(fixture('settings.html')))).toBeNull();
  });
});

describe('a post’s text', () => {
  const body = (html: string, visible = true) =>
    `<div class="status__content"><div class="status__content__text${visible ? ' status__content__text--visible' : ''} translate"><p>${html}</p></div></div>`;
  const textOf = (inner: string) => {
    const got = readFirst(
      statusHtml({ id: '117587157412247602', href: '/@lumen/117587157412247602', inner }),
    );
    return got.ok ? got.post.text : `unreadable: ${got.problem.reason}`;
  };

  it('is the post’s own, never the words of the post it quotes', async () => {
    const got = await extractPage(fixture('home-timeline.html'), 'https://mastodon.social/home', {
      site: 'mastodon',
      now: NOW,
    });
    const text = new Map(got.posts.map((p) => [p.id, p.text]));
    expect(text.get('117581697728547291')).toBe(
      'This is the kind of roastery update I follow brands for. The photos alone 😍',
    );
    const all = JSON.stringify(got.posts);
    expect(all).not.toContain('the new Probat is in');
    expect(all).not.toContain('40 tries in 40 seconds');
    const quoted = `<div class="status__quote"><div class="status" data-id="1"><div class="status__content__text status__content__text--visible">Quoted words</div></div></div>`;
    expect(textOf(quoted)).toBeUndefined();
    expect(textOf(body('Mine') + quoted)).toBe('Mine');
  });

  it('under a closed content warning is the warning alone: the hidden body is not read until shown', () => {
    const warning = (label: string) =>
      `<div class="content-warning"><p id="r1"><span>Spoilers: the new blend</span></p><button type="button" class="link-button">${label}</button></div>`;
    // 4.3+: the body is not in the page until shown; ≤4.2: it is there but not --visible.
    expect(textOf(warning('Show more'))).toBe('Spoilers: the new blend');
    expect(textOf(warning('Show more') + body('It is called Aurora.', false))).toBe(
      'Spoilers: the new blend',
    );
    // Shown: the warning, then the body, then the tags under it (not the "…and 2 more" button).
    const tags =
      '<div class="hashtag-bar"><a href="/tags/coffee">#<span>coffee</span></a><a href="/tags/aurora">#<span>aurora</span></a><button type="button">…and 2 more</button></div>';
    expect(textOf(warning('Hide post') + body('It is called Aurora.') + tags)).toBe(
      'Spoilers: the new blend It is called Aurora. #coffee #aurora',
    );
  });

  it('never takes a filter’s banner for the post’s words', () => {
    const filter =
      '<div class="content-warning content-warning--filter"><p><span>Filtered: spoilers</span></p><button type="button">Show anyway</button></div>';
    expect(textOf(filter)).toBeUndefined();
  });

  it('is absent from a post with no words (media only), which is still read', () => {
    const got = readFirst(
      statusHtml({
        id: '117587157412247602',
        href: '/@lumen/117587157412247602',
        inner: '<div class="media-gallery"><div class="media-gallery__item"></div></div>',
      }),
    );
    expect(got.ok).toBe(true);
    expect(got.ok && got.post).not.toHaveProperty('text');
  });
});
