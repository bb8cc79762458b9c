// @vitest-environment happy-dom
// The badges' layer: closed to the page, one badge per post element, placed at once with its room kept,
// drawn once there is something to say and the post is near the viewport, nothing drawn twice, stale
// hosts gone. Nearness is told by hand here (a fake IntersectionObserver); time moves only on a fake clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BadgeLayer } from '@/lib/page/badge-layer';
import type { BadgeView } from '@/lib/page/badge-state';
import type { NearWatch } from '@/lib/page/near';
import type { ScoreView } from '@/lib/score/view';

const pending: BadgeView = { kind: 'pending' };
const unreadable: BadgeView = { kind: 'unreadable', reason: 'no counts found' };
const scored = (line: string): BadgeView => ({ kind: 'score', score: { line } as ScoreView });

/**
 * Nearness told by the test: `bring(host)` is the browser saying the host came near the viewport,
 * `away(host)` that it left.
 */
function fakeNear() {
  const watched = new Set<Element>();
  let tell: Parameters<NearWatch>[0] = () => {};
  const near: NearWatch = (onChange) => {
    tell = onChange;
    return { observe: (h) => void watched.add(h), unobserve: (h) => void watched.delete(h) };
  };
  // As an IntersectionObserver does, only watched hosts are told of.
  const say =
    (isIntersecting: boolean) =>
    (...hosts: Element[]) =>
      tell(hosts.filter((h) => watched.has(h)).map((target) => ({ target, isIntersecting })));
  return { near, watched, bring: say(true), away: say(false) };
}

function setup() {
  const drawn: [string, BadgeView][] = [];
  const n = fakeNear();
  const layer = new BadgeLayer({
    css: '.badge{}',
    draw: (root, view) => void drawn.push([(root.host as Element).getAttribute('data-post')!, view]),
    near: n.near,
  });
  const at = (post: Element) => () => ({ parent: post, before: null });
  const host = (post: Element) => post.querySelector('resonance-badge')!;
  return { layer, drawn, at, host, ...n };
}

beforeEach(() => {
  document.body.innerHTML = '<article id="a"></article><article id="b"></article>';
});
afterEach(() => vi.useRealTimers());
const [A, B] = [() => document.getElementById('a')!, () => document.getElementById('b')!];

describe('BadgeLayer', () => {
  it('places a closed host at once: the page sees where the badge is, never the score inside', () => {
    const { layer, drawn, at, host, bring } = setup();
    layer.show('1', A(), at(A()), scored('1.5×'));
    expect(host(A()).getAttribute('data-post')).toBe('1');
    expect(host(A()).shadowRoot).toBeNull();
    expect(drawn).toEqual([]);
    bring(host(A()));
    expect(drawn).toEqual([['1', scored('1.5×')]]);
  });

  it('draws a badge near the viewport once it has something to say, not while it is saving', () => {
    const { layer, drawn, at, host, bring, watched } = setup();
    layer.show('1', A(), at(A()), pending);
    layer.show('2', B(), at(B()), pending);
    // Saving: its nearness is not even watched (the browser would work it out in every frame).
    expect(watched.size).toBe(0);
    layer.show('1', A(), at(A()), scored('2.0×'));
    expect(drawn).toEqual([]);
    expect([...watched]).toEqual([host(A())]);
    bring(host(A()));
    expect(drawn).toEqual([['1', scored('2.0×')]]);
    // Drawn: no longer watched, and later scores are drawn where it is, near or not.
    expect(watched.size).toBe(0);
    layer.show('1', A(), at(A()), scored('2.1×'));
    expect(drawn.map(([, v]) => v)).toEqual([scored('2.0×'), scored('2.1×')]);
  });

  it('leaves a badge far from the viewport undrawn, whatever it is told, until it comes near', () => {
    const { layer, drawn, at, host, bring } = setup();
    layer.show('1', A(), at(A()), pending);
    layer.show('1', A(), at(A()), scored('0.9×'));
    layer.show('1', A(), at(A()), scored('1.1×'));
    expect(drawn).toEqual([]);
    bring(host(A()));
    bring(host(A()));
    expect(drawn).toEqual([['1', scored('1.1×')]]);
  });

  it('draws nothing while its post is saving, however long that takes, and once when the score comes', () => {
    vi.useFakeTimers();
    const { layer, drawn, at, host, bring } = setup();
    layer.show('1', A(), at(A()), pending);
    bring(host(A()));
    vi.advanceTimersByTime(60_000);
    expect(drawn).toEqual([]);
    layer.show('1', A(), at(A()), scored('1.0×'));
    bring(host(A()));
    layer.show('1', A(), at(A()), scored('1.0×'));
    expect(drawn).toEqual([['1', scored('1.0×')]]);
  });

  it('puts a badge on each element showing the post, and draws an unchanged badge once', () => {
    const { layer, drawn, at, host, bring } = setup();
    layer.show('1', A(), at(A()), unreadable);
    layer.show('1', B(), at(B()), unreadable);
    bring(host(A()), host(B()));
    layer.show('1', A(), at(A()), unreadable);
    expect(document.querySelectorAll('resonance-badge')).toHaveLength(2);
    expect(drawn).toHaveLength(2);
    layer.show('1', A(), at(A()), scored('3×'));
    expect(drawn).toHaveLength(3);
  });

  it('makes hosts ahead when the read after a frame asks, in no task of its own: a post added later takes a ready, framed host', () => {
    vi.useFakeTimers();
    const layer = new BadgeLayer({ css: 'div{}', mode: 'open', near: fakeNear().near });
    const at = (post: Element) => () => ({ parent: post, before: null });
    layer.show('1', A(), at(A()), pending);
    expect(vi.getTimerCount()).toBe(0);
    layer.refillHosts();
    const feed = document.body.appendChild(document.createElement('div'));
    const posts = Array.from({ length: 20 }, () => feed.appendChild(document.createElement('article')));
    const made = vi.spyOn(document, 'createElement');
    try {
      layer.show('2', posts[0]!, at(posts[0]!), pending);
      expect(made).not.toHaveBeenCalled();
      // More posts in one task than are ready: the rest are made then, each post with a host of its own.
      for (const [i, post] of posts.entries()) layer.show(`p${i}`, post, at(post), pending);
      expect(made.mock.calls.length).toBeGreaterThan(0);
    } finally {
      made.mockRestore();
    }
    const hosts = posts.map((p) => p.querySelector('resonance-badge')!);
    expect(new Set(hosts).size).toBe(20);
    expect(hosts.map((h) => h.getAttribute('data-post'))).toEqual(posts.map((_, i) => `p${i}`));
    // A ready host is framed as one made at once: its style and its empty box.
    expect(hosts[0]!.shadowRoot!.querySelector('div')?.childNodes).toHaveLength(0);
    expect(hosts[0]!.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
  });

  it('asks where a badge goes only while it is not in place', () => {
    const { layer, host } = setup();
    const anchor = vi.fn(() => ({ parent: A(), before: null }));
    layer.show('1', A(), anchor, pending);
    layer.show('1', A(), anchor, scored('1×'));
    expect(anchor).toHaveBeenCalledTimes(1);
    // The site re-rendered the post's insides and dropped the host: it is put back.
    host(A()).remove();
    layer.show('1', A(), anchor, scored('1×'));
    expect(anchor).toHaveBeenCalledTimes(2);
    expect(A().querySelectorAll('resonance-badge')).toHaveLength(1);
  });

  it('takes the place of a host it did not make (an earlier script’s, or one the page copied), never adding a second', () => {
    const { layer, host } = setup();
    const bar = A().appendChild(document.createElement('div'));
    const pages = bar.appendChild(document.createElement('span'));
    const left = bar.appendChild(document.createElement('resonance-badge'));
    left.setAttribute('data-post', '1');
    layer.show('1', A(), () => ({ parent: bar, before: null }), pending);
    expect(A().querySelectorAll('resonance-badge')).toHaveLength(1);
    expect(host(A())).not.toBe(left);
    // The page's own elements at that place stay.
    expect([...bar.children]).toEqual([pages, host(A())]);
    // A place given as "before the node after the action bar", where that node is the old host.
    const tail = B().appendChild(document.createElement('p'));
    const actions = B().insertBefore(document.createElement('nav'), tail);
    const old = B().insertBefore(document.createElement('resonance-badge'), tail);
    layer.show('2', B(), () => ({ parent: B(), before: actions.nextSibling }), pending);
    expect([...B().children]).toEqual([actions, host(B()), tail]);
    expect(host(B())).not.toBe(old);
  });

  it('removes, as it starts, the hosts an earlier script left anywhere in the page', () => {
    // Firefox injects a new script into open tabs when the extension updates; the old one's hosts stay.
    const deep = A().appendChild(document.createElement('div')).appendChild(document.createElement('p'));
    deep.append(document.createElement('resonance-badge'));
    B().append(document.createElement('resonance-badge'));
    document.body.append(document.createElement('resonance-badge'));
    const { layer, at } = setup();
    expect(document.querySelectorAll('resonance-badge')).toHaveLength(0);
    expect(deep.isConnected).toBe(true);
    layer.show('1', A(), at(A()), pending);
    expect(document.querySelectorAll('resonance-badge')).toHaveLength(1);
  });

  it('moves off an element recycled for another post, and stops watching hosts whose post left the page', () => {
    const { layer, at, watched } = setup();
    layer.show('1', A(), at(A()), unreadable);
    layer.show('2', A(), at(A()), unreadable);
    expect([...A().querySelectorAll('resonance-badge')].map((h) => h.getAttribute('data-post'))).toEqual([
      '2',
    ]);
    expect(watched.size).toBe(1);
    // The element now shows a post that is not the account's: its badge goes, and is no longer watched.
    layer.clear(A());
    expect(A().querySelectorAll('resonance-badge')).toHaveLength(0);
    expect(watched.size).toBe(0);
    layer.clear(A());
    layer.show('2', A(), at(A()), unreadable);
    expect(watched.size).toBe(1);
    A().remove();
    // Hosts that left are let go as the number of badges grows, not looked for on every post.
    const feed = document.createElement('div');
    document.body.append(feed);
    for (let i = 0; i < 150; i++) {
      const post = feed.appendChild(document.createElement('article'));
      layer.show(`p${i}`, post, at(post), unreadable);
    }
    expect(watched.size).toBe(150);
    expect([...watched].every((h) => h.isConnected)).toBe(true);
  });

  it('draws nothing for a badge whose score came while it was far, until it comes near', () => {
    const { layer, drawn, at, host, bring, away } = setup();
    layer.show('1', A(), at(A()), pending);
    layer.show('1', A(), at(A()), scored('1.2×'));
    away(host(A()));
    expect(drawn).toEqual([]);
    bring(host(A()));
    expect(drawn).toEqual([['1', scored('1.2×')]]);
  });

  it('works out every colour before drawing any, so no drawing makes the next colour cost style work', () => {
    const order: string[] = [];
    const n = fakeNear();
    const layer = new BadgeLayer({
      css: '',
      draw: () => void order.push('draw'),
      near: n.near,
    });
    const real = window.getComputedStyle;
    window.getComputedStyle = (el: Element) => {
      order.push('colour');
      return real(el);
    };
    try {
      for (const post of [A(), B()])
        layer.show(post.id, post, () => ({ parent: post, before: null }), unreadable);
      n.bring(...document.querySelectorAll('resonance-badge'));
    } finally {
      window.getComputedStyle = real;
    }
    const firstDraw = order.indexOf('draw');
    expect(firstDraw).toBeGreaterThan(0);
    expect(order.slice(firstDraw)).toEqual(['draw', 'draw']);
  });
});
