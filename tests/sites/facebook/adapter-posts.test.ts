// The Facebook adapter reading one post: counts and times in other languages, whose post it is (shares, ads
// without their usual landmarks, comments), and its own text.
import { describe, expect, it } from 'vitest';
import { facebookAdapter as adapter } from '@/lib/sites/facebook/adapter';
import type { ReadResult } from '@/lib/sites/types';
import { extractPage } from '@/scripts/lib/extract-page';
import { ctxOf, docOf, fixture, NOW, PFBID, page, postHtml, readFirst, useCleanup } from './setup';

const exact = (n: number) => ({ value: n, min: n, max: n });

useCleanup();

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
