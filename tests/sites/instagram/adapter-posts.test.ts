// The Instagram adapter reading a feed post built to order: counts in other languages, hidden likes, ads,
// authors, and the caption (also on the post page and the grid fixtures).
import { describe, expect, it } from 'vitest';
import { instagramAdapter as adapter } from '@/lib/sites/instagram/adapter';
import type { ReadResult } from '@/lib/sites/types';
import { extractPage } from '@/scripts/lib/extract-page';
import { ctxOf, docOf, fixture, HOME, NOW, page, useCleanup } from './setup';

useCleanup();

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

function readFirst(body: string, locale = 'en', url = HOME): ReadResult {
  const doc = docOf(page(body, locale), url);
  const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
  return adapter.readPost(post!, ctxOf(url, locale));
}

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
