// The post an element the page added holds, found down its chain of only children where one ends in a post
// (lib/sites/shared/only-post.ts), on the sites whose posts are found that way: for every element of every
// project fixture, the posts found are those of the whole page that lie in it (several feed items give every
// post, a promoted one none), and a feed item whose chain ends in its post, or any element down that chain,
// is never queried.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkedinAdapter } from '@/lib/sites/linkedin/adapter';
import { POST_CSS as LINKEDIN_POST } from '@/lib/sites/linkedin/scope';
import { mastodonAdapter } from '@/lib/sites/mastodon/adapter';
import { POST_CSS as MASTODON_POST } from '@/lib/sites/mastodon/scope';
import type { SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x/adapter';
import { X } from '@/lib/sites/x/selectors';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';

const SITES: [string, SiteAdapter, string, string][] = [
  ['x', xAdapter, X.post.css, 'https://x.com/NorthwindCoffee'],
  ['linkedin', linkedinAdapter, LINKEDIN_POST, 'https://www.linkedin.com/feed/'],
  ['mastodon', mastodonAdapter, MASTODON_POST, 'https://mastodon.social/home'],
];
const pages: ParsedPage[] = [];
afterAll(() => Promise.all(pages.map((p) => p.close())));

const cases = SITES.flatMap(([site, adapter, css, url]) =>
  readdirSync(join('tests', 'fixtures', site))
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ name: `${site}/${file}`, site, file, adapter, css, url })),
);

function open(site: string, file: string, url: string): Document {
  const page = parsePage(readFileSync(join('tests', 'fixtures', site, file), 'utf8'), url);
  pages.push(page);
  return page.document;
}

/** The top of the chain of only children that ends in `post` (at most `levels` above it). */
function chainTop(post: Element, levels: number): Element {
  let top = post;
  for (let i = 0; i < levels && top.parentElement?.childElementCount === 1; i++) top = top.parentElement;
  return top;
}

describe('the posts an element the page added holds', () => {
  it.each(cases)('$name: are the page’s posts that lie in it, for every element', (c) => {
    const doc = open(c.site, c.file, c.url);
    const all = c.adapter.findPosts(doc);
    let compared = 0;
    for (const el of doc.body.querySelectorAll('*')) {
      // A post itself is answered as its outermost post, not by looking inside it.
      if (el.matches(c.css)) continue;
      expect(c.adapter.findPosts(el)).toEqual(all.filter((p) => el.contains(p)));
      compared++;
    }
    if (all.length) expect(compared).toBeGreaterThan(100);
  });

  it.each(cases)('$name: are found in a feed item that is a chain of only children, without a query', (c) => {
    const doc = open(c.site, c.file, c.url);
    for (const post of c.adapter.findPosts(doc)) {
      const top = chainTop(post, 6);
      if (top === post || top === doc.body) continue;
      // The item, and each element down its chain (what a recycled item is given: X's cell, its new child).
      for (let el = top; el !== post; el = el.firstElementChild!) {
        el.querySelectorAll = () => {
          throw new Error('the feed item was queried');
        };
        expect(c.adapter.findPosts(el)).toEqual([post]);
      }
    }
  });

  it.each(SITES)(
    '%s: are none in an element inside a post whose only child is a post it embeds',
    (site, adapter, css, url) => {
      const file = readdirSync(join('tests', 'fixtures', site)).find(
        (f) => f.endsWith('.html') && f !== 'settings.html',
      )!;
      const doc = open(site, file, url);
      const post = adapter.findPosts(doc)[0]!;
      const wrapper = doc.createElement('div');
      wrapper.append(post.cloneNode(true));
      post.append(wrapper);
      expect(wrapper.firstElementChild!.matches(css)).toBe(true);
      wrapper.querySelectorAll = () => {
        throw new Error('the element was queried');
      };
      expect(adapter.findPosts(wrapper)).toEqual([]);
    },
  );

  it('are found that way on every site in some fixture', () => {
    const chained = new Set<string>();
    for (const c of cases) {
      const doc = open(c.site, c.file, c.url);
      if (c.adapter.findPosts(doc).some((p) => chainTop(p, 6) !== p)) chained.add(c.site);
    }
    expect([...chained].sort()).toEqual(SITES.map(([s]) => s).sort());
  });
});
