// Finding the posts an element the page added holds (lib/sites/x/adapter.ts findPosts): a timeline cell's
// post is found down its chain of only children, without querying the whole cell; whatever the element,
// the answer is the one a query of every post in it gives (top-level posts, promoted ones left out).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { xAdapter } from '@/lib/sites/x/adapter';
import { X } from '@/lib/sites/x/selectors';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';

const DIR = join('tests', 'fixtures', 'x');
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.html'));
const CELL = '[data-testid="cellInnerDiv"]';
const pages: ParsedPage[] = [];
afterAll(() => Promise.all(pages.map((p) => p.close())));

function open(file: string): Document {
  const page = parsePage(readFileSync(join(DIR, file), 'utf8'), 'https://x.com/NorthwindCoffee');
  pages.push(page);
  return page.document;
}

/** What a query of every post under `root` finds: its top-level posts that are not promoted. */
const queried = (root: Element) =>
  [...root.querySelectorAll(X.post.css)].filter(
    (el) => !el.parentElement?.closest(X.post.css) && !el.closest(X.promoted.css),
  );

/** `root`'s own query, made to fail: the post must be found without it. */
function withoutQuery(root: Element): Element {
  root.querySelectorAll = () => {
    throw new Error('the cell was queried');
  };
  return root;
}

describe('the posts an added element holds (X)', () => {
  it.each(FIXTURES)('%s: are those a query of every post in it finds, for every element', (file) => {
    const doc = open(file);
    let compared = 0;
    for (const el of doc.body.querySelectorAll('*')) {
      // A post itself is answered as its outermost post, not by a query.
      if (el.matches(X.post.css)) continue;
      expect(xAdapter.findPosts(el)).toEqual(queried(el));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('are found in a timeline cell, and in the element a recycled cell is given, without a query', () => {
    const doc = open('profile.html');
    const cells = [...doc.querySelectorAll(CELL)].filter((c) => queried(c).length === 1);
    expect(cells.length).toBeGreaterThan(3);
    for (const cell of cells) {
      const post = queried(cell)[0]!;
      expect(xAdapter.findPosts(withoutQuery(cell.firstElementChild!))).toEqual([post]);
      expect(xAdapter.findPosts(withoutQuery(cell))).toEqual([post]);
    }
  });

  it('are every post of an element holding several cells, and none of a promoted cell', () => {
    const doc = open('promoted.html');
    const list = doc.querySelector(CELL)!.parentElement!;
    const all = queried(list);
    expect(all.length).toBeGreaterThan(1);
    expect(xAdapter.findPosts(list)).toEqual(all);
    const promoted = [...doc.querySelectorAll(CELL)].find(
      (c) => c.querySelector(X.post.css) && queried(c).length === 0,
    );
    expect(promoted).toBeDefined();
    expect(xAdapter.findPosts(promoted!)).toEqual([]);
  });

  it('are none in an element inside a post, even one whose only child is a post it embeds', () => {
    const doc = open('quote.html');
    const post = queried(doc.body)[0]!;
    const wrapper = doc.createElement('div');
    wrapper.append(post.cloneNode(true));
    post.append(wrapper);
    expect(queried(wrapper)).toEqual([]);
    expect(xAdapter.findPosts(withoutQuery(wrapper))).toEqual([]);
  });
});
