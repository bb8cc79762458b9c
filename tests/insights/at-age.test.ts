// Every post is judged at one age: its counts there read from its snapshots like the score reads a
// curve, and each account compared at an age its history reaches.
import { describe, expect, it } from 'vitest';
import { HOUR } from '@/lib/core/time';
import { countsAt, curveAt } from '@/lib/insights/at-age';
import { scoreAtAge } from '@/lib/insights/scored';
import type { InsightPost } from '@/lib/insights/types';

const PUB = Date.UTC(2026, 2, 2, 9);
const NOW = PUB + 30 * 24 * HOUR;

function post(readings: [number, number][], over: Partial<InsightPost> = {}): InsightPost {
  return {
    platform: 'x',
    account: 'x:lumen',
    id: String(over.id ?? '1'),
    publishedAt: PUB,
    snapshots: readings.map(([h, likes]) => ({ at: PUB + h * HOUR, metrics: { likes } })),
    ...over,
  };
}

describe('counts at a fixed age', () => {
  it('reads between two snapshots on a straight log-log line', () => {
    // 24 h is the geometric middle of 12 h and 48 h: ln(1 + c) is the mean of ln 9 and ln 99.
    expect(
      countsAt(
        post([
          [12, 8],
          [48, 98],
        ]),
        24,
        false,
        NOW,
      )!.likes,
    ).toBeCloseTo(Math.sqrt(9 * 99) - 1, 9);
  });

  it('takes a snapshot at that very age as it is', () => {
    expect(
      countsAt(
        post([
          [6, 3],
          [24, 40],
          [30, 45],
        ]),
        24,
        false,
        NOW,
      ),
    ).toEqual({ likes: 40 });
  });

  it('ignores a falling count (running maximum), as the score does', () => {
    expect(
      countsAt(
        post([
          [6, 30],
          [20, 12],
          [24, 25],
        ]),
        24,
        false,
        NOW,
      ),
    ).toEqual({ likes: 30 });
  });

  it('lets a reading within 10 % of the age stand for it, and no further', () => {
    expect(countsAt(post([[22, 50]]), 24, false, NOW)).toEqual({ likes: 50 });
    expect(countsAt(post([[26, 60]]), 24, false, NOW)).toEqual({ likes: 60 });
    expect(countsAt(post([[20, 50]]), 24, false, NOW)).toBeNull();
    expect(countsAt(post([[30, 60]]), 24, false, NOW)).toBeNull();
  });

  it("at the site's final age, takes the first reading at or past it", () => {
    expect(
      countsAt(
        post([
          [100, 70],
          [200, 90],
        ]),
        48,
        true,
        NOW,
      ),
    ).toEqual({ likes: 70 });
  });

  it('sees nothing after now, and no age not yet reached', () => {
    expect(
      countsAt(
        post([
          [12, 8],
          [48, 98],
        ]),
        24,
        false,
        PUB + 40 * HOUR,
      ),
    ).toBeNull();
    expect(
      countsAt(
        post([
          [12, 8],
          [48, 98],
        ]),
        24,
        false,
        PUB + 20 * HOUR,
      ),
    ).toBeNull();
  });

  it('gives the score a curve ending at exactly that age, without the format', () => {
    const p = post(
      [
        [2, 5],
        [12, 8],
        [48, 98],
      ],
      { format: 'video' },
    );
    const c = curveAt(p, 24, { likes: 29 });
    expect(c.snapshots.map((s) => (s.at - PUB) / HOUR)).toEqual([2, 12, 24]);
    expect(c.snapshots.at(-1)!.metrics).toEqual({ likes: 29 });
    expect(c).not.toHaveProperty('format');
  });
});

describe('the age each account is compared at', () => {
  const many = (readings: [number, number][], n = 12) =>
    Array.from({ length: n }, (_, i) =>
      post(
        readings.map(([h, likes]) => [h, likes + i * 3]),
        { id: String(i), publishedAt: PUB + i * 24 * HOUR },
      ),
    ).map((p) => ({ ...p, snapshots: p.snapshots.map((s) => ({ ...s, at: s.at + (p.publishedAt - PUB) })) }));

  it('is 24 h when the history reaches it, and every post is scored there', () => {
    const { accounts, scored } = scoreAtAge(
      many([
        [3, 10],
        [30, 50],
      ]),
      { now: NOW },
    );
    expect(accounts).toEqual([{ account: 'x:lumen', platform: 'x', ageHours: 24, posts: 12, compared: 12 }]);
    expect(scored.every((s) => s.score.ageHours === 24 && Number.isFinite(s.log))).toBe(true);
  });

  it("is the site's final age (X: 48 h) when posts were first read days later", () => {
    expect(scoreAtAge(many([[100, 50]]), { now: NOW }).accounts[0]!.ageHours).toBe(48);
  });

  it('falls back to an age a history read only in its first hours covers', () => {
    expect(
      scoreAtAge(
        many([
          [0.5, 2],
          [3, 10],
        ]),
        { now: NOW },
      ).accounts[0]!.ageHours,
    ).toBe(3);
  });

  it('is the one asked for, capped at the final age', () => {
    expect(
      scoreAtAge(
        many([
          [3, 10],
          [30, 50],
          [100, 60],
        ]),
        { now: NOW, ageHours: 72 },
      ).accounts[0]!.ageHours,
    ).toBe(48);
  });

  it('leaves out posts published after now', () => {
    const posts = many([
      [3, 10],
      [30, 50],
    ]);
    expect(scoreAtAge(posts, { now: posts[5]!.publishedAt - 1 }).accounts[0]!.posts).toBe(5);
  });
});
