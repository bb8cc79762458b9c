// Finding the posts an element the page added holds, on X's timeline (lib/sites/x/adapter.ts findPosts): a
// cell's post, and that of the element a recycled cell is given, without querying the cell; every post of
// several cells; none of a promoted one. Every element of every fixture: tests/sites/only-post.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { xAdapter } from '@/lib/sites/x/adapter';
import { X } from '@/lib/sites/x/selectors';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';

const DIR = join('tests', 'fixtures', 'x');
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
});
