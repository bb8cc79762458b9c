// The LinkedIn adapter on what the fixtures don't show well: altered pages, a post that throws, page kinds,
// accounts, counts in other languages, times without an id, ads told by their tracking scope.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { linkedinAdapter as adapter } from '@/lib/sites/linkedin/adapter';
import { metricOfText } from '@/lib/sites/linkedin/counts';
import { accountOfHref } from '@/lib/sites/linkedin/identity';
import type { ReadResult, SiteAdapter } from '@/lib/sites/types';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

const fixture = (file: string) => readFileSync(join('tests', 'fixtures', 'linkedin', file), 'utf8');
const NOW = Date.parse('2026-11-10T12:00:00Z');
const FEED = 'https://www.linkedin.com/feed/';
const ID = '7525856579968874925'; // 2026-11-10T09:47:12.318Z

const open: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});
function docOf(html: string, url = FEED): Document {
  const page = parsePage(html, url);
  open.push(page);
  return page.document;
}

/** A legacy card as the real home-feed capture draws it, reduced to what is read. */
function legacyCard(o: {
  urn?: string;
  sub?: string;
  reactions?: string;
  comments?: string;
  scope?: string;
}) {
  const counts =
    o.reactions === undefined
      ? ''
      : `<div class="social-details-social-counts"><ul><li class="social-details-social-counts__item social-details-social-counts__reactions"><button data-reaction-details="" aria-label="${o.reactions}"><span aria-hidden="true" class="social-details-social-counts__reactions-count">x</span></button></li>${o.comments ? `<li class="social-details-social-counts__item social-details-social-counts__comments"><button aria-label="${o.comments}"><span aria-hidden="true">${o.comments}</span></button></li>` : ''}</ul></div>`;
  const card = `<div class="feed-shared-update-v2" role="article" data-urn="urn:li:activity:${o.urn ?? ID}"><div class="update-components-actor__meta"><a class="update-components-actor__meta-link" href="https://www.linkedin.com/company/lumen-roasters/posts">Lumen Roasters</a><span class="update-components-actor__sub-description"><span aria-hidden="true">${o.sub ?? '2h •'}</span><span class="visually-hidden">long</span></span></div><div class="update-v2-social-activity">${counts}<div class="feed-shared-social-action-bar"><button>Like</button></div></div></div>`;
  return o.scope === undefined
    ? card
    : `<div data-view-name="feed-full-update" data-view-tracking-scope="${o.scope}">${card}</div>`;
}
const page = (cards: string, lang = 'en') =>
  `<html lang="${lang}"><body><main><div class="scaffold-finite-scroll__content">${cards}</div></main></body></html>`;

function readFirst(html: string, locale = 'en', now = NOW): ReadResult {
  const doc = docOf(html);
  const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
  return adapter.readPost(post!, { locale, url: new URL(FEED), now });
}

describe('an altered page', () => {
  it('with the legacy cards renamed is broken, "no post container found": no numbers', async () => {
    const html = fixture('home-feed-legacy.html').replace(/feed-shared-update-v2 /g, 'feed-update-v3 ');
    const got = await extractPage(html, FEED, { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('with the current cards renamed is broken, found by their control menus', async () => {
    const html = fixture('home-feed-current.html').replace(/role="listitem"/g, 'role="article"');
    const got = await extractPage(html, FEED, { adapter, now: NOW });
    expect(got.health).toEqual({ state: 'broken', why: 'no post container found' });
    expect(got.posts).toEqual([]);
  });

  it('with the counts bar gone is broken with the reason, and stores nothing', async () => {
    const html = fixture('company-posts.html')
      .replace(/social-details-social-counts/g, 'social-proof-bar')
      .replace(/feed-shared-social-action-bar/g, 'action-row');
    const got = await extractPage(html, 'https://www.linkedin.com/company/lumen-roasters/posts/', {
      adapter,
      now: NOW,
    });
    expect(got.health.state).toBe('broken');
    expect(got.health.state === 'broken' && got.health.why).toContain('no counts found');
    expect(got.posts).toEqual([]);
  });

  it('where one post makes the adapter throw still reads the others', () => {
    const doc = docOf(
      fixture('company-posts.html'),
      'https://www.linkedin.com/company/lumen-roasters/posts/',
    );
    const failing: SiteAdapter = {
      ...adapter,
      readPost(el, ctx) {
        if (el.getAttribute('data-urn')?.endsWith('7524765203134637829')) throw new Error('boom');
        return adapter.readPost(el, ctx);
      },
    };
    const ctx = { locale: 'en', url: new URL(FEED), now: NOW };
    const results = adapter.findPosts(adapter.feedRoot(doc)!).map((el) => readSafely(failing, el, ctx));
    expect(results).toHaveLength(6);
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    expect(results.map((r) => (r.ok ? 'ok' : r.problem.reason))).toContain('reading failed: boom');
  });
});

describe('counts', () => {
  it('in French, with a narrow no-break space grouping', () => {
    const r = readFirst(
      page(legacyCard({ reactions: '1\u202f234 réactions', comments: '56 commentaires' }), 'fr'),
      'fr',
    );
    expect(r.ok && r.post.metrics).toEqual({
      likes: { value: 1234, min: 1234, max: 1234 },
      comments: { value: 56, min: 56, max: 56 },
    });
  });

  it('abbreviated in the current markup, kept as the range they stand for', () => {
    const html = fixture('home-feed-current.html').replace(
      'aria-label="1,342 reactions"',
      'aria-label="1.2K reactions"',
    );
    const r = readFirst(html);
    expect(r.ok && r.post.metrics.likes).toEqual({ value: 1225, min: 1150, max: 1299 });
  });

  it('names a count by the words right after its number, in the languages known', () => {
    expect(metricOfText('12 reposts of Comment Co’s post')).toBe('shares');
    expect(metricOfText('1.2K reactions')).toBe('likes');
    expect(metricOfText('1,2 mil reacciones')).toBe('likes');
    expect(metricOfText('56 Kommentare zum Beitrag von Lumen Roasters')).toBe('comments');
    expect(metricOfText('2,304 impressions')).toBe('views');
    expect(metricOfText('1,234 views')).toBeNull(); // a video's plays are not impressions
    expect(metricOfText('4,210 followers')).toBeNull();
  });

  it('never takes "Ada Byte and 11 others" for the reactions count', () => {
    const html = page(legacyCard({ reactions: 'Ada Byte and 11 others' })).replace('>x</span>', '></span>');
    const r = readFirst(html);
    expect(!r.ok && r.problem.reason).toBe("the likes count shown can't be read");
  });

  it('a count shown that can’t be read makes the post unreadable, never a zero', () => {
    const r = readFirst(page(legacyCard({ reactions: '1,2,3,4,5,6,7,8,9 reactions' })));
    expect(!r.ok && r.problem.reason).toBe("the likes count shown can't be read");
  });
});

describe('time', () => {
  it('comes from the activity id, exact, whatever the card says', () => {
    const r = readFirst(page(legacyCard({ sub: '3d • Edited •', reactions: '5 reactions' })));
    expect(r.ok && [r.post.publishedAt, r.post.publishedPrecision]).toEqual([
      Date.parse('2026-11-10T09:47:12.318Z'),
      undefined,
    ]);
  });

  it('falls back to the short age shown, with its precision, when the id gives none', () => {
    const early = Date.parse('2026-11-01T12:00:00Z'); // the id's time is then in the future: not plausible
    const r = readFirst(page(legacyCard({ sub: '3d • Edited •', reactions: '5 reactions' })), 'en', early);
    expect(r.ok && [r.post.publishedAt, r.post.publishedPrecision]).toEqual([
      early - 3 * 86400e3,
      12 * 3600e3,
    ]);
    const guest = readFirst(
      fixture('company-guest.html').replaceAll('7525151521209067485', '9925151521209067485'),
      'en',
      early,
    );
    expect(guest.ok && [guest.post.publishedAt, guest.post.publishedPrecision]).toEqual([
      early - 2 * 86400e3,
      12 * 3600e3,
    ]);
    // Other languages' ages are not read (LinkedIn's own reader, see lib/sites/linkedin/time.ts): no time, no guess.
    const de = readFirst(
      page(legacyCard({ sub: '2 Std. • Bearbeitet •', reactions: '5 Reaktionen' }), 'de'),
      'de',
      early,
    );
    expect(de.ok && [de.post.publishedAt, de.post.publishedPrecision]).toEqual([null, undefined]);
  });
});

describe('ads and ids', () => {
  it('drops a card whose tracking scope is a sponsored update, even without "Promoted"', () => {
    const scope = '[{&quot;topicName&quot;:&quot;SponsoredUpdateServedEvent&quot;}]';
    const doc = docOf(
      page(
        legacyCard({ reactions: '5 reactions', scope }) +
          legacyCard({ urn: '7525856579968874926', reactions: '6 reactions' }),
      ),
    );
    const posts = adapter.findPosts(adapter.feedRoot(doc)!);
    expect(posts.map((p) => p.getAttribute('data-urn'))).toEqual(['urn:li:activity:7525856579968874926']);
    expect(adapter.postOf(doc.querySelector('button')!)).toBeNull();
  });

  it('refuses a current card that names two activities, and ignores malformed breadcrumbs', () => {
    const html = fixture('home-feed-current.html');
    const two = html.replace(
      '<span data-testid="expandable-text-box" class="_0e9b4c71">Our Huila',
      '<a href="/feed/update/urn:li:activity:7525196722558304296/">x</a><span data-testid="expandable-text-box" class="_0e9b4c71">Our Huila',
    );
    const r = readFirst(two);
    expect(!r.ok && r.problem.reason).toContain('several activity ids');
    const bad = readFirst(html.replace('data-view-tracking-scope="[{', 'data-view-tracking-scope="[{{'));
    expect(!bad.ok && bad.problem.reason).toContain('no activity id');
  });

  it('a repost whose own actor link is gone has no author, never the reshared post’s', () => {
    const doc = docOf(fixture('home-feed-legacy.html'));
    const card = doc.querySelector('[data-urn="urn:li:activity:7525196722558247627"]')!;
    const own = [...card.querySelectorAll('a[href*="/company/lumen-roasters/"]')];
    expect(own.length).toBeGreaterThan(0);
    for (const a of own) a.removeAttribute('href');
    // What stands in for it: the reshared post's actor, inside the card.
    expect(card.querySelector('.update-components-mini-update-v2 a[href*="/in/ada-byte"]')).not.toBeNull();
    const ctx = { locale: 'en', url: new URL(FEED), now: NOW };
    const r = adapter.readPost(card, ctx);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('ada-byte');
    expect(adapter.identify!(card, ctx)).toBeNull();
  });

  it('a node inside a reshared post or a comment belongs to the outer card', () => {
    const doc = docOf(fixture('home-feed-legacy.html'));
    const inner = doc.querySelector('.update-components-mini-update-v2 img')!;
    expect(adapter.postOf(inner)?.getAttribute('data-urn')).toBe('urn:li:activity:7525196722558247627');
    const comment = doc.querySelector('article.comments-comment-entity')!;
    expect(adapter.postOf(comment)?.getAttribute('data-urn')).toBe('urn:li:activity:7525814170886449027');
  });
});

describe('authors', () => {
  it('in the current markup without English labels, come from the avatar link, never the context line', async () => {
    const html = fixture('home-feed-current.html').replaceAll(
      'Open control menu for post by',
      'Steuerungsmenü für Beitrag von',
    );
    const got = await extractPage(html, FEED, { adapter, now: NOW });
    expect(got.posts.map((p) => p.author)).toEqual([
      'company/lumen-roasters',
      'in/jonas-berg-4a1b2c3',
      'company/lumen-roasters',
    ]);
    expect(got.problems.map((p) => p.author)).toEqual(['company/lumen-roasters', 'in/ada-byte']);
  });
});

describe('pageKind', () => {
  const kind = (path: string) => adapter.pageKind(new URL(`https://www.linkedin.com${path}`)).posts;
  it.each([
    '/feed/',
    '/in/mara-lindqvist/',
    '/in/mara-lindqvist/recent-activity/all/',
    '/company/lumen-roasters/',
    '/company/lumen-roasters/posts/',
    '/company/104523/admin/page-posts/published/',
    '/showcase/lumen-labs/posts/',
    '/feed/update/urn:li:activity:7525856579968874925/',
    '/search/results/content/?keywords=coffee',
  ])('%s shows posts', (path) => expect(kind(path)).toBe(true));
  it.each([
    '/messaging/',
    '/jobs/view/123/',
    '/mynetwork/',
    '/notifications/',
    '/mypreferences/d/categories/account',
    '/psettings/',
    '/in/mara-lindqvist/details/experience/',
    '/company/lumen-roasters/about/',
    '/company/lumen-roasters/people/',
    '/login',
  ])('%s shows none, and says so', (path) =>
    expect(adapter.pageKind(new URL(`https://www.linkedin.com${path}`))).toEqual({
      posts: false,
      why: 'this LinkedIn page shows no posts',
    }),
  );
});

describe('accounts', () => {
  it('reads authors from links on any linkedin.com host, and nothing else', () => {
    expect(accountOfHref('https://ca.linkedin.com/in/andrewjjenkins?trk=x')).toBe('in/andrewjjenkins');
    expect(accountOfHref('/company/lumen-roasters/posts')).toBe('company/lumen-roasters');
    expect(accountOfHref('https://www.linkedin.com/school/uppsala-university/')).toBe(
      'school/uppsala-university',
    );
    for (const bad of [
      'http://www.linkedin.com/in/ada',
      'https://linkedin.com.evil.example/in/ada',
      'https://evil.example/in/ada',
      '/feed/',
      '/in/',
      'javascript:alert(1)',
    ])
      expect(accountOfHref(bad), bad).toBeNull();
  });

  it('names the page’s account from the URL; managed on an admin view or the member’s own profile', () => {
    const doc = docOf(fixture('home-feed-legacy.html'));
    const of = (path: string) => adapter.pageAccount(doc, new URL(`https://www.linkedin.com${path}`));
    expect(of('/company/lumen-roasters/posts/')).toEqual({ handle: 'company/lumen-roasters' });
    expect(of('/company/104523/admin/page-posts/published/')).toEqual({
      handle: 'company/104523',
      managed: true,
    });
    expect(of('/in/Mara-Lindqvist/')).toEqual({ handle: 'in/Mara-Lindqvist', managed: true }); // the viewer
    expect(of('/in/jonas-berg-4a1b2c3/recent-activity/all/')).toEqual({ handle: 'in/jonas-berg-4a1b2c3' });
    expect(of('/feed/')).toBeNull();
    // Guests are sent to country hosts (the real Audiense page: uk.linkedin.com).
    expect(adapter.pageAccount(doc, new URL('https://uk.linkedin.com/company/audiense'))).toEqual({
      handle: 'company/audiense',
    });
    expect(of('/in/x/')).toBeNull();
  });

  it('reads the viewer from the feed’s profile card, with their name; none when logged out', () => {
    expect(adapter.viewer(docOf(fixture('home-feed-legacy.html')))).toEqual({
      handle: 'in/mara-lindqvist',
      name: 'Mara Lindqvist',
    });
    expect(adapter.viewer(docOf(fixture('company-guest.html')))).toBeNull();
  });
});

describe('page plumbing', () => {
  it('watches ids, labels and count attributes, not class churn', () => {
    expect(adapter.observe.attributes).toEqual(
      expect.arrayContaining(['data-urn', 'aria-label', 'componentkey']),
    );
    expect(adapter.observe.attributes).not.toContain('class');
  });

  it('puts the badge after the counts, else before the action bar', () => {
    const doc = docOf(
      page(legacyCard({ reactions: '5 reactions' }) + legacyCard({ urn: '7525856579968874926' })),
    );
    const [withCounts, without] = adapter.findPosts(adapter.feedRoot(doc)!);
    const a = adapter.badgeAnchor(withCounts!)!;
    expect((a.before as Element).matches('.feed-shared-social-action-bar')).toBe(true);
    const b = adapter.badgeAnchor(without!)!;
    expect((b.before as Element).matches('.feed-shared-social-action-bar')).toBe(true);
  });

  it('finds the feed of each markup', () => {
    expect(adapter.feedRoot(docOf(fixture('home-feed-current.html')))?.getAttribute('data-testid')).toBe(
      'mainFeed',
    );
    expect(adapter.feedRoot(docOf(fixture('company-guest.html')))?.getAttribute('data-test-id')).toBe(
      'updates',
    );
    expect(
      adapter.feedRoot(docOf(fixture('home-feed-legacy.html')))?.matches('.scaffold-finite-scroll__content'),
    ).toBe(true);
  });
});

describe('a post’s text', () => {
  const read = (file: string) => extractPage(fixture(file), FEED, { adapter, now: NOW });

  it('of a repost with its own words is those words, never the reshared post’s', async () => {
    const got = await read('home-feed-legacy.html');
    const text = new Map(got.posts.map((p) => [p.id, p.text]));
    expect(text.get('7525196722558247627')).toBe(
      'Proud of Ada, who trained half our team. This is what practice looks like.',
    );
    const all = JSON.stringify(got);
    expect(all).not.toContain('My first rosetta on oat milk');
  });

  it('is never a comment’s words, in the legacy and the current markup', async () => {
    const legacy = await read('home-feed-legacy.html');
    expect(legacy.posts.find((p) => p.id === '7525814170886449027')?.text).toBe(
      'Which roasters still cup every batch by hand? Asking for our new training plan.',
    );
    expect(JSON.stringify(legacy)).not.toContain('Every single batch, every morning');
    const current = await read('home-feed-current.html');
    expect(current.posts.find((p) => p.id === '7525814170886716829')?.text).toBe(
      'Which roasters still cup every batch by hand? Asking for our new training plan.',
    );
    const all = JSON.stringify(current);
    expect(all).not.toContain('Happy to share our cupping sheet');
    // The "… more" button beside the words is not one of them.
    expect(all).not.toContain('… more');
  });

  it('leaves out the visually hidden "hashtag" before each tag, and the "see more" button', async () => {
    const tag = (t: string) =>
      `<a href="https://www.linkedin.com/search/results/all/?keywords=%23${t}"><span class="visually-hidden">hashtag</span><span><span aria-hidden="true">#</span>${t}</span></a>`;
    const html = fixture('home-feed-legacy.html').replace(
      'Our Huila single-origin is back: cherry, cacao and a long finish.',
      `Our Huila is back ${tag('coffee')}<span class="white-space-pre"> </span>${tag('huila')}<button class="see-more">…see more</button>`,
    );
    const got = await extractPage(html, FEED, { adapter, now: NOW });
    expect(got.posts[0]?.text).toBe('Our Huila is back #coffee #huila Order by Friday for Monday roasting.');
  });
});
