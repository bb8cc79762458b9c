// Where an X post's counts come from: the action bar's label where its words name each count, the
// buttons for a count it leaves out (a zero, or one drawn without its number in the label), and the
// buttons aligned by X's order where the label's words are of a language Resonance doesn't know.
import { describe, expect, it } from 'vitest';
import { xAdapter } from '@/lib/sites/x/adapter';
import { renderXProfile, type XPostSpec, xIdAt } from '@/scripts/demo/x-markup';
import { parsePage } from '@/scripts/lib/dom';

const NOW = Date.parse('2026-11-10T12:00:00Z');
const spec = (counts: Partial<XPostSpec>): XPostSpec => ({
  id: xIdAt(NOW - 3600e3, 1),
  author: 'Brand',
  name: 'Brand',
  text: 'words',
  publishedAt: NOW - 3600e3,
  replies: 48,
  reposts: 152,
  likes: 1480,
  bookmarks: 9,
  views: 30142,
  ...counts,
});

/** The post rendered as X draws it, changed by `alter` (its article), then read. */
function readWith(
  p: XPostSpec,
  alter: (post: Element) => void = () => {},
  locale = 'en',
  at = 'https://x.com/Brand',
) {
  const html = renderXProfile({
    handle: 'Brand',
    name: 'Brand',
    bio: '',
    followers: 1,
    following: 1,
    viewer: 'Brand',
    now: NOW,
    posts: [p],
  });
  const page = parsePage(html, 'https://x.com/Brand');
  const post = xAdapter.findPosts(page.document)[0]!;
  alter(post);
  const r = xAdapter.readPost(post, { locale, url: new URL(at), now: NOW });
  void page.close();
  return r;
}

const exact = (value: number) => ({ value, min: value, max: value });
/** What `spec({})` shows: every count, exact. */
const EVERY = {
  comments: exact(48),
  shares: exact(152),
  likes: exact(1480),
  saves: exact(9),
  views: exact(30142),
};
const button = (post: Element, testid: string) => post.querySelector(`[data-testid="${testid}"]`)!;
const shown = (el: Element) => el.querySelector('[data-testid="app-text-transition-container"]')!;

describe('the counts of an X post', () => {
  it('are the action bar label’s, exact, where its words name each one, whatever the buttons say', () => {
    const r = readWith(spec({}), (post) => {
      // Buttons whose labels lost their numbers, showing only their abbreviated text ("1.4K").
      for (const id of ['reply', 'retweet', 'like']) button(post, id).setAttribute('aria-label', 'Button');
      post.querySelector('a[href$="/analytics"]')!.setAttribute('aria-label', 'View post analytics');
    });
    expect(r.ok && r.post.metrics).toEqual(EVERY);
  });

  it('take a count the label leaves out from its button: a zero, or the number the button shows', () => {
    const zero = readWith(spec({ likes: 0, bookmarks: 0 }));
    expect(zero.ok && [zero.post.metrics.likes, zero.post.metrics.saves]).toEqual([exact(0), exact(0)]);
    // The label without its likes, the button showing 7: the button's number, not a zero.
    const drawn = readWith(spec({ likes: 0 }), (post) => {
      shown(button(post, 'like')).textContent = '7';
    });
    expect(drawn.ok && drawn.post.metrics.likes).toEqual(exact(7));
  });

  it('make the post unreadable when a count left out of the label is shown but can’t be read', () => {
    const r = readWith(spec({ likes: 0 }), (post) => {
      button(post, 'like').setAttribute('aria-label', '-5 Likes. Like');
    });
    expect(r.ok ? r.post.metrics : r.problem.reason).toBe("the likes count shown can't be read");
  });

  it('take the quotes the label names on the post’s own page, where its quotes link is not asked', () => {
    const p = spec({});
    const r = readWith(
      p,
      (post) => {
        const bar = post.querySelector('[role="group"]')!;
        bar.setAttribute('aria-label', `${bar.getAttribute('aria-label')}, 12 quotes`);
      },
      'en',
      `https://x.com/Brand/status/${p.id}`,
    );
    expect(r.ok && r.post.metrics.quotes).toEqual(exact(12));
  });

  it('are aligned by X’s order with the buttons where the label’s words are unknown', () => {
    const r = readWith(
      spec({}),
      (post) => {
        post
          .querySelector('[role="group"]')!
          .setAttribute(
            'aria-label',
            '48 Antworten, 152 Reposts, 1480 Mal geliked, 9 Lesezeichen, 30142 Mal angezeigt',
          );
        for (const [id, label] of [
          ['reply', '48 Antworten. Antworten'],
          ['retweet', '152 Reposts. Reposten'],
          ['like', '1480 Mal geliked. Gefällt mir'],
        ])
          button(post, id!).setAttribute('aria-label', label!);
        post.querySelector('a[href$="/analytics"]')!.remove();
      },
      'de',
    );
    expect(r.ok && r.post.metrics).toEqual(EVERY);
  });
});
