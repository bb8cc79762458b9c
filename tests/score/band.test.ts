// The usual band: at each age, the quartiles of the very posts the score compares a post with.
import { describe, expect, it } from 'vitest';
import { postBand, prepareBand, quantile, thinAges, usualBand } from '@/lib/score/band';
import { type Curve, scoreAccount } from '@/lib/score/score';
import { baseline, curve, X, young } from './score-fixtures';

describe('quantiles and ages', () => {
  it('interpolates between order statistics (type 7)', () => {
    const s = [1, 2, 3, 4];
    expect(quantile(s, 4, 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile(s, 4, 0.5)).toBeCloseTo(2.5, 12);
    expect(quantile(s, 4, 0.75)).toBeCloseTo(3.25, 12);
    expect(quantile([7], 1, 0.75)).toBe(7);
  });

  it('thins ages evenly in log-age, keeping the first and the last', () => {
    const ages = Array.from({ length: 200 }, (_, i) => 0.1 * 1.03 ** i);
    const thin = thinAges(ages, 12);
    expect(thin.length).toBeLessThanOrEqual(12);
    expect(thin.length).toBeGreaterThanOrEqual(10);
    expect(thin[0]).toBe(ages[0]);
    expect(thin[thin.length - 1]).toBe(ages[199]);
    for (let i = 1; i < thin.length; i++) expect(thin[i]!).toBeGreaterThan(thin[i - 1]!);
    expect(thinAges([1, 2, 3], 12)).toEqual([1, 2, 3]);
  });
});

describe('a post against its baseline', () => {
  it('at the comparison age: the quartiles of the baseline’s interactions (likes + replies), not the post’s', () => {
    // Baseline i has 10 + i likes and 2 replies at 6 h: sums 12 … 31.
    const others = baseline(20, (i) => ({ likes: 10 + i, comments: 2 }));
    const band = usualBand(young({ likes: 100, comments: 20 }), others, X)!;
    expect(band.metrics).toEqual(['likes', 'comments']);
    expect(band.post).toEqual([{ ageHours: 6, value: 120 }]);
    const at6 = band.band.find((b) => b.ageHours === 6)!;
    expect(at6.n).toBe(20);
    const sums = Array.from({ length: 20 }, (_, i) => 12 + i);
    expect(at6.median).toBeCloseTo(quantile(sums, 20, 0.5), 9);
    expect(at6.q1).toBeCloseTo(quantile(sums, 20, 0.25), 9);
    expect(at6.q3).toBeCloseTo(quantile(sums, 20, 0.75), 9);
  });

  it('counts views when the post shows no interaction, as the score does', () => {
    const others = baseline(8, (i) => ({ views: 1000 + 100 * i }));
    const band = usualBand(young({ views: 5000 }), others, X)!;
    expect(band.metrics).toEqual(['views']);
    expect(band.band.find((b) => b.ageHours === 6)!.median).toBeCloseTo(1350, 6);
  });

  it('uses the posts of the same format when at least 10 share it', () => {
    const text = baseline(20, () => ({ likes: 10 }), { format: 'text', prefix: 't' });
    const video = baseline(12, () => ({ likes: 500 }), { format: 'video', prefix: 'v', firstDayAgo: 30 });
    const band = usualBand(young({ likes: 400 }, 6, { format: 'video' }), [...text, ...video], X)!;
    const at6 = band.band.find((b) => b.ageHours === 6)!;
    expect(at6.median).toBe(500);
    expect(at6.n).toBe(12);
  });

  it('has no band where fewer than 5 posts can be read, but keeps the post’s own curve', () => {
    const band = usualBand(
      young({ likes: 40 }),
      baseline(4, () => ({ likes: 10 })),
      X,
    )!;
    expect(band.band).toEqual([]);
    expect(band.post).toEqual([{ ageHours: 6, value: 40 }]);
  });

  it('carries the usual on to the final age for a young post', () => {
    // Baseline posts read at 1 h, 6 h and 48 h: readable at every age up to X's 48 h.
    const others = Array.from({ length: 10 }, (_, i) =>
      curve(`b${i}`, (i + 3) * 24, [
        [1, { likes: 5 }],
        [6, { likes: 20 + i }],
        [48, { likes: 40 + i }],
      ]),
    );
    const band = usualBand(young({ likes: 30 }, 3), others, X)!;
    expect(band.finalAgeHours).toBe(48);
    expect(band.band.map((b) => b.ageHours)).toEqual([3, 6, 12, 24, 48]);
    const medians = band.band.map((b) => b.median);
    for (let i = 1; i < medians.length; i++) expect(medians[i]!).toBeGreaterThanOrEqual(medians[i - 1]!);
    expect(medians[medians.length - 1]).toBeCloseTo(44.5, 6);
  });

  it('is null for a post it doesn’t know or one without counts', () => {
    const acc = prepareBand(
      baseline(6, () => ({ likes: 1 })),
      X,
    );
    expect(postBand(acc, 'nope')).toBeNull();
    expect(
      usualBand(
        curve('empty', 5, []),
        baseline(6, () => ({ likes: 1 })),
        X,
      ),
    ).toBeNull();
  });
});

/** A small varied account: a post every 9 h for 60 days, read 2–6 times each, two formats. */
function account(): Curve[] {
  let seed = 7;
  const r = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: 160 }, (_, p) => {
    const agoH = 2 + p * 9;
    const size = Math.exp((r() - 0.5) * 2);
    const reads = 2 + Math.floor(r() * 5);
    const ages = Array.from({ length: reads }, () => Math.min(agoH, 0.2 + r() * 60)).sort((a, b) => a - b);
    return curve(
      `p${p}`,
      agoH,
      ages.map((a) => [
        a,
        { likes: Math.round(60 * size * (a / (a + 1.3))), comments: Math.round(size * 6) },
      ]),
      p % 3 ? 'text' : 'image',
    );
  });
}

describe('agreement with the score', () => {
  it('at each scored post’s comparison age, the band rests on as many posts as the score', () => {
    const curves = account();
    const scores = scoreAccount(curves, X);
    const acc = prepareBand(curves, X);
    let checked = 0;
    for (const c of curves) {
      const s = scores.get(c.id)!;
      if (s.state !== 'scored' || s.mode !== 'age-matched') continue;
      const at = postBand(acc, c.id, 1000)!.band.find((b) => Math.abs(b.ageHours - s.ageHours) < 1e-5);
      expect(at, `band of ${c.id} at ${s.ageHours} h`).toBeDefined();
      expect(at!.n).toBe(s.n);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a post published after now is no one’s baseline', () => {
    const late = curve('late', -5, [[1, { likes: 1_000_000 }]]);
    const band = usualBand(young({ likes: 20 }), [...baseline(6, () => ({ likes: 10 })), late], X)!;
    expect(band.band.find((b) => b.ageHours === 6)!.median).toBe(10);
    expect(band.band.find((b) => b.ageHours === 6)!.n).toBe(6);
  });
});
