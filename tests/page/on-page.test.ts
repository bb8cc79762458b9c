// @vitest-environment happy-dom
// What the page holds of its posts: elements a recycling feed detached are let go, so a long scroll does
// not keep every post it passed alive, while the posts still shown stay as they were.
import { beforeEach, describe, expect, it } from 'vitest';
import { PostsOnPage } from '@/lib/page/on-page';
import type { PostReading, UnreadablePost } from '@/lib/sites/types';

const reading = (id: string) => ({ id }) as PostReading;
const failed: UnreadablePost = { platform: 'x', reason: 'reading failed: boom', failed: true };

/** A post element in the page, as a feed's cell holds it. */
function cell(): Element {
  const el = document.createElement('article');
  document.body.append(el);
  return el;
}

function read(page: PostsOnPage, id: string, el: Element) {
  page.seen(el, id);
  page.update(id, el, reading(id));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('PostsOnPage', () => {
  it('lets go of posts whose elements left the page, once it holds many, and keeps those shown', () => {
    const page = new PostsOnPage();
    const els = Array.from({ length: 300 }, (_, i) => {
      const el = cell();
      read(page, `p${i}`, el);
      return el;
    });
    // The feed recycled its cells: the first 290 posts were taken out of the page.
    for (const el of els.slice(0, 290)) el.remove();
    // It lets go once what it holds has doubled since it last looked (at 200): the scroll goes on.
    for (let i = 300; i < 700; i++) read(page, `p${i}`, cell());
    const held = [...page.posts.keys()];
    expect(held.filter((id) => Number(id.slice(1)) < 290)).toEqual([]);
    expect(held).toHaveLength(410);
    expect(page.read).toBe(410);
    // Every post still shown is reported; none that left is.
    expect(page.report(new Map()).posts).toHaveLength(410);
  });

  it('takes back an element that returns to the page, and lets go of readings that threw', () => {
    const page = new PostsOnPage();
    const back = cell();
    read(page, 'p0', back);
    const broken = cell();
    page.seen(broken, '', failed);
    back.remove();
    broken.remove();
    for (let i = 1; i < 260; i++) read(page, `p${i}`, cell());
    expect(page.posts.has('p0')).toBe(false);
    // The feed shows the element again: read again, it is held again.
    document.body.append(back);
    read(page, 'p0', back);
    expect(page.posts.get('p0')?.els).toEqual(new Set([back]));
    document.body.append(broken);
    expect(page.report(new Map()).unreadable).toEqual([]);
  });
});
