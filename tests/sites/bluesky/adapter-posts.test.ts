// The Bluesky adapter on single posts, where the fixtures don't show them well: counts in other languages,
// the thread's focused post, where posts end, a post's text.
import { describe, expect, it } from 'vitest';
import { blueskyAdapter as adapter } from '@/lib/sites/bluesky/adapter';
import type { ReadResult } from '@/lib/sites/types';
import {
  BRAND,
  ctxOf,
  DID,
  docOf,
  extract,
  FOCUSED,
  fixture,
  HOME,
  PROFILE,
  page,
  THREAD,
  useCleanup,
} from './setup';

useCleanup();

const exact = (n: number) => ({ value: n, min: n, max: n });

/** A feed item as the real capture draws it; `labels` are the reply and like buttons' labels. */
function item(o: {
  author?: string;
  rkey?: string;
  labels?: [string, string];
  shown?: [string, string, string];
  inner?: string;
}): string {
  const author = o.author ?? BRAND;
  const [reply = 'Reply (3 replies)', like = 'Like (12 likes)'] = o.labels ?? [];
  const [r = '3', s = '4', l = '12'] = o.shown ?? [];
  const text = (t: string, id = '') =>
    t ? `<div dir="auto"${id ? ` data-testid="${id}"` : ''}>${t}</div>` : '';
  return `<div><div role="link" tabindex="0" data-testid="feedItem-by-${author}"><a href="/profile/${author}" aria-label="View profile">${author}</a><a href="/profile/${author}/post/${o.rkey ?? '3n2qap6wndv2g'}" aria-label="November 20, 2026 at 9:14 AM" data-tooltip="November 20, 2026 at 9:14 AM">2h</a><div data-testid="contentHider-post"><div data-testid="postText">Hello</div>${o.inner ?? ''}</div><div><div><div><button aria-label="${reply}" data-testid="replyBtn" type="button"><svg></svg>${text(r)}</button></div><div><button aria-label="Repost or quote post" type="button"><svg></svg>${text(s, 'repostCount')}</button></div><div><button aria-label="${like}" data-testid="likeBtn" type="button"><svg></svg>${text(l, 'likeCount')}</button></div></div></div></div></div>`;
}

function readFirst(html: string, url = HOME, locale = 'en'): ReadResult {
  const doc = docOf(html, url);
  const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
  return adapter.readPost(post!, ctxOf(url, locale));
}

describe('counts in the page’s language', () => {
  // Labels: de and ja from social-app's catalogues; fr and pt-BR shaped like them. Shown: Intl compact, truncated.
  const CASES = [
    ['de', 'Antworten (1.204 Antworten)', 'Gefällt mir (12.345 Gefällt mir)', '1,2 Mio.'],
    ['ja', '返信する（124件の返信）', 'いいねする（3,817件のいいね）', '1.2万'],
    ['fr', 'Répondre (5 réponses)', 'J’aime (3\u202f817 j’aime)', '1,2\u00a0M'],
    ['pt-BR', 'Responder (2 respostas)', 'Curtir (1.234 curtidas)', '12,3\u00a0mil'],
  ] as const;
  /** Replies, likes, and the repost sum's value, min and max. */
  const WANT: Record<string, number[]> = {
    de: [1204, 12345, 1225000, 1150000, 1299999],
    ja: [124, 3817, 12250, 11500, 12999],
    fr: [5, 3817, 1225000, 1150000, 1299999],
    'pt-BR': [2, 1234, 12325, 12250, 12399],
  };
  it.each(CASES)('%s: exact from the labels, the repost sum as its range', (lang, reply, like, sum) => {
    const got = readFirst(page(item({ labels: [reply, like], shown: ['', sum, ''] }), lang), HOME, lang);
    const [r, l, value, min, max] = WANT[lang]!;
    expect(got.ok && got.post.metrics).toEqual({
      comments: exact(r!),
      shares: { value, min, max },
      likes: exact(l!),
    });
  });

  it('reads the shown text when a label has no number, and 0 when nothing is shown', () => {
    const r = readFirst(page(item({ labels: ['Reply', 'Like'], shown: ['7', '', '2.5K'] })));
    expect(r.ok && r.post.metrics).toEqual({
      comments: exact(7),
      shares: exact(0),
      likes: { value: 2525, min: 2450, max: 2599 },
    });
  });

  it('leaves reposts out, never 0, when no repost button can be told apart', () => {
    const html = item({}).replace(
      /<div><button aria-label="Repost or quote post"[\s\S]*?<\/button><\/div>/,
      '',
    );
    const r = readFirst(page(html));
    expect(r.ok && r.post.metrics).toEqual({ comments: exact(3), likes: exact(12) });
  });

  it('makes a post whose count can’t be read unreadable, never 0', () => {
    const r = readFirst(page(item({ labels: ['Reply (3 replies)', 'Like (1.2.3.4.5 likes)'] })));
    expect(!r.ok && r.problem).toMatchObject({
      id: '3n2qap6wndv2g',
      reason: "the likes count shown can't be read",
    });
  });
});

describe('the focused post of a thread page', () => {
  const focused = (url: string) => {
    const doc = docOf(fixture('thread.html'), url);
    const anchor = adapter.findPosts(adapter.feedRoot(doc)!).find((el) => !el.matches('[role="link"]'))!;
    return adapter.readPost(anchor, ctxOf(url));
  };

  it('takes its key from the address, checked against its links to its likers, reposters and quotes', () => {
    const r = focused(THREAD);
    expect(r.ok && [r.post.id, r.post.author, r.post.metrics.saves]).toEqual([FOCUSED, BRAND, exact(6)]);
    const moved = focused(`${PROFILE}/post/3n2ldhbp75v3g`);
    expect(!moved.ok && moved.problem.reason).toBe(
      'the post shown and the page address name different posts',
    );
  });

  it('is not read when the address names another author, or is no post’s', () => {
    const other = focused(`https://bsky.app/profile/coffeedaily.com/post/${FOCUSED}`);
    expect(!other.ok && other.problem).toMatchObject({
      author: BRAND,
      reason: 'the author shown and the page address differ',
    });
    const off = focused(PROFILE);
    expect(!off.ok && off.problem.reason).toMatch(/^no post link/);
  });

  it('is left out on a thread page the app keeps mounted but hidden, which the address no longer names', async () => {
    const hidden = `<div style="display: none;"><div data-testid="postThreadItem-by-${BRAND}"><a href="/profile/${BRAND}">Lumen</a><div><div><button aria-label="Reply (0 replies)" data-testid="replyBtn"></button></div><div><button aria-label="Like (0 likes)" data-testid="likeBtn"></button></div></div></div></div>`;
    const html = fixture('thread.html').replace('</main>', `${hidden}</main>`);
    const got = await extract(html, THREAD);
    expect(got.posts.map((p) => [p.id, p.metrics.likes?.value])).toContainEqual([FOCUSED, 1380]);
    expect([got.posts.length, got.problems]).toEqual([5, []]);
    const stale = docOf(html, THREAD).querySelector('[style="display: none;"] [data-testid]')!;
    expect(adapter.postOf(stale)).toBeNull();
    const r = adapter.readPost(stale, ctxOf(THREAD));
    expect(!r.ok && r.problem.reason).toBe('a thread post without a link, on a hidden screen');
  });

  it('is read when the address names its author by DID', () => {
    const r = focused(`https://bsky.app/profile/${DID}/post/${FOCUSED}`);
    expect(r.ok && [r.post.id, r.post.author, r.post.url]).toEqual([FOCUSED, BRAND, THREAD]);
  });
});

describe('where a post ends', () => {
  it('maps a node inside a quoted post to the post quoting it, and a node outside posts to nothing', () => {
    const doc = docOf(fixture('home.html'));
    const quoted = doc.querySelector('[aria-label^="Post by "] a[data-tooltip]')!;
    expect(adapter.postOf(quoted.firstChild!)?.getAttribute('data-testid')).toBe(
      'feedItem-by-coffeedaily.com',
    );
    expect(adapter.postOf(doc.querySelector('nav')!)).toBeNull();
    expect(adapter.findPosts(quoted.closest('[data-testid^="feedItem-by-"]')!)).toHaveLength(1);
  });

  it('reads the format from the post’s own media only: video, several images, a link card', () => {
    const format = (inner: string) => {
      const got = readFirst(page(item({ inner })));
      return got.ok ? got.post.format : null;
    };
    const img = '<button aria-label=""><div data-expoimage="true"></div></button>';
    const quoted = `<div role="link" aria-label="Post by x.com">${img}<video></video></div>`;
    const embeds = ['<video></video>', img, img + img, '<a href="https://example.com/x">card</a>', quoted];
    expect(embeds.map(format)).toEqual(['video', 'image', 'carousel', 'link', 'text']);
  });

  it('puts the badge after the action buttons, inside the post', () => {
    const doc = docOf(fixture('profile.html'), PROFILE);
    const [first] = adapter.findPosts(adapter.feedRoot(doc)!);
    const anchor = adapter.badgeAnchor(first!)!;
    expect(anchor.parent.querySelector('[data-testid="likeBtn"]')).not.toBeNull();
    expect(first!.contains(anchor.parent)).toBe(true);
    const bare = docOf(page('<div data-testid="feedItem-by-x.com"></div>'));
    const post = bare.querySelector('[data-testid]')!;
    expect(adapter.badgeAnchor(post)).toEqual({ parent: post, before: null });
  });

  it('counts no post signs on pages it reads whole', () => {
    for (const [file, url] of [
      ['profile.html', PROFILE],
      ['home.html', HOME],
      ['thread.html', THREAD],
    ] as const)
      expect(adapter.postSigns(docOf(fixture(file), url)), file).toBe(0);
  });
});

describe('a post’s text', () => {
  const textOf = (html: string) => {
    const got = readFirst(html);
    return got.ok ? got.post.text : `unreadable: ${got.problem.reason}`;
  };

  it('is its own words, never those of the post it quotes', async () => {
    const got = await extract(fixture('profile.html'), PROFILE);
    const quoting = got.posts.find((p) => p.id === '3n2nmg4ednv2j');
    expect(quoting?.text).toBe('Huila, obviously.');
    expect(JSON.stringify(got.posts)).not.toContain('Which origin should we cup next week?');
    // Even a quoted card that marked its words as post text stays the quoted post's.
    const card =
      '<div role="link" aria-label="Post by x.com"><div data-testid="postText">Quoted words</div></div>';
    expect(textOf(page(item({ inner: card })))).toBe('Hello');
    // A quoting post with no words of its own has no text: the card's words are never taken for them.
    const bare = page(item({ inner: card })).replace('<div data-testid="postText">Hello</div>', '');
    const quoted = readFirst(bare);
    expect(quoted.ok && quoted.post).not.toHaveProperty('text');
  });

  it('is absent on a post with no words (an image only), and the post is still read', () => {
    const img = '<button aria-label=""><div data-expoimage="true"></div></button>';
    const got = readFirst(page(item({ inner: img }).replace('<div data-testid="postText">Hello</div>', '')));
    expect(got.ok).toBe(true);
    expect(got.ok && got.post).not.toHaveProperty('text');
    expect(got.ok && got.post.format).toBe('image');
  });

  it('keeps emoji, mentions and line breaks as one line', () => {
    const words = 'Roast day ☕️<br>with <a href="/profile/beth.bsky.social">@beth.bsky.social</a>  #coffee';
    const html = page(item({})).replace('data-testid="postText">Hello', `data-testid="postText">${words}`);
    expect(textOf(html)).toBe('Roast day ☕️ with @beth.bsky.social #coffee');
  });
});
