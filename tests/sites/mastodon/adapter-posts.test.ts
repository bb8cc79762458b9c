// The Mastodon adapter reading one post: keeping to its own counts, author and words around a quoted post,
// counters and times as Mastodon and its forks draw them, and its text under content warnings and filters.
import { describe, expect, it } from 'vitest';
import { mastodonAdapter as adapter } from '@/lib/sites/mastodon/adapter';
import { BLANK_REPLIES } from '@/lib/sites/mastodon/counts';
import { extractPage } from '@/scripts/lib/extract-page';
import { ctxOf, docOf, fixture, NOW, page, readFirst, statusHtml, useCleanup } from './setup';

useCleanup();

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
