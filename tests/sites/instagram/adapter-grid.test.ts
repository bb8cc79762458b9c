// The Instagram adapter on a profile's grid tiles: which are posts, the counts and views their overlays show,
// their author and time, and the pointer's hover (with the profile-grid fixture).
import { describe, expect, it } from 'vitest';
import { instagramAdapter as adapter } from '@/lib/sites/instagram/adapter';
import { ctxOf, docOf, fixture, HOME, page, useCleanup } from './setup';

useCleanup();

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
