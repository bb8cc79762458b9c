// @vitest-environment happy-dom
// The badges' layer: closed to the page, one badge per post element, nothing drawn twice, stale hosts gone.
import { beforeEach, describe, expect, it } from 'vitest';
import { BadgeLayer } from '@/lib/page/badge-layer';
import type { BadgeView } from '@/lib/page/badge-state';

const pending: BadgeView = { kind: 'pending' };
const unreadable: BadgeView = { kind: 'unreadable', reason: 'no counts found' };

function setup() {
  const drawn: [ShadowRoot, BadgeView][] = [];
  const layer = new BadgeLayer('.badge{}', (root, view) => void drawn.push([root, view]));
  const at = (post: Element) => () => ({ parent: post, before: null });
  return { layer, drawn, at };
}

beforeEach(() => {
  document.body.innerHTML = '<article id="a"></article><article id="b"></article>';
});

describe('BadgeLayer', () => {
  it('keeps its badges closed: the page sees a host, never the score inside', () => {
    const { layer, drawn, at } = setup();
    const post = document.getElementById('a')!;
    layer.show('1', post, at(post), pending);
    const host = post.querySelector('resonance-badge')!;
    expect(host.getAttribute('data-post')).toBe('1');
    expect(host.shadowRoot).toBeNull();
    expect(drawn).toHaveLength(1);
  });

  it('puts a badge on each element showing the post, and draws an unchanged badge once', () => {
    const { layer, drawn, at } = setup();
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    layer.show('1', a, at(a), pending);
    layer.show('1', b, at(b), pending);
    layer.show('1', a, at(a), pending);
    expect(document.querySelectorAll('resonance-badge')).toHaveLength(2);
    expect(drawn).toHaveLength(2);
    layer.show('1', a, at(a), unreadable);
    expect(drawn).toHaveLength(3);
    expect(drawn[2]![1]).toEqual(unreadable);
  });

  it('moves off an element recycled for another post, and forgets posts that left the page', () => {
    const { layer, at } = setup();
    const a = document.getElementById('a')!;
    layer.show('1', a, at(a), pending);
    layer.show('2', a, at(a), pending);
    expect([...a.querySelectorAll('resonance-badge')].map((h) => h.getAttribute('data-post'))).toEqual(['2']);
    a.remove();
    layer.prune();
    expect(layer.size()).toBe(0);
  });
});
