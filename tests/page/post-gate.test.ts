// The per-post gate, on a clock the test moves: a burst of changes passes, a flood waits for tokens, and
// what waited leaves with its last counts. No real time passes, so nothing here races a timer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { BURST, PostGate } from '@/lib/page/post-gate';
import type { PostReading } from '@/lib/sites/types';

const TOKEN = 1000;
const reading = (id: string, likes: number): PostReading => ({
  platform: 'x',
  id,
  url: `https://x.com/Brand/status/${id}`,
  author: 'Brand',
  publishedAt: 0,
  metrics: { likes: exactCount(likes) },
});

let clock = 0;
let sent: [string, number, number][] = [];
let releases = 0;
let gate: PostGate;
beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
  sent = [];
  releases = 0;
  gate = new PostGate(
    (p, at) => sent.push([p.id, p.metrics.likes!.value, at]),
    () => clock,
    () => releases++,
    TOKEN,
  );
});
afterEach(() => {
  gate.stop();
  vi.useRealTimers();
});
/** Moves the clock and fires the timers due by then. */
const advance = (ms: number) => {
  clock += ms;
  vi.advanceTimersByTime(ms);
};

describe('PostGate', () => {
  it('lets a burst through, holds a flood, and sends its last counts when the next token comes', () => {
    for (let i = 0; i < 30; i++) {
      gate.offer(reading('1', 100 + i));
      advance(4);
    }
    expect(sent.map((s) => s[1])).toEqual([100, 101, 102]);
    expect(BURST).toBe(3);
    advance(TOKEN);
    expect(sent.map((s) => s[1])).toEqual([100, 101, 102, 129]);
    expect(releases).toBe(1);
    // Nothing more waits: time alone sends nothing.
    advance(10 * TOKEN);
    expect(sent).toHaveLength(4);
  });

  it('drops a reading whose counts have not changed, and a held change that went back', () => {
    gate.offer(reading('1', 5));
    gate.offer(reading('1', 5));
    expect(sent).toHaveLength(1);
    gate.offer(reading('1', 6));
    gate.offer(reading('1', 7));
    gate.offer(reading('1', 8)); // no token left: held
    gate.offer(reading('1', 7)); // back to what was sent last: nothing to send
    advance(TOKEN);
    expect(sent.map((s) => s[1])).toEqual([5, 6, 7]);
  });

  it('gives tokens back with time, up to the burst, and keeps each post’s tokens apart', () => {
    for (const likes of [1, 2, 3]) gate.offer(reading('1', likes));
    gate.offer(reading('2', 1));
    expect(sent.map((s) => s[0])).toEqual(['1', '1', '1', '2']);
    advance(2 * TOKEN + 1); // two tokens earned by '1'
    gate.offer(reading('1', 4));
    gate.offer(reading('1', 5));
    expect(sent.map((s) => s[1]).slice(-2)).toEqual([4, 5]);
    gate.offer(reading('1', 6)); // none left: held for the next one
    expect(sent).toHaveLength(6);
    advance(TOKEN);
    expect(sent.at(-1)).toEqual(['1', 6, clock]);
  });
});
