// The LinkedIn adapter on what belongs to a card: ads told by their tracking scope, its activity id, reshared
// posts and comments, and its text.
import { describe, expect, it } from 'vitest';
import { linkedinAdapter as adapter } from '@/lib/sites/linkedin/adapter';
import { extractPage } from '@/scripts/lib/extract-page';
import { docOf, FEED, fixture, legacyCard, NOW, page, readFirst, useCleanup } from './setup';

useCleanup();

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

  it('drops a current card marked as an ad in another language, its words on two lines', () => {
    const html = fixture('home-feed-current.html');
    const count = (h: string) => adapter.findPosts(adapter.feedRoot(docOf(h))!).length;
    const marked = (label: string) => html.replace('<span>Promoted</span>', `<span>${label}</span>`);
    expect(count(marked('Shared'))).toBe(count(html) + 1);
    expect(count(marked('Post\n                sponsorisé'))).toBe(count(html));
    expect(count(marked('Treść  promowana'))).toBe(count(html));
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

  it('takes a current card’s own id, never one that a post reshared inside it names', () => {
    const ctx = { locale: 'en', url: new URL(FEED), now: NOW };
    for (const boundary of ['update-components-mini-update-v2', 'a nested card']) {
      const doc = docOf(fixture('home-feed-current.html'));
      const [card] = adapter.findPosts(adapter.feedRoot(doc)!);
      expect(adapter.identify!(card!, ctx)?.id).toBe('7525856579971332247');
      // The reshared post, with its breadcrumb and its permalink, inside the card's text.
      const reshared = doc.createElement('div');
      if (boundary === 'a nested card') {
        reshared.setAttribute('role', 'listitem');
        reshared.setAttribute('componentkey', 'expandedReshared');
      } else reshared.className = boundary;
      const scope = reshared.appendChild(doc.createElement('div'));
      scope.setAttribute(
        'data-view-tracking-scope',
        card!
          .querySelector('[data-view-tracking-scope]')!
          .getAttribute('data-view-tracking-scope')!
          .replace(/7525856579971332247/g, '7520000000000000001'),
      );
      reshared
        .appendChild(doc.createElement('a'))
        .setAttribute('href', '/feed/update/urn:li:activity:7520000000000000001/');
      card!.querySelector('[data-testid="expandable-text-box"]')!.after(reshared);
      expect(adapter.identify!(card!, ctx)?.id, boundary).toBe('7525856579971332247');
      const r = adapter.readPost(card!, ctx);
      expect(r.ok && r.post.id, boundary).toBe('7525856579971332247');
    }
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
