// @vitest-environment happy-dom
// The page's score requests: only posts saved or shown without a score, none still being saved, in turns of
// the background's limit, and a failed request's error shown until one succeeds.
import { describe, expect, it } from 'vitest';
import { PostsOnPage } from '@/lib/page/on-page';
import { pageScores } from '@/lib/page/page-scores';
import type { ContentSend } from '@/lib/protocol/messages';
import type { ScoreView } from '@/lib/score/view';
import type { PostReading } from '@/lib/sites/types';

/** A page showing posts p0…p(n-1), each read. */
function pageOf(n: number): PostsOnPage {
  const page = new PostsOnPage();
  for (let i = 0; i < n; i++) {
    const el = document.createElement('article');
    document.body.append(el);
    page.seen(el, `p${i}`);
    page.update(`p${i}`, el, { id: `p${i}` } as PostReading);
  }
  return page;
}

/** A background that scores every post it is asked for, or fails while `down` is set. */
function background() {
  const bg = { asked: [] as string[][], down: null as string | null, send: null as unknown as ContentSend };
  bg.send = (async (type: string, body: { postIds: string[] }) => {
    expect(type).toBe('getScores');
    bg.asked.push(body.postIds);
    if (bg.down) throw new Error(bg.down);
    return Object.fromEntries(body.postIds.map((id) => [id, { line: `score of ${id}` } as ScoreView]));
  }) as unknown as ContentSend;
  return bg;
}

describe('pageScores', () => {
  it('asks for the posts shown without a score, not those still being saved, in turns of 500', async () => {
    const bg = background();
    const rendered: string[] = [];
    const saving = new Set(['p3']);
    const scores = pageScores(bg.send, 'x', pageOf(1203), { isPending: (id) => saving.has(id) }, (id) =>
      rendered.push(id),
    );
    await scores.refresh();
    expect(bg.asked.map((ids) => ids.length)).toEqual([500, 500, 202]);
    expect(bg.asked.flat()).not.toContain('p3');
    expect(scores.map.get('p1202')?.line).toBe('score of p1202');
    expect(rendered).toHaveLength(1202);
    // Everything shown is scored now: nothing is asked again until a post is saved.
    await scores.refresh();
    expect(bg.asked).toHaveLength(3);
    scores.saved('p7');
    await scores.refresh();
    expect(bg.asked[3]).toEqual(['p7']);
  });

  it('keeps a failed request’s error, still draws its posts, and forgets the error once a request succeeds', async () => {
    const bg = background();
    const rendered: string[] = [];
    const scores = pageScores(bg.send, 'x', pageOf(2), { isPending: () => false }, (id) => rendered.push(id));
    bg.down = 'the background is restarting';
    await scores.refresh();
    expect(scores.error).toBe('the background is restarting');
    expect(scores.map.size).toBe(0);
    expect(rendered).toEqual(['p0', 'p1']);
    bg.down = null;
    await scores.refresh();
    expect(scores.error).toBeNull();
    expect(scores.map.size).toBe(2);
  });

  it('refreshes, on the timer, the last 500 shown even when each has a score', async () => {
    const bg = background();
    const scores = pageScores(bg.send, 'x', pageOf(600), { isPending: () => false }, () => {});
    await scores.refresh();
    bg.asked.length = 0;
    await scores.refresh(true);
    expect(bg.asked).toHaveLength(1);
    expect(bg.asked[0]).toHaveLength(500);
    expect(bg.asked[0]![0]).toBe('p100');
  });
});
