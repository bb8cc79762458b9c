// The score's building blocks: robust statistics, curve cleaning and log-log reading.
import { describe, expect, it } from 'vitest';
import { platformConfig } from '@/lib/score/config';
import { cleanCurve, interp } from '@/lib/score/curve';
import { buildGrowthModel, valueAt } from '@/lib/score/growth';
import { hazenPercentile, mad, median, medianInPlace, sortedMedianWithout } from '@/lib/score/stats';
import { curve, NOW } from './score-fixtures';

describe('statistics', () => {
  it('median of odd and even samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    const big = Array.from({ length: 101 }, (_, i) => (i * 37) % 101); // a permutation of 0..100
    expect(medianInPlace(Float64Array.from(big), 101)).toBe(50);
  });

  it('MAD: median distance to the median', () => {
    // |1−3|,|2−3|,|3−3|,|4−3|,|100−3| = 2,1,0,1,97 → 1
    expect(mad([1, 2, 3, 4, 100], 5, 3, new Float64Array(5))).toBe(1);
  });

  it('Hazen percentile: (rank − ½)/N, ties at their mean rank', () => {
    expect(hazenPercentile(10, [1, 2, 3], 3)).toBeCloseTo((100 * 3.5) / 4, 12); // first of 4
    expect(hazenPercentile(0, [1, 2, 3], 3)).toBeCloseTo((100 * 0.5) / 4, 12); // last of 4
    expect(hazenPercentile(5, [5, 5, 5], 3)).toBeCloseTo(50, 12); // all equal: the middle
    expect(hazenPercentile(2, [1, 2, 3], 3)).toBeCloseTo(50, 12);
  });

  it('median with one value left out', () => {
    const s = [1, 2, 3, 4, 5, 6];
    expect(sortedMedianWithout(s, 6)).toBe(3);
    expect(sortedMedianWithout(s, 1)).toBe(4);
    expect(sortedMedianWithout(s, 3)).toBe(4);
    expect(sortedMedianWithout([1, 2, 3, 4, 5], 5)).toBe(2.5);
    expect(sortedMedianWithout([7], 7)).toBeNaN();
  });
});

describe('cleaning a curve', () => {
  const A_SAT = 48;
  const c = (snaps: [number, number][]) =>
    cleanCurve(
      curve(
        'p',
        100,
        snaps.map(([a, likes]) => [a, { likes }]),
      ),
      NOW,
      A_SAT,
    );
  const ages = (cc: ReturnType<typeof c>) =>
    cc.series[0]!.x.map((x) => Math.round(Math.exp(x) * 60 * 100) / 100); // minutes

  it('keeps one snapshot per 5 min unless a count changed, and always the last', () => {
    const min = 1 / 60;
    const cc = c([
      [60 * min, 10],
      [62 * min, 10], // unchanged within 5 min: dropped
      [63 * min, 11], // changed: kept
      [70 * min, 11], // 7 min later: kept
      [72 * min, 11], // the last: kept
    ]);
    expect(ages(cc)).toEqual([60, 63, 70, 72]);
    expect(cc.lastAgeH).toBeCloseTo(72 * min, 12);
  });

  it('running max per metric, ages ≤ 0 dropped, values past A_sat read as final', () => {
    const cc = c([
      [-1, 3],
      [0, 4],
      [1, 10],
      [2, 8], // a dip: held at 10
      [60, 30], // first snapshot past 48 h: the value at 48 h
      [90, 40], // later ones add nothing
    ]);
    expect(cc.series[0]!.y.map((y) => Math.round(Math.expm1(y)))).toEqual([10, 10, 30]);
    expect(cc.lastAgeH).toBe(48);
  });

  it('snapshots at the same moment merge, the larger count winning', () => {
    const cc = c([
      [1, 5],
      [1, 7],
    ]);
    expect(cc.series[0]!.y.length).toBe(1);
    expect(Math.expm1(cc.series[0]!.y[0]!)).toBeCloseTo(7, 9);
  });

  it('followers at publication come from the earliest snapshot that shows them', () => {
    const cc = cleanCurve(
      curve('p', 10, [
        [1, { likes: 1 }],
        [2, { likes: 2 }, 500],
        [3, { likes: 3 }, 600],
      ]),
      NOW,
      48,
    );
    expect(cc.followers).toBe(500);
  });
});

describe('reading a curve at an age', () => {
  const cfg = platformConfig('x');
  const xSat = Math.log(cfg.aSatH);
  // 16 likes at 4 h, 152 at 9 h: 6 h is halfway in log-age (9/4 = (6/4)²), so 1 + c₆ = √(17·153) = 51.
  const cc = cleanCurve(
    curve('p', 10, [
      [4, { likes: 16 }],
      [9, { likes: 152 }],
    ]),
    NOW,
    cfg.aSatH,
  );

  it('interpolates log(1+count) linearly in log(age)', () => {
    expect(Math.expm1(interp(cc.series[0]!, Math.log(6)))).toBeCloseTo(50, 9);
    // A linear-in-age reading would give 16 + (2/5)·136 = 70.4 instead.
  });

  it('reads back to half the first age and up to twice the last, not beyond', () => {
    const model = buildGrowthModel([cc], cfg);
    expect(valueAt(model, cc, 0, Math.log(2.01), xSat, -1)).not.toBeNaN();
    expect(valueAt(model, cc, 0, Math.log(1.9), xSat, -1)).toBeNaN();
    expect(valueAt(model, cc, 0, Math.log(17.9), xSat, -1)).not.toBeNaN();
    expect(valueAt(model, cc, 0, Math.log(18.5), xSat, -1)).toBeNaN();
    // Past the last snapshot the value grows, before the first it shrinks, never below 0.
    expect(valueAt(model, cc, 0, Math.log(15), xSat, -1)).toBeGreaterThan(Math.log(153));
    const early = valueAt(model, cc, 0, Math.log(2.5), xSat, -1);
    expect(early).toBeLessThan(Math.log(17));
    expect(early).toBeGreaterThanOrEqual(0);
  });

  it('with no account history the prior F(a) = a/(a+h) moves counts: X, h = 80 min', () => {
    const model = buildGrowthModel([cc], cfg);
    const h = 80 / 60;
    const F = (a: number) => a / (a + h);
    const at15 = Math.expm1(valueAt(model, cc, 0, Math.log(15), xSat, -1));
    expect(at15).toBeCloseTo((152 * F(15)) / F(9), 6);
  });

  it('a post that never reaches 1 h is still readable', () => {
    const t = cleanCurve(curve('p', 1, [[0.5, { likes: 3 }]]), NOW, cfg.aSatH);
    expect(t.lastAgeH).toBeCloseTo(0.5, 12);
  });
});
