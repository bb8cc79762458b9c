// The Facebook adapter on what the fixtures don't show well: altered pages, a post whose reading throws, the
// page kinds, link shapes, the viewer and the page's account, counts in other languages, ads and shares
// without their usual landmarks, and where the badge goes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { facebookAdapter as adapter } from '@/lib/sites/facebook/adapter';
import { accountOfUrl, parsePostHref } from '@/lib/sites/facebook/links';
import type { ReadContext, ReadResult, SiteAdapter } from '@/lib/sites/types';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

const dir = join('tests', 'fixtures', 'facebook');
const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
const NOW = Date.parse('2026-11-10T12:00:00Z');
const PFBID = 'pfbid02MASi45ub7Qe4ZE36UT5G6cU4ud8Fhhe4deS4F3cw9KTAb8dLcukC7edhDQ7cn5d';
const exact = (n: number) => ({ value: n, min: n, max: n });

const open: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});
function docOf(html: string, url = 'https://www.facebook.com/LumenRoasters'): Document {
  const page = parsePage(html, url);
  open.push(page);
  return page.document;
}
const ctxOf = (locale = 'en', url = 'https://www.facebook.com/LumenRoasters'): ReadContext => ({
  locale,
  url: new URL(url),
  now: NOW,
});

interface PostSpec {
  href?: string;
  time?: string;
  author?: string;
  /** The reactions total's text; null: no toolbar. */
  total?: string | null;
  /** The hidden label beside the total. */
  label?: string;
  worded?: string[];
  describedBy?: boolean;
  inner?: string;
}

/** One post in the real capture's structure (header line named by aria-describedby, toolbar, total, words). */
function postHtml(o: PostSpec = {}): string {
  const author = o.author ?? 'LumenRoasters';
  const href =
    o.href ?? `https://www.facebook.com/${author}/posts/${PFBID}?__cft__[0]=AZ&amp;__tn__=%2CO%2CP-R`;
  const total =
    o.total === null
      ? ''
      : `<div><span role="toolbar" aria-label="See who reacted"><span><div role="button" aria-label="Like: 9 people"></div></span></span><div>${o.label ?? 'All reactions:'}</div><span aria-hidden="true"><span><span>${o.total ?? '12'}</span></span></span></div>`;
  const worded = (o.worded ?? ['3 comments'])
    .map(
      (w) =>
        `<div><span><div role="button" tabindex="0"><span dir="auto"><span>${w}</span></span></div></span></div>`,
    )
    .join('');
  const described = o.describedBy === false ? '' : ' aria-describedby="m1 m2"';
  return `<div role="article" aria-posinset="1" aria-labelledby="h1"${described}>
<div data-ad-rendering-role="profile_name"><h3 id="h1"><a role="link" href="https://www.facebook.com/${author}?__cft__[0]=AZ">${author}</a></h3></div>
<div id="m1"><a role="link" aria-label="${o.time ?? '3h'}" href="${href}"><span>${o.time ?? '3h'}</span></a></div>
<div id="m2"><div dir="auto">Text</div></div>${o.inner ?? ''}
<div data-visualcompletion="ignore-dynamic"><div>${total}<div>${worded}</div></div><div role="button" aria-label="Like"><span dir="auto">Like</span></div></div>
</div>`;
}
const page = (body: string, lang = 'en') =>
  `<html lang="${lang}"><body><div id="mount_0_0_t"><div role="main">${body}</div></div></body></html>`;

function readFirst(html: string, locale = 'en'): ReadResult {
  const doc = docOf(page(html, locale));
  const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
  return adapter.readPost(post!, ctxOf(locale));
}

describe('an altered page', () => {
  it('with its post containers renamed is broken, "no post container found": no numbers', async () => {
    const html = fixture('page-timeline.html')
      .replace(/role="article"/g, 'role="presentation"')
      .replace(/ aria-posinset="\d+"/g, '');
    const got = await extractPage(html, 'https://www.facebook.com/LumenRoasters', { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'facebook', page: true, reason: 'no post container found' }]);
  });

  it('with its count labels gone is broken, saying what was missing: no zeros', async () => {
    const html = fixture('page-timeline.html')
      .replace(/role="toolbar"/g, 'role="group"')
      .replace(/All reactions:/g, '')
      .replace(/>(\d[\d.K]*) (comments?|shares?|views)</g, '>$1<');
    const got = await extractPage(html, 'https://www.facebook.com/LumenRoasters', { adapter, now: NOW });
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no counts found: the post shows no reactions, comments or shares',
    });
    expect(got.posts).toEqual([]);
    expect(got.problems.filter((p) => !('page' in p))).toHaveLength(5);
  });

  it('with its time links gone reports every post, never one made up', async () => {
    const html = fixture('home-feed.html').replace(/\/posts\/pfbid/g, '/p0sts/pfbid');
    const got = await extractPage(html, 'https://www.facebook.com/', { adapter, now: NOW });
    expect(got.posts).toEqual([]);
    expect(got.health.state).toBe('broken');
    expect(got.problems.filter((p) => !('page' in p)).map((p) => p.reason)).toEqual([
      'no permalink: the post has no link to itself (yet)',
      'no permalink: the post has no link to itself (yet)',
      'no permalink: the post has no link to itself (yet)',
    ]);
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(fixture('page-timeline.html'));
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.getAttribute('aria-posinset') === '2') throw new Error('boom');
        return adapter.readPost(el, ctx);
      },
    };
    const results = adapter.findPosts(adapter.feedRoot(doc)!).map((el) => readSafely(failing, el, ctxOf()));
    expect(results).toHaveLength(5);
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const failed = results[1]!;
    expect(!failed.ok && failed.problem).toEqual({
      platform: 'facebook',
      reason: 'reading failed: boom',
      failed: true,
    });
  });
});

describe('pageKind', () => {
  const kind = (path: string) => adapter.pageKind(new URL(`https://www.facebook.com${path}`));
  it.each([
    '/',
    '/LumenRoasters',
    '/LumenRoasters/posts/pfbid02MASi45ub7Qe4ZE36UT5G6cU4ud8Fhhe4deS4F3cw9KTAb8dLcukC7edhDQ7cn5d',
    '/LumenRoasters/videos/1287654321098765/',
    '/profile.php?id=100064123456789',
    '/permalink.php?story_fbid=pfbid02jYbv&id=100064123456789',
    '/story.php?story_fbid=1203344556677889&id=100064123456789',
    '/people/Lumen-Roasters/100064123456789/',
    '/watch/',
    '/groups/123456789012345',
  ])('%s shows posts', (path) => expect(kind(path)).toMatchObject({ posts: true }));
  it.each([
    '/settings',
    '/messages/t/100004455667788',
    '/notifications',
    '/marketplace/',
    '/professional_dashboard/?asset_id=1',
    '/login/',
    '/LumenRoasters/about',
    '/LumenRoasters/photos',
    '/LumenRoasters/followers',
    '/LumenRoasters/reviews',
    '/LumenRoasters/videos',
    '/profile.php?id=100064123456789&sk=about',
    '/profile.php?id=100064123456789&sk=photos',
  ])('%s shows none, and says so', (path) =>
    expect(kind(path)).toEqual({ posts: false, why: 'this Facebook page shows no posts' }),
  );
});

describe('links', () => {
  it('reads a post link’s id and author as the site writes them, without tracking parameters', () => {
    expect(
      parsePostHref(`https://www.facebook.com/LumenRoasters/posts/${PFBID}?__cft__[0]=AZ&__tn__=R`),
    ).toEqual({
      id: PFBID,
      author: 'LumenRoasters',
      url: `https://www.facebook.com/LumenRoasters/posts/${PFBID}`,
    });
    // The canonical link puts a slug before the number (real capture's <link rel=canonical>).
    expect(
      parsePostHref('https://www.facebook.com/salmanmd.sultan.1/posts/closed-eid/3741738029450159/'),
    ).toEqual({
      id: '3741738029450159',
      author: 'salmanmd.sultan.1',
      url: 'https://www.facebook.com/salmanmd.sultan.1/posts/3741738029450159',
    });
    expect(
      parsePostHref('https://m.facebook.com/story.php?story_fbid=1203344556677889&id=100064123456789'),
    ).toEqual({
      id: '1203344556677889',
      author: '100064123456789',
      url: 'https://www.facebook.com/story.php?story_fbid=1203344556677889&id=100064123456789',
    });
    expect(parsePostHref('/reel/1122334455667788')?.id).toBe('1122334455667788');
  });

  it('refuses comments, groups, other sites, bad ids and app paths', () => {
    for (const href of [
      `https://www.facebook.com/LumenRoasters/posts/${PFBID}?comment_id=1182736450912345`,
      `https://www.facebook.com/LumenRoasters/posts/${PFBID}?comment_id=1&reply_comment_id=2`,
      'https://www.facebook.com/groups/123456789012345/posts/987654321098765/',
      `https://evil.example/LumenRoasters/posts/${PFBID}`,
      `http://www.facebook.com/LumenRoasters/posts/${PFBID}`,
      'https://www.facebook.com/LumenRoasters/posts/<img>',
      'https://www.facebook.com/permalink.php?story_fbid=123&id=abc',
      'https://www.facebook.com/photo/?fbid=1040512233445566&set=a.1',
      'https://www.facebook.com/LumenRoasters',
      '#',
    ])
      expect(parsePostHref(href), href).toBeNull();
  });

  it('names the account a URL is about', () => {
    const of = (u: string) => accountOfUrl(new URL(u));
    expect(of('https://www.facebook.com/LumenRoasters/')).toBe('LumenRoasters');
    expect(of('https://www.facebook.com/profile.php?id=100064123456789&sk=photos')).toBe('100064123456789');
    expect(of('https://www.facebook.com/people/Lumen-Roasters/100064123456789/')).toBe('100064123456789');
    expect(of('https://web.facebook.com/permalink.php?story_fbid=1&id=100064123456789')).toBe(
      '100064123456789',
    );
    for (const u of [
      'https://www.facebook.com/',
      'https://www.facebook.com/watch/?v=1',
      'https://www.facebook.com/groups/lumenfans',
      'https://www.facebook.com/marketplace',
      'https://www.facebook.com/profile.php',
      'https://www.facebook.com/abc',
    ])
      expect(of(u), u).toBeNull();
  });
});

describe('viewer and page account', () => {
  const json = (user: string) =>
    `<script type="application/json" data-sjs="">{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"define":[["CurrentUserInitialData",[],${user},270]]}}]]]}</script>`;
  const rail =
    '<div data-pagelet="LeftRail"><ul><li><a role="link" href="https://www.facebook.com/maria.keller.5">Maria</a></li></ul></div>';

  it('reads the person from the page’s JSON, with the left rail’s vanity name as the handle', () => {
    const user = json('{"USER_ID":"100008765432101","NAME":"Maria Keller"}');
    expect(adapter.viewer(docOf(`<html><head>${user}</head><body>${rail}</body></html>`))).toEqual({
      handle: 'maria.keller.5',
      name: 'Maria Keller',
      aliases: ['100008765432101'],
    });
    expect(adapter.viewer(docOf(`<html><head>${user}</head><body></body></html>`))).toEqual({
      handle: '100008765432101',
      name: 'Maria Keller',
    });
    expect(adapter.viewer(docOf(`<html><body>${rail}</body></html>`))).toEqual({ handle: 'maria.keller.5' });
  });

  it('is null logged out and on malformed or hostile JSON, never throwing', () => {
    for (const user of [
      '{"USER_ID":"0","NAME":""}',
      '{"USER_ID":100008765432101}',
      '{"USER_ID":"<img src=x onerror=alert(1)>"}',
      '{"USER_ID":"1000087654',
      'alert(1)',
    ])
      expect(adapter.viewer(docOf(`<html><head>${json(user)}</head><body></body></html>`)), user).toBeNull();
  });

  it('knows the Page is managed when the viewer has switched into it, and only then without admin tools', () => {
    const asPage = json('{"USER_ID":"100064123456789","NAME":"Kaffeerösterei Lumen"}');
    const doc = docOf(`<html><head>${asPage}</head><body></body></html>`);
    const url = new URL('https://www.facebook.com/profile.php?id=100064123456789');
    expect(adapter.pageAccount(doc, url)).toEqual({ handle: '100064123456789', managed: true });
    expect(adapter.pageAccount(doc, new URL('https://www.facebook.com/NorthwindCoffee'))).toEqual({
      handle: 'NorthwindCoffee',
    });
    expect(adapter.pageAccount(doc, new URL('https://www.facebook.com/'))).toBeNull();
  });

  it('does not take a Professional dashboard link inside a post as the Page’s admin tools', () => {
    const tools = '<a href="https://www.facebook.com/professional_dashboard/">dashboard</a>';
    const inPost = docOf(page(postHtml({ inner: tools })));
    expect(
      adapter.pageAccount(inPost, new URL('https://www.facebook.com/LumenRoasters'))?.managed,
    ).toBeUndefined();
    const inHeader = docOf(page(tools + postHtml()));
    expect(adapter.pageAccount(inHeader, new URL('https://www.facebook.com/LumenRoasters'))?.managed).toBe(
      true,
    );
  });
});

describe('counts', () => {
  it('reads another language’s words and numbers: French, Spanish, German', () => {
    const fr = readFirst(
      postHtml({
        total: '1,2 k',
        label: 'Toutes les réactions :',
        worded: ['48 commentaires', '7 partages'],
      }),
      'fr',
    );
    expect(fr.ok && fr.post.metrics).toEqual({
      likes: { value: 1225, min: 1150, max: 1299 },
      comments: exact(48),
      shares: exact(7),
    });
    const es = readFirst(
      postHtml({ total: '2,5 mil', worded: ['1.234 comentarios', '12 veces compartido'] }),
      'es',
    );
    expect(es.ok && es.post.metrics).toEqual({
      likes: { value: 2525, min: 2450, max: 2599 },
      comments: exact(1234),
      shares: exact(12),
    });
    const de = readFirst(postHtml({ total: '1.073', worded: ['3 Kommentare', '1 Mal geteilt'] }), 'de');
    expect(de.ok && de.post.metrics).toEqual({ likes: exact(1073), comments: exact(3), shares: exact(1) });
  });

  it('reads the toolbar’s breakdown by reaction in the page’s language, and skips a label it can’t read', () => {
    const toolbar = (labels: string[]) =>
      postHtml().replace(
        '<div role="button" aria-label="Like: 9 people"></div>',
        labels.map((l) => `<div role="button" aria-label="${l}"></div>`).join(''),
      );
    const de = readFirst(toolbar(['Gefällt mir: 1.073 Personen', 'Wow: 1,2 Tsd. Personen']), 'de');
    expect(de.ok && de.post.reactions).toEqual([
      { name: 'Gefällt mir', count: exact(1073) },
      { name: 'Wow', count: { value: 1225, min: 1150, max: 1299 } },
    ]);
    const odd = readFirst(toolbar(['Like: 9 people', 'See who reacted', ': 4 people', 'Love: lots']));
    expect(odd.ok && odd.post.reactions).toEqual([{ name: 'Like', count: exact(9) }]);
    // No total, no breakdown: the toolbar's numbers never stand in for the post's likes.
    const none = readFirst(postHtml({ total: 'You and 11 others' }));
    expect(none.ok && none.post.reactions).toBeUndefined();
  });

  it('finds the total after the "All reactions:" label when the toolbar is not there', () => {
    const html = postHtml({ total: null }).replace(
      '<div>',
      '<div><div>Alle Reaktionen:</div><span aria-hidden="true"><span>87</span></span></div><div>',
    );
    const r = readFirst(html.replace('3 comments', '3 Kommentare'), 'de');
    expect(r.ok && r.post.metrics).toEqual({ likes: exact(87), comments: exact(3) });
  });

  it('leaves reactions out when the line names people instead of a total, and never reads 11', () => {
    const r = readFirst(postHtml({ total: 'You and 11 others' }));
    expect(r.ok && r.post.metrics).toEqual({ comments: exact(3) });
  });

  it('reports a worded count in a language it doesn’t know instead of guessing which count it is', () => {
    const r = readFirst(postHtml({ worded: ['3 komentářů'] }), 'cs');
    expect(!r.ok && r.problem.reason).toBe('a count in words Resonance doesn\'t know: "3 komentářů"');
    expect(!r.ok && r.problem.id).toBe(PFBID);
  });

  it('reports a total that isn’t a number it can read', () => {
    const r = readFirst(postHtml({ total: '1234567890123456789012' }));
    expect(!r.ok && r.problem.reason).toBe("the reactions count shown can't be read");
  });

  it('does not count a reply toggle or a comment’s reactions as the post’s', () => {
    const comment = `<div role="article" aria-label="Comment by Anna"><a href="https://www.facebook.com/anna.schmidt.9?comment_id=1">Anna</a><div role="button" aria-label="5 reactions"><span dir="auto">5 shares</span></div></div><div role="button"><span dir="auto">2 replies</span></div>`;
    const html = postHtml().replace(
      '<div role="button" aria-label="Like">',
      `${comment}<div role="button" aria-label="Like">`,
    );
    const r = readFirst(html);
    expect(r.ok && r.post.metrics).toEqual({ likes: exact(12), comments: exact(3) });
  });
});

describe('time', () => {
  it('reads the time link’s label in the page’s language, with its precision', () => {
    const r = readFirst(postHtml({ time: 'vor 4 Tagen' }), 'de');
    expect(r.ok && [r.post.publishedAt, r.post.publishedPrecision]).toEqual([NOW - 4 * 86400e3, 12 * 3600e3]);
  });

  it('leaves the time out (null) when neither label nor text reads as a time, and still reads the post', () => {
    const r = readFirst(postHtml({ time: '4 T.' }), 'de');
    expect(r.ok && r.post.publishedAt).toBeNull();
    expect(r.ok && r.post.publishedPrecision).toBeUndefined();
  });
});

describe('whose post', () => {
  it('without aria-describedby, never takes a shared original’s link for the sharer’s post', () => {
    const original = `<div><a href="https://www.facebook.com/NorthwindCoffee">Northwind</a><a aria-label="2d" href="https://www.facebook.com/NorthwindCoffee/posts/pfbid02Xmj54omLidkuVKnRyjP2WPBg8Y4ErK9pGSSxY6BVScJy9uUxcJnTPkyRFA6CAFj">2d</a></div>`;
    const shared = postHtml({ describedBy: false, href: '#', inner: original });
    const r = readFirst(shared);
    expect(!r.ok && r.problem.reason).toContain('no permalink');
    expect(JSON.stringify(r)).not.toContain('pfbid02Xmj5');
    const withLink = readFirst(postHtml({ describedBy: false, inner: original }));
    expect(withLink.ok && [withLink.post.id, withLink.post.author]).toEqual([PFBID, 'LumenRoasters']);
  });

  it('never takes the link of a post it shares for its own, even a post by the same account', () => {
    const earlier = `<div role="article"><a href="https://www.facebook.com/LumenRoasters">Lumen Roasters</a><a aria-label="2d" href="https://www.facebook.com/LumenRoasters/posts/pfbid02Xmj54omLidkuVKnRyjP2WPBg8Y4ErK9pGSSxY6BVScJy9uUxcJnTPkyRFA6CAFj">2d</a></div>`;
    const doc = docOf(page(postHtml({ describedBy: false, href: '#', inner: earlier })));
    const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
    const r = adapter.readPost(post!, ctxOf());
    expect(!r.ok && r.problem.reason).toContain('no permalink');
    expect(adapter.identify!(post!, ctxOf())).toBeNull();
  });

  it('skips an ad whose "Sponsored" letters are scrambled, by the attribution link in its header line', () => {
    const ad = postHtml({
      href: 'https://www.facebook.com/ads/about/',
    }).replace(
      '<a role="link" aria-label="3h"',
      '<a role="link" attributionsrc="/privacy_sandbox/comet/register/source/?xt=1"',
    );
    const doc = docOf(page(ad + postHtml({ author: 'NorthwindCoffee' })));
    const posts = adapter.findPosts(adapter.feedRoot(doc)!);
    expect(posts).toHaveLength(1);
    expect(adapter.postOf(doc.querySelector('[aria-posinset]')!.querySelector('span')!)).toBeNull();
  });

  it('finds the post from inside one of its comments, and nothing from outside any post', () => {
    const doc = docOf(fixture('page-timeline.html'));
    const comment = doc.querySelector('[aria-label^="Comment by Anna"]')!;
    const post = adapter.postOf(comment.querySelector('a')!);
    expect(post?.getAttribute('aria-posinset')).toBe('3');
    expect(adapter.findPosts(comment)).toEqual([post]);
    expect(adapter.postOf(doc.querySelector('h1')!.firstChild!)).toBeNull();
  });
});

describe('page plumbing', () => {
  it('watches links and labels, not class churn', () => {
    expect(adapter.observe.attributes).toEqual(expect.arrayContaining(['href', 'aria-label']));
    expect(adapter.observe.attributes).not.toContain('class');
  });

  it('puts the badge before the counts block, else after the header line', () => {
    const doc = docOf(fixture('page-timeline.html'));
    const [first, , , , midRender] = adapter.findPosts(adapter.feedRoot(doc)!);
    const a = adapter.badgeAnchor(first!)!;
    expect((a.before as Element).getAttribute('data-visualcompletion')).toBe('ignore-dynamic');
    const b = adapter.badgeAnchor(midRender!)!;
    expect(b.parent.contains(doc.getElementById('_r_5b_'))).toBe(true);
    expect(b.before).toBe(doc.getElementById('_r_5b_')!.nextSibling);
  });

  it('counts post links outside any post container, and none on pages it understands', () => {
    for (const f of Object.keys(JSON.parse(fixture('expected.json'))))
      expect(adapter.postSigns(docOf(fixture(f))), f).toBe(0);
    const renamed = fixture('post-page.html')
      .replace(/role="article"/g, 'role="presentation"')
      .replace(/ aria-posinset="\d+"/g, '');
    expect(adapter.postSigns(docOf(renamed))).toBe(1);
  });

  it('observes the app’s mount root, where the feed and a post’s dialog both live', () => {
    expect(adapter.feedRoot(docOf(fixture('post-page.html')))?.id).toBe('mount_0_0_Wb');
    expect(
      adapter.feedRoot(docOf('<html><body><div role="main"></div></body></html>'))?.getAttribute('role'),
    ).toBe('main');
    expect(adapter.feedRoot(docOf('<html><body><p>nothing</p></body></html>'))).toBeNull();
  });
});

describe('a post’s text', () => {
  const message = (lines: string) =>
    `<div data-ad-rendering-role="story_message"><div data-ad-preview="message" data-ad-comet-preview="message">${lines}</div></div>`;
  const textOf = (r: ReadResult) => (r.ok ? r.post.text : `unreadable: ${r.problem.reason}`);

  it('is the message, a line per div, emoji drawn as images kept, "See more" left out', () => {
    const lines = message(
      '<div><div dir="auto">Harvest notes <img alt="☕" src="emoji.png"></div></div><div><div dir="auto">Pre-orders Friday… <div role="button" tabindex="0">See more</div></div></div>',
    );
    expect(textOf(readFirst(postHtml({ inner: lines })))).toBe('Harvest notes ☕ Pre-orders Friday…');
  });

  it('is never a comment’s words, nor a shared post’s original', async () => {
    const got = await extractPage(fixture('page-timeline.html'), 'https://www.facebook.com/LumenRoasters', {
      now: NOW,
    });
    const share = got.posts.find((p) => p.id.startsWith('pfbid024gEY'));
    expect(share?.text).toBe('Our friends at Northwind just opened a second roastery. Go say hi!');
    const all = JSON.stringify(got.posts);
    expect(all).not.toContain('Doors open Saturday at our new place');
    // A comment's message, even one marked as a message, stays the comment's.
    const comment = `<div role="article" aria-label="Comment by Anna Schmidt">${message('<div dir="auto">Great roast!</div>')}</div>`;
    const r = readFirst(postHtml({ inner: comment }));
    expect(r.ok).toBe(true);
    expect(r.ok && r.post).not.toHaveProperty('text');
  });
});
