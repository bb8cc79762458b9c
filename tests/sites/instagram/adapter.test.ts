// The Instagram adapter on what the fixtures don't show well: altered pages, a post whose reading throws, the
// page kinds, the viewer and the page's account, counts in other languages, grid tiles, scoping and plumbing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { instagramAdapter as adapter } from '@/lib/sites/instagram/adapter';
import type { ReadContext, ReadResult, SiteAdapter } from '@/lib/sites/types';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

const dir = join('tests', 'fixtures', 'instagram');
const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
const NOW = Date.parse('2026-11-09T10:00:00Z');
const HOME = 'https://www.instagram.com/';

const open: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});
function docOf(html: string, url = HOME): Document {
  const page = parsePage(html, url);
  open.push(page);
  return page.document;
}
const ctxOf = (url = HOME, locale = 'en'): ReadContext => ({ locale, url: new URL(url), now: NOW });

interface ArticleSpec {
  code?: string;
  author?: string;
  href?: string;
  counts?: [string | null, string | null];
  labels?: [string, string];
  share?: { label: string; count: string };
  extra?: string;
}

/** A feed article in the fixtures' structure: header with the time link, a photo, the action bar. */
function article(o: ArticleSpec = {}): string {
  const code = o.code ?? 'DffNet7gASx';
  const author = o.author ?? 'northwind.coffee';
  const [likes, comments] = o.counts ?? ['356', '18'];
  const [likeLabel, commentLabel] = o.labels ?? ['Like', 'Comment'];
  const icon = (label: string) => `<svg aria-label="${label}" role="img"><title>${label}</title></svg>`;
  const count = (c: string | null) => (c === null ? '' : `<span role="button" tabindex="0">${c}</span>`);
  const share = o.share ? `${count(o.share.count)}` : '';
  return `<article><div><div><a href="/${author}/"><img alt="${author}'s profile picture"></a><a href="/${author}/"><span>${author}</span></a><a href="${o.href ?? `/p/${code}/`}"><span><time datetime="2026-11-08T16:42:10.000Z">17h</time></span></a></div>
<div role="button"><img alt="Photo" src="x.jpg"></div>
<section><div><span><div role="button">${icon(likeLabel)}</div></span>${count(likes)}<span><div role="button">${icon(commentLabel)}</div></span>${count(comments)}<div role="button">${icon(o.share?.label ?? 'Share')}</div>${share}</div><div><div role="button">${icon('Save')}</div></div></section>${o.extra ?? ''}</div></article>`;
}
const nav = (viewer: string, alt = `${viewer}'s profile picture`) =>
  `<div class="nav"><a href="/"><svg aria-label="Home"></svg></a><a href="/${viewer}/"><span role="link"><img alt="${alt}"></span></a></div>`;
const page = (body: string, lang = 'en', viewer = 'northwind.coffee') =>
  `<html lang="${lang}"><body><div id="mount_0_0_T"><section><main role="main"><div>${body}</div></main></section>${nav(viewer)}</div></body></html>`;

function readFirst(body: string, locale = 'en', url = HOME): ReadResult {
  const doc = docOf(page(body, locale), url);
  const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
  return adapter.readPost(post!, ctxOf(url, locale));
}

describe('an altered page', () => {
  it('whose feed articles were renamed is broken, "no post container found": no silence, no numbers', async () => {
    const html = fixture('home-feed.html').replace(/<(\/?)article\b/g, '<$1div');
    const got = await extractPage(html, HOME, { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
    expect(got.problems).toEqual([{ platform: 'instagram', page: true, reason: 'no post container found' }]);
  });

  it('whose post page lost its action bar <section> is broken the same way', async () => {
    const html = fixture('post-page-pt.html').replace(/<(\/?)section\b/g, '<$1div');
    const got = await extractPage(html, 'https://www.instagram.com/p/DfehxefgAiZ/', { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('whose counts lost their button role gives the reason, and no post is stored as zeros', async () => {
    const html = fixture('home-feed.html').replace(/<span class="x1lliihq x193iq5w" role="button"/g, '<span');
    const got = await extractPage(html, HOME, { adapter, now: NOW });
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no counts shown beside the like and comment buttons',
    });
    expect(got.posts).toEqual([]);
    expect(got.problems.filter((p) => !('page' in p)).map((p) => p.id)).toEqual([
      'DffNet7gASx',
      'DfZk3vPgAzm',
      'DfcggpjgAXg',
      'DfeZOW3gAot',
      'DfhC4Y7gAaq',
    ]);
  });

  it('whose action icons lost their labels says the action bar is missing, and reads no number', async () => {
    const html = fixture('home-feed.html').replace(/<svg aria-label="[^"]*"/g, '<svg');
    const got = await extractPage(html, HOME, { adapter, now: NOW });
    expect(got.health).toEqual({
      state: 'broken',
      why: 'posts were found but none could be read: no counts found: the action bar is missing',
    });
    expect(got.posts).toEqual([]);
  });

  it('whose time links are gone reports each post as unreadable', async () => {
    const html = fixture('home-feed.html').replace(/<time\b[^>]*>[^<]*<\/time>/g, '');
    const got = await extractPage(html, HOME, { adapter, now: NOW });
    expect(got.health.state).toBe('broken');
    expect(got.health.state === 'broken' && got.health.why).toContain('no link to the post with its time');
    expect(got.posts).toEqual([]);
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(fixture('home-feed.html'));
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.querySelector('a[href="/p/DfcggpjgAXg/"]')) throw new Error('boom');
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

describe('pageKind', () => {
  const kind = (path: string) => adapter.pageKind(new URL(`https://www.instagram.com${path}`));
  it.each([
    '/',
    '/p/DfehxefgAiZ/',
    '/reel/Dfc56IzgAj9/',
    '/tv/CabcdEFGhij/',
    '/northwind.coffee/p/DfehxefgAiZ/',
    '/p/DfehxefgAiZ/c/17912345678901234/',
    '/p/DfehxefgAiZ/liked_by/',
    '/northwind.coffee/',
    '/northwind.coffee/reels/',
    '/northwind.coffee/followers/',
    '/gdg_rbu',
  ])('%s shows posts', (path) => expect(kind(path)).toMatchObject({ posts: true }));
  it.each([
    '/explore/',
    '/explore/tags/coffee/',
    '/accounts/edit/',
    '/direct/inbox/',
    '/stories/northwind.coffee/3456789012345678901/',
    '/legal/privacy/',
    '/your_activity/interactions/likes',
  ])('%s shows no post of an account, and says so', (path) =>
    expect(kind(path)).toEqual({ posts: false, why: 'this Instagram page shows no posts of an account' }),
  );
  it('says why the Reels feed and a profile’s tagged, saved and reposts tabs are not read', () => {
    expect(kind('/reels/Dfc56IzgAj9/')).toEqual({
      posts: false,
      why: 'Resonance reads the home feed, profiles and post pages, not the Reels feed',
    });
    for (const tab of ['tagged', 'saved', 'reposts'])
      expect(kind(`/northwind.coffee/${tab}/`)).toEqual({
        posts: false,
        why: 'this tab shows other accounts’ posts, not this account’s',
      });
  });
});

describe('viewer', () => {
  it('is the side navigation’s profile link, in any language', () => {
    expect(adapter.viewer(docOf(page('')))).toEqual({ handle: 'northwind.coffee' });
    const pt = `<html lang="pt-br"><body><main role="main"></main>${nav('padaria.aurora', 'Foto do perfil de padaria.aurora')}</body></html>`;
    expect(adapter.viewer(docOf(pt))).toEqual({ handle: 'padaria.aurora' });
  });

  it('is never a picture inside the page’s content, nor a link whose picture names someone else', () => {
    const inMain = `<html><body><main role="main">${nav('baristabeth')}</main></body></html>`;
    expect(adapter.viewer(docOf(inMain))).toBeNull();
    const mismatch = `<html><body><main role="main"></main>${nav('northwind.coffee', "baristabeth's profile picture")}</body></html>`;
    expect(adapter.viewer(docOf(mismatch))).toBeNull();
    const reserved = `<html><body><main role="main"></main>${nav('explore')}</body></html>`;
    expect(adapter.viewer(docOf(reserved))).toBeNull();
    expect(adapter.viewer(docOf('<html><body><main role="main"></main></body></html>'))).toBeNull();
  });
});

describe('page account', () => {
  const of = (html: string, url: string) => adapter.pageAccount(docOf(html, url), new URL(url));
  it('is the profile of the address, managed only where the profile shows its edit link', () => {
    const own = fixture('profile-grid.html');
    expect(of(own, 'https://www.instagram.com/northwind.coffee/')).toEqual({
      handle: 'northwind.coffee',
      managed: true,
    });
    expect(of(page(''), 'https://www.instagram.com/northwind.coffee/reels/')).toEqual({
      handle: 'northwind.coffee',
    });
  });

  it('is the post’s author on a post page, from the address or the post, never managed', () => {
    expect(of(page(''), 'https://www.instagram.com/padaria.aurora/p/DfehxefgAiZ/')).toEqual({
      handle: 'padaria.aurora',
    });
    const hidden = fixture('hidden-likes.html');
    expect(of(hidden, 'https://www.instagram.com/p/DfUxxEzgAlh/')).toEqual({ handle: 'northwind.coffee' });
    // A post page whose post is another: no account.
    expect(of(hidden, 'https://www.instagram.com/p/DfRneyTgAli/')).toBeNull();
  });

  it('is none on the home feed and the site’s own pages', () => {
    expect(of(page(''), HOME)).toBeNull();
    expect(of(page(''), 'https://www.instagram.com/explore/')).toBeNull();
  });
});

describe('counts', () => {
  it('reads counts in other languages, exact when written out and as a range when abbreviated', () => {
    const de = readFirst(article({ counts: ['1.234', '56'], labels: ['Gefällt mir', 'Kommentieren'] }), 'de');
    expect(de.ok && de.post.metrics).toEqual({
      likes: { value: 1234, min: 1234, max: 1234 },
      comments: { value: 56, min: 56, max: 56 },
    });
    const fr = readFirst(
      article({ counts: ['12,3\u00a0k', '1\u202f204'], labels: ['J’aime', 'Commenter'] }),
      'fr',
    );
    expect(fr.ok && fr.post.metrics).toEqual({
      likes: { value: 12325, min: 12250, max: 12399 },
      comments: { value: 1204, min: 1204, max: 1204 },
    });
    const pt = readFirst(article({ counts: ['1,2 mi', '3.410'], labels: ['Curtir', 'Comentar'] }), 'pt-BR');
    expect(pt.ok && pt.post.metrics).toEqual({
      likes: { value: 1225000, min: 1150000, max: 1299999 },
      comments: { value: 3410, min: 3410, max: 3410 },
    });
    const ja = readFirst(article({ counts: ['1.2万', '345'], labels: ['いいね！', 'コメント'] }), 'ja');
    expect(ja.ok && ja.post.metrics).toEqual({
      likes: { value: 12250, min: 11500, max: 12999 },
      comments: { value: 345, min: 345, max: 345 },
    });
  });

  it('places a count by its icon’s place when the label is unknown: like first, comment second', () => {
    const likesHidden = readFirst(article({ counts: [null, '7'], labels: ['Beğen', 'Yorum Yap'] }), 'tr');
    expect(likesHidden.ok && likesHidden.post.metrics).toEqual({ comments: { value: 7, min: 7, max: 7 } });
  });

  it('reads a count beside a share icon it knows, and leaves out one beside an icon it can’t name', () => {
    const known = readFirst(article({ share: { label: 'Share', count: '31' } }));
    expect(known.ok && known.post.metrics.shares).toEqual({ value: 31, min: 31, max: 31 });
    const unknown = readFirst(article({ share: { label: 'Repost', count: '4' } }));
    expect(unknown.ok && Object.keys(unknown.post.metrics)).toEqual(['likes', 'comments']);
  });

  it('reports hidden likes as hidden ("Curtido por … e outras pessoas"): the post is read with its comments', () => {
    const extra =
      '<div><span>Curtido por <a href="/joana.reis/">joana.reis</a> e <a href="/p/DffNet7gASx/liked_by/"><span>outras pessoas</span></a></span></div>';
    const r = readFirst(article({ counts: [null, '9'], labels: ['Curtir', 'Comentar'], extra }), 'pt-BR');
    expect(r.ok && r.post.metrics).toEqual({ comments: { value: 9, min: 9, max: 9 } });
    expect(r.ok && r.post.hidden).toEqual(['likes']);
    // Hidden likes and nothing else shown: unreadable, saying why.
    const only = readFirst(article({ counts: [null, null], labels: ['Curtir', 'Comentar'], extra }), 'pt-BR');
    expect(!only.ok && only.problem.reason).toBe('likes hidden by the account, and no other count shown');
  });

  it('reads the older "1,234 likes" link to the likers, only the post’s own', () => {
    const own = '<div><a href="/p/DffNet7gASx/liked_by/"><span>1,234 likes</span></a></div>';
    const r = readFirst(article({ counts: [null, '9'], extra: own }));
    expect(r.ok && r.post.metrics.likes).toEqual({ value: 1234, min: 1234, max: 1234 });
    const other = '<div><a href="/p/DfeZOW3gAot/liked_by/"><span>1,234 likes</span></a></div>';
    const s = readFirst(article({ counts: [null, '9'], extra: other }));
    expect(s.ok && s.post.metrics.likes).toBeUndefined();
    expect(s.ok && s.post.hidden).toBeUndefined(); // another post's likers say nothing of this one
  });

  it('reports a count it can’t read, and a post that shows none, instead of guessing or storing zeros', () => {
    const bad = readFirst(article({ counts: ['-5', '4'] }));
    expect(!bad.ok && bad.problem).toMatchObject({
      id: 'DffNet7gASx',
      reason: "the likes count shown can't be read",
    });
    const none = readFirst(article({ counts: [null, null] }));
    expect(!none.ok && none.problem.reason).toBe('no counts shown beside the like and comment buttons');
  });
});

describe('ads and authors', () => {
  it('never reads an ad, in the languages whose label is known', () => {
    for (const [label, lang] of [
      ['Patrocinado', 'pt-BR'],
      ['Gesponsert', 'de'],
      ['Sponsored', 'en'],
    ] as const) {
      const ad = article({ code: 'DfO09ATgBEz', extra: `<div><span>${label}</span></div>` });
      const doc = docOf(page(ad + article(), lang));
      const posts = adapter.findPosts(adapter.feedRoot(doc)!);
      expect(posts, label).toHaveLength(1);
      expect(posts[0]!.querySelector('a[href="/p/DffNet7gASx/"]'), label).not.toBeNull();
      expect(adapter.postOf(doc.querySelector('a[href="/p/DfO09ATgBEz/"]')!), label).toBeNull();
    }
  });

  it('takes the author from the permalink when it names one, else from the header', () => {
    const named = readFirst(article({ author: 'baristabeth', href: '/coffeedaily/p/DffNet7gASx/' }));
    expect(named.ok && named.post.author).toBe('coffeedaily');
    const header = readFirst(article({ author: 'baristabeth' }));
    expect(header.ok && [header.post.author, header.post.url]).toEqual([
      'baristabeth',
      'https://www.instagram.com/p/DffNet7gASx/',
    ]);
  });
});

describe('grid tiles', () => {
  const GRID = 'https://www.instagram.com/northwind.coffee/';
  const tile = (href: string, inner: string) =>
    `<div><a href="${href}" role="link"><div><img alt="thumb" src="t.jpg"></div>${inner}</a></div>`;
  const overlay = (...items: string[]) =>
    `<div><ul>${items.map((n) => `<li><span><span>${n}</span></span><span></span></li>`).join('')}</ul></div>`;
  const views = (label: string, n: string) =>
    `<div><div><div><svg aria-label="${label}"><title>${label}</title></svg></div><span><span>${n}</span></span></div></div>`;
  const read = (html: string, url = GRID) => {
    const doc = docOf(page(html), url);
    return adapter.findPosts(adapter.feedRoot(doc)!).map((el) => adapter.readPost(el, ctxOf(url)));
  };

  it('are posts only when they show counts, and only on the profile’s own grid', () => {
    const html =
      tile('/northwind.coffee/p/DfRvoJfgAdv/', '') +
      tile('/northwind.coffee/p/DffNet7gASx/', overlay('356', '18'));
    expect(read(html).map((r) => r.ok && r.post.id)).toEqual(['DffNet7gASx']);
    expect(read(html, 'https://www.instagram.com/northwind.coffee/tagged/')).toEqual([]);
    expect(read(html, HOME)).toEqual([]);
  });

  it('read a one-count overlay as nothing (which count it is can’t be told), beside views it can read', () => {
    const [photo] = read(tile('/northwind.coffee/p/DffNet7gASx/', overlay('18')));
    expect(!photo!.ok && photo!.problem).toMatchObject({
      id: 'DffNet7gASx',
      reason: 'the tile’s counts can’t be told apart',
    });
    const [reel] = read(
      tile('/northwind.coffee/reel/DfXqTQXgAdu/', views('View Count Icon', '2,315') + overlay('18')),
    );
    expect(reel!.ok && reel!.post.metrics).toEqual({ views: { value: 2315, min: 2315, max: 2315 } });
  });

  it('read views on a photo tile only beside a known views icon', () => {
    const [known] = read(tile('/northwind.coffee/p/DffNet7gASx/', views('View count icon', '912')));
    expect(known!.ok && known!.post.metrics).toEqual({ views: { value: 912, min: 912, max: 912 } });
    const [unknown] = read(tile('/northwind.coffee/p/DffNet7gASx/', views('Ícone', '912')));
    expect(!unknown!.ok && unknown!.problem.reason).toBe(
      'a number on the tile is not a count Resonance knows',
    );
  });

  it('take the author from the link, else the profile, and the time from the shortcode', () => {
    const [r] = read(tile('/p/DffNet7gASx/', overlay('356', '18')));
    expect(r!.ok && r!.post).toMatchObject({
      author: 'northwind.coffee',
      publishedAt: Date.parse('2026-11-08T16:42:10.000Z'),
      publishedPrecision: 60_000,
      format: 'image',
    });
    const [collab] = read(tile('/cafe.lumbre/p/DffNet7gASx/', overlay('356', '18')));
    expect(collab!.ok && collab!.post.author).toBe('cafe.lumbre');
  });

  it('follow the pointer: the hovered tile becomes a post, and a tile without counts is none', () => {
    const doc = docOf(fixture('profile-grid.html'), GRID);
    const hovered = doc.querySelector('a[href="/northwind.coffee/p/DffNet7gASx/"]')!;
    const plain = doc.querySelector('a[href="/northwind.coffee/p/DfRvoJfgAdv/"]')!;
    expect(adapter.postOf(hovered.querySelector('li span')!.firstChild!)).toBe(hovered);
    expect(adapter.postOf(plain.querySelector('img')!)).toBeNull();
    plain.append(hovered.querySelector('ul')!.parentElement!.cloneNode(true));
    expect(adapter.postOf(plain.querySelector('img')!)).toBe(plain);
  });
});

describe('scope', () => {
  it('finds the post page’s block from a count, and nothing from a comment or the "more posts" grid', () => {
    const url = 'https://www.instagram.com/p/DfehxefgAiZ/';
    const doc = docOf(fixture('post-page-pt.html'), url);
    const [block] = adapter.findPosts(adapter.feedRoot(doc)!);
    const count = Array.from(doc.querySelectorAll('section span[role="button"]')).find(
      (s) => s.textContent === '37',
    )!;
    expect(adapter.postOf(count.firstChild!)).toBe(block);
    expect(adapter.postOf(doc.querySelector('a[href*="/c/17912345678901234/"]')!)).toBeNull();
    expect(adapter.postOf(doc.querySelector('a[href="/padaria.aurora/p/DfcIZMTgAia/"]')!)).toBeNull();
    expect(adapter.findPosts(block!)).toEqual([block]);
  });

  it('counts permalinks outside any post, and none on pages it understands', () => {
    for (const [f, want] of Object.entries(
      JSON.parse(fixture('expected.json')) as Record<string, { url: string }>,
    ))
      expect(adapter.postSigns(docOf(fixture(f), want.url)), f).toBe(0);
    const renamed = fixture('home-feed.html').replace(/<(\/?)article\b/g, '<$1div');
    // Five articles have a time link; the ad has none.
    expect(adapter.postSigns(docOf(renamed))).toBe(5);
  });
});

describe('plumbing', () => {
  it('watches links and times, not class churn', () => {
    expect(adapter.observe.attributes).toEqual(expect.arrayContaining(['href', 'datetime']));
    expect(adapter.observe.attributes).not.toContain('class');
  });

  it('observes <main>, and the whole body on a post’s address (a post opened over a grid is outside main)', () => {
    expect(adapter.feedRoot(docOf(fixture('home-feed.html')))?.getAttribute('role')).toBe('main');
    const dialog = docOf(fixture('hidden-likes.html'), 'https://www.instagram.com/p/DfUxxEzgAlh/');
    expect(adapter.feedRoot(dialog)?.tagName).toBe('BODY');
    expect(adapter.feedRoot(docOf('<html><body><div></div></body></html>'))).toBeNull();
  });

  it('puts the badge after the action bar, inside the post; on a tile, inside the tile', () => {
    const doc = docOf(fixture('post-page-pt.html'), 'https://www.instagram.com/p/DfehxefgAiZ/');
    const [block] = adapter.findPosts(adapter.feedRoot(doc)!);
    const a = adapter.badgeAnchor(block!)!;
    expect(a.parent).toBe(block);
    expect((a.before as Element).querySelector('time')).not.toBeNull();
    const grid = docOf(fixture('profile-grid.html'), 'https://www.instagram.com/northwind.coffee/');
    const [tile] = adapter.findPosts(adapter.feedRoot(grid)!);
    expect(adapter.badgeAnchor(tile!)).toEqual({ parent: tile, before: null });
  });
});

describe('a post’s caption (its text)', () => {
  const POST_PAGE = 'https://www.instagram.com/p/DfehxefgAiZ/';
  const read = (html: string, url: string) => extractPage(html, url, { adapter, now: NOW });

  it('on a post page is the author’s first entry of the comment list, never a comment', async () => {
    const got = await read(fixture('post-page-pt.html'), POST_PAGE);
    expect(got.posts[0]?.text).toBe(
      'Pão de fermentação natural, em três fornadas. Encomendas pelo link na bio. #padaria #fermentacaonatural',
    );
    const all = JSON.stringify(got.posts);
    for (const comment of ['Tem sem glúten?', 'às sextas, sim!', 'Responder', 'Mais posts'])
      expect(all).not.toContain(comment);
  });

  it('is absent when the post has none: a comment, even the author’s own, is never taken for it', async () => {
    // The caption's time is the one in no link: take the caption away, its time with it. The author's own
    // reply ("às sextas, sim!") stays below, with its time in its link.
    const html = fixture('post-page-pt.html')
      .replace(/<span[^>]*>Pão de fermentação[\s\S]*?<\/span>/, '')
      .replace(/<span[^>]*><time[^>]*2026-11-08T10:20:18[^>]*>[^<]*<\/time><\/span>/, '');
    expect(html).not.toContain('datetime="2026-11-08T10:20:18');
    expect(html).toContain('às sextas, sim!');
    const got = await read(html, POST_PAGE);
    expect(got.posts).toHaveLength(1);
    expect(got.posts[0]).not.toHaveProperty('text');
  });

  it('in the feed follows the action bar after the author’s name; "more" and the comments link are not it', () => {
    const caption = (words: string) =>
      `<div><span dir="auto"><span><a href="/northwind.coffee/"><span dir="auto">northwind.coffee</span></a></span> <span dir="auto">${words}</span></span></div><div><span role="button">View all 18 comments</span></div>`;
    const r = readFirst(
      article({
        extra: caption(
          'New roast 🔥 with <a href="/baristabeth/">@baristabeth</a>… <span role="button">more</span>',
        ),
      }),
    );
    expect(r.ok && r.post.text).toBe('New roast 🔥 with @baristabeth…');
    const none = readFirst(article({ extra: '<div><span role="button">View all 18 comments</span></div>' }));
    expect(none.ok && none.post).not.toHaveProperty('text');
  });

  it('is not read from an ad, nor from a grid tile (a tile shows none)', async () => {
    const feed = await read(fixture('home-feed.html'), HOME);
    expect(JSON.stringify(feed.posts)).not.toContain('Fresh beans, 20% off this week.');
    const grid = await read(fixture('profile-grid.html'), 'https://www.instagram.com/northwind.coffee/');
    expect(grid.posts.length).toBeGreaterThan(0);
    expect(grid.posts.every((p) => p.text === undefined)).toBe(true);
  });
});
