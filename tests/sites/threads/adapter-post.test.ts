// The Threads adapter on one post: its time (the permalink's, else its post code's), its scope (never a quoted
// post or a reply), and its text (follows tests/fixtures/threads/profile.html).
import { describe, expect, it } from 'vitest';
import { shortcodeAt } from '@/lib/sites/shared/time/shortcode';
import { threadsAdapter as adapter } from '@/lib/sites/threads/adapter';
import type { ReadResult } from '@/lib/sites/types';
import { extractPage } from '@/scripts/lib/extract-page';
import {
  BRAND,
  ctxOf,
  docOf,
  exact,
  fixture,
  icon,
  metricsOf,
  NOW,
  POST_PAGE,
  PROFILE,
  page,
  post,
  readFirst,
  useCleanup,
} from './harness';

useCleanup();

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
